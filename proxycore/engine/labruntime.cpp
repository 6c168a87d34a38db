#include "labruntime.h"

#include "config/hostport.h"

#include <algorithm>

UpstreamRuntime::UpstreamRuntime(const UpstreamGroup &group, const Clock *clock)
    : m_group(group)
    , m_proxyHost(group.name.toLatin1())
    , m_balancer(group, clock)
{
    if (group.method == BalancingMethod::Hash)
        m_hashKey.parse(group.hashKey); // validated when the lab was loaded
    m_peers.reserve(size_t(group.servers.size()));
    for (const UpstreamServer &s : group.servers) {
        Peer p;
        if (const auto hp = HostPort::parse(s.address)) {
            p.address = hp->address;
            p.port = hp->port;
            p.addressText = hp->toString();
        } else {
            p.addressText = s.address;
        }
        p.name = s.name;
        p.nameUtf8 = s.name.toUtf8();
        m_peers.push_back(p);
    }
}

LabRuntime::LabRuntime(LabConfigPtr config, const Clock *clock)
    : m_config(std::move(config))
{
    for (const QString &from : m_config->proxy.realIpFrom) {
        auto subnet = QHostAddress::parseSubnet(from);
        if (subnet.first.isNull() && !QHostAddress(from).isNull()) {
            const QHostAddress single(from);
            subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (!subnet.first.isNull())
            m_trusted.append(subnet);
    }
    for (const UpstreamGroup &g : m_config->upstreams)
        m_upstreams.push_back(std::make_unique<UpstreamRuntime>(g, clock));
    for (const Listener &l : m_config->listeners) {
        std::vector<RouteEntry> routes;
        for (const Route &r : l.routes) {
            if (r.returns()) {
                RouteEntry entry{r.location.toUtf8(), r.exact, nullptr, r.returnStatus, r.returnText.toUtf8(), {}, {}};
                if (r.returnText.contains(u'$'))
                    entry.returnValue.parse(r.returnText); // validated with the lab
                routes.push_back(std::move(entry));
            } else if (UpstreamRuntime *u = upstream(r.upstream)) {
                routes.push_back({r.location.toUtf8(), r.exact, u, 0, {}, {}, r.proxyUri.toUtf8()});
            }
        }
        std::stable_sort(routes.begin(), routes.end(), [](const RouteEntry &a, const RouteEntry &b) {
            return a.exact != b.exact ? a.exact : a.prefix.size() > b.prefix.size();
        });
        m_routes.push_back(std::move(routes));
    }
}

const LabRuntime::RouteEntry *LabRuntime::route(int listenerIndex, QByteArrayView path) const
{
    if (listenerIndex < 0 || size_t(listenerIndex) >= m_routes.size())
        return nullptr;
    for (const RouteEntry &r : m_routes[size_t(listenerIndex)]) {
        if (r.exact ? path == r.prefix : path.startsWith(r.prefix))
            return &r;
    }
    return nullptr;
}

UpstreamRuntime *LabRuntime::upstream(const QString &name) const
{
    for (const auto &u : m_upstreams) {
        if (u->group().name == name)
            return u.get();
    }
    return nullptr;
}
