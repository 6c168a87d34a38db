#include "proxyengine.h"

#include "balancing/clock.h"
#include "config/hostport.h"
#include "config/labjson.h"
#include "healthchecker.h"
#include "proxylistener.h"
#include "platform/fdlimit.h"
#include "platform/workerdispatcher.h"
#include "proxyworker.h"
#include "routing/requestrouter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSemaphore>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QHostAddress endpointAddress(const RequestRouter::Endpoint &e)
{
    return e.address == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(e.address);
}
} // namespace

ProxyEngine::ProxyEngine(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SteadyClock>())
    , m_publishTimer(this)
{
    // Workers publish their own batches; merging them here gives listeners one
    // ordered batch at most ~10 times a second.
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(100);
    connect(&m_publishTimer, &QTimer::timeout, this, &ProxyEngine::publishRecords);
    qRegisterMetaType<RequestRecord>();
    qRegisterMetaType<QList<RequestRecord>>();
}

ProxyEngine::~ProxyEngine()
{
    stop();
}

bool ProxyEngine::start(const LabConfig &config, QString *error)
{
    Q_ASSERT(thread() == QThread::currentThread()); // its workers and listeners are managed from here
    stop();
    // Every connection holds a descriptor; the usual soft limit (1024) is not a proxy's.
    FdLimit::raiseOpenFileLimit();
    int workers = config.proxy.workers > 0 ? config.proxy.workers : QThread::idealThreadCount();
    workers = qBound(1, workers, 64);
    m_config = std::make_shared<const LabConfig>(config);
    const auto runtime = std::make_shared<LabRuntime>(m_config, m_clock.get());
    for (int i = 0; i < workers; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"proxy-worker-%1"_s.arg(i));
        WorkerDispatcher::install(thread);
        auto *worker = new ProxyWorker(i, m_recording);
        worker->setRuntime(runtime);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &ProxyWorker::recordsReady, this, &ProxyEngine::collectRecords);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    if (!openListeners(config, error)) {
        stop();
        return false;
    }
    startHealthChecks(runtime);
    return true;
}

void ProxyEngine::startHealthChecks(const std::shared_ptr<LabRuntime> &runtime)
{
    // A new snapshot gets new checkers (its groups have fresh state, as on reload).
    QObject *old = m_healthChecker;
    m_healthChecker = nullptr;
    bool any = false;
    for (const UpstreamGroup &g : runtime->config().upstreams)
        any = any || g.healthCheck.enabled;
    ProxyWorker *home = m_workers.front();
    QMetaObject::invokeMethod(home, [this, old, any, runtime, home] {
        delete old;
        if (!any)
            return;
        auto *checker = new HealthChecker(runtime, home);
        connect(checker, &HealthChecker::healthChanged, this, &ProxyEngine::serverHealthChanged);
        m_healthChecker = checker;
    }, Qt::BlockingQueuedConnection);
}

bool ProxyEngine::openListeners(const LabConfig &config, QString *error, quint16 *busyPort)
{
    // One socket per address and port, shared by the server blocks there (the
    // request's Host picks one). Bound here; every worker accepts from each,
    // so accepting never waits on this thread, and a connection is served by
    // the worker that took it. A reload keeps open the sockets it still needs
    // (with the connections queued on them) and binds new ones before it
    // closes any, as nginx does: when one cannot be bound, nothing changed.
    RequestRouter router;
    router.build(config);
    const QList<RequestRouter::Endpoint> &endpoints = router.endpoints();
    std::vector<ProxyListener *> unclaimed = m_listeners;
    std::vector<ProxyListener *> next;
    std::vector<ProxyListener *> bound;
    for (int i = 0; i < endpoints.size(); ++i) {
        const RequestRouter::Endpoint &e = endpoints[i];
        const QHostAddress address = endpointAddress(e);
        const auto open = std::find_if(unclaimed.begin(), unclaimed.end(), [&](const ProxyListener *l) {
            return l->serves(address, quint16(e.port));
        });
        if (open != unclaimed.end()) {
            next.push_back(*open);
            unclaimed.erase(open);
            continue;
        }
        auto *server = new ProxyListener({e.address, e.port}, e.maxConnections, this);
        if (!server->bind(address, quint16(e.port))) {
            if (error) {
                *error = tr("cannot listen on %1: %2")
                             .arg(HostPort{address, quint16(e.port)}.toString(), server->errorString());
            }
            if (busyPort)
                *busyPort = server->serverError() == QAbstractSocket::AddressInUseError ? quint16(e.port) : 0;
            delete server;
            qDeleteAll(bound);
            return false;
        }
        bound.push_back(server);
        next.push_back(server);
    }
    for (int i = 0; i < endpoints.size(); ++i)
        next[size_t(i)]->reassign({endpoints[i].address, endpoints[i].port}, endpoints[i].maxConnections);
    acceptFrom(next);
    qDeleteAll(unclaimed); // no worker accepts from these any more
    m_listeners = next;
    m_ports.clear();
    for (const ProxyListener *l : next)
        m_ports.append(l->serverPort());
    m_listenerEndpoint.clear();
    for (const Listener &l : config.listeners)
        m_listenerEndpoint.append(router.endpointIndex(l.address, l.port));
    return true;
}

