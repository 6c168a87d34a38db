#include "nginximporter.h"

#include "config/hostport.h"
#include "config/labjson.h"
#include "config/labvalidator.h"
#include "config/units.h"
#include "exportcomment.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

QString NginxImportIssue::toString() const
{
    return u"%1:%2: %3: %4"_s.arg(file).arg(line).arg(severity == Severity::Note ? u"note"_s : u"warning"_s, message);
}

namespace {

// Known, harmless for a lab: accepted and listed as notes.
const QSet<QString> processLevel = {u"user"_s, u"pid"_s, u"daemon"_s, u"master_process"_s, u"error_log"_s,
                                    u"worker_rlimit_nofile"_s, u"worker_cpu_affinity"_s, u"worker_priority"_s,
                                    u"pcre_jit"_s, u"load_module"_s, u"env"_s, u"timer_resolution"_s,
                                    u"worker_shutdown_timeout"_s, u"thread_pool"_s, u"lock_file"_s};
const QSet<QString> httpHarmless = {u"access_log"_s, u"log_format"_s, u"error_log"_s, u"sendfile"_s, u"tcp_nopush"_s,
                                    u"tcp_nodelay"_s, u"types"_s, u"default_type"_s, u"server_tokens"_s,
                                    u"types_hash_max_size"_s, u"types_hash_bucket_size"_s,
                                    u"server_names_hash_bucket_size"_s, u"server_names_hash_max_size"_s,
                                    u"charset"_s, u"reset_timedout_connection"_s, u"log_not_found"_s,
                                    u"open_log_file_cache"_s, u"variables_hash_max_size"_s,
                                    u"variables_hash_bucket_size"_s, u"gzip"_s, u"gzip_vary"_s, u"gzip_types"_s,
                                    u"gzip_proxied"_s, u"gzip_comp_level"_s, u"gzip_min_length"_s};
const QSet<QString> plusOnlyServerParams = {u"slow_start"_s, u"drain"_s, u"resolve"_s, u"route"_s, u"service"_s};
const QSet<QString> plusOnlyUpstream = {u"least_time"_s, u"health_check"_s, u"sticky"_s, u"queue"_s, u"ntlm"_s,
                                        u"state"_s, u"resolver"_s, u"resolver_timeout"_s, u"match"_s};

// The proxy/client settings' names (the server pass skips them: applied already).
const QSet<QString> &settingNames()
{
    static const QSet<QString> names = {
        u"proxy_connect_timeout"_s, u"proxy_send_timeout"_s, u"proxy_read_timeout"_s, u"client_header_timeout"_s,
        u"client_body_timeout"_s, u"keepalive_timeout"_s, u"proxy_next_upstream_timeout"_s, u"keepalive_requests"_s,
        u"proxy_next_upstream_tries"_s, u"client_max_body_size"_s, u"large_client_header_buffers"_s,
        u"proxy_next_upstream"_s, u"proxy_set_header"_s, u"proxy_http_version"_s, u"add_header"_s};
    return names;
}

class Importer
{
public:
    explicit Importer(NginxImportResult *result)
        : r(*result)
    {
        // nginx's defaults, not the lab's: a config without these lines means nginx's behaviour.
        r.lab.listeners.clear();
        r.lab.upstreams.clear();
        r.lab.backends.clear();
        r.lab.proxy.upstreamNameHeader = false;
        m_http.upstreamNameHeader = false; // on only with the export's add_header line
    }

    void run(const NginxParseResult &parsed, const QString &fileName);
    QString error() const { return m_error; }

private:
    void note(const NginxDirective &d, const QString &message)
    {
        r.issues.append({NginxImportIssue::Severity::Note, d.file, d.line, message});
    }
    void warn(const NginxDirective &d, const QString &message)
    {
        r.issues.append({NginxImportIssue::Severity::Warning, d.file, d.line, message});
    }
    void fail(const NginxDirective &d, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"%1:%2:%3: %4"_s.arg(d.file).arg(d.line).arg(d.column).arg(message);
    }
    bool needArgs(const NginxDirective &d, int min, int max)
    {
        if (d.args.size() < min || d.args.size() > max) {
            fail(d, NginxImporter::tr("invalid number of arguments in \"%1\" directive").arg(d.name));
            return false;
        }
        return true;
    }

