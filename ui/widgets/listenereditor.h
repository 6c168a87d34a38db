#pragma once

#include <QWidget>

#include <functional>

class LabDocument;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
struct Listener;
struct Route;

// Edits one listener (an nginx server block): address, port, default_server,
// more listens, server names, connection limit, server rewrites and header
// lines, and its routes (nginx locations: a prefix, "= /exact", "^~ /prefix",
// "~ regex" or "~* regex", proxied to an upstream group or answered with
// return), with the selected route's rewrites and header lines. Each field
// shows the lab's rule it breaks beneath it.
class ListenerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenerEditor)

public:
    explicit ListenerEditor(LabDocument *document, QWidget *parent = nullptr);
    void setListener(int index);
    QTableWidget *routeTable() const { return m_routes; }
    QLabel *issueLabel() const { return m_issue; }
    // Shows the route's rewrites and header lines below the table.
    void selectRoute(int row);

private:
    void refresh();
    // One edit of the listener; the rest of the lab stays exactly as it is.
    void editListener(const QString &description, const QString &mergeKey, const std::function<void(Listener &)> &change);
    // A typed route cell (location, "group/uri", "CODE [TEXT]") into its route.
    static void setRouteCell(Route &route, int column, const QString &text);
    // One edit of the selected route.
    void editRoute(const QString &description, const QString &mergeKey, const std::function<void(Route &)> &change);
    void showIssue(QLabel *label, const QString &path, const QStringList &syntaxErrors = {});

    LabDocument *m_document;
    int m_index = -1;
    bool m_refreshing = false;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QSpinBox *m_maxConnections;
    QCheckBox *m_defaultServer;
    QLineEdit *m_serverNames;
    QLineEdit *m_moreListens;
    QPlainTextEdit *m_rewrites;
    QPlainTextEdit *m_headerLines;
    QTableWidget *m_routes;
    QLabel *m_routeTitle;
    QPlainTextEdit *m_routeRewrites;
    QPlainTextEdit *m_routeHeaderLines;
    QLabel *m_namesIssue;
    QLabel *m_listensIssue;
    QLabel *m_rewritesIssue;
    QLabel *m_headersIssue;
    QLabel *m_routeIssue;
    QLabel *m_issue;
    int m_route = -1;
};
