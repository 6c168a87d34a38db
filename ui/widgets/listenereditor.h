#pragma once

#include <QWidget>

#include <functional>

class LabDocument;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
struct Listener;
struct Route;

// Edits one listener: address, port, connection limit, and its routes (nginx locations: a prefix
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
    // One edit of the listener; the rest of the lab stays exactly as it is.
    void editListener(const QString &description, const QString &mergeKey, const std::function<void(Listener &)> &change);
    // A typed route cell (location, "group/uri", "CODE [TEXT]") into its route.
    static void setRouteCell(Route &route, int column, const QString &text);

    LabDocument *m_document;
    int m_index = -1;
    bool m_refreshing = false;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QSpinBox *m_maxConnections;
    QTableWidget *m_routes;
    QLabel *m_issue;
};
