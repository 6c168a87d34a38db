#pragma once

#include <QWidget>

class LabDocument;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits one listener: address, port, and its routes (nginx locations: a prefix
// or "= /exact" path, proxied to an upstream group or answered with return).
class ListenerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerEditor)

public:
    explicit ListenerEditor(LabDocument *document, QWidget *parent = nullptr);
    void setListener(int index);
    QTableWidget *routeTable() const { return m_routes; }
    QLabel *issueLabel() const { return m_issue; }

private:
    void refresh();
    void commit(const QString &description, const QString &mergeKey);

    LabDocument *m_document;
    int m_index = -1;
    bool m_refreshing = false;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QTableWidget *m_routes;
    QLabel *m_issue;
};
