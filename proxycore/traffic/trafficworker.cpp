#include "trafficworker.h"

#include "loadconnection.h"

#include <QThread>

#include <algorithm>
#include <chrono>

namespace {
constexpr int TickMs = 50;
constexpr qint64 ScratchSize = 64 * 1024;
} // namespace

qint64 TrafficWorker::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

TrafficWorker::TrafficWorker(const TrafficOptions &options, std::shared_ptr<const ClientPopulation> population,
                             int index, int count, qint64 startNs, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_population(std::move(population))
    , m_plan(options)
    , m_index(index)
    , m_count(std::max(1, count))
    , m_startNs(startNs)
    , m_isHead(options.method == "HEAD")
    , m_scratch(size_t(ScratchSize))
    , m_nextIndex(index)
    , m_arrivalTimer(this) // children move to the worker's thread with it
    , m_tickTimer(this)
{
    m_progress.worker = index;
    if (options.durationMs > 0)
        m_endNs = startNs + options.durationMs * 1000000;
    m_headTail = " HTTP/1.1\r\nHost: " + options.hostHeader + "\r\n";
    for (const QByteArray &h : options.headers) {
        if (!TrafficPlan::isTemplate(h)) // templated ones are filled per request
            m_headTail += h + "\r\n";
    }
    if (options.bodySize > 0) {
        m_headTail += "Content-Length: " + QByteArray::number(options.bodySize) + "\r\n";
        m_requestBody = QByteArray(qsizetype(options.bodySize), 'x');
    }
    if (!options.keepAlive)
        m_headTail += "Connection: close\r\n";
    m_arrivalTimer.setSingleShot(true);
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &TrafficWorker::onArrivalTimer);
    m_tickTimer.setInterval(TickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &TrafficWorker::onTick);
}

TrafficWorker::~TrafficWorker() = default;

QHostAddress TrafficWorker::sourceAddress(int client) const
{
    if (!bindsSourceAddresses() || client < 0 || client >= m_population->count())
        return {};
    return m_population->address(client);
}

bool TrafficWorker::bindsSourceAddresses() const
{
    return m_population && !m_population->isEmpty() && m_population->via() == ClientPopulation::Via::SourceAddress;
}

void TrafficWorker::buildRequest(qint64 index, int client, QByteArray &out) const
{
    out.append(m_options.method).append(' ');
    m_plan.appendPath(index, out);
    out.append(m_headTail);
    if (m_plan.hasHeaderTemplates())
        m_plan.appendHeaders(index, out);
    if (m_population && !m_population->isEmpty() && m_population->via() == ClientPopulation::Via::ForwardedFor)
        out.append("X-Forwarded-For: ").append(m_population->text(client)).append("\r\n");
    out.append("\r\n");
    if (!m_requestBody.isEmpty())
        out.append(m_requestBody);
}

void TrafficWorker::start()
{
    setConcurrency(m_options.concurrency);
    if (m_options.isOpenLoop())
        scheduleArrivals();
    m_tickTimer.start();
    dispatch();
    checkFinished();
}

void TrafficWorker::stop()
{
    // Requests in flight are abandoned: a stop is a stop, not a drain.
    m_stopping = true;
    m_due.clear();
    m_arrivalTimer.stop();
    for (auto &c : m_connections)
        c->close();
    m_inFlight = 0;
    checkFinished();
}

void TrafficWorker::setRate(double rate)
{
    if (!m_options.isOpenLoop() || rate <= 0)
        return;
    m_options.rate = rate;
    m_plan.setRate(rate);
    // A lower rate's far-off next arrival should not delay a higher one.
    const qint64 now = nowNs() - m_startNs;
    const qint64 gap = qint64(1e9 / rate);
    m_plan.rebase(now + gap);
    if (m_hasPending && m_pending.plannedNs > now + gap)
        m_pending.plannedNs = now + gap;
    scheduleArrivals();
}

void TrafficWorker::setConcurrency(int connections)
{
    m_targetConnections = share(std::max(1, connections), m_index, m_count);
    while (int(m_connections.size()) < m_targetConnections) {
        m_connections.push_back(std::make_unique<LoadConnection>(this));
        m_idle.push_back(m_connections.back().get());
    }
    // Fewer: idle connections go now, busy ones when their answer is in.
    for (auto it = m_idle.begin(); it != m_idle.end() && int(m_connections.size()) > m_targetConnections;) {
        LoadConnection *c = *it;
        it = m_idle.erase(it);
        m_connections.erase(std::find_if(m_connections.begin(), m_connections.end(),
                                         [c](const auto &p) { return p.get() == c; }));
    }
    dispatch();
}

bool TrafficWorker::takeNext(qint64 *index)
{
    if (m_stopping || (m_options.requests > 0 && m_nextIndex >= m_options.requests))
        return false;
    *index = m_nextIndex;
    m_nextIndex += m_count;
    return true;
}

void TrafficWorker::sendOn(LoadConnection *connection, qint64 index, qint64 originNs)
{
    ++m_issued;
    ++m_inFlight;
    connection->send(index, m_plan.clientIndex(index), originNs, nowNs());
}

