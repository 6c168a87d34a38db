#include "requestrouter.h"

#include "hostname.h"
#include "http/httpwriter.h"
#include "http/uripath.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RequestRouter)
};

// One spelling per address: "[::1]" and "::1" are the same socket.
QString canonicalAddress(const QString &address)
{
    QString bare = address;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress parsed(bare);
    return parsed.isNull() ? bare.toLower() : parsed.toString();
}

// nginx's NGX_HTTP_MAX_URI_CHANGES + 1: ten lookups again, the eleventh is a 500.
constexpr int UriChanges = 11;

} // namespace

QSet<QString> RequestRouter::captureNames(const LabConfig &lab)
{
    QSet<QString> names;
    auto collect = [&](const QString &pattern, bool caseless) {
        RouteRegex regex;
        if (regex.compile(pattern, caseless))
            for (const QString &name : regex.namedGroups())
                names.insert(name);
    };
    for (const Listener &l : lab.listeners) {
        for (const QString &name : l.serverNames) {
            if (name.startsWith(u'~'))
                collect(name.mid(1), false);
        }
        for (const RewriteRule &rule : l.rewrites)
            collect(rule.regex, false);
        for (const Route &r : l.routes) {
            if (r.isRegex())
                collect(r.location, r.match == LocationMatch::RegexCaseless);
            for (const RewriteRule &rule : r.rewrites)
                collect(rule.regex, false);
        }
    }
    return names;
}

int RequestRouter::endpointIndex(const QString &address, int port) const
{
    return findEndpoint(canonicalAddress(address), port);
}

int RequestRouter::findEndpoint(const QString &canonicalAddress, int port) const
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints[i].port == port && m_endpoints[i].address == canonicalAddress)
            return int(i);
    }
    return -1;
}

bool RequestRouter::build(const LabConfig &lab, QString *error)
{
    m_endpoints.clear();
    m_servers.clear();
    const QSet<QString> names = captureNames(lab);
    auto fail = [&](const QString &where, const QString &message) {
        if (error)
            *error = where + u": "_s + message;
        return false;
    };
    for (qsizetype li = 0; li < lab.listeners.size(); ++li) {
        const Listener &l = lab.listeners[li];
        const QString path = u"listeners[%1]"_s.arg(li);
        ServerPlan server;
        QList<ServerName> serverNames;
        for (qsizetype n = 0; n < l.serverNames.size(); ++n) {
            QString message;
            const std::optional<ServerName> name = ServerName::parse(l.serverNames[n], &message);
            if (!name)
                return fail(u"%1.server_name[%2]"_s.arg(path).arg(n), message);
            serverNames.append(*name);
        }
        server.serverName = serverNames.isEmpty() ? QByteArray() : serverNames.first().variableValue();
        QString message;
        int failed = 0;
        if (!server.rewrites.compile(l.rewrites, names, &message, &failed))
            return fail(u"%1.rewrite[%2]"_s.arg(path).arg(failed), message);
        if (!server.response.compile(lab.proxy.headers, l.headers, HeaderRules(), {}, names, &message))
            return fail(path, message);
        for (qsizetype ri = 0; ri < l.routes.size(); ++ri) {
            const Route &r = l.routes[ri];
            const QString rp = u"%1.routes[%2]"_s.arg(path).arg(ri);
            LocationPlan plan;
            const bool proxies = !r.returns() && !r.upstream.isEmpty();
            if (!server.locations.add(int(ri), r.match, r.location, proxies, &message))
                return fail(rp + u".location"_s, message);
            plan.prefix = r.isRegex() ? QByteArray() : r.location.toUtf8();
            plan.upstream = r.returns() ? QString() : r.upstream;
            plan.returnStatus = r.returnStatus;
            if (r.returns() && !plan.returnText.parse(r.returnText, &message, names))
                return fail(rp + u".text"_s, message);
            if (r.proxyUri.contains(u'$')) {
                plan.proxyUriHasVariables = true;
                if (!plan.proxyUriValue.parse(r.proxyUri, &message, names))
                    return fail(rp + u".proxy_uri"_s, message);
            }
            plan.proxyUri = r.proxyUri.toUtf8();
            if (!plan.rewrites.compile(r.rewrites, names, &message, &failed))
                return fail(u"%1.rewrite[%2]"_s.arg(rp).arg(failed), message);
            const QList<HeaderLine> &set = ProxyHeaders::inForce(lab.proxy.headers.proxySetHeader,
                                                                 l.headers.proxySetHeader, r.headers.proxySetHeader);
            if (!plan.requestHeaders.compile(set, names, &message))
                return fail(rp + u".proxy_set_header"_s, message);
            ResponseRules::ProxyPass pass;
            if (proxies) {
                pass.url = u"http://"_s + r.upstream + r.proxyUri;
                pass.location = r.isRegex() ? QString() : r.location;
                pass.hasUri = !r.proxyUri.isEmpty();
                pass.hasVariables = plan.proxyUriHasVariables;
            }
            if (!plan.response.compile(lab.proxy.headers, l.headers, r.headers, pass, names, &message))
                return fail(rp, message);
            server.locationPlans.append(std::move(plan));
        }
        m_servers.append(std::move(server));

        for (const ListenAddress &listen : l.listens()) {
            int e = endpointIndex(listen.address, listen.port);
            if (e < 0) {
                Endpoint endpoint;
                endpoint.address = canonicalAddress(listen.address);
                endpoint.port = listen.port;
                m_endpoints.append(endpoint);
                e = int(m_endpoints.size() - 1);
            }
            Endpoint &endpoint = m_endpoints[e];
            if (endpoint.servers.servers().contains(int(li)))
                continue; // listed twice: nginx refuses it, validation says so
            endpoint.servers.add(int(li), serverNames, listen.defaultServer);
            if (l.maxConnections > 0 && (endpoint.maxConnections == 0 || l.maxConnections < endpoint.maxConnections))
                endpoint.maxConnections = l.maxConnections;
        }
    }
    return true;
}

