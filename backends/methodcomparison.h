#pragma once

#include "config/labconfig.h"
#include "traffic/trafficoptions.h"
#include "traffic/trafficstats.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

class MockBackendHost;
class ProxyEngine;
class TrafficGenerator;

// One balancing method as `compare --methods` names it:
// round_robin, least_conn, ip_hash, hash:KEY[:consistent], random[:two[:least_conn]],
// least_time[:header|:last_byte].
struct MethodSpec {
    QString text;
    BalancingMethod method = BalancingMethod::RoundRobin;
    QString hashKey;
    bool consistent = false;
    bool two = false;
    bool twoLeastConn = false;
    bool lastByte = false;

    static std::optional<MethodSpec> parse(const QString &text, QString *error);
    void applyTo(UpstreamGroup &group) const;
    bool isHash() const { return method == BalancingMethod::Hash || method == BalancingMethod::IpHash; }
};

// What one method did with the run's traffic.
struct MethodResult {
    MethodSpec spec;
    QString skipped;                 // why it did not run (a rule of nginx's), else empty
    TrafficStats stats;
    QMap<QString, qint64> perServer; // answers per server name (from X-Upstream-Name)
    qint64 retries = 0;              // attempts beyond the first, from the proxy's records
    double fairness = 0;             // Jain's index over the primaries' requests / weight
    double keysMoved = -1;           // hash methods: share of keys that move when one server goes (-1: n/a)
    qint64 durationMs = 0;
};

// `upstreamlab compare`: the same seeded traffic through a copy of one group
// per method, each against freshly started copies of the lab's mock backends
// (so their random draws and timelines replay identically), one method after
// another. Runs in the caller's thread's event loop; never blocks it.
class MethodComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodComparison)

public:
    explicit MethodComparison(QObject *parent = nullptr);
    ~MethodComparison() override;

    // `traffic`'s target is set per method (the proxy's port); its path, keys,
    // clients and seed are the same for every method.
    bool start(const LabConfig &lab, const QString &group, const QList<MethodSpec> &methods,
               const TrafficOptions &traffic, const QString &baseDirectory, QString *error);
    void stop();
    bool isRunning() const { return m_running; }

    const QList<MethodResult> &results() const { return m_results; }
    const QString &groupName() const { return m_group; }
    QStringList serverNames() const;
    QJsonObject toJson() const;
    QString errorText() const { return m_error; }

    // Jain's fairness index of x: (Σx)² / (n·Σx²); 1 = perfectly even.
    static double jainIndex(const QList<double> &x);
    // The share of the run's keys that land on another server when one
    // primary server is removed, averaged over each server removed in turn.
    static double keysMovedOnRemoval(const UpstreamGroup &group, const QList<QByteArray> &keys);
    // The balancing keys the plan's requests give `spec` (hash: the evaluated
    // key; ip_hash: the client address bytes), each once.
    static QList<QByteArray> planKeys(const MethodSpec &spec, const TrafficOptions &traffic);

signals:
    void methodStarted(int index);
    void methodFinished(int index);
    void finished();

private:
    void runNext();
    void finishMethod();
    void tearDown();

    LabConfig m_lab;
    QString m_group;
    QString m_baseDirectory;
    TrafficOptions m_traffic;
    QList<MethodResult> m_results;
    int m_current = -1;
    bool m_running = false;
    bool m_stopping = false;
    QString m_error;
    std::unique_ptr<MockBackendHost> m_mocks;
    std::unique_ptr<ProxyEngine> m_engine;
    std::unique_ptr<TrafficGenerator> m_generator;
};
