#pragma once

#include <QWidget>

struct RequestRecord;

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;
class RequestFilterModel;
class RequestLogModel;
struct LabConfig;

// The live request log: a virtualised table over the bounded ring, filters,
// auto-scroll that can be paused, clear, CSV export, and the selected
// request's details (headers, timings, each attempt and its outcome).
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(RequestLogModel *log, QWidget *parent = nullptr);

    void setServers(const LabConfig &lab);
    bool exportCsv(const QString &fileName, QString *error) const;
    QTableView *view() const { return m_view; }
    RequestFilterModel *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QTextBrowser *details() const { return m_details; }
    // The request head as the backend received it, when its mock echoed it
    // (MockBehaviour::ReceivedRequestHeader); empty otherwise.
    static QByteArray receivedRequest(const RequestRecord &record);

signals:
    // A request's details are shown (the person selected its row).
    void requestInspected();

private:
    void showDetails();
    // The balancer's decisions for the request, formatted only now.
    static QString whyThisServer(const RequestRecord &record);
    static QString requestsSideBySide(const QByteArray &sent, const QByteArray &received, const QString &server);
    void exportCsvInteractively();

    RequestLogModel *m_log;
    RequestFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_server;
    QCheckBox *m_follow;
    QTextBrowser *m_details;
};