const RequestRouter::LocationPlan *RequestRouter::location(const Decision &d) const
{
    if (d.server < 0 || d.location < 0)
        return nullptr;
    return &m_servers[d.server].locationPlans[d.location];
}

const ResponseRules &RequestRouter::responseRules(const Decision &d) const
{
    if (const LocationPlan *plan = location(d))
        return plan->response;
    static const ResponseRules none;
    return d.server >= 0 ? m_servers[d.server].response : none;
}

QByteArray RequestRouter::absoluteLocation(QByteArrayView location, QByteArrayView host, QByteArrayView localAddress,
                                           int localPort)
{
    if (!location.startsWith('/'))
        return location.toByteArray();
    QByteArray out = "http://";
    out.append(host.isEmpty() ? localAddress : host);
    if (localPort != 80)
        out.append(':').append(QByteArray::number(localPort));
    out.append(location);
    return out;
}

RequestRouter::Decision RequestRouter::route(const Request &request) const
{
    Decision d;
    RouteState &state = d.state;
    // Not copied: they view the request's bytes until a rewrite replaces them
    // (the request outlives the decision, as for its host).
    state.uri = QByteArray::fromRawData(request.path.data(), request.path.size());
    state.args = QByteArray::fromRawData(request.args.data(), request.args.size());
    const bool percent = request.rawPath.contains('%');
    state.percentInPath = percent;
    state.quotedUri = percent || request.rawPath.contains('+');
    state.validLocation = true;
    auto answer = [&](int status, const char *reason, QByteArray text = {}) -> Decision & {
        d.kind = Decision::Kind::Answer;
        d.status = status;
        d.reason = reason;
        d.text = std::move(text);
        return d;
    };
    if (request.endpoint < 0 || request.endpoint >= m_endpoints.size())
        return answer(404, "no server block listens here");
    const Endpoint &endpoint = m_endpoints[request.endpoint];

    QByteArrayView host;
    if (request.hostGiven) {
        const std::optional<QByteArrayView> valid = HostName::validate(request.host, d.loweredHost);
        if (!valid) {
            d.server = endpoint.servers.defaultServer();
            return answer(400, "client sent invalid host header");
        }
        host = *valid;
    }
    d.server = endpoint.servers.find(host, &state.captures);
    if (d.server < 0)
        return answer(404, "no server block listens here");
    const ServerPlan &server = m_servers[d.server];
    d.host = host.isEmpty() ? QByteArrayView(server.serverName) : host;
    d.requestHost = host;

    RequestVariables vars = request.vars;
    vars.host = d.host;
    vars.serverName = server.serverName;
    vars.captures = &state.captures;
    auto redirectTo = [&](QByteArrayView location) {
        return absoluteLocation(location, host, request.localAddress, request.localPort);
    };

    RewriteRules::Outcome outcome = server.rewrites.run(state, vars);
    if (outcome.kind == RewriteRules::Outcome::Kind::Redirect)
        return answer(outcome.status, "rewrite redirects", redirectTo(outcome.location));
    if (outcome.kind == RewriteRules::Outcome::Kind::Error)
        return answer(500, "the rewritten URI is empty");
    state.uriChanged = false; // the location lookup starts afresh (ngx_http_core_find_config_phase)

    for (int changes = UriChanges;;) {
        const LocationTable::Match match = server.locations.find(state.uri, &state.captures);
        if (match.index < 0)
            return answer(404, "no location matches this URI");
        d.location = match.index;
        if (match.autoRedirect) {
            QByteArray location = match.redirectPath;
            if (!state.args.isEmpty())
                location.append('?').append(state.args);
            return answer(301, "the location is a directory: nginx adds the slash", redirectTo(location));
        }
        const LocationPlan &plan = server.locationPlans[match.index];
        outcome = plan.rewrites.run(state, vars);
        if (outcome.kind == RewriteRules::Outcome::Kind::Redirect)
            return answer(outcome.status, "rewrite redirects", redirectTo(outcome.location));
        if (outcome.kind == RewriteRules::Outcome::Kind::Error)
            return answer(500, "the rewritten URI is empty");
        if (outcome.kind == RewriteRules::Outcome::Kind::Continue && plan.returnStatus > 0) {
            vars.uri = state.uri;
            vars.args = state.args;
            QByteArray text = plan.returnText.evaluate(vars);
            if (Route::isRedirect(plan.returnStatus))
                text = redirectTo(text);
            return answer(plan.returnStatus, nullptr, std::move(text));
        }
        if (state.uriChanged) {
            if (--changes == 0) {
                d.location = -1; // nginx answers with the server's configuration
                return answer(500, "rewrite or internal redirection cycle");
            }
            state.uriChanged = false;
            continue;
        }
        if (plan.upstream.isEmpty())
            return answer(404, "the location neither returns nor proxies");
        d.kind = Decision::Kind::Proxy;
        return d;
    }
}

