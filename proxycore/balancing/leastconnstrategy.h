#pragma once

#include "balancingstrategy.h"

struct PeerList;

// least_conn (ngx_http_upstream_least_conn_module.c): the fewest requests in
// flight per weight; ties are broken by a smooth-WRR round among the tied.
class LeastConnStrategy final : public BalancingStrategy
{
public:
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;

private:
    static int pass(PeerSelection &selection, PeerList &list, qint64 now);
};
