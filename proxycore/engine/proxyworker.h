#pragma once

#include "deadlinequeue.h"
#include "labruntime.h"
#include "platform/socketacceptor.h"
#include "proxylistener.h"
#include "recordarena.h"
#include "recordingswitches.h"
#include "requeststatepool.h"
#include "requestrecord.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class ClientSession;
class UpstreamPool;

// One worker thread's share of the proxy: its acceptors on the listeners'
// sockets, its client sessions, its upstream keep-alive pool, and the batch of
// request records it publishes (~10 Hz).
class ProxyWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyWorker)

public:
    ProxyWorker(int index, std::shared_ptr<const RecordingSwitches> recording, QObject *parent = nullptr);
    ~ProxyWorker() override;

    int index() const { return m_index; }
    LabRuntimePtr runtime() const { return m_runtime; }
    UpstreamPool *pool() const { return m_pool; }
    // The timeouts of this worker's client sessions.
    DeadlineQueue *deadlines() { return &m_deadlines; }
    // The free list sessions take a request's state from.
    RequestStatePool &requestStates() { return m_requestStates; }
    // Where sessions keep their records' bytes.
    RecordArena &recordBytes() { return m_recordBytes; }
    bool isStopping() const { return m_stopping; }
    // Client connections given to this worker and not closed yet (any thread).
    int connectionCount() const { return m_connections.load(std::memory_order_relaxed); }
    bool recordsRequests() const { return m_recording->requests.load(std::memory_order_relaxed); }
    bool recordsDecisions() const { return m_recording->decisions.load(std::memory_order_relaxed); }

    // Called in this worker's thread.
    void setRuntime(LabRuntimePtr runtime);
    // Accepts from these listeners' sockets from now on. `shared`: other
    // workers accept from them too. `workers`: the engine's workers, this one
    // included; a connection goes to one with at least two connections fewer
    // than this one has (see takeConnection()).
    void startAccepting(const std::vector<ProxyListener::Share> &listeners, bool shared,
                        const std::vector<ProxyWorker *> &workers);
    // Stops watching the listeners' sockets (which it does not close).
    void stopAccepting();
    void shutdown();

    void sessionClosed(ClientSession *session);
    void submitRecord(RequestRecord &&record);

signals:
    void recordsReady(const QList<RequestRecord> &records);

private:
    // Sessions, the pool and the batch belong to the worker's thread.
    void assertInOwnThread() const { Q_ASSERT(thread() == QThread::currentThread()); }
    void flushRecords();
    void takeConnection(const SocketAcceptor::Connection &connection, const ProxyListener::Share &listener);
    void adoptClient(const SocketAcceptor::Connection &connection, const ProxyListener::Share &listener);

    int m_index;
    std::shared_ptr<const RecordingSwitches> m_recording;
    LabRuntimePtr m_runtime;
    UpstreamPool *m_pool;
    std::vector<SocketAcceptor *> m_acceptors; // children
    std::vector<ProxyWorker *> m_workers;      // the engine's, for takeConnection()
    std::atomic<int> m_connections{0};
    QSet<ClientSession *> m_sessions;
    QList<RequestRecord> m_pending;
    QTimer m_flushTimer;
    DeadlineQueue m_deadlines;
    RequestStatePool m_requestStates;
    RecordArena m_recordBytes;
    bool m_stopping = false;
};
