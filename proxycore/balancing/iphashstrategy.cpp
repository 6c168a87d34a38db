#include "iphashstrategy.h"

#include "upstreambalancer.h"

void IpHashStrategy::begin(UpstreamBalancer &, PeerSelection &selection) const
{
    selection.hash = 89;
    if (selection.key.size() == 4)
        selection.key.truncate(3); // IPv4: the 4th octet is ignored
    else if (selection.key.size() != 16)
        selection.key = QByteArray(3, '\0'); // no IP address: nginx's pseudo address
}

int IpHashStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (selection.methodTries > 20 || balancer.isSingle())
        return balancer.roundRobinFallback(selection, now, balancer.isSingle() ? PickDecision::Fallback::SingleServer
                                                                                : PickDecision::Fallback::TwentyMisses);
    PeerList &list = balancer.list(selection.list);
    if (selection.decision) [[unlikely]] {
        selection.decision->key = selection.key;
        selection.decision->totalWeight = list.totalWeight;
    }
    quint32 hash = selection.hash;
    for (;;) {
        for (char byte : std::as_const(selection.key))
            hash = (hash * 113 + quint8(byte)) % 6271;
        const int index = UpstreamBalancer::indexAtWeight(list, hash % quint32(list.totalWeight));
        PeerState &peer = list.peers[size_t(index)];
        const bool eligible = UpstreamBalancer::isEligible(selection, peer, index, now);
        if (selection.decision) [[unlikely]]
            selection.decision->addProbe(hash, hash % quint32(list.totalWeight), selection.list, index, eligible);
        if (eligible) {
            UpstreamBalancer::choose(selection, peer, index, now);
            selection.hash = hash;
            return index;
        }
        if (++selection.methodTries > 20)
            return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::TwentyMisses);
    }
}