    void http(const NginxDirective &d);
    void upstream(const NginxDirective &d);
    void server(const NginxDirective &d);
    void location(const NginxDirective &d, Listener &listener, const ProxySettings &serverSettings);
    std::optional<Route> returnRoute(const NginxDirective &d, const QString &location, bool exact);
    bool setting(const NginxDirective &d, ProxySettings &p);
    void adoptSettings(const NginxDirective &where, const ProxySettings &p);
    QString groupFor(const NginxDirective &d, const QString &target, QString *uri = nullptr);

    NginxImportResult &r;
    QString m_error;
    ProxySettings m_http;
    bool m_haveSettings = false;
    QList<QPair<QString, const NginxDirective *>> m_proxyPasses;
};

bool parseTime(const QString &text, int *ms)
{
    const auto v = Units::parseDurationMs(text);
    if (!v || *v > std::numeric_limits<int>::max())
        return false;
    *ms = int(*v);
    return true;
}

void Importer::run(const NginxParseResult &parsed, const QString &fileName)
{
    r.lab.name = ExportComment::labName(parsed.leadingComment).value_or(QFileInfo(fileName).completeBaseName());
    r.lab.proxy.workers = 0;

    for (const NginxDirective &d : parsed.directives) {
        if (d.name == u"http" && d.hasBlock)
            http(d);
        else if (d.name == u"events" && d.hasBlock)
            note(d, NginxImporter::tr("\"events\" is accepted and ignored (the lab has its own event loop)"));
        else if (d.name == u"worker_processes" && needArgs(d, 1, 1)) {
            bool ok = false;
            const int n = d.args.first().toInt(&ok);
            if (d.args.first() == u"auto")
                r.lab.proxy.workers = 0;
            else if (ok && n >= 1 && n <= 64)
                r.lab.proxy.workers = n;
            else
                fail(d, NginxImporter::tr("invalid value \"%1\" in \"worker_processes\"").arg(d.args.first()));
            note(d, NginxImporter::tr("worker_processes becomes the lab's worker threads; balancing state is shared "
                                      "by all of them, as with an upstream zone"));
        } else if (processLevel.contains(d.name))
            note(d, NginxImporter::tr("\"%1\" is process-level and ignored").arg(d.name));
        else if (d.name == u"stream" || d.name == u"mail")
            warn(d, NginxImporter::tr("\"%1\" (TCP/mail proxying) is not modelled; skipped").arg(d.name));
        else
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
    }

    // Mock backends travel as structured comments (nginx ignores them).
    for (const QString &comment : parsed.comments) {
        QList<ConfigIssue> issues;
        const std::optional<MockBackendConfig> backend = ExportComment::parseBackend(comment, &issues);
        for (const ConfigIssue &issue : std::as_const(issues))
            r.issues.append({NginxImportIssue::Severity::Warning, fileName, 0,
                             NginxImporter::tr("mock backend comment: %1").arg(issue.toString())});
        if (backend)
            r.lab.backends.append(*backend);
    }

    for (const auto &[target, d] : std::as_const(m_proxyPasses)) {
        if (!r.lab.findUpstream(target))
            fail(*d, NginxImporter::tr("host not found in upstream \"%1\"").arg(target));
    }
}

void Importer::http(const NginxDirective &h)
{
    for (const NginxDirective &d : h.block) {
        if (d.name == u"upstream" && d.hasBlock)
            upstream(d);
        else if (d.name == u"server" && d.hasBlock)
            continue; // after the http-level settings are known
        else if (setting(d, m_http))
            continue;
        else if (httpHarmless.contains(d.name))
            note(d, NginxImporter::tr("\"%1\" is accepted and ignored").arg(d.name));
        else if (d.name == u"map" && d.args == QStringList{u"$http_upgrade"_s, u"$connection_upgrade"_s})
            note(d, NginxImporter::tr("the upgrade map is built in: the lab passes Upgrade requests through"));
        else if (d.name == u"set_real_ip_from" && needArgs(d, 1, 1))
            m_http.realIpFrom.append(d.args.first());
        else if (d.name == u"real_ip_header" && needArgs(d, 1, 1))
            m_http.realIpHeader = d.args.first();
        else if (d.name == u"real_ip_recursive" && needArgs(d, 1, 1))
            m_http.realIpRecursive = d.args.first() == u"on";
        else
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
    }
    for (const NginxDirective &d : h.block) {
        if (d.name == u"server" && d.hasBlock)
            server(d);
    }
}

void Importer::upstream(const NginxDirective &u)
{
    if (!needArgs(u, 1, 1))
        return;
    UpstreamGroup g;
    g.name = u.args.first();
    g.keepalive = 0; // nginx 1.22: no keepalive unless configured
    bool keepaliveSeen = false;
    bool methodSeen = false;
    for (const NginxDirective &d : u.block) {
        const bool isMethod = d.name == u"least_conn" || d.name == u"ip_hash" || d.name == u"hash" || d.name == u"random"
                              || d.name == u"least_time";
        if (isMethod) {
            if (methodSeen)
                warn(d, NginxImporter::tr("load balancing method redefined"));
            if (keepaliveSeen) {
                // nginx 1.22: a method after keepalive replaces it; keepalive is off.
                warn(d, NginxImporter::tr("load balancing method redefined: in nginx 1.22 a method after \"keepalive\" "
                                          "turns keepalive off (put the method first)"));
                g.keepalive = 0;
            }
            methodSeen = true;
        }
        if (d.name == u"server") {
            if (d.args.isEmpty()) {
                fail(d, NginxImporter::tr("invalid number of arguments in \"server\" directive"));
                continue;
            }
            UpstreamServer s;
            s.address = d.args.first();
            if (s.address.startsWith(u"unix:"_s))
                fail(d, NginxImporter::tr("unix sockets are not supported by the lab: \"%1\"").arg(s.address));
            else if (!HostPort::parse(s.address))
                fail(d, NginxImporter::tr("the lab needs an IP address (or localhost) with a port, not \"%1\"").arg(s.address));
            for (const QString &param : d.args.mid(1)) {
                const QString key = param.section(u'=', 0, 0);
                const QString value = param.section(u'=', 1);
                bool ok = true;
                if (key == u"weight")
                    s.weight = value.toInt(&ok);
                else if (key == u"max_fails")
                    s.maxFails = value.toInt(&ok);
                else if (key == u"max_conns")
                    s.maxConns = value.toInt(&ok);
                else if (key == u"fail_timeout") {
                    const auto ms = Units::parseDurationMs(value);
                    ok = ms && *ms % 1000 == 0;
                    if (ok)
                        s.failTimeoutSec = int(*ms / 1000);
                } else if (param == u"backup") {
                    if (methodSeen && g.method != BalancingMethod::RoundRobin && g.method != BalancingMethod::LeastConn)
                        fail(d, NginxImporter::tr("balancing method does not support parameter \"backup\""));
                    s.backup = true;
                } else if (param == u"down")
                    s.down = true;
                else if (key == u"slow_start") {
                    const auto ms = Units::parseDurationMs(value);
                    ok = ms && *ms % 1000 == 0;
                    if (ok)
                        s.slowStartSec = int(*ms / 1000);
                    note(d, NginxImporter::tr("\"slow_start\" is NGINX Plus only (open source rejects it); the lab simulates it"));
                } else if (param == u"drain") {
                    s.drain = true;
                    note(d, NginxImporter::tr("\"drain\" is NGINX Plus only (open source rejects it); the lab simulates it"));
                } else if (plusOnlyServerParams.contains(key))
                    warn(d, NginxImporter::tr("\"%1\" is NGINX Plus only (nginx 1.22 open source rejects it); ignored").arg(key));
                else
                    fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(param));
                if (ok && ((key == u"weight" && !LabLimits::Weight.contains(s.weight)) || (key == u"max_fails" && s.maxFails < 0)
                           || (key == u"max_conns" && s.maxConns < 0)))
                    ok = false;
                if (!ok)
                    fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(param)
                                + (key == u"weight" ? NginxImporter::tr(" (the lab takes weights %1)")
                                                          .arg(LabValidator::rangeText(LabLimits::Weight))
                                                    : QString()));
            }
            // The exporter writes the lab's name for the server and its Plus parameters after it.
            ExportComment::readServerNote(d.trailingComment, &s);
            g.servers.append(s);
        } else if (d.name == u"least_conn") {
            g.method = BalancingMethod::LeastConn;
        } else if (d.name == u"ip_hash") {
            g.method = BalancingMethod::IpHash;
        } else if (d.name == u"hash" && needArgs(d, 1, 2)) {
            g.method = BalancingMethod::Hash;
            g.hashKey = d.args.first();
            g.hashConsistent = d.args.size() == 2;
            if (d.args.size() == 2 && d.args[1] != u"consistent")
                fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(d.args[1]));
        } else if (d.name == u"random" && needArgs(d, 0, 2)) {
            g.method = BalancingMethod::Random;
            g.randomTwo = !d.args.isEmpty();
            if (!d.args.isEmpty() && d.args[0] != u"two")
                fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(d.args[0]));
            if (d.args.size() == 2) {
                if (d.args[1] == u"least_conn")
                    g.randomLeastConn = true;
                else
                    fail(d, NginxImporter::tr("invalid parameter \"%1\" (nginx 1.22 open source knows least_conn)").arg(d.args[1]));
            }
        } else if (d.name == u"keepalive" && needArgs(d, 1, 1)) {
            bool ok = false;
            g.keepalive = d.args.first().toInt(&ok);
            keepaliveSeen = true;
            if (!ok || g.keepalive < 1)
                fail(d, NginxImporter::tr("invalid value \"%1\" in \"keepalive\"").arg(d.args.first()));
        } else if (d.name == u"zone") {
            note(d, NginxImporter::tr("\"zone\" is implied: the lab always shares balancing state between workers"));
        } else if (d.name == u"keepalive_timeout" || d.name == u"keepalive_requests" || d.name == u"keepalive_time") {
            warn(d, NginxImporter::tr("\"%1\" in an upstream is not modelled; the lab keeps idle upstream connections "
                                      "60s and for up to keepalive_requests requests").arg(d.name));
        } else if (d.name == u"least_time" && !d.args.isEmpty()) {
            g.method = BalancingMethod::LeastTime;
            g.leastTimeLastByte = d.args.first() == u"last_byte";
            note(d, NginxImporter::tr("\"least_time\" is NGINX Plus only in 1.22; the lab simulates it"));
        } else if (plusOnlyUpstream.contains(d.name)) {
            warn(d, NginxImporter::tr("\"%1\" is NGINX Plus only in 1.22; ignored").arg(d.name));
        } else {
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
        }
    }
    // The export's health check and Plus-only method travel as structured comments.
    for (const QString &comment : u.innerComments) {
        if (const std::optional<bool> lastByte = ExportComment::parseLeastTime(comment)) {
            g.method = BalancingMethod::LeastTime;
            g.leastTimeLastByte = *lastByte;
        } else if (const std::optional<HealthCheck> check = ExportComment::parseHealthCheck(comment)) {
            g.healthCheck = *check;
        }
    }
    if (r.lab.findUpstream(g.name))
        fail(u, NginxImporter::tr("duplicate upstream \"%1\"").arg(g.name));
    r.lab.upstreams.append(g);
}

