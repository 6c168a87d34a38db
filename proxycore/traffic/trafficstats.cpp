#include "trafficstats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

const char *TrafficStats::errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Refused:
        return "refused";
    case ErrorKind::Reset:
        return "reset";
    case ErrorKind::Closed:
        return "closed";
    case ErrorKind::Timeout:
        return "timeout";
    case ErrorKind::BadResponse:
        return "bad_response";
    case ErrorKind::Other:
        return "other";
    }
    return "other";
}

TrafficStats::Second &TrafficStats::second(qint64 index)
{
    index = std::max<qint64>(index, 0);
    if (size_t(index) >= m_seconds.size())
        m_seconds.resize(size_t(index) + 1);
    return m_seconds[size_t(index)];
}

void TrafficStats::recordResponse(int status, QByteArrayView upstream, qint64 latencyUs, qint64 secondIndex)
{
    ++m_responses;
    ++m_statuses[status];
    m_latency.record(latencyUs);
    Second &s = second(secondIndex);
    ++s.requests;
    if (status >= 500)
        ++s.errors;
    s.latency.record(latencyUs);
    if (upstream.isEmpty())
        return;
    Upstream &u = this->upstream(upstream);
    ++u.requests;
    ++u.statuses[status];
    u.latency.record(latencyUs);
}

TrafficStats::Upstream &TrafficStats::upstream(QByteArrayView name)
{
    for (NamedUpstream &u : m_upstreams) {
        if (u.name == name)
            return u.stats;
    }
    m_upstreams.push_back({name.toByteArray(), Upstream()});
    return m_upstreams.back().stats;
}

QMap<QString, TrafficStats::Upstream> TrafficStats::upstreams() const
{
    QMap<QString, Upstream> map;
    for (const NamedUpstream &u : m_upstreams)
        map.insert(QString::fromUtf8(u.name), u.stats);
    return map;
}

void TrafficStats::recordError(ErrorKind kind, qint64 latencyUs, qint64 secondIndex)
{
    ++m_errors[size_t(kind)];
    Second &s = second(secondIndex);
    ++s.errors;
    Q_UNUSED(latencyUs);
}

void TrafficStats::merge(const TrafficStats &other)
{
    m_responses += other.m_responses;
    for (int i = 0; i < ErrorKindCount; ++i)
        m_errors[size_t(i)] += other.m_errors[size_t(i)];
    for (auto it = other.m_statuses.cbegin(); it != other.m_statuses.cend(); ++it)
        m_statuses[it.key()] += it.value();
    for (const NamedUpstream &theirs : other.m_upstreams) {
        Upstream &u = upstream(theirs.name);
        u.requests += theirs.stats.requests;
        for (auto s = theirs.stats.statuses.cbegin(); s != theirs.stats.statuses.cend(); ++s)
            u.statuses[s.key()] += s.value();
        u.latency.merge(theirs.stats.latency);
    }
    m_latency.merge(other.m_latency);
    if (!other.m_outcomes.empty()) {
        m_outcomes.insert(m_outcomes.end(), other.m_outcomes.begin(), other.m_outcomes.end());
        std::sort(m_outcomes.begin(), m_outcomes.end(), [](const Outcome &a, const Outcome &b) { return a.index < b.index; });
    }
    for (size_t i = 0; i < other.m_seconds.size(); ++i) {
        Second &s = second(qint64(i));
        s.requests += other.m_seconds[i].requests;
        s.errors += other.m_seconds[i].errors;
        s.latency.merge(other.m_seconds[i].latency);
    }
}

qint64 TrafficStats::errors() const
{
    qint64 n = 0;
    for (qint64 e : m_errors)
        n += e;
    return n;
}

qint64 TrafficStats::serverErrors() const
{
    qint64 n = 0;
    for (auto it = m_statuses.lowerBound(500); it != m_statuses.cend(); ++it)
        n += it.value();
    return n;
}

QJsonObject TrafficStats::latencyJson(const LatencyHistogram &h)
{
    const auto ms = [](qint64 us) { return std::round(double(us) / 10.0) / 100.0; }; // 0.01 ms
    return QJsonObject{
        {QStringLiteral("p50"), ms(h.valueAtQuantile(0.50))},
        {QStringLiteral("p90"), ms(h.valueAtQuantile(0.90))},
        {QStringLiteral("p99"), ms(h.valueAtQuantile(0.99))},
        {QStringLiteral("p999"), ms(h.valueAtQuantile(0.999))},
        {QStringLiteral("max"), ms(h.max())},
        {QStringLiteral("mean"), std::round(h.mean() / 10.0) / 100.0},
    };
}

QJsonObject TrafficStats::toJson() const
{
    const auto statusJson = [](const QMap<int, qint64> &statuses) {
        QJsonObject o;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            o.insert(QString::number(it.key()), double(it.value()));
        return o;
    };
    QJsonObject errors;
    for (int i = 0; i < ErrorKindCount; ++i)
        errors.insert(QLatin1StringView(errorKindName(ErrorKind(i))), double(m_errors[size_t(i)]));
    QJsonObject upstreams;
    for (const NamedUpstream &u : m_upstreams) {
        upstreams.insert(QString::fromUtf8(u.name), QJsonObject{
                                                        {QStringLiteral("requests"), double(u.stats.requests)},
                                                        {QStringLiteral("statuses"), statusJson(u.stats.statuses)},
                                                        {QStringLiteral("latency_ms"), latencyJson(u.stats.latency)},
                                                    });
    }
    QJsonArray timeline;
    for (size_t i = 0; i < m_seconds.size(); ++i) {
        const Second &s = m_seconds[i];
        timeline.append(QJsonObject{
            {QStringLiteral("second"), double(i)},
            {QStringLiteral("requests"), double(s.requests)},
            {QStringLiteral("errors"), double(s.errors)},
            {QStringLiteral("p50_ms"), std::round(double(s.latency.valueAtQuantile(0.5)) / 10.0) / 100.0},
            {QStringLiteral("p99_ms"), std::round(double(s.latency.valueAtQuantile(0.99)) / 10.0) / 100.0},
        });
    }
    return QJsonObject{
        {QStringLiteral("requests"), double(completed())},
        {QStringLiteral("responses"), double(m_responses)},
        {QStringLiteral("statuses"), statusJson(m_statuses)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("latency_ms"), latencyJson(m_latency)},
        {QStringLiteral("upstreams"), upstreams},
        {QStringLiteral("timeline"), timeline},
    };
}
