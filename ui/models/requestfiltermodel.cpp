#include "requestfiltermodel.h"

#include "requestlogmodel.h"

RequestFilterModel::RequestFilterModel(RequestLogModel *log, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_log(log)
{
    setSourceModel(log);
}

void RequestFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    m_textLatin1 = m_text.toLatin1();
    invalidateRowsFilter();
}

void RequestFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateRowsFilter();
}

void RequestFilterModel::setServer(const QString &server)
{
    m_server = server;
    invalidateRowsFilter();
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RequestRecord &r = m_log->record(sourceRow);
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::Success: if (r.status < 200 || r.status >= 300) return false; break;
    case StatusFilter::Redirect: if (r.status < 300 || r.status >= 400) return false; break;
    case StatusFilter::ClientError: if (r.status < 400 || r.status >= 500) return false; break;
    case StatusFilter::ServerError: if (r.status < 500) return false; break;
    case StatusFilter::AnyError: if (r.status < 400 && r.attempts.size() <= 1) return false; break;
    }
    if (!m_server.isEmpty()) {
        bool tried = false;
        for (const UpstreamAttempt &a : r.attempts)
            tried |= a.server == m_server;
        if (!tried)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    if (r.uri.contains(m_textLatin1) || r.method.contains(m_textLatin1) || r.client.contains(m_text, Qt::CaseInsensitive)
        || r.error.contains(m_text, Qt::CaseInsensitive) || QString::number(r.status) == m_text)
        return true;
    for (const UpstreamAttempt &a : r.attempts) {
        if (a.server.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
