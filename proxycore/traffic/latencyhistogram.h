#pragma once

#include <QtGlobal>

#include <vector>

// A log-linear histogram of durations in microseconds (HdrHistogram's scheme):
// values below 2^(subBucketBits+1) are counted exactly; above that, each power
// of two is split into 2^subBucketBits linear sub-buckets, so a value is
// reported within 1 / 2^subBucketBits of itself (7 bits: < 0.8 %). Recording
// is a shift, a count-leading-zeros and an increment; histograms of the same
// precision merge by adding counts (one per worker thread, merged for the
// result). No HdrHistogram library is packaged for Debian 12, hence this one.
class LatencyHistogram
{
public:
    // 7 sub-bucket bits: ≤ 0.78 % relative error; values up to 2^36 µs (19 h).
    explicit LatencyHistogram(int subBucketBits = 7);

    void record(qint64 valueUs);
    void merge(const LatencyHistogram &other);
    void clear();

    qint64 count() const { return m_count; }
    qint64 min() const { return m_count ? m_min : 0; }
    qint64 max() const { return m_max; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The value at quantile q (0..1): the highest value equivalent to the
    // sample of that rank, capped at the exact maximum, as HdrHistogram reports.
    qint64 valueAtQuantile(double q) const;
    int subBucketBits() const { return m_subBucketBits; }

private:
    int indexOf(qint64 value) const;
    qint64 highestEquivalentValue(int index) const;

    int m_subBucketBits;
    std::vector<qint64> m_counts;
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};