void Importer::server(const NginxDirective &srv)
{
    Listener listener;
    listener.port = 80;
    bool listenSeen = false;
    const NginxDirective *serverReturn = nullptr;
    ProxySettings settings = m_http;
    for (const NginxDirective &d : srv.block) {
        if (setting(d, settings))
            continue;
    }
    for (const NginxDirective &d : srv.block) {
        if (d.name == u"listen" && !d.args.isEmpty()) {
            if (listenSeen) {
                warn(d, NginxImporter::tr("more than one \"listen\" in a server: the lab uses the first"));
                continue;
            }
            listenSeen = true;
            QString address = d.args.first();
            if (address.startsWith(u"unix:")) {
                fail(d, NginxImporter::tr("unix sockets are not supported by the lab"));
                continue;
            }
            bool portOnly = false;
            address.toInt(&portOnly);
            if (portOnly) {
                listener.port = address.toInt();
                listener.address = u"127.0.0.1"_s;
                warn(d, NginxImporter::tr("nginx listens on all addresses here; the lab binds 127.0.0.1 (loopback) — "
                                          "change the listener to expose it"));
            } else {
                const auto hp = HostPort::parse(address, 80);
                if (!hp) {
                    fail(d, NginxImporter::tr("invalid listen address \"%1\"").arg(address));
                    continue;
                }
                listener.port = hp->port;
                listener.address = hp->address.toString();
            }
            if (const int limit = ExportComment::parseListenerNote(d.trailingComment))
                listener.maxConnections = limit;
            for (const QString &param : d.args.mid(1)) {
                if (param == u"default_server" || param == u"default" || param.startsWith(u"backlog=")
                    || param == u"reuseport" || param.startsWith(u"so_keepalive=") || param.startsWith(u"rcvbuf=")
                    || param.startsWith(u"sndbuf=") || param.startsWith(u"ipv6only=") || param == u"deferred"
                    || param == u"bind" || param.startsWith(u"fastopen="))
                    note(d, NginxImporter::tr("listen parameter \"%1\" is accepted and ignored").arg(param));
                else
                    warn(d, NginxImporter::tr("listen parameter \"%1\" is not supported (plain HTTP/1.1 only)").arg(param));
            }
        } else if (d.name == u"location" && d.hasBlock) {
            continue;
        } else if (d.name == u"return" && needArgs(d, 1, 2)) {
            if (!serverReturn)
                serverReturn = &d; // the first one answers, as in nginx
        } else if (d.name == u"server_name") {
            note(d, NginxImporter::tr("\"server_name\" is ignored: each lab listener has one server"));
        } else if (settingNames().contains(d.name)) {
            continue; // applied with the settings
        } else if (httpHarmless.contains(d.name)) {
            note(d, NginxImporter::tr("\"%1\" is accepted and ignored").arg(d.name));
        } else {
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
        }
    }
    if (serverReturn) {
        // A server-level return answers every request before any location is
        // looked at: one "/" location that returns does the same.
        const std::optional<Route> route = returnRoute(*serverReturn, u"/"_s, false);
        if (route)
            listener.routes.append(*route);
        for (const NginxDirective &d : srv.block) {
            if (d.name == u"location" && d.hasBlock)
                note(d, NginxImporter::tr("the server's return (line %1) answers first; this location is never used")
                            .arg(serverReturn->line));
        }
    } else {
        for (const NginxDirective &d : srv.block) {
            if (d.name == u"location" && d.hasBlock)
                location(d, listener, settings);
        }
    }
    for (const Listener &l : std::as_const(r.lab.listeners)) {
        if (l.address == listener.address && l.port == listener.port) {
            warn(srv, NginxImporter::tr("another server on %1:%2 (server_name routing is not modelled); skipped")
                          .arg(listener.address).arg(listener.port));
            return;
        }
    }
    r.lab.listeners.append(listener);
}

