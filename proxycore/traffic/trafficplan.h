#pragma once

#include "trafficoptions.h"

#include <QByteArray>

#include <algorithm>
#include <vector>

// The request sequence of a run as data: request i's path (and key) and its
// client are pure functions of (seed, i), and open-loop arrival times come
// from one seeded sequence, so the same seed sends the same requests from the
// same clients at the same planned times, whatever the thread count and
// however the answers interleave. `compare` and `replay-nginx` rely on this.
//
// Templates: {n} is the request number, {key} "key-K" for one of the run's
// keys, {client} the sending client's number. A path template may list
// alternatives separated by | ("/api/{n}|/|/healthz"); each request takes one
// of them (seeded). Headers with a placeholder are templates too
// ("Cookie: session=s{client}": each client keeps its own cookie).
class TrafficPlan
{
public:
    explicit TrafficPlan(const TrafficOptions &options);

    // Appends request i's path (one of the templates, filled in).
    void appendPath(qint64 i, QByteArray &out) const;
    // Appends request i's templated header lines, each ending in CRLF.
    void appendHeaders(qint64 i, QByteArray &out) const;
    bool hasHeaderTemplates() const { return !m_headers.empty(); }
    // Whether a header or path has a placeholder to fill per request.
    static bool isTemplate(QByteArrayView text);
    // The key index of request i (0 when the template has no keys).
    int keyIndex(qint64 i) const;
    // The client (index into the population) that sends request i.
    int clientIndex(qint64 i) const;

    // Open loop: the planned offset of request i from the run's start, in
    // nanoseconds. Call with increasing i (it keeps the running sum); the
    // gaps are 1/rate, or exponential with mean 1/rate for Poisson arrivals.
    qint64 nextArrivalNs();
    // Changes the rate from the next arrival on (a live edit).
    void setRate(double rate) { m_rate = rate; }
    // No later than this offset for the next arrival (after a rate change).
    void rebase(qint64 notAfterNs) { m_nextNs = std::min(m_nextNs, double(notAfterNs)); }

    // A 64-bit mix of (seed, stream, i): SplitMix64's finaliser.
    static quint64 mix(quint64 seed, quint64 stream, quint64 i);

private:
    struct Part {
        enum Kind { Text, Number, Key, Client } kind = Text;
        QByteArray text;
    };
    using Template = std::vector<Part>;
    static Template parse(QByteArrayView text);
    void append(const Template &t, qint64 i, QByteArray &out) const;

    std::vector<Template> m_paths;   // one or more alternatives
    std::vector<Template> m_headers; // the templated header lines
    std::vector<double> m_zipfCdf; // cumulative probabilities of keys 0..K-1
    int m_keys = 0;
    int m_clients = 0;
    quint64 m_seed = 1;
    double m_rate = 0;
    bool m_poisson = false;
    qint64 m_arrivals = 0;
    double m_nextNs = 0;
};
