#include "trafficplan.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace {
enum Stream : quint64 { KeyStream = 1, ClientStream = 2, ArrivalStream = 3, PathStream = 4 };

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
    const QByteArray &paths = options.pathTemplate;
    for (qsizetype start = 0; start <= paths.size();) {
        qsizetype bar = paths.indexOf('|', start);
        if (bar < 0)
            bar = paths.size();
        m_paths.push_back(parse(QByteArrayView(paths).sliced(start, bar - start)));
        start = bar + 1;
    }
    for (const QByteArray &h : options.headers) {
        if (isTemplate(h))
            m_headers.push_back(parse(h));
    }

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

bool TrafficPlan::isTemplate(QByteArrayView text)
{
    return text.contains("{n}") || text.contains("{key}") || text.contains("{client}");
}

TrafficPlan::Template TrafficPlan::parse(QByteArrayView t)
{
    Template parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size();) {
        const QByteArrayView rest = t.sliced(i);
        const Part::Kind kind = rest.startsWith("{n}") ? Part::Number
            : rest.startsWith("{key}")                 ? Part::Key
            : rest.startsWith("{client}")              ? Part::Client
                                                       : Part::Text;
        if (kind == Part::Text) {
            ++i;
            continue;
        }
        if (i > start)
            parts.push_back({Part::Text, t.sliced(start, i - start).toByteArray()});
        parts.push_back({kind, {}});
        i += kind == Part::Number ? 3 : kind == Part::Key ? 5 : 8;
        start = i;
    }
    if (start < t.size() || parts.empty())
        parts.push_back({Part::Text, t.sliced(start).toByteArray()});
    return parts;
}

void TrafficPlan::appendPath(qint64 i, QByteArray &out) const
{
    if (m_paths.size() == 1)
        append(m_paths.front(), i, out);
    else
        append(m_paths[size_t(mix(m_seed, PathStream, quint64(i)) % m_paths.size())], i, out);
}

void TrafficPlan::appendHeaders(qint64 i, QByteArray &out) const
{
    for (const Template &h : m_headers) {
        append(h, i, out);
        out.append("\r\n");
    }
}

void TrafficPlan::append(const Template &t, qint64 i, QByteArray &out) const
{
    for (const Part &part : t) {
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
        case Part::Client:
            appendNumber(out, clientIndex(i));
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
