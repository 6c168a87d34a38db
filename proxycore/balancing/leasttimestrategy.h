#pragma once

#include "balancingstrategy.h"

struct PeerList;

// least_time header|last_byte (NGINX Plus, simulated): the server with the
// lowest average response time and fewest requests in flight, by weight —
// score = average × (conns + 1) / weight; servers without a sample yet score
// as the best; ties are broken by a smooth-WRR round, as least_conn does.
class LeastTimeStrategy final : public BalancingStrategy
{
public:
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;

private:
    static int pass(PeerSelection &selection, PeerList &list, qint64 now);
};
