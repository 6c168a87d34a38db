#include "backendtablemodel.h"

#include "document/labdocument.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

BackendTableModel::BackendTableModel(LabDocument *document, LabRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_runner(runner)
{
    connect(document, &LabDocument::labChanged, this, &BackendTableModel::labChanged);
    // States and addresses arrive from the runner as they change.
    connect(runner, &LabRunner::statusChanged, this, &BackendTableModel::refreshCounters);
    connect(runner, &LabRunner::backendStateChanged, this, &BackendTableModel::refreshCounters);
    m_rows = int(document->lab().backends.size());
}

void BackendTableModel::labChanged()
{
    const int rows = int(m_document->lab().backends.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const LabRunner::Mock *BackendTableModel::liveBackend(int row) const
{
    if (row < 0 || row >= m_document->lab().backends.size() || !m_runner->isRunning())
        return nullptr;
    return m_runner->mock(m_document->lab().backends[row].name);
}

QString BackendTableModel::backendName(int row) const
{
    return row >= 0 && row < m_document->lab().backends.size() ? m_document->lab().backends[row].name : QString();
}

void BackendTableModel::refreshCounters()
{
    if (m_rows > 0)
        emit dataChanged(index(0, State), index(m_rows - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
}

int BackendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BackendTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackendTableModel::data(const QModelIndex &index, int role) const
{
    if (index.row() >= m_document->lab().backends.size())
        return {};
    const MockBackendConfig &b = m_document->lab().backends[index.row()];
    const LabRunner::Mock *live = liveBackend(index.row());
    const MockBackend::State state = live ? live->state() : MockBackend::State::Stopped;
    const int c = index.column();
    const QString path = u"backends[%1]"_s.arg(index.row());
    static const char *const keys[] = {"", "name", "listen", "status", "latency", "error_rate", "faults"};
    const QString issue = c > State && c <= Faults ? m_document->issueAt(path + u'.' + QLatin1StringView(keys[c]), true) : QString();
    if (role == Qt::DecorationRole && c == State) {
        // The health dot: green running and healthy, amber paused or failing, grey stopped.
        if (state == MockBackend::State::Stopped)
            return QColor(0x9e, 0x9e, 0x9e);
        if (state == MockBackend::State::Paused || live->isFailing())
            return QColor(0xf5, 0x9e, 0x0b);
        return QColor(0x22, 0xa5, 0x4b);
    }
    if (role == Qt::DecorationRole && c == Name && !b.color.isEmpty())
        return QColor(b.color);
    if (role == Qt::BackgroundRole && !issue.isEmpty())
        return QBrush(QColor(0xf2, 0x6b, 0x6b, 110));
    if (role == Qt::ToolTipRole) {
        if (!issue.isEmpty())
            return issue;
        if (c == Latency)
            return tr("20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%] | none");
        if (c == Faults)
            return tr("KIND:P, comma-separated: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length");
        if (c == State && live)
            return tr("%1 on port %2").arg(state == MockBackend::State::Paused ? tr("paused") : state == MockBackend::State::Running ? tr("running") : tr("stopped")).arg(live->port());
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const MockBehaviour &h = b.behaviour;
    switch (c) {
    case State:
        return state == MockBackend::State::Running ? tr("running") : state == MockBackend::State::Paused ? tr("paused") : tr("stopped");
    case Name: return b.name;
    case Listen:
        // A lab kept local runs the mock on loopback: show where it really listens.
        if (role == Qt::DisplayRole && live && live->listen != b.listen)
            return tr("%1 → %2").arg(b.listen, live->listen);
        return b.listen;
    case Status: return h.status;
    case Latency: return MockSyntax::formatLatency(h.latency);
    // Edited as text, written as in the lab file: a default double editor
    // would round 0.125 to two decimals.
    case ErrorRate:
        return role == Qt::EditRole ? QVariant(QString::number(h.errorRate, 'g', 12)) : QVariant(u"%1 %"_s.arg(h.errorRate * 100, 0, 'g', 4));
    case Faults: return MockSyntax::formatFaultList(h.faults);
    default: break;
    }
    if (!live)
        return role == Qt::DisplayRole ? QVariant(u"–"_s) : QVariant();
    const MockCounterSnapshot s = live->counters();
    switch (c) {
    case Requests: return qulonglong(s.requests);
    case Errors: return qulonglong(s.status5xx);
    case FaultsInjected: return qulonglong(s.faultsTotal());
    case Active: return s.activeConnections;
    default: return {};
    }
}

bool BackendTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.row() >= m_document->lab().backends.size())
        return false;
    LabConfig lab = m_document->lab();
    MockBackendConfig b = lab.backends[index.row()];
    MockBehaviour &h = b.behaviour;
    const QString text = value.toString().trimmed();
    QString error;
    switch (index.column()) {
    case Name: b.name = text; break;
    case Listen: b.listen = text; break;
    case Status: h.status = value.toInt(); break;
    case Latency: {
        const auto l = MockSyntax::parseLatency(text.isEmpty() ? u"none"_s : text, &error);
        if (!l) {
            emit parseError(index, error);
            return false;
        }
        h.latency = *l;
        break;
    }
    case ErrorRate: {
        const auto rate = MockSyntax::parseProbability(text);
        if (!rate) {
            emit parseError(index, tr("expected a probability 0..1 such as 0.2 or 20%"));
            return false;
        }
        h.errorRate = *rate;
        break;
    }
    case Faults: {
        const auto faults = MockSyntax::parseFaultList(text, &error);
        if (!faults) {
            emit parseError(index, error);
            return false;
        }
        h.faults = *faults;
        break;
    }
    default: return false;
    }
    lab.replaceBackend(index.row(), b);
    m_document->edit(lab, tr("Change %1 of backend %2").arg(headerData(index.column(), Qt::Horizontal).toString(), b.name),
                     u"backend:%1:%2"_s.arg(index.row()).arg(index.column()));
    return true;
}

Qt::ItemFlags BackendTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.column() >= Name && index.column() <= Faults ? f | Qt::ItemIsEditable : f;
}

QVariant BackendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State: return tr("State");
    case Name: return tr("Name");
    case Listen: return tr("Listen");
    case Status: return tr("Status");
    case Latency: return tr("Latency");
    case ErrorRate: return tr("Error rate");
    case Faults: return tr("Faults");
    case Requests: return tr("Requests");
    case Errors: return tr("5xx");
    case FaultsInjected: return tr("Faults injected");
    case Active: return tr("Active conns");
    }
    return {};
}
