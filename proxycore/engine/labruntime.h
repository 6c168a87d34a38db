#pragma once

#include "balancing/upstreambalancer.h"
#include "config/labconfig.h"
#include "http/complexvalue.h"
#include "routing/requestrouter.h"

#include <QHostAddress>
#include <QMutex>

#include <memory>
#include <vector>

// Shared, locked balancing state of one upstream group (like nginx's zone):
// every worker picks through it; the lock is held only for pick and release.
class UpstreamRuntime
{
public:
    struct Peer {
        QHostAddress address;
        quint16 port = 0;
        QString name;
        QByteArray nameUtf8; // for X-Upstream-Name, converted once
        QString addressText;
        QByteArray addressLatin1; // the same, for $upstream_addr, converted once
    };

    UpstreamRuntime(const UpstreamGroup &group, const Clock *clock);

    const UpstreamGroup &group() const { return m_group; }
    const Peer &peer(int serverIndex) const { return m_peers[size_t(serverIndex)]; }

    const ComplexValue &hashKey() const { return m_hashKey; }
    // nginx's $proxy_host for an upstream group: its name.
    QByteArrayView proxyHost() const { return m_proxyHost; }

    void begin(PeerSelection &selection, int triesCap, QByteArrayView key)
    {
        QMutexLocker lock(&m_mutex);
        m_balancer.begin(selection, triesCap, key);
    }
    UpstreamBalancer::Pick pick(PeerSelection &selection)
    {
        QMutexLocker lock(&m_mutex);
        return m_balancer.pick(selection);
    }
    void release(PeerSelection &selection, PeerOutcome outcome, qint64 timeUs = -1)
    {
        QMutexLocker lock(&m_mutex);
        m_balancer.release(selection, outcome, timeUs);
    }
    bool measuresLastByte() const { return m_group.leastTimeLastByte; }
    void setHealthy(int serverIndex, bool healthy)
    {
        QMutexLocker lock(&m_mutex);
        m_balancer.setHealthy(serverIndex, healthy);
    }

private:
    UpstreamGroup m_group;
    std::vector<Peer> m_peers;
    ComplexValue m_hashKey;
    QByteArray m_proxyHost;
    QMutex m_mutex;
    UpstreamBalancer m_balancer;
};

// An immutable snapshot of a running lab: config, group states and the
// routing tables (server blocks by address and host, locations, rewrites,
// header lines). Requests hold the snapshot they started with (like nginx -s
// reload).
class LabRuntime
{
public:
    LabRuntime(LabConfigPtr config, const Clock *clock);

    const LabConfig &config() const { return *m_config; }
    LabConfigPtr configPtr() const { return m_config; }
    // nginx's request routing for this lab; a session's listener index is
    // an index into its endpoints().
    const RequestRouter &router() const { return m_router; }
    // The group a routing decision proxies to, or null.
    UpstreamRuntime *groupFor(const RequestRouter::Decision &decision) const;
    UpstreamRuntime *upstream(const QString &name) const;
    const std::vector<std::unique_ptr<UpstreamRuntime>> &upstreams() const { return m_upstreams; }
    const QList<QPair<QHostAddress, int>> &trustedProxies() const { return m_trusted; }
    // Unique per runtime made in this process (from 1): a session compares it
    // to know whether what it looked up in an earlier lab still holds.
    quint64 generation() const { return m_generation; }

private:
    LabConfigPtr m_config;
    std::vector<std::unique_ptr<UpstreamRuntime>> m_upstreams;
    RequestRouter m_router;
    std::vector<std::vector<UpstreamRuntime *>> m_locationGroups; // per server block, per location
    QList<QPair<QHostAddress, int>> m_trusted;     // set_real_ip_from, parsed once
    quint64 m_generation = 0;
};

using LabRuntimePtr = std::shared_ptr<LabRuntime>;
