#include "leasttimestrategy.h"

#include "upstreambalancer.h"

namespace {
double score(const PeerState &p, qint64 now)
{
    return p.averageTimeUs * double(p.conns + 1) / double(p.weightNow(now));
}
} // namespace

int LeastTimeStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (balancer.isSingle())
        return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::SingleServer);
    return balancer.withBackupFallback(selection, now, &LeastTimeStrategy::pass);
}

int LeastTimeStrategy::pass(PeerSelection &selection, PeerList &list, qint64 now)
{
    double best = -1;
    for (int i = 0; i < int(list.peers.size()); ++i) {
        const PeerState &p = list.peers[size_t(i)];
        if (UpstreamBalancer::isEligible(selection, p, i, now) && (best < 0 || score(p, now) < best))
            best = score(p, now);
    }
    if (best < 0)
        return -1;
    // A smooth-WRR round among the peers with the best score (within 1%).
    PeerState *chosen = nullptr;
    int chosenIndex = -1;
    int total = 0;
    for (int i = 0; i < int(list.peers.size()); ++i) {
        PeerState &p = list.peers[size_t(i)];
        if (!UpstreamBalancer::isEligible(selection, p, i, now) || score(p, now) > best * 1.01 + 1e-9)
            continue;
        total += UpstreamBalancer::joinRound(selection, p, i, now);
        if (!chosen || p.currentWeight > chosen->currentWeight) {
            chosen = &p;
            chosenIndex = i;
        }
    }
    chosen->currentWeight -= total;
    UpstreamBalancer::choose(selection, *chosen, chosenIndex, now);
    return chosenIndex;
}
