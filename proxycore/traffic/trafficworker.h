#pragma once

#include "clientpopulation.h"
#include "latencyhistogram.h"
#include "trafficoptions.h"
#include "trafficplan.h"
#include "trafficstats.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

class LoadConnection;

// What a worker reports about ten times a second (queued to the generator).
struct TrafficWorkerProgress {
    int worker = 0;
    qint64 completed = 0;
    qint64 responses = 0;
    qint64 errors = 0;       // transport errors
    qint64 serverErrors = 0; // 5xx answers
    int inFlight = 0;
    qint64 queued = 0;       // open loop: due but not sent (every connection busy)
    LatencyHistogram interval{5}; // latencies completed since the last report
};
Q_DECLARE_METATYPE(TrafficWorkerProgress)

// One thread's share of a traffic run: requests i with i % threads == index,
// carried by its share of the connections. Lives in its own thread; everything
// it owns is touched only there.
class TrafficWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficWorker)

public:
    TrafficWorker(const TrafficOptions &options, std::shared_ptr<const ClientPopulation> population,
                  int index, int count, qint64 startNs, QObject *parent = nullptr);
    ~TrafficWorker() override;

    // In the worker's thread (queued calls from the generator).
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void setRate(double rate);
    Q_INVOKABLE void setConcurrency(int connections);

    // For its connections.
    const QHostAddress &targetAddress() const { return m_options.address; }
    quint16 targetPort() const { return m_options.port; }
    QHostAddress sourceAddress(int client) const;
    bool bindsSourceAddresses() const;
    bool keepAlive() const { return m_options.keepAlive; }
    bool isHeadRequest() const { return m_isHead; }
    bool recordsOutcomes() const { return m_options.recordOutcomes; }
    qint64 timeoutNs() const { return qint64(m_options.timeoutMs) * 1000000; }
    void buildRequest(qint64 index, int client, QByteArray &out) const;
    char *scratch() { return m_scratch.data(); }
    qint64 scratchSize() const { return qint64(m_scratch.size()); }
    void responseReceived(LoadConnection *connection, int status, const QByteArray &upstream, qint64 originNs);
    void requestFailed(LoadConnection *connection, TrafficStats::ErrorKind kind, qint64 originNs);

    static qint64 nowNs();
    // Connections for worker `index` of `count` sharing `total`.
    static int share(int total, int index, int count) { return total / count + (index < total % count ? 1 : 0); }

signals:
    void progressed(const TrafficWorkerProgress &progress);
    // The worker is done (its share sent, or stopped); `stats` is what it saw.
    void finished(int worker, const TrafficStats &stats);

private:
    struct Due {
        qint64 index;
        qint64 plannedNs; // since the run's start
    };

    void dispatch();
    bool takeNext(qint64 *index);
    void sendOn(LoadConnection *connection, qint64 index, qint64 originNs);
    void afterRequest(LoadConnection *connection);
    void drawOwnArrival();
    void scheduleArrivals();
    void onArrivalTimer();
    void onTick();
    void reportProgress();
    void checkFinished();
    qint64 secondIndex(qint64 now) const { return (now - m_startNs) / 1000000000; }

    TrafficOptions m_options;
    std::shared_ptr<const ClientPopulation> m_population;
    TrafficPlan m_plan;
    int m_index;
    int m_count;
    qint64 m_startNs;
    qint64 m_endNs = 0; // 0 = no duration
    bool m_isHead = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_dispatching = false;

    std::vector<std::unique_ptr<LoadConnection>> m_connections;
    std::vector<LoadConnection *> m_idle;
    int m_targetConnections = 0;
    std::vector<char> m_scratch;
    QByteArray m_headTail;    // Host, extra headers, Content-Length, Connection: built once
    QByteArray m_requestBody; // the body filler, built once

    qint64 m_nextIndex;       // closed loop: the next global request index of this worker
    qint64 m_issued = 0;
    qint64 m_inFlight = 0;
    std::deque<Due> m_due;    // open loop: due, waiting for a free connection
    Due m_pending{0, 0};          // this worker's next arrival, once drawn
    bool m_hasPending = false;
    bool m_planDone = false;       // open loop: no arrivals left (request limit)
    qint64 m_nextArrivalIndex = 0; // the global index the plan draws next
    QTimer m_arrivalTimer;
    QTimer m_tickTimer;

    TrafficStats m_stats;
    TrafficWorkerProgress m_progress;
};
