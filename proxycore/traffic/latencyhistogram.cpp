#include "latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace {
constexpr int MaxValueBits = 36;
}

LatencyHistogram::LatencyHistogram(int subBucketBits)
    : m_subBucketBits(std::clamp(subBucketBits, 1, 16))
{
    // Exact range [0, 2^(b+1)) plus 2^b sub-buckets for each higher power of two.
    const int buckets = MaxValueBits - m_subBucketBits;
    m_counts.assign(size_t(1) << (m_subBucketBits + 1), 0);
    m_counts.resize(m_counts.size() + size_t(buckets) * (size_t(1) << m_subBucketBits), 0);
}

int LatencyHistogram::indexOf(qint64 value) const
{
    const quint64 v = quint64(std::max<qint64>(value, 0));
    const int exactBits = m_subBucketBits + 1;
    if (v < (quint64(1) << exactBits))
        return int(v);
    // The power of two above the exact range, and the linear step inside it.
    const int magnitude = 64 - std::countl_zero(v) - exactBits; // ≥ 0
    const quint64 sub = (v >> magnitude) - (quint64(1) << m_subBucketBits);
    const size_t index = (size_t(1) << exactBits) + size_t(magnitude) * (size_t(1) << m_subBucketBits) + size_t(sub);
    return int(std::min(index, m_counts.size() - 1));
}

qint64 LatencyHistogram::highestEquivalentValue(int index) const
{
    const int exactBits = m_subBucketBits + 1;
    if (index < (1 << exactBits))
        return index;
    const int rest = index - (1 << exactBits);
    const int magnitude = rest >> m_subBucketBits;
    const qint64 sub = rest & ((1 << m_subBucketBits) - 1);
    const qint64 low = (sub + (qint64(1) << m_subBucketBits)) << magnitude;
    return low + (qint64(1) << magnitude) - 1;
}

void LatencyHistogram::record(qint64 valueUs)
{
    valueUs = std::max<qint64>(valueUs, 0);
    ++m_counts[size_t(indexOf(valueUs))];
    if (m_count == 0 || valueUs < m_min)
        m_min = valueUs;
    m_max = std::max(m_max, valueUs);
    ++m_count;
    m_sum += valueUs;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    if (other.m_subBucketBits == m_subBucketBits) {
        for (size_t i = 0; i < m_counts.size(); ++i)
            m_counts[i] += other.m_counts[i];
    } else {
        // Different precision: re-record each bucket at its highest value.
        for (size_t i = 0; i < other.m_counts.size(); ++i) {
            if (other.m_counts[i])
                m_counts[size_t(indexOf(other.highestEquivalentValue(int(i))))] += other.m_counts[i];
        }
    }
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = std::max(m_max, other.m_max);
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::clear()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_count = m_sum = m_min = m_max = 0;
}

qint64 LatencyHistogram::valueAtQuantile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(q * double(m_count))));
    qint64 seen = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank)
            return std::min(highestEquivalentValue(int(i)), m_max);
    }
    return m_max;
}
