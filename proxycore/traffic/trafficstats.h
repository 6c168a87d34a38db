#pragma once

#include "latencyhistogram.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <array>
#include <vector>

// What a traffic run saw: statuses, transport errors by kind, latency, per
// upstream server (from X-Upstream-Name) and per second. Each worker thread
// keeps its own and they are merged, so recording takes no lock.
class TrafficStats
{
public:
    enum class ErrorKind {
        Refused,     // connection refused
        Reset,       // connection reset by the peer (RST, EPIPE)
        Closed,      // the peer closed before a complete response
        Timeout,     // no complete response within the timeout
        BadResponse, // the strict parser rejected the response
        Other,       // anything else (e.g. no local address or port left)
    };
    static constexpr int ErrorKindCount = 6;
    static const char *errorKindName(ErrorKind kind);

    struct Upstream {
        qint64 requests = 0;
        QMap<int, qint64> statuses;
        LatencyHistogram latency;
    };
    struct Second {
        qint64 requests = 0; // answered (any status)
        qint64 errors = 0;   // transport errors and 5xx
        LatencyHistogram latency{5}; // ≈ 3 % buckets: enough for a timeline, small
    };

    // One request's outcome, kept when the run asks for it.
    struct Outcome {
        qint64 index = 0;     // the plan's request number
        int status = 0;       // 0: a transport error
        int error = -1;       // ErrorKind when status is 0
        QByteArray backend;   // X-Backend-Name (the mock), else X-Upstream-Name
    };

    // A complete response. `secondIndex`: whole seconds since the run started.
    void recordResponse(int status, QByteArrayView upstream, qint64 latencyUs, qint64 secondIndex);
    void recordError(ErrorKind kind, qint64 latencyUs, qint64 secondIndex);
    void recordOutcome(Outcome outcome) { m_outcomes.push_back(std::move(outcome)); }
    void merge(const TrafficStats &other);
    // Sorted by request number after merge().
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }

    qint64 responses() const { return m_responses; }
    qint64 errors() const;
    qint64 completed() const { return m_responses + errors(); }
    qint64 errorCount(ErrorKind kind) const { return m_errors[size_t(kind)]; }
    qint64 statusCount(int status) const { return m_statuses.value(status); }
    qint64 serverErrors() const; // 5xx answers
    const QMap<int, qint64> &statuses() const { return m_statuses; }
    // By name (X-Upstream-Name); built on each call.
    QMap<QString, Upstream> upstreams() const;
    const LatencyHistogram &latency() const { return m_latency; }
    const std::vector<Second> &seconds() const { return m_seconds; }

    // The `load --json` shape (without the run's own fields: duration, rate, clients).
    QJsonObject toJson() const;
    static QJsonObject latencyJson(const LatencyHistogram &h);

private:
    Second &second(qint64 index);

    qint64 m_responses = 0;
    std::array<qint64, ErrorKindCount> m_errors{};
    QMap<int, qint64> m_statuses;
    Upstream &upstream(QByteArrayView name);

    // A lab has a handful of servers: a linear search by the header's bytes
    // costs less than converting each name to a QString for a map.
    struct NamedUpstream {
        QByteArray name;
        Upstream stats;
    };
    std::vector<NamedUpstream> m_upstreams;
    LatencyHistogram m_latency;
    std::vector<Second> m_seconds;
    std::vector<Outcome> m_outcomes;
};
Q_DECLARE_METATYPE(TrafficStats)
