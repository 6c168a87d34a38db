#include "guidecheck.h"

#include "routing/proxyheaders.h"

using namespace Qt::StringLiterals;

namespace {

// One finder for both constness: on a mutable lab, iterating non-const
// detaches Qt's implicitly shared lists, so a change never reaches a copy.
template <typename Lab>
auto findGroup(Lab &lab, const QString &group) -> decltype(&lab.upstreams.first())
{
    for (auto &g : lab.upstreams) {
        if (g.name == group)
            return &g;
    }
    return nullptr;
}

template <typename Lab>
auto findServer(Lab &lab, const QString &group, const QString &server) -> decltype(&lab.upstreams.first().servers.first())
{
    if (auto *g = findGroup(lab, group)) {
        for (auto &s : g->servers) {
            if (s.name == server)
                return &s;
        }
    }
    return nullptr;
}

// The first proxying location named `location`, and its server block.
template <typename Lab>
auto findRoute(Lab &lab, const QString &location, decltype(&lab.listeners.first()) *server = nullptr)
    -> decltype(&lab.listeners.first().routes.first())
{
    for (auto &l : lab.listeners) {
        for (auto &r : l.routes) {
            if (r.location == location && !r.returns()) {
                if (server)
                    *server = &l;
                return &r;
            }
        }
    }
    return nullptr;
}

// The value a set of proxy_set_header lines gives `header`; nginx's default
// where none names it.
QString headerValue(const QList<HeaderLine> &lines, const QString &header)
{
    for (const HeaderLine &line : lines) {
        if (line.name.compare(header, Qt::CaseInsensitive) == 0)
            return line.value;
    }
    if (header.compare(u"Host"_s, Qt::CaseInsensitive) == 0)
        return u"$proxy_host"_s;
    if (header.compare(u"Connection"_s, Qt::CaseInsensitive) == 0)
        return u"close"_s;
    return {};
}

GuideCheck make(GuideCheck::Kind kind)
{
    GuideCheck c;
    c.kind = kind;
    return c;
}

GuideCheck count(GuideCheck::Kind kind, qint64 atLeast, qint64 atMost, const QString &name = {})
{
    GuideCheck c = make(kind);
    c.atLeast = atLeast;
    c.atMost = atMost;
    c.name = name;
    return c;
}

} // namespace

bool GuideCheck::holdsFor(const LabConfig &lab) const
{
    switch (kind) {
    case Kind::ServerDown:
        if (const UpstreamServer *s = findServer(lab, group, name))
            return s->down == on;
        return false;
    case Kind::ServerBackup:
        if (const UpstreamServer *s = findServer(lab, group, name))
            return s->backup == on;
        return false;
    case Kind::Method: {
        const UpstreamGroup *g = findGroup(lab, group);
        if (!g || g->method != method)
            return false;
        if (method == BalancingMethod::Hash)
            return g->hashKey == text && g->hashConsistent == consistent;
        if (method == BalancingMethod::Random)
            return g->randomTwo == two && (!two || g->randomLeastConn == leastConn);
        return true;
    }
    case Kind::NextUpstream:
        return flags == 0 ? (lab.proxy.nextUpstream & ~quint32(NextNonIdempotent)) == 0 : (lab.proxy.nextUpstream & flags) == flags;
    case Kind::RouteUri:
        if (const Route *r = findRoute(lab, name))
            return r->proxyUri == text;
        return false;
    case Kind::RequestHeader: {
        const Listener *server = nullptr;
        if (const Route *r = findRoute(lab, name, &server))
            return headerValue(ProxyHeaders::inForce(lab.proxy.headers.proxySetHeader, server->headers.proxySetHeader,
                                                     r->headers.proxySetHeader),
                               header)
                   == text;
        return false;
    }
    default:
        return false;
    }
}

bool GuideCheck::applyTo(LabConfig &lab) const
{
    switch (kind) {
    case Kind::ServerDown:
        if (UpstreamServer *s = findServer(lab, group, name)) {
            s->down = on;
            return true;
        }
        return false;
    case Kind::ServerBackup:
        if (UpstreamServer *s = findServer(lab, group, name)) {
            s->backup = on;
            return true;
        }
        return false;
    case Kind::Method:
        if (UpstreamGroup *g = findGroup(lab, group)) {
            g->method = method;
            if (method == BalancingMethod::Hash) {
                g->hashKey = text;
                g->hashConsistent = consistent;
            }
            if (method == BalancingMethod::Random) {
                g->randomTwo = two;
                g->randomLeastConn = two && leastConn;
            }
            return true;
        }
        return false;
    case Kind::NextUpstream:
        if (flags == 0)
            lab.proxy.nextUpstream &= quint32(NextNonIdempotent);
        else
            lab.proxy.nextUpstream |= flags;
        return true;
    case Kind::RouteUri:
        if (Route *r = findRoute(lab, name)) {
            r->proxyUri = text;
            return true;
        }
        return false;
    case Kind::RequestHeader: {
        // Edit the lines in force there, so that the others stay as they are;
        // where no level has any, the http level gets this one.
        Listener *server = nullptr;
        Route *r = findRoute(lab, name, &server);
        if (!r)
            return false;
        QList<HeaderLine> &lines = !r->headers.proxySetHeader.isEmpty()      ? r->headers.proxySetHeader
                                   : !server->headers.proxySetHeader.isEmpty() ? server->headers.proxySetHeader
                                                                                 : lab.proxy.headers.proxySetHeader;
        for (HeaderLine &line : lines) {
            if (line.name.compare(header, Qt::CaseInsensitive) == 0) {
                line.value = text;
                return true;
            }
        }
        lines.append({header, text, false});
        return true;
    }
    default:
        return false;
    }
}