QByteArray RequestRouter::upstreamTarget(const LocationPlan &plan, const RouteState &state, QByteArrayView clientTarget,
                                         const RequestVariables &vars)
{
    QByteArray out;
    appendUpstreamTarget(out, plan, state, clientTarget, vars);
    return out;
}

void RequestRouter::appendUpstreamTarget(QByteArray &out, const LocationPlan &plan, const RouteState &state,
                                         QByteArrayView clientTarget, const RequestVariables &vars)
{
    if (plan.proxyUriHasVariables) {
        RequestVariables now = vars;
        now.uri = state.uri;
        now.args = state.args;
        now.captures = &state.captures;
        out.append(plan.proxyUriValue.evaluate(now));
        return;
    }
    if (plan.proxyUri.isEmpty() && !state.rewritten) {
        HttpWriter::append(out, clientTarget);
        return;
    }
    const qsizetype skip = state.validLocation && !plan.proxyUri.isEmpty() ? qMin(plan.prefix.size(), state.uri.size()) : 0;
    out.reserve(out.size() + plan.proxyUri.size() + state.uri.size() + state.args.size() + 8);
    if (state.validLocation)
        out.append(plan.proxyUri);
    const QByteArrayView rest = QByteArrayView(state.uri).sliced(skip);
    if (state.rewritten || state.percentInPath)
        UriPath::appendEscaped(out, rest);
    else
        out.append(rest);
    if (!state.args.isEmpty())
        out.append('?').append(state.args);
}
