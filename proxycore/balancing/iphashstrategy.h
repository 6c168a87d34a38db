#pragma once

#include "balancingstrategy.h"

// ip_hash (ngx_http_upstream_ip_hash_module.c): the first three octets of an
// IPv4 client (all 16 bytes of IPv6) pick a weight slot; unusable candidates
// re-hash, and after 20 misses the request falls back to round robin.
class IpHashStrategy final : public BalancingStrategy
{
public:
    void begin(UpstreamBalancer &balancer, PeerSelection &selection) const override;
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;
};
