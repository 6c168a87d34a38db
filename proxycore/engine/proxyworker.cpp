#include "proxyworker.h"

#include "clientsession.h"
#include "upstreampool.h"

ProxyWorker::ProxyWorker(int index, std::shared_ptr<const RecordingSwitches> recording, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_recording(std::move(recording))
    , m_pool(new UpstreamPool(this))
    , m_flushTimer(this)
    , m_deadlines(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProxyWorker::flushRecords);
}

ProxyWorker::~ProxyWorker()
{
    // Sessions (also those waiting for deleteLater) give their state back to
    // m_requestStates as they go: delete them while it still exists, before
    // QObject's destructor would delete its children.
    qDeleteAll(findChildren<ClientSession *>(Qt::FindDirectChildrenOnly));
}

void ProxyWorker::setRuntime(LabRuntimePtr runtime)
{
    assertInOwnThread();
    // The pool is keyed by the old snapshot's groups: start afresh, like a reload.
    if (m_runtime)
        m_pool->clear();
    m_runtime = std::move(runtime);
}

void ProxyWorker::startAccepting(const std::vector<ProxyListener::Share> &listeners, bool shared,
                                 const std::vector<ProxyWorker *> &workers)
{
    assertInOwnThread();
    stopAccepting();
    m_workers = workers;
    SocketAcceptor::Options options = SocketAcceptor::WantPeer;
    if (shared)
        options |= SocketAcceptor::Shared;
    for (const ProxyListener::Share &listener : listeners) {
        m_acceptors.push_back(new SocketAcceptor(listener.descriptor, listener.label, options,
                                                 [this, listener](const SocketAcceptor::Connection &c) {
                                                     takeConnection(c, listener);
                                                 },
                                                 this));
    }
}

void ProxyWorker::stopAccepting()
{
    assertInOwnThread();
    for (SocketAcceptor *acceptor : m_acceptors)
        delete acceptor;
    m_acceptors.clear();
}

void ProxyWorker::takeConnection(const SocketAcceptor::Connection &connection, const ProxyListener::Share &listener)
{
    // Kept here unless another worker has at least two connections fewer;
    // then it goes to the one with the fewest, through a queued call. With
    // EPOLLEXCLUSIVE a waiting worker is woken first, so without this one
    // worker took nearly every connection a load generator opened in a burst
    // and served them all while the others idled (nginx has the same skew).
    // Balanced, a worker serves what it accepts and nothing hops. Where only
    // one worker accepts (no shared sockets: Windows, macOS) this is how the
    // others get theirs. It counts connections, not work: a worker busy with
    // a long task may still be handed one (workers never block, so "long" is
    // a test hook's 2 s, not a real case).
    ProxyWorker *target = this;
    int fewest = connectionCount() - 1;
    for (ProxyWorker *w : m_workers) {
        if (const int n = w->connectionCount(); n < fewest) {
            fewest = n;
            target = w;
        }
    }
    target->m_connections.fetch_add(1, std::memory_order_relaxed);
    if (target == this) {
        adoptClient(connection, listener);
        return;
    }
    QMetaObject::invokeMethod(target, [target, connection, listener] { target->adoptClient(connection, listener); },
                              Qt::QueuedConnection);
}

void ProxyWorker::adoptClient(const SocketAcceptor::Connection &connection, const ProxyListener::Share &listener)
{
    // Counted here, released by the session when it closes.
    const int open = listener.open->fetch_add(1, std::memory_order_relaxed) + 1;
    const bool overLimit = listener.maxConnections > 0 && open > listener.maxConnections;
    auto *session = new ClientSession(this, connection, listener, overLimit);
    if (!session->isValid()) { // closed already (sessionClosed() did not count it off)
        delete session;
        m_connections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    m_sessions.insert(session);
}

void ProxyWorker::shutdown()
{
    assertInOwnThread();
    m_stopping = true;
    stopAccepting();
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *s : sessions)
        s->abortSession();
    m_pool->clear();
    flushRecords();
}

void ProxyWorker::sessionClosed(ClientSession *session)
{
    assertInOwnThread();
    // A session may close inside its constructor (a 503 to a client that
    // already went away), before adoptClient() adds it: that one is counted
    // off there, once.
    if (m_sessions.remove(session))
        m_connections.fetch_sub(1, std::memory_order_relaxed);
    session->deleteLater();
}

void ProxyWorker::submitRecord(RequestRecord &&record)
{
    assertInOwnThread();
    record.completedUs = RequestRecord::steadyNowUs();
    m_pending.append(std::move(record));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProxyWorker::flushRecords()
{
    if (m_pending.isEmpty())
        return;
    QList<RequestRecord> batch;
    batch.swap(m_pending);
    // Room for the next batch at once, not in a few steps as it grows; a
    // little, so an idle worker does not keep much.
    m_pending.reserve(qMin<qsizetype>(batch.size(), 256));
    emit recordsReady(batch);
}