GuideCheck GuideCheck::serverDown(const QString &group, const QString &server, bool on)
{
    GuideCheck c = make(Kind::ServerDown);
    c.group = group;
    c.name = server;
    c.on = on;
    return c;
}

GuideCheck GuideCheck::serverBackup(const QString &group, const QString &server, bool on)
{
    GuideCheck c = make(Kind::ServerBackup);
    c.group = group;
    c.name = server;
    c.on = on;
    return c;
}

GuideCheck GuideCheck::methodIs(const QString &group, BalancingMethod method)
{
    GuideCheck c = make(Kind::Method);
    c.group = group;
    c.method = method;
    return c;
}

GuideCheck GuideCheck::hashIs(const QString &group, const QString &key, bool consistent)
{
    GuideCheck c = methodIs(group, BalancingMethod::Hash);
    c.text = key;
    c.consistent = consistent;
    return c;
}

GuideCheck GuideCheck::randomTwoLeastConn(const QString &group)
{
    GuideCheck c = methodIs(group, BalancingMethod::Random);
    c.two = true;
    c.leastConn = true;
    return c;
}

GuideCheck GuideCheck::nextUpstreamHas(quint32 flags)
{
    GuideCheck c = make(Kind::NextUpstream);
    c.flags = flags;
    return c;
}

GuideCheck GuideCheck::nextUpstreamOff()
{
    return make(Kind::NextUpstream);
}

GuideCheck GuideCheck::routeUri(const QString &location, const QString &uri)
{
    GuideCheck c = make(Kind::RouteUri);
    c.name = location;
    c.text = uri;
    return c;
}

GuideCheck GuideCheck::requestHeader(const QString &location, const QString &header, const QString &value)
{
    GuideCheck c = make(Kind::RequestHeader);
    c.name = location;
    c.header = header;
    c.text = value;
    return c;
}

GuideCheck GuideCheck::mockRunning(const QString &mock)
{
    GuideCheck c = make(Kind::MockRunning);
    c.name = mock;
    return c;
}

GuideCheck GuideCheck::mockStopped(const QString &mock)
{
    GuideCheck c = make(Kind::MockStopped);
    c.name = mock;
    return c;
}

GuideCheck GuideCheck::requests(qint64 atLeast)
{
    return count(Kind::Requests, atLeast, -1);
}

GuideCheck GuideCheck::served(const QString &server, qint64 atLeast, qint64 atMost)
{
    return count(Kind::Served, atLeast, atMost, server);
}

GuideCheck GuideCheck::servedNone(const QString &server)
{
    return count(Kind::Served, 0, 0, server);
}

GuideCheck GuideCheck::servedShare(const QString &server, qint64 atLeastPercent, qint64 atMostPercent)
{
    return count(Kind::ServedShare, atLeastPercent, atMostPercent, server);
}

GuideCheck GuideCheck::clientErrors(qint64 atLeast, qint64 atMost)
{
    return count(Kind::ClientErrors, atLeast, atMost);
}

GuideCheck GuideCheck::noClientErrors()
{
    return count(Kind::ClientErrors, 0, 0);
}

GuideCheck GuideCheck::retries(qint64 atLeast, qint64 atMost)
{
    return count(Kind::Retries, atLeast, atMost);
}

GuideCheck GuideCheck::answeredByProxy(qint64 atLeast)
{
    return count(Kind::AnsweredByProxy, atLeast, -1);
}

GuideCheck GuideCheck::sessionsKept(const QString &cookie, qint64 atLeast)
{
    return count(Kind::SessionsKept, atLeast, -1, cookie);
}

GuideCheck GuideCheck::sessionsMoved(const QString &cookie, qint64 atLeast, qint64 atMost)
{
    return count(Kind::SessionsMoved, atLeast, atMost, cookie);
}

GuideCheck GuideCheck::requestInspected()
{
    return make(Kind::RequestInspected);
}

GuideCheck GuideCheck::comparisonFinished()
{
    return make(Kind::ComparisonFinished);
}
