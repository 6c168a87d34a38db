#include "roundrobinstrategy.h"

#include "upstreambalancer.h"

int RoundRobinStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    return balancer.roundRobin(selection, now);
}