bool ProxyEngine::reopenListeners(const LabConfig &config, quint16 busyPort, QString *error)
{
    // A new address can clash with one the reload drops (127.0.0.1:8080
    // becoming *:8080, which Linux refuses while the first listens): close
    // those and try once more, or else listen where they were again.
    RequestRouter router;
    router.build(config);
    std::vector<ProxyListener *> kept;
    std::vector<ProxyListener *> dropped;
    for (ProxyListener *l : m_listeners) {
        const bool needed = std::any_of(router.endpoints().cbegin(), router.endpoints().cend(), [l](const auto &e) {
            return l->serves(endpointAddress(e), quint16(e.port));
        });
        // Only a dropped socket on the port in use can be in the way.
        (needed || l->port() != busyPort ? kept : dropped).push_back(l);
    }
    if (dropped.empty())
        return false;
    acceptFrom(kept); // no worker may be inside accept() on a socket as it closes
    for (ProxyListener *l : dropped)
        l->suspend();
    if (openListeners(config, error)) // now says why without the clash
        return true;
    QStringList lost;
    for (ProxyListener *l : dropped) {
        if (!l->resume())
            lost.append(u"%1 (%2)"_s.arg(l->share().label, l->errorString()));
    }
    std::vector<ProxyListener *> listening;
    std::copy_if(m_listeners.cbegin(), m_listeners.cend(), std::back_inserter(listening),
                 [](const ProxyListener *l) { return l->isListening(); });
    acceptFrom(listening);
    if (error && !lost.isEmpty())
        *error += u"; "_s + tr("and the old listeners could not listen again: %1").arg(lost.join(u", "_s));
    return false;
}

bool ProxyEngine::allListening() const
{
    return std::all_of(m_listeners.cbegin(), m_listeners.cend(), [](const ProxyListener *l) { return l->isListening(); });
}

void ProxyEngine::acceptFrom(const std::vector<ProxyListener *> &listeners)
{
    std::vector<ProxyListener::Share> shares;
    for (const ProxyListener *l : listeners)
        shares.push_back(l->share());
    // Where threads cannot watch one socket together, worker 0 accepts for
    // all (and hands connections on, see ProxyWorker::takeConnection).
    const bool everyWorker = WorkerDispatcher::canShareListeningSockets();
    const bool shared = everyWorker && m_workers.size() > 1;
    runInEveryWorker([&](ProxyWorker *w) {
        if (everyWorker || w == m_workers.front())
            w->startAccepting(shares, shared, m_workers);
    });
}

void ProxyEngine::closeListeners()
{
    if (m_listeners.empty() || m_workers.empty())
        return;
    // No worker may be inside accept() on a socket as it closes.
    runInEveryWorker([](ProxyWorker *w) { w->stopAccepting(); });
    qDeleteAll(m_listeners);
    m_listeners.clear();
    m_ports.clear();
    m_listenerEndpoint.clear();
}

void ProxyEngine::runInEveryWorker(const std::function<void(ProxyWorker *)> &task)
{
    auto done = std::make_shared<QSemaphore>();
    for (ProxyWorker *w : m_workers) {
        QMetaObject::invokeMethod(w, [w, &task, done] {
            task(w);
            done->release();
        }, Qt::QueuedConnection);
    }
    done->acquire(int(m_workers.size()));
}

