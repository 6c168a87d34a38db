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

QString RewriteRule::flagName(Flag flag)
{
    switch (flag) {
    case Flag::None: return {};
    case Flag::Last: return u"last"_s;
    case Flag::Break: return u"break"_s;
    case Flag::Redirect: return u"redirect"_s;
    case Flag::Permanent: return u"permanent"_s;
    }
    return {};
}

std::optional<RewriteRule::Flag> RewriteRule::flagFromName(const QString &name)
{
    for (Flag f : {Flag::None, Flag::Last, Flag::Break, Flag::Redirect, Flag::Permanent}) {
        if (flagName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString Route::modifierName(LocationMatch match)
{
    switch (match) {
    case LocationMatch::Prefix: return {};
    case LocationMatch::Exact: return u"="_s;
    case LocationMatch::PrefixNoRegex: return u"^~"_s;
    case LocationMatch::Regex: return u"~"_s;
    case LocationMatch::RegexCaseless: return u"~*"_s;
    }
    return {};
}

std::optional<LocationMatch> Route::matchFromModifier(const QString &modifier)
{
    for (LocationMatch m : {LocationMatch::Prefix, LocationMatch::Exact, LocationMatch::PrefixNoRegex,
                            LocationMatch::Regex, LocationMatch::RegexCaseless}) {
        if (modifierName(m) == modifier)
            return m;
    }
    return std::nullopt;
}

QList<ListenAddress> Listener::listens() const
{
    QList<ListenAddress> all;
    all.reserve(moreListens.size() + 1);
    all.append({address, port, defaultServer});
    all.append(moreListens);
    return all;
}

HeaderRules ProxySettings::labDefaultHeaders(bool clientHost)
{
    // What the lab did implicitly before these lines could be edited: HTTP/1.1
    // keep-alive and upgrades to upstreams (Connection empty unless the client
    // asks to upgrade), and the usual forwarding fields.
    HeaderRules rules;
    rules.proxySetHeader = {
        {u"Host"_s, clientHost ? u"$host"_s : u"$proxy_host"_s, false},
        {u"Upgrade"_s, u"$http_upgrade"_s, false},
        {u"Connection"_s, u"$connection_upgrade"_s, false},
        {u"X-Real-IP"_s, u"$remote_addr"_s, false},
        {u"X-Forwarded-For"_s, u"$proxy_add_x_forwarded_for"_s, false},
        {u"X-Forwarded-Proto"_s, u"$scheme"_s, false},
    };
    return rules;
}
