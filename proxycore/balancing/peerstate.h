#pragma once

#include <QtGlobal>

#include <vector>

// One upstream address and its counters (nginx's ngx_http_upstream_rr_peer_t).
struct PeerState {
    int serverIndex = 0; // index into UpstreamGroup::servers
    int weight = 1;
    int effectiveWeight = 1;
    int currentWeight = 0;
    int conns = 0;
    int maxConns = 0;
    int fails = 0;
    int maxFails = 1;
    int failTimeout = 10; // seconds
    qint64 accessed = 0;  // time of the last failure
    qint64 checked = 0;   // time of the last failure or probe
    bool down = false;
    bool drain = false;      // NGINX Plus drain: no new requests
    bool unhealthy = false;  // failed the active health check
    int slowStart = 0;       // NGINX Plus slow_start, seconds
    qint64 recoveredAt = -1; // when it became usable again after being failed
    double averageTimeUs = 0; // least_time: moving average of response times (0 = no sample yet)

    // The weight the peer may use now: during slow_start it ramps from 1 up to
    // its weight (NGINX Plus: "from zero to a nominal value").
    int weightNow(qint64 now) const
    {
        if (slowStart <= 0 || recoveredAt < 0 || now - recoveredAt >= slowStart)
            return weight;
        return qMax(1, int(qint64(weight) * (now - recoveredAt) / slowStart));
    }

    // nginx's eligibility rules 2–4 (rule 1, "tried", is per request).
    bool isUsable(qint64 now) const
    {
        if (down || drain || unhealthy)
            return false;
        if (maxFails != 0 && fails >= maxFails && now - checked <= failTimeout)
            return false;
        if (maxConns != 0 && conns >= maxConns)
            return false;
        return true;
    }
    // A peer's part in one smooth-WRR round (nginx's ngx_http_upstream_get_peer
    // loop body): add its effective weight to its current weight and let the
    // effective weight recover by one towards its weight (capped while
    // slow_start ramps). Returns what it added to the round's total.
    int takePartInRound(qint64 now)
    {
        const int cap = slowStart > 0 ? weightNow(now) : weight;
        if (effectiveWeight > cap)
            effectiveWeight = cap;
        const int added = effectiveWeight;
        currentWeight += effectiveWeight;
        if (effectiveWeight < cap)
            ++effectiveWeight;
        return added;
    }

};

// The primary or the backup list of a group.
struct PeerList {
    std::vector<PeerState> peers;
    int totalWeight = 0; // Σ weight, down peers included
    int tries = 0;       // peers that are not down
};
