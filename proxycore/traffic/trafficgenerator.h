#pragma once

#include "clientpopulation.h"
#include "latencyhistogram.h"
#include "trafficoptions.h"
#include "trafficstats.h"
#include "trafficworker.h"

#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <memory>
#include <vector>

class QThread;

// Live numbers of a running traffic run (about ten times a second).
struct TrafficProgress {
    qint64 elapsedMs = 0;
    qint64 completed = 0;    // answered or failed
    qint64 responses = 0;
    qint64 errors = 0;       // transport errors
    qint64 serverErrors = 0; // 5xx answers
    int inFlight = 0;
    qint64 queued = 0;       // open loop: due but waiting for a connection
    double rate = 0;         // completed per second over the last second
    double targetRate = 0;   // 0 = closed loop
    int concurrency = 0;
    qint64 p50Us = 0;        // over the last five seconds
    qint64 p99Us = 0;
};
Q_DECLARE_METATYPE(TrafficProgress)

// The traffic generator as the app and the `load` command see it: lives in
// the caller's thread, runs its connections on worker threads of its own
// (never the caller's), reports progress and a final result by signals.
// It sends only to loopback addresses: it is a lab tool, not a way to load
// other machines.
class TrafficGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficGenerator)

public:
    explicit TrafficGenerator(QObject *parent = nullptr);
    ~TrafficGenerator() override;

    // False (with *error) for a non-loopback target or options out of range.
    bool start(const TrafficOptions &options, QString *error);
    // Stops sending; requests in flight are abandoned; finished() follows.
    void stop();
    bool isRunning() const { return !m_threads.empty(); }

    // Live changes: open-loop rate, connection count.
    void setRate(double rate);
    void setConcurrency(int concurrency);

    const TrafficOptions &options() const { return m_options; }
    const TrafficProgress &progress() const { return m_progress; }
    // After finished(): everything the run saw.
    const TrafficStats &result() const { return m_result; }
    qint64 durationMs() const { return m_durationMs; }
    ClientPopulation::Via clientsVia() const { return m_population ? m_population->via() : ClientPopulation::Via::SourceAddress; }
    int clientCount() const { return m_population && !m_population->isEmpty() ? m_population->count() : 1; }
    // The whole `load --json` object.
    QJsonObject resultJson() const;

    // Checks options without starting; an empty string when they are fine.
    static QString validate(const TrafficOptions &options);

signals:
    void progressed(const TrafficProgress &progress);
    void finished();

private:
    void onWorkerProgress(const TrafficWorkerProgress &progress);
    void onWorkerFinished(int worker, const TrafficStats &stats);
    void publish();

    TrafficOptions m_options;
    std::shared_ptr<const ClientPopulation> m_population;
    std::vector<QThread *> m_threads;
    std::vector<TrafficWorker *> m_workers;
    std::vector<TrafficWorkerProgress> m_workerProgress;
    int m_running = 0;
    QElapsedTimer m_clock;
    TrafficProgress m_progress;
    // The last five seconds of latencies, a slice per report.
    struct Slice {
        qint64 atMs;
        qint64 completed;
        LatencyHistogram latency{5};
    };
    std::deque<Slice> m_window;
    TrafficStats m_result;
    qint64 m_durationMs = 0;
};
