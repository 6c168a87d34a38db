#pragma once

#include "config/labconfig.h"
#include "proxylistener.h"
#include "recordingswitches.h"
#include "requestrecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class ProxyWorker;
class LabRuntime;
class QThread;
class SteadyClock;

// The proxy as the rest of the app sees it: lives in the caller's thread, owns
// worker threads (each with its own event loop and sockets) and the listeners.
// Config changes are applied as new immutable snapshots; requests in flight
// finish on the snapshot they started with.
class ProxyEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyEngine)

public:
    explicit ProxyEngine(QObject *parent = nullptr);
    ~ProxyEngine() override;

    bool start(const LabConfig &config, QString *error);
    void stop();
    bool isRunning() const { return !m_workers.empty(); }
    // Applies a changed lab to the running proxy. Listeners it keeps stay open;
    // if a new one cannot be bound, the old lab keeps serving and it returns false.
    bool applyConfig(const LabConfig &config, QString *error);

    // Actual port of listener (server block) i's first listen (differs from
    // the config when it asked for 0).
    quint16 listenerPort(int index) const;
    // Actual port of one of the lab's listen addresses, as written in the lab.
    quint16 listenPort(const QString &address, int port) const;
    int workerCount() const { return int(m_workers.size()); }
    // The event dispatcher the workers run (see platform/workerdispatcher.h).
    QString workerDispatcherName() const;
    // Client connections open now, over every listener (lock-free read).
    int activeConnections() const;
    // Client connections each worker serves now (lock-free reads).
    QList<int> connectionsPerWorker() const;
    // Records each pick's decision in the request records (the log's "why this
    // server", `run --explain`). Off by default: the hot path then spends a branch.
    void setRecordDecisions(bool on) { m_recording->decisions.store(on, std::memory_order_relaxed); }
    bool recordsDecisions() const { return m_recording->decisions.load(std::memory_order_relaxed); }
    // Keeps a record of every request for requestsLogged() (on by default).
    // Off, requests that start from then on leave no record, as nginx with
    // access_log off: for a proxy whose log nobody reads (`proxy -q`).
    void setRecordRequests(bool on) { m_recording->requests.store(on, std::memory_order_relaxed); }
    bool recordsRequests() const { return m_recording->requests.load(std::memory_order_relaxed); }

    // The listeners' open-connection counts, for lock-free reads from any thread.
    std::vector<std::shared_ptr<const std::atomic<int>>> connectionCounters() const;
    // Test hook: keeps worker `index` busy for `ms` milliseconds; returns as
    // soon as it is busy.
    void occupyWorkerForTest(int index, int ms);

signals:
    void requestsLogged(const QList<RequestRecord> &records);
    // Active health checks: a server became healthy or unhealthy.
    void serverHealthChanged(const QString &group, const QString &server, bool healthy);

private:
    void collectRecords(const QList<RequestRecord> &records);
    void publishRecords();
    // Listens where `config` says, keeping the sockets it shares with the
    // running lab; on failure nothing changes, and *busyPort is the port
    // that was in use (0: it failed otherwise).
    bool openListeners(const LabConfig &config, QString *error, quint16 *busyPort = nullptr);
    // openListeners() again after closing the sockets on `busyPort` that
    // `config` drops, which may be in the way; on failure they listen again.
    bool reopenListeners(const LabConfig &config, quint16 busyPort, QString *error);
    // Whether every listener still listens (one may have failed to listen
    // again after a reload that failed).
    bool allListening() const;
    // Every worker (or worker 0 where sockets cannot be shared) accepts from these.
    void acceptFrom(const std::vector<ProxyListener *> &listeners);
    void startHealthChecks(const std::shared_ptr<LabRuntime> &runtime);
    void closeListeners();
    // Runs `task` in every worker's thread at once and waits for the slowest.
    void runInEveryWorker(const std::function<void(ProxyWorker *)> &task);

    std::unique_ptr<SteadyClock> m_clock;
    std::vector<QThread *> m_threads;
    std::vector<ProxyWorker *> m_workers;
    std::vector<ProxyListener *> m_listeners; // bound here; every worker accepts from them
    QList<quint16> m_ports;       // per address and port (the router's endpoints)
    QList<int> m_listenerEndpoint; // per server block: the endpoint of its first listen
    LabConfigPtr m_config;
    QList<RequestRecord> m_pendingRecords;
    QTimer m_publishTimer;
    QObject *m_healthChecker = nullptr; // lives in worker 0's thread
    // Shared with the workers, which may outlive a stop() by a moment.
    std::shared_ptr<RecordingSwitches> m_recording = std::make_shared<RecordingSwitches>();
};