void ProxyEngine::stop()
{
    Q_ASSERT(thread() == QThread::currentThread()); // its workers and listeners are managed from here
    if (m_workers.empty())
        return;
    closeListeners();
    if (m_healthChecker) {
        QObject *checker = m_healthChecker;
        m_healthChecker = nullptr;
        QMetaObject::invokeMethod(m_workers.front(), [checker] { delete checker; }, Qt::BlockingQueuedConnection);
    }
    for (ProxyWorker *w : m_workers)
        QMetaObject::invokeMethod(w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    for (QThread *t : m_threads) {
        t->quit();
        t->wait();
        delete t;
    }
    m_threads.clear();
    m_workers.clear();
    m_config.reset();
    // Deliver what the workers flushed on shutdown.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    publishRecords();
}

namespace {
// Records are logged when a request completes (as nginx's access log is).
bool endsBefore(const RequestRecord &a, const RequestRecord &b)
{
    return a.completedUs < b.completedUs;
}
} // namespace

void ProxyEngine::collectRecords(const QList<RequestRecord> &records)
{
    // m_pendingRecords stays in completion order. A worker's batch is
    // already (it stamps each record as it completes, on a steady clock), and
    // batches from different workers overlap only at their edges, so checking
    // and merging moves few records; stable-sorting the whole list on every
    // publish moved each record O(log n) times.
    const qsizetype old = m_pendingRecords.size();
    if (old == 0)
        m_pendingRecords = records; // shared, not copied
    else
        m_pendingRecords.append(records);
    const bool batchSorted = std::is_sorted(m_pendingRecords.cbegin() + old, m_pendingRecords.cend(), endsBefore);
    const bool overlaps = old > 0 && old < m_pendingRecords.size()
                          && endsBefore(m_pendingRecords.at(old), m_pendingRecords.at(old - 1));
    if (!batchSorted || overlaps) {
        const auto begin = m_pendingRecords.begin();
        if (!batchSorted)
            std::stable_sort(begin + old, m_pendingRecords.end(), endsBefore);
        std::inplace_merge(begin, begin + old, m_pendingRecords.end(), endsBefore);
    }
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void ProxyEngine::publishRecords()
{
    m_publishTimer.stop();
    if (m_pendingRecords.isEmpty())
        return;
    // Workers flush every 50 ms, so holding back the last 75 ms keeps the
    // merged stream in completion order across workers.
    const qint64 horizon = isRunning() ? RequestRecord::steadyNowUs() - 75'000 : std::numeric_limits<qint64>::max();
    qsizetype ready = 0;
    while (ready < m_pendingRecords.size() && m_pendingRecords.at(ready).completedUs <= horizon)
        ++ready;
    if (ready < m_pendingRecords.size())
        m_publishTimer.start();
    if (ready == 0)
        return;
    QList<RequestRecord> batch;
    if (ready == m_pendingRecords.size()) {
        batch.swap(m_pendingRecords);
    } else {
        batch = m_pendingRecords.first(ready);
        m_pendingRecords.remove(0, ready);
    }
    emit requestsLogged(batch);
}

bool ProxyEngine::applyConfig(const LabConfig &config, QString *error)
{
    Q_ASSERT(thread() == QThread::currentThread()); // its workers and listeners are managed from here
    if (!isRunning())
        return start(config, error);
    // Touch the listeners only when their addresses, ports or limits change.
    auto addresses = [](const LabConfig &lab) {
        QList<std::tuple<QString, int, int>> out;
        RequestRouter router;
        router.build(lab);
        for (const RequestRouter::Endpoint &e : router.endpoints())
            out.append({e.address, e.port, e.maxConnections});
        return out;
    };
    // When one cannot be bound, the old lab keeps serving on its listeners.
    // A listener lost after a failed reload is bound again by the next one.
    if (addresses(config) != addresses(*m_config) || !allListening()) {
        quint16 busyPort = 0;
        if (!openListeners(config, error, &busyPort)
            && !(busyPort != 0 && reopenListeners(config, busyPort, error)))
            return false;
    }
    m_config = std::make_shared<const LabConfig>(config);
    const auto runtime = std::make_shared<LabRuntime>(m_config, m_clock.get());
    // Every worker takes the snapshot at once and the engine waits for the
    // slowest, not for each in turn; when this returns, new requests run on it.
    runInEveryWorker([&runtime](ProxyWorker *w) { w->setRuntime(runtime); });
    startHealthChecks(runtime);
    return true;
}

void ProxyEngine::occupyWorkerForTest(int index, int ms)
{
    if (index < 0 || index >= int(m_workers.size()))
        return;
    // Stands for a worker busy with a long task (a big write, a slow syscall).
    // Returns once it is busy: from then on it waits for no event, and the
    // other workers accept the new connections.
    auto busy = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_workers[size_t(index)], [ms, busy] {
        busy->release();
        QThread::msleep(ulong(ms));
    }, Qt::QueuedConnection);
    busy->acquire();
}

std::vector<std::shared_ptr<const std::atomic<int>>> ProxyEngine::connectionCounters() const
{
    // Per server block: the count of the socket its first listen shares.
    std::vector<std::shared_ptr<const std::atomic<int>>> counters;
    for (int endpoint : m_listenerEndpoint) {
        if (endpoint >= 0 && size_t(endpoint) < m_listeners.size())
            counters.push_back(m_listeners[size_t(endpoint)]->openConnections());
    }
    return counters;
}

int ProxyEngine::activeConnections() const
{
    int n = 0;
    for (const ProxyListener *l : m_listeners)
        n += l->openConnections()->load(std::memory_order_relaxed);
    return n;
}

QList<int> ProxyEngine::connectionsPerWorker() const
{
    QList<int> counts;
    for (const ProxyWorker *w : m_workers)
        counts.append(w->connectionCount());
    return counts;
}

quint16 ProxyEngine::listenerPort(int index) const
{
    const int endpoint = m_listenerEndpoint.value(index, -1);
    return endpoint >= 0 && endpoint < m_ports.size() ? m_ports[endpoint] : 0;
}

quint16 ProxyEngine::listenPort(const QString &address, int port) const
{
    RequestRouter router;
    router.build(*m_config);
    const int endpoint = router.endpointIndex(address, port);
    return endpoint >= 0 && endpoint < m_ports.size() ? m_ports[endpoint] : 0;
}

QString ProxyEngine::workerDispatcherName() const
{
    return m_threads.empty() ? QString() : WorkerDispatcher::nameOf(m_threads.front());
}
