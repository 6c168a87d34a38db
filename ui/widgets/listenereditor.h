#pragma once

#include <QWidget>

class LabDocument;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// Edits one listener: address, port, and its routes (location prefix → upstream group).
class ListenerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerEditor)

public:
    explicit ListenerEditor(LabDocument *document, QWidget *parent = nullptr);
    void setListener(int index);

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