std::optional<Route> Importer::returnRoute(const NginxDirective &d, const QString &location, bool exact)
{
    // return CODE [TEXT] | return CODE URL | return URL (a 302).
    Route route = Route::returning(location, 0, {}, exact);
    bool ok = false;
    const int code = d.args.first().toInt(&ok);
    if (ok && LabLimits::ReturnStatus.contains(code)) {
        route.returnStatus = code;
        route.returnText = d.args.value(1);
    } else if (d.args.size() == 1
               && (d.args.first().startsWith(u"http://") || d.args.first().startsWith(u"https://")
                   || d.args.first().startsWith(u"$scheme"))) {
        route.returnStatus = 302;
        route.returnText = d.args.first();
    } else {
        fail(d, NginxImporter::tr("invalid return code \"%1\"").arg(d.args.first()));
        return std::nullopt;
    }
    return route;
}

void Importer::location(const NginxDirective &loc, Listener &listener, const ProxySettings &serverSettings)
{
    QString prefix;
    bool exact = false;
    if (loc.args.size() == 1 && loc.args.first().startsWith(u'=') && loc.args.first().size() > 1) {
        prefix = loc.args.first().mid(1); // "=/healthz", as nginx also accepts
        exact = true;
    } else if (loc.args.size() == 1) {
        prefix = loc.args.first();
    } else if (loc.args.size() == 2 && loc.args.first() == u"^~") {
        prefix = loc.args[1];
        note(loc, NginxImporter::tr("\"^~\" only matters against regular-expression locations, which the lab does not "
                                    "model; \"%1\" is a prefix location").arg(prefix));
    } else if (loc.args.size() == 2 && loc.args.first() == u"=") {
        prefix = loc.args[1];
        exact = true;
    } else {
        warn(loc, NginxImporter::tr("regular-expression and named locations are not modelled; \"%1\" skipped")
                      .arg(loc.args.join(u' ')));
        return;
    }
    if (prefix.startsWith(u'@') || prefix.startsWith(u'~')) {
        warn(loc, NginxImporter::tr("location \"%1\" is not a prefix; skipped").arg(prefix));
        return;
    }
    ProxySettings settings = serverSettings;
    QString group;
    QString proxyUri;
    const NginxDirective *returned = nullptr;
    QList<const NginxDirective *> healthChecks;
    for (const NginxDirective &d : loc.block) {
        if (setting(d, settings))
            continue;
        if (d.name == u"return" && needArgs(d, 1, 2)) {
            if (!returned)
                returned = &d; // like nginx, the first return answers
        } else if (d.name == u"proxy_pass" && needArgs(d, 1, 1)) {
            group = groupFor(d, d.args.first(), &proxyUri);
        } else if (d.name == u"health_check") {
            healthChecks.append(&d);
        } else if (d.name == u"location") {
            warn(d, NginxImporter::tr("nested locations are not modelled; skipped"));
        } else if (httpHarmless.contains(d.name)) {
            note(d, NginxImporter::tr("\"%1\" is accepted and ignored").arg(d.name));
        } else {
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
        }
    }
    if (returned) {
        const std::optional<Route> route = returnRoute(*returned, prefix, exact);
        if (!route)
            return;
        if (!group.isEmpty())
            note(*returned, NginxImporter::tr("return answers before proxy_pass is reached; the location returns"));
        listener.routes.append(*route);
        return;
    }
    if (group.isEmpty()) {
        warn(loc, NginxImporter::tr("location \"%1\" does not proxy_pass to an upstream; skipped").arg(prefix));
        return;
    }
    adoptSettings(loc, settings);
    Route route = Route::proxyTo(prefix, group);
    route.exact = exact;
    route.proxyUri = proxyUri;
    listener.routes.append(route);
    for (const NginxDirective *d : std::as_const(healthChecks)) {
        // NGINX Plus health_check: the lab simulates it on the proxied group.
        UpstreamGroup *g = nullptr;
        for (UpstreamGroup &candidate : r.lab.upstreams) {
            if (candidate.name == group)
                g = &candidate;
        }
        if (!g)
            continue;
        g->healthCheck.enabled = true;
        for (const QString &param : d->args) {
            const QString key = param.section(u'=', 0, 0);
            const QString value = param.section(u'=', 1);
            if (key == u"interval")
                g->healthCheck.intervalMs = int(Units::parseDurationMs(value).value_or(5000));
            else if (key == u"passes")
                g->healthCheck.passes = value.toInt();
            else if (key == u"fails")
                g->healthCheck.fails = value.toInt();
            else if (key == u"uri")
                g->healthCheck.uri = value;
            else if (key == u"match")
                note(*d, NginxImporter::tr("health_check match blocks are not read; the lab expects a 2xx or 3xx status"));
        }
        note(*d, NginxImporter::tr("\"health_check\" is NGINX Plus only; the lab simulates it for \"%1\"").arg(group));
    }
}

