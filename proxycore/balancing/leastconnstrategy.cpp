#include "leastconnstrategy.h"

#include "upstreambalancer.h"

int LeastConnStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (balancer.isSingle())
        return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::SingleServer);
    return balancer.withBackupFallback(selection, now, &LeastConnStrategy::pass);
}

int LeastConnStrategy::pass(PeerSelection &selection, PeerList &list, qint64 now)
{
    PeerState *best = nullptr;
    int bestIndex = -1;
    bool many = false;
    const int n = int(list.peers.size());
    for (int i = 0; i < n; ++i) {
        PeerState &p = list.peers[size_t(i)];
        if (!UpstreamBalancer::isEligible(selection, p, i, now))
            continue;
        // Cross multiplication compares conns/weight without division
        // (weightNow() is the weight unless slow_start is ramping).
        const qint64 lhs = qint64(p.conns) * (best ? best->weightNow(now) : 0);
        const qint64 rhs = best ? qint64(best->conns) * p.weightNow(now) : 0;
        if (!best || lhs < rhs) {
            best = &p;
            bestIndex = i;
            many = false;
        } else if (lhs == rhs) {
            many = true;
        }
    }
    if (!best)
        return -1;

    int total = 0;
    if (many) {
        const PeerState reference = *best; // its ratio defines the tie set
        for (int i = bestIndex; i < n; ++i) {
            PeerState &p = list.peers[size_t(i)];
            if (!UpstreamBalancer::isEligible(selection, p, i, now))
                continue;
            if (qint64(p.conns) * reference.weightNow(now) != qint64(reference.conns) * p.weightNow(now))
                continue;
            total += UpstreamBalancer::joinRound(selection, p, i, now);
            if (p.currentWeight > best->currentWeight) {
                best = &p;
                bestIndex = i;
            }
        }
    }
    best->currentWeight -= total;
    UpstreamBalancer::choose(selection, *best, bestIndex, now);
    return bestIndex;
}
