#include "hashstrategy.h"

#include "crc32.h"
#include "upstreambalancer.h"

int HashStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (selection.methodTries > 20 || balancer.isSingle() || selection.key.isEmpty()) {
        using F = PickDecision::Fallback;
        return balancer.roundRobinFallback(selection, now, balancer.isSingle()       ? F::SingleServer
                                                           : selection.key.isEmpty() ? F::EmptyKey
                                                                                     : F::TwentyMisses);
    }
    PeerList &list = balancer.list(selection.list);
    if (selection.decision) [[unlikely]] {
        selection.decision->key = selection.key;
        selection.decision->totalWeight = list.totalWeight;
    }
    for (;;) {
        Crc32 crc;
        if (selection.rehash > 0)
            crc.update(QByteArray::number(selection.rehash));
        crc.update(selection.key);
        selection.hash += (crc.value() >> 16) & 0x7fff;
        ++selection.rehash;
        const int index = UpstreamBalancer::indexAtWeight(list, selection.hash % quint32(list.totalWeight));
        PeerState &peer = list.peers[size_t(index)];
        const bool eligible = UpstreamBalancer::isEligible(selection, peer, index, now);
        if (selection.decision) [[unlikely]]
            selection.decision->addProbe(selection.hash, selection.hash % quint32(list.totalWeight), selection.list,
                                         index, eligible);
        if (eligible) {
            UpstreamBalancer::choose(selection, peer, index, now);
            return index;
        }
        if (++selection.methodTries > 20)
            return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::TwentyMisses);
    }
}