QString Importer::groupFor(const NginxDirective &d, const QString &target, QString *uri)
{
    if (!target.startsWith(u"http://")) {
        fail(d, NginxImporter::tr("only http:// upstreams are supported, not \"%1\"").arg(target));
        return {};
    }
    QString rest = target.mid(7);
    if (rest.contains(u'$')) {
        fail(d, NginxImporter::tr("proxy_pass with variables is not supported"));
        return {};
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        // The URI part replaces the matched part of the location, as in nginx.
        if (uri)
            *uri = rest.mid(slash);
        rest.truncate(slash);
    }
    if (!rest.contains(u':') || rest.startsWith(u'[')) {
        m_proxyPasses.append({rest, &d});
        if (!rest.startsWith(u'['))
            return rest; // an upstream block (checked once all are read)
    }
    // proxy_pass http://ADDRESS: nginx's implicit upstream (one server, no keepalive).
    const auto hp = HostPort::parse(rest);
    if (!hp) {
        fail(d, NginxImporter::tr("host not found in upstream \"%1\"").arg(rest));
        return {};
    }
    QString name = rest;
    name.replace(u':', u'_').remove(u'[').remove(u']');
    if (!r.lab.findUpstream(name)) {
        UpstreamGroup g;
        g.name = name;
        g.keepalive = 0;
        UpstreamServer s;
        s.address = rest;
        s.name = rest;
        g.servers.append(s);
        r.lab.upstreams.append(g);
        note(d, NginxImporter::tr("proxy_pass to an address becomes the one-server upstream \"%1\"").arg(name));
    }
    m_proxyPasses.removeIf([&](const auto &p) { return p.second == &d; });
    return name;
}

