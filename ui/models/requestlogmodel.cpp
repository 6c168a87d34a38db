#include "requestlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (int(m_rows.size()) > m_capacity) {
        const int excess = int(m_rows.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
}

void RequestLogModel::appendRecords(const QList<RequestRecord> &records)
{
    if (records.isEmpty())
        return;
    m_total += quint64(records.size());
    // Only the newest `capacity` of this batch can survive.
    const int incoming = qMin<int>(int(records.size()), m_capacity);
    const int first = int(records.size()) - incoming;
    const int excess = int(m_rows.size()) + incoming - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + incoming - 1);
    for (int i = first; i < records.size(); ++i)
        m_rows.push_back(records[i]);
    endInsertRows();
    // Headers and balancer decisions are the bulk of a record: only the
    // newest rows keep them, so a full log stays near 100 000 × 200 bytes,
    // not 100 000 × 1 KiB.
    const int keepFrom = int(m_rows.size()) - HeadersKept;
    for (int row = qMax(0, keepFrom - incoming); row < keepFrom; ++row)
        m_rows[size_t(row)].dropHeads();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const RequestRecord &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QDateTime::fromMSecsSinceEpoch(r.startMs).toString(u"HH:mm:ss.zzz"_s);
        case Client: return r.client;
        case Method: return QString::fromLatin1(r.method);
        case Uri: return QString::fromLatin1(r.uri);
        case Status: return r.status;
        case Upstream: return r.attempts.isEmpty() ? r.upstream : r.attempts.last().server;
        case Tries: return r.triesText();
        case Duration: return tr("%1 ms").arg(double(r.durationUs) / 1000.0, 0, 'f', 1);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.status >= 500)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        if (r.status >= 400)
            return QBrush(QColor(0xc0, 0x80, 0x00));
        return QBrush(QColor(0x20, 0x90, 0x40));
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return r.error;
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Client: return tr("Client");
    case Method: return tr("Method");
    case Uri: return tr("URI");
    case Status: return tr("Status");
    case Upstream: return tr("Upstream");
    case Tries: return tr("Tries");
    case Duration: return tr("Duration");
    default: return {};
    }
}
