#include "hashstrategy.h"

#include "crc32.h"
#include "upstreambalancer.h"

int HashStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (selection.methodTries > 20 || balancer.isSingle() || selection.key.isEmpty())
        return balancer.roundRobin(selection, now);
    PeerList &list = balancer.list(selection.list);
    for (;;) {
        Crc32 crc;
        if (selection.rehash > 0)
            crc.update(QByteArray::number(selection.rehash));
        crc.update(selection.key);
        selection.hash += (crc.value() >> 16) & 0x7fff;
        ++selection.rehash;
        const int index = UpstreamBalancer::indexAtWeight(list, selection.hash % quint32(list.totalWeight));
        PeerState &peer = list.peers[size_t(index)];
        if (UpstreamBalancer::isEligible(selection, peer, index, now)) {
            UpstreamBalancer::choose(selection, peer, index, now);
            return index;
        }
        if (++selection.methodTries > 20)
            return balancer.roundRobin(selection, now);
    }
}
