#pragma once

#include "balancingstrategy.h"

// random [two [least_conn]] (ngx_http_upstream_random_module.c): a weighted
// random peer; with "two", the less loaded (conns/weight) of two distinct
// random peers, ties to the second. After 20 misses, round robin.
class RandomStrategy final : public BalancingStrategy
{
public:
    explicit RandomStrategy(bool two) : m_two(two) {}
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;

private:
    bool m_two;
};
