#pragma once

#include <QSortFilterProxyModel>

class RequestLogModel;

// Filters the request log by text (URI, client, method, server names), status
// class and upstream server, without copying rows.
class RequestFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestFilterModel)

public:
    enum class StatusFilter { All, Success, Redirect, ClientError, ServerError, AnyError };

    explicit RequestFilterModel(RequestLogModel *log, QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    void setServer(const QString &server); // empty = any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RequestLogModel *m_log;
    QString m_text;
    QByteArray m_textLatin1;
    StatusFilter m_status = StatusFilter::All;
    QString m_server;
};