void TrafficWorker::dispatch()
{
    // Connections that fail at once report back inside send(): the guard
    // keeps that from recursing, the loop picks the connection up again.
    if (m_dispatching)
        return;
    m_dispatching = true;
    const qint64 now = nowNs();
    if (m_endNs && now >= m_endNs)
        m_stopping = true;
    while (!m_idle.empty() && !m_stopping) {
        LoadConnection *c = m_idle.back();
        if (m_options.isOpenLoop()) {
            if (m_due.empty())
                break;
            const Due due = m_due.front();
            m_due.pop_front();
            m_idle.pop_back();
            sendOn(c, due.index, m_startNs + due.plannedNs);
        } else {
            qint64 index;
            if (!takeNext(&index))
                break;
            m_idle.pop_back();
            sendOn(c, index, nowNs());
        }
    }
    m_dispatching = false;
}

void TrafficWorker::drawOwnArrival()
{
    // Every worker walks the one planned sequence and keeps its own indices,
    // so the arrival times do not depend on the thread count.
    for (;;) {
        const qint64 at = m_plan.nextArrivalNs();
        const qint64 i = m_nextArrivalIndex++;
        if (i % m_count == m_index) {
            m_pending = {i, at};
            m_hasPending = true;
            return;
        }
    }
}

void TrafficWorker::scheduleArrivals()
{
    if (m_stopping || m_planDone)
        return;
    const qint64 now = nowNs() - m_startNs;
    // Everything due by now joins the queue: a late timer catches up at once.
    for (;;) {
        if (!m_hasPending)
            drawOwnArrival();
        if (m_options.requests > 0 && m_pending.index >= m_options.requests) {
            m_planDone = true;
            return;
        }
        if (m_pending.plannedNs > now) {
            m_arrivalTimer.start(int((m_pending.plannedNs - now + 999999) / 1000000));
            return;
        }
        m_due.push_back(m_pending);
        m_hasPending = false;
    }
}

void TrafficWorker::onArrivalTimer()
{
    scheduleArrivals();
    dispatch();
    checkFinished();
}

void TrafficWorker::afterRequest(LoadConnection *connection)
{
    --m_inFlight;
    if (int(m_connections.size()) > m_targetConnections) {
        // A lowered concurrency: retire this one (not while it reports).
        auto it = std::find_if(m_connections.begin(), m_connections.end(), [connection](const auto &p) { return p.get() == connection; });
        if (it != m_connections.end()) {
            it->release();
            m_connections.erase(it);
            connection->close();
            QMetaObject::invokeMethod(this, [connection] { delete connection; }, Qt::QueuedConnection);
        }
    } else {
        m_idle.push_back(connection);
    }
    dispatch();
    checkFinished();
}

void TrafficWorker::responseReceived(LoadConnection *connection, int status, const QByteArray &upstream, qint64 originNs)
{
    const qint64 now = nowNs();
    const qint64 latencyUs = (now - originNs) / 1000;
    m_stats.recordResponse(status, upstream, latencyUs, secondIndex(now));
    m_progress.interval.record(latencyUs);
    if (m_options.recordOutcomes)
        m_stats.recordOutcome({connection->requestIndex(), status, -1, connection->backend().isEmpty() ? upstream : connection->backend()});
    afterRequest(connection);
}

void TrafficWorker::requestFailed(LoadConnection *connection, TrafficStats::ErrorKind kind, qint64 originNs)
{
    const qint64 now = nowNs();
    m_stats.recordError(kind, (now - originNs) / 1000, secondIndex(now));
    if (m_options.recordOutcomes)
        m_stats.recordOutcome({connection->requestIndex(), 0, int(kind), {}});
    afterRequest(connection);
}

void TrafficWorker::onTick()
{
    const qint64 now = nowNs();
    for (auto &c : m_connections)
        c->checkDeadline(now);
    if (m_endNs && now >= m_endNs && !m_stopping) {
        m_stopping = true;
        m_due.clear();
        m_arrivalTimer.stop();
    }
    reportProgress();
    checkFinished();
}

void TrafficWorker::reportProgress()
{
    m_progress.completed = m_stats.completed();
    m_progress.responses = m_stats.responses();
    m_progress.errors = m_stats.errors();
    m_progress.serverErrors = m_stats.serverErrors();
    m_progress.inFlight = int(m_inFlight);
    m_progress.queued = qint64(m_due.size());
    emit progressed(m_progress);
    m_progress.interval.clear();
}

void TrafficWorker::checkFinished()
{
    if (m_finished || m_inFlight > 0)
        return;
    bool more = false;
    if (!m_stopping) {
        if (m_options.isOpenLoop())
            more = !m_due.empty() || !m_planDone;
        else
            more = m_options.requests == 0 || m_nextIndex < m_options.requests;
    }
    if (more)
        return;
    m_finished = true;
    m_tickTimer.stop();
    m_arrivalTimer.stop();
    reportProgress();
    emit finished(m_index, m_stats);
}
