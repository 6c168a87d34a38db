#include "labconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const UpstreamGroup *LabConfig::findUpstream(const QString &groupName) const
{
    for (const UpstreamGroup &g : upstreams) {
        if (g.name == groupName)
            return &g;
    }
    return nullptr;
}

LabConfig LabConfig::demo()
{
    LabConfig lab;
    // The name the desktop app shows in its language (the command line loads no catalogue).
    lab.name = QCoreApplication::translate("LabConfig", "Demo lab");
    UpstreamGroup group;
    group.name = u"backend"_s;
    const char *names[] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; ++i) {
        UpstreamServer server;
        server.name = QString::fromLatin1(names[i]);
        server.address = u"127.0.0.1:%1"_s.arg(9001 + i);
        group.servers.append(server);
        MockBackendConfig mock;
        mock.name = server.name;
        mock.listen = server.address;
        lab.backends.append(mock);
    }
    lab.upstreams.append(group);
    Listener listener;
    listener.port = 8080;
    listener.routes.append(Route::proxyTo(u"/"_s, group.name));
    lab.listeners.append(listener);
    return lab;
}

QString balancingMethodName(BalancingMethod method)
{
    switch (method) {
    case BalancingMethod::RoundRobin: return u"round_robin"_s;
    case BalancingMethod::LeastConn: return u"least_conn"_s;
    case BalancingMethod::IpHash: return u"ip_hash"_s;
    case BalancingMethod::Hash: return u"hash"_s;
    case BalancingMethod::Random: return u"random"_s;
    case BalancingMethod::LeastTime: return u"least_time"_s;
    }
    return {};
}

void LabConfig::replaceBackend(qsizetype index, const MockBackendConfig &backend)
{
    if (index < 0 || index >= backends.size())
        return;
    const MockBackendConfig old = backends[index];
    for (UpstreamGroup &g : upstreams) {
        for (UpstreamServer &s : g.servers) {
            if (s.address != old.listen)
                continue;
            if (s.name == old.name)
                s.name = backend.name;
            s.address = backend.listen;
        }
    }
    backends[index] = backend;
}
