#include "trafficplan.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {
enum Stream : quint64 { KeyStream = 1, ClientStream = 2, ArrivalStream = 3 };

double unitInterval(quint64 bits)
{
    // 53 random bits → [0, 1)
    return double(bits >> 11) * (1.0 / 9007199254740992.0);
}
// QByteArray::number() would allocate for every request.
void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    out.append(digits, result.ptr - digits);
}
} // namespace

quint64 TrafficPlan::mix(quint64 seed, quint64 stream, quint64 i)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ull + stream * 0xD1B54A32D192ED03ull + i * 0x94D049BB133111EBull + 0x2545F4914F6CDD1Dull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

TrafficPlan::TrafficPlan(const TrafficOptions &options)
    : m_keys(std::max(0, options.keys))
    , m_clients(std::max(0, options.clients))
    , m_seed(options.seed)
    , m_rate(options.rate)
    , m_poisson(options.poisson)
{
    const QByteArray &t = options.pathTemplate;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size();) {
        const bool number = t.sliced(i).startsWith("{n}");
        const bool key = t.sliced(i).startsWith("{key}");
        if (!number && !key) {
            ++i;
            continue;
        }
        if (i > start)
            m_parts.push_back({Part::Text, t.sliced(start, i - start)});
        m_parts.push_back({number ? Part::Number : Part::Key, {}});
        i += number ? 3 : 5;
        start = i;
    }
    if (start < t.size() || m_parts.empty())
        m_parts.push_back({Part::Text, t.sliced(start)});

    if (options.keyDistribution == TrafficOptions::KeyDistribution::Zipf && m_keys > 1) {
        // P(k) ∝ 1 / (k+1)^s; sampled by binary search over the cumulative sum.
        m_zipfCdf.resize(size_t(m_keys));
        double sum = 0;
        for (int k = 0; k < m_keys; ++k) {
            sum += 1.0 / std::pow(double(k + 1), options.zipfExponent);
            m_zipfCdf[size_t(k)] = sum;
        }
        for (double &c : m_zipfCdf)
            c /= sum;
    }
}

int TrafficPlan::keyIndex(qint64 i) const
{
    if (m_keys <= 1)
        return 0;
    const quint64 bits = mix(m_seed, KeyStream, quint64(i));
    if (m_zipfCdf.empty())
        return int(bits % quint64(m_keys));
    const double u = unitInterval(bits);
    const auto it = std::upper_bound(m_zipfCdf.begin(), m_zipfCdf.end(), u);
    return int(std::min<qsizetype>(it - m_zipfCdf.begin(), m_keys - 1));
}

int TrafficPlan::clientIndex(qint64 i) const
{
    if (m_clients <= 1)
        return 0;
    return int(mix(m_seed, ClientStream, quint64(i)) % quint64(m_clients));
}

void TrafficPlan::appendPath(qint64 i, QByteArray &out) const
{
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Text:
            out.append(part.text);
            break;
        case Part::Number:
            appendNumber(out, i);
            break;
        case Part::Key:
            out.append("key-");
            appendNumber(out, keyIndex(i));
            break;
        }
    }
}

qint64 TrafficPlan::nextArrivalNs()
{
    const qint64 at = qint64(m_nextNs);
    const double meanGapNs = m_rate > 0 ? 1e9 / m_rate : 0;
    double gap = meanGapNs;
    if (m_poisson && meanGapNs > 0) {
        // Inverse transform; 1 - u keeps log() away from 0.
        const double u = unitInterval(mix(m_seed, ArrivalStream, quint64(m_arrivals)));
        gap = -std::log(1.0 - u) * meanGapNs;
    }
    m_nextNs += gap;
    ++m_arrivals;
    return at;
}
