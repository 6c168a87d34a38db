#pragma once

#include "peerselection.h"

class UpstreamBalancer;

// One balancing method (nginx's get-peer function of one module). pick()
// returns the index of the chosen peer in selection.list, or -1 when this
// request has no usable peer left. The balancer does what is common to all:
// conns += 1 and the bookkeeping of release.
class BalancingStrategy
{
public:
    virtual ~BalancingStrategy() = default;
    // Per-request set-up (nginx's init_*_peer), after the key is set.
    virtual void begin(UpstreamBalancer &, PeerSelection &) const {}
    virtual int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) = 0;
};
