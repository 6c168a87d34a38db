#pragma once

#include "balancingstrategy.h"

// nginx's default: smooth weighted round robin (ngx_http_upstream_round_robin.c).
class RoundRobinStrategy final : public BalancingStrategy
{
public:
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;
};
