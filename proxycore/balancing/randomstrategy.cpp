#include "randomstrategy.h"

#include "upstreambalancer.h"

int RandomStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (selection.methodTries > 20 || balancer.isSingle())
        return balancer.roundRobinFallback(selection, now, balancer.isSingle() ? PickDecision::Fallback::SingleServer
                                                                                : PickDecision::Fallback::TwentyMisses);
    PeerList &list = balancer.list(selection.list);
    PickDecision *decision = selection.decision;
    if (decision) [[unlikely]]
        decision->totalWeight = list.totalWeight;
    auto peek = [&] {
        const quint32 value = balancer.random().next();
        const int index = UpstreamBalancer::indexAtWeight(list, value % quint32(list.totalWeight));
        if (decision) [[unlikely]]
            decision->addProbe(value, value % quint32(list.totalWeight), selection.list, index,
                               UpstreamBalancer::isEligible(selection, list.peers[size_t(index)], index, now));
        return index;
    };

    if (!m_two) {
        for (;;) {
            const int index = peek();
            PeerState &peer = list.peers[size_t(index)];
            if (UpstreamBalancer::isEligible(selection, peer, index, now)) {
                UpstreamBalancer::choose(selection, peer, index, now);
                return index;
            }
            if (++selection.methodTries > 20)
                return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::TwentyMisses);
        }
    }

    // One counter covers both stages and also counts finding the first peer.
    int first = -1;
    int second = -1;
    for (;;) {
        const int index = peek();
        if (UpstreamBalancer::isEligible(selection, list.peers[size_t(index)], index, now) && index != first) {
            if (first < 0) {
                first = index;
            } else {
                second = index;
                break;
            }
        }
        if (++selection.methodTries > 20)
            return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::TwentyMisses);
    }
    if (decision) [[unlikely]] {
        decision->drawnFirst = decision->candidateIndex(selection.list, first);
        decision->drawnSecond = decision->candidateIndex(selection.list, second);
    }
    const PeerState &a = list.peers[size_t(first)];
    const PeerState &b = list.peers[size_t(second)];
    const int chosen = qint64(b.conns) * a.weight > qint64(a.conns) * b.weight ? first : second;
    UpstreamBalancer::choose(selection, list.peers[size_t(chosen)], chosen, now);
    return chosen;
}
