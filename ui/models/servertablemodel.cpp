#include "servertablemodel.h"

#include "config/labvalidator.h"
#include "config/units.h"
#include "document/labdocument.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace {
// In the order of ServerTableModel::Column.
const char *const keys[ServerTableModel::ColumnCount] = {"name",      "address",      "weight",    "backup",     "down",
                                                         "max_fails", "fail_timeout", "max_conns", "slow_start", "drain"};
} // namespace

ServerTableModel::ServerTableModel(LabDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &LabDocument::labChanged, this, &ServerTableModel::labChanged);
}

void ServerTableModel::setGroup(int group)
{
    beginResetModel();
    m_group = group;
    m_rows = group >= 0 && group < m_document->lab().upstreams.size() ? int(m_document->lab().upstreams[group].servers.size()) : 0;
    endResetModel();
}

void ServerTableModel::labChanged()
{
    const int rows = m_group >= 0 && m_group < m_document->lab().upstreams.size()
        ? int(m_document->lab().upstreams[m_group].servers.size())
        : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        // Same shape: keep the selection and the editor, refresh the values.
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const UpstreamServer *ServerTableModel::server(int row) const
{
    const LabConfig &lab = m_document->lab();
    if (m_group < 0 || m_group >= lab.upstreams.size() || row < 0 || row >= lab.upstreams[m_group].servers.size())
        return nullptr;
    return &lab.upstreams[m_group].servers[row];
}

QString ServerTableModel::pathOf(int row, int column) const
{
    return u"upstreams[%1].servers[%2].%3"_s.arg(m_group).arg(row).arg(QLatin1StringView(keys[column]));
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    const UpstreamServer *s = server(index.row());
    if (!s)
        return {};
    const int c = index.column();
    const QString issue = m_document->issueAt(pathOf(index.row(), c));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (c) {
        case Name: return s->name;
        case Address: return s->address;
        case Weight: return s->weight;
        case MaxFails: return s->maxFails;
        // Edited in whole seconds (the lab's unit); shown as nginx writes them ("90s", "2m", "144h").
        case FailTimeout:
            return role == Qt::EditRole ? QVariant(s->failTimeoutSec) : QVariant(Units::formatDurationMs(s->failTimeoutSec * 1000LL));
        case MaxConns: return role == Qt::EditRole || s->maxConns ? QVariant(s->maxConns) : QVariant(tr("unlimited"));
        case SlowStart:
            if (role == Qt::EditRole)
                return s->slowStartSec;
            return s->slowStartSec ? QVariant(Units::formatDurationMs(s->slowStartSec * 1000LL)) : QVariant(tr("off"));
        default: return {};
        }
    case Qt::CheckStateRole:
        if (c == Backup)
            return s->backup ? Qt::Checked : Qt::Unchecked;
        if (c == Down)
            return s->down ? Qt::Checked : Qt::Unchecked;
        if (c == Drain)
            return s->drain ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (c == SlowStart || c == Drain)
            return tr("NGINX Plus only (simulated here). The export writes it as a comment with the open-source alternative.");
        return {};
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xf2, 0x6b, 0x6b, 110)));
    case Qt::DecorationRole:
        return issue.isEmpty() ? QVariant() : QVariant(QColor(0xd0, 0x30, 0x30));
    case Qt::AccessibleDescriptionRole:
        return issue;
    default:
        return {};
    }
}

bool ServerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const UpstreamServer *current = server(index.row());
    if (!current)
        return false;
    LabConfig lab = m_document->lab();
    UpstreamServer &s = lab.upstreams[m_group].servers[index.row()];
    const int c = index.column();
    const bool checked = value.toInt() == Qt::Checked;
    if (role == Qt::CheckStateRole) {
        if (c == Backup)
            s.backup = checked;
        else if (c == Down)
            s.down = checked;
        else if (c == Drain)
            s.drain = checked;
        else
            return false;
    } else if (role == Qt::EditRole) {
        switch (c) {
        case Name: s.name = value.toString().trimmed(); break;
        case Address: s.address = value.toString().trimmed(); break;
        case Weight: s.weight = value.toInt(); break;
        case MaxFails: s.maxFails = value.toInt(); break;
        case FailTimeout: s.failTimeoutSec = value.toInt(); break;
        case MaxConns: s.maxConns = value.toInt(); break;
        case SlowStart: s.slowStartSec = value.toInt(); break;
        default: return false;
        }
    } else {
        return false;
    }
    const QString what = headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    m_document->edit(lab, tr("Change %1 of %2").arg(what, current->name),
                     u"server:%1:%2:%3"_s.arg(m_group).arg(index.row()).arg(c));
    return true;
}

Qt::ItemFlags ServerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Backup || index.column() == Down || index.column() == Drain)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Weight: return tr("weight=N: share of requests (%1)").arg(LabValidator::rangeText(LabLimits::Weight));
        case MaxFails: return tr("max_fails=N: failed attempts within fail_timeout that mark the server failed (0 = never)");
        case FailTimeout: return tr("fail_timeout=Ns: the window for max_fails, and how long a failed server rests");
        case MaxConns: return tr("max_conns=N: at most N connections at once (0 = unlimited)");
        case Backup: return tr("backup: used only when every primary server is unavailable");
        case Down: return tr("down: never used");
        case SlowStart: return tr("slow_start=Ns (NGINX Plus): ramp the weight up after recovery");
        case Drain: return tr("drain (NGINX Plus): no new requests");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Address: return tr("Address");
    case Weight: return tr("Weight");
    case MaxFails: return tr("Max fails");
    case FailTimeout: return tr("Fail timeout");
    case MaxConns: return tr("Max conns");
    case Backup: return tr("Backup");
    case Down: return tr("Down");
    case SlowStart: return tr("Slow start (Plus)");
    case Drain: return tr("Drain (Plus)");
    }
    return {};
}