void Importer::adoptSettings(const NginxDirective &where, const ProxySettings &p)
{
    ProxySettings candidate = p;
    candidate.workers = r.lab.proxy.workers;
    if (!m_haveSettings) {
        r.lab.proxy = candidate;
        m_haveSettings = true;
        return;
    }
    if (!(candidate == r.lab.proxy))
        warn(where, NginxImporter::tr("this location's proxy settings differ from an earlier one's; the lab uses one "
                                      "set for all locations (the first)"));
}

bool Importer::setting(const NginxDirective &d, ProxySettings &p)
{
    const QString &n = d.name;
    auto time = [&](int *out) {
        if (needArgs(d, 1, 2) && !parseTime(d.args.first(), out))
            fail(d, NginxImporter::tr("invalid value \"%1\" in \"%2\"").arg(d.args.first(), n));
    };
    if (n == u"proxy_connect_timeout")
        time(&p.connectTimeoutMs);
    else if (n == u"proxy_send_timeout")
        time(&p.sendTimeoutMs);
    else if (n == u"proxy_read_timeout")
        time(&p.readTimeoutMs);
    else if (n == u"client_header_timeout")
        time(&p.clientHeaderTimeoutMs);
    else if (n == u"client_body_timeout")
        time(&p.clientBodyTimeoutMs);
    else if (n == u"keepalive_timeout")
        time(&p.keepaliveTimeoutMs);
    else if (n == u"proxy_next_upstream_timeout")
        time(&p.nextUpstreamTimeoutMs);
    else if (n == u"keepalive_requests" || n == u"proxy_next_upstream_tries") {
        bool ok = false;
        const int v = needArgs(d, 1, 1) ? d.args.first().toInt(&ok) : 0;
        if (!ok)
            fail(d, NginxImporter::tr("invalid value in \"%1\"").arg(n));
        (n == u"keepalive_requests" ? p.keepaliveRequests : p.nextUpstreamTries) = v;
    } else if (n == u"client_max_body_size") {
        const auto size = needArgs(d, 1, 1) ? Units::parseSize(d.args.first()) : std::nullopt;
        if (!size)
            fail(d, NginxImporter::tr("invalid value in \"%1\"").arg(n));
        else
            p.clientMaxBodySize = *size;
    } else if (n == u"large_client_header_buffers") {
        bool ok = false;
        const int number = needArgs(d, 2, 2) ? d.args[0].toInt(&ok) : 0;
        const auto size = ok ? Units::parseSize(d.args[1]) : std::nullopt;
        if (!size || number < 1)
            fail(d, NginxImporter::tr("invalid value in \"%1\"").arg(n));
        else {
            p.maxUriLength = int(*size);
            p.maxHeaderSize = int(*size) * number;
        }
    } else if (n == u"proxy_next_upstream") {
        quint32 mask = 0;
        for (const QString &w : d.args) {
            if (w == u"off")
                mask = 0;
            else if (const quint32 flag = NextUpstreamConditions::flag(w))
                mask |= flag;
            else if (w == u"updating")
                note(d, NginxImporter::tr("\"updating\" only matters with a cache; ignored"));
            else
                fail(d, NginxImporter::tr("invalid value \"%1\" in \"proxy_next_upstream\"").arg(w));
        }
        p.nextUpstream = d.args.contains(u"off"_s) ? 0 : mask;
    } else if (n == u"proxy_set_header") {
        if (!needArgs(d, 2, 2))
            return true;
        const QString header = d.args[0].toLower();
        const QString value = d.args[1];
        if (header == u"host" && value == u"$host")
            p.passClientHost = true;
        else if (header == u"host" && value == u"$proxy_host")
            p.passClientHost = false;
        else if ((header == u"connection" && (value.isEmpty() || value == u"$connection_upgrade" || value == u"upgrade"))
                 || (header == u"upgrade" && value == u"$http_upgrade") || (header == u"x-real-ip" && value == u"$remote_addr")
                 || (header == u"x-forwarded-for" && value == u"$proxy_add_x_forwarded_for")
                 || (header == u"x-forwarded-proto" && value == u"$scheme"))
            ; // what the lab always does
        else
            warn(d, NginxImporter::tr("proxy_set_header %1 \"%2\" is not modelled (the lab sends Host, X-Real-IP, "
                                      "X-Forwarded-For and X-Forwarded-Proto)").arg(d.args[0], value));
    } else if (n == u"proxy_http_version") {
        if (needArgs(d, 1, 1) && d.args.first() != u"1.1")
            warn(d, NginxImporter::tr("the lab always speaks HTTP/1.1 with keep-alive to upstreams"));
    } else if (n == u"add_header") {
        if (d.args.size() >= 2 && d.args[0].compare(u"X-Upstream-Addr"_s, Qt::CaseInsensitive) == 0
            && d.args[1] == u"$upstream_addr")
            p.upstreamNameHeader = true; // the export's stand-in for X-Upstream-Name
        else
            warn(d, NginxImporter::tr("\"add_header\" is not modelled; ignored"));
    } else {
        return false;
    }
    return true;
}

} // namespace

NginxImportResult NginxImporter::importParsed(const NginxParseResult &parsed, const QString &fileName)
{
    NginxImportResult result;
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    Importer importer(&result);
    importer.run(parsed, fileName);
    result.error = importer.error();
    if (result.error.isEmpty()) {
        // The lab's own rules (nginx's, where nginx has them), by JSON path.
        QStringList lines;
        for (const ConfigIssue &issue : LabValidator::validate(result.lab))
            lines.append(u"%1: %2"_s.arg(fileName, issue.toString()));
        result.error = lines.join(u'\n');
    }
    result.ok = result.error.isEmpty();
    return result;
}

NginxImportResult NginxImporter::importText(const QString &text, const QString &fileName)
{
    return importParsed(NginxConfParser::parseText(text, fileName), fileName);
}

NginxImportResult NginxImporter::importFile(const QString &fileName)
{
    return importParsed(NginxConfParser::parseFile(fileName), fileName);
}
