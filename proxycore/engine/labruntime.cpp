#include "labruntime.h"

#include "config/hostport.h"

#include <algorithm>
#include <atomic>

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
        p.addressLatin1 = p.addressText.toLatin1();
        p.name = s.name;
        p.nameUtf8 = s.name.toUtf8();
        m_peers.push_back(p);
    }
}

LabRuntime::LabRuntime(LabConfigPtr config, const Clock *clock)
    : m_config(std::move(config))
{
    static std::atomic<quint64> made{0};
    m_generation = ++made;
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
    m_router.build(*m_config); // the lab was validated: it compiles
    for (const Listener &l : m_config->listeners) {
        std::vector<UpstreamRuntime *> groups;
        for (const Route &r : l.routes)
            groups.push_back(r.returns() ? nullptr : upstream(r.upstream));
        m_locationGroups.push_back(std::move(groups));
    }
}

UpstreamRuntime *LabRuntime::groupFor(const RequestRouter::Decision &decision) const
{
    if (decision.server < 0 || size_t(decision.server) >= m_locationGroups.size())
        return nullptr;
    const std::vector<UpstreamRuntime *> &groups = m_locationGroups[size_t(decision.server)];
    return decision.location >= 0 && size_t(decision.location) < groups.size() ? groups[size_t(decision.location)] : nullptr;
}

UpstreamRuntime *LabRuntime::upstream(const QString &name) const
{
    for (const auto &u : m_upstreams) {
        if (u->group().name == name)
            return u.get();
    }
    return nullptr;
}
