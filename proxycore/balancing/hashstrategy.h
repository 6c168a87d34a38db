#pragma once

#include "balancingstrategy.h"

// hash KEY (ngx_http_upstream_hash_module.c, not consistent): CRC-32 of
// "KEY", then "1KEY", "2KEY"... accumulated into a weight slot (the
// Cache::Memcached scheme); after 20 misses, round robin.
class HashStrategy final : public BalancingStrategy
{
public:
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;
};
