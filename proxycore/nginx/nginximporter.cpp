#include "nginximporter.h"

#include "config/hostport.h"
#include "config/labjson.h"
#include "config/labvalidator.h"
#include "config/units.h"
#include "exportcomment.h"
#include "routing/servername.h"

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
        u"proxy_next_upstream"_s, u"proxy_http_version"_s};
    return names;
}

// The header directives, inherited level by level (HeaderRules).
const QSet<QString> headerRuleNames = {u"proxy_set_header"_s, u"add_header"_s, u"proxy_hide_header"_s,
                                       u"proxy_pass_header"_s, u"proxy_redirect"_s};

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
        r.lab.proxy.upstreamNameHeader = false; // on only with the export's add_header line
        r.lab.proxy.headers = {};
        m_http.upstreamNameHeader = false;
        m_http.headers = {};
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
    std::optional<Route> returnRoute(const NginxDirective &d, const QString &location, LocationMatch match);
    bool setting(const NginxDirective &d, ProxySettings &p);
    bool headerRule(const NginxDirective &d, HeaderRules &rules);
    bool rewrite(const NginxDirective &d, QList<RewriteRule> &rules);
    void listen(const NginxDirective &d, Listener &listener, bool first);
    void adoptSettings(const NginxDirective &where, const ProxySettings &p);
    QString groupFor(const NginxDirective &d, const QString &target, QString *uri = nullptr);

    NginxImportResult &r;
    QString m_error;
    ProxySettings m_http;
    HeaderRules m_httpHeaders;
    bool m_upstreamNameHeader = false;
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
    r.lab.proxy.headers = m_httpHeaders;
    r.lab.proxy.upstreamNameHeader = m_upstreamNameHeader;
}

void Importer::http(const NginxDirective &h)
{
    for (const NginxDirective &d : h.block) {
        if (d.name == u"upstream" && d.hasBlock)
            upstream(d);
        else if (d.name == u"server" && d.hasBlock)
            continue; // after the http-level settings are known
        else if (headerRule(d, m_httpHeaders))
            continue;
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

void Importer::listen(const NginxDirective &d, Listener &listener, bool first)
{
    ListenAddress listen;
    listen.port = 80;
    QString address = d.args.first();
    if (address.startsWith(u"unix:")) {
        fail(d, NginxImporter::tr("unix sockets are not supported by the lab"));
        return;
    }
    bool portOnly = false;
    address.toInt(&portOnly);
    if (portOnly || address.startsWith(u"*:")) {
        // nginx listens on every IPv4 address; a lab stays on loopback until you widen it.
        listen.port = address.section(u':', -1).toInt();
        listen.address = u"127.0.0.1"_s;
        note(d, NginxImporter::tr("nginx listens on all addresses here; the lab binds 127.0.0.1 (loopback) — "
                                  "change the listener to expose it"));
    } else {
        const auto hp = HostPort::parse(address, 80);
        if (!hp) {
            fail(d, NginxImporter::tr("invalid listen address \"%1\"").arg(address));
            return;
        }
        listen.port = hp->port;
        listen.address = hp->address.toString();
        if (hp->address == QHostAddress(QHostAddress::AnyIPv6) && address.startsWith(u'[')) {
            listen.address = u"::1"_s;
            note(d, NginxImporter::tr("nginx listens on all IPv6 addresses here; the lab binds ::1 (loopback) — "
                                      "change the listener to expose it"));
        }
    }
    if (const int limit = ExportComment::parseListenerNote(d.trailingComment))
        listener.maxConnections = limit;
    for (const QString &param : d.args.mid(1)) {
        if (param == u"default_server" || param == u"default")
            listen.defaultServer = true;
        else if (param.startsWith(u"backlog=") || param == u"reuseport" || param.startsWith(u"so_keepalive=")
                 || param.startsWith(u"rcvbuf=") || param.startsWith(u"sndbuf=") || param.startsWith(u"ipv6only=")
                 || param == u"deferred" || param == u"bind" || param.startsWith(u"fastopen="))
            note(d, NginxImporter::tr("listen parameter \"%1\" is accepted and ignored").arg(param));
        else
            warn(d, NginxImporter::tr("listen parameter \"%1\" is not supported (plain HTTP/1.1 only)").arg(param));
    }
    for (const ListenAddress &existing : listener.listens()) {
        if (!first && existing.address == listen.address && existing.port == listen.port) {
            fail(d, NginxImporter::tr("duplicate listen %1:%2").arg(listen.address).arg(listen.port));
            return;
        }
    }
    if (first) {
        listener.address = listen.address;
        listener.port = listen.port;
        listener.defaultServer = listen.defaultServer;
    } else {
        listener.moreListens.append(listen);
    }
}

void Importer::server(const NginxDirective &srv)
{
    Listener listener;
    listener.port = 80; // nginx without listen: *:80
    bool listenSeen = false;
    const NginxDirective *serverReturn = nullptr;
    const NginxDirective *flaggedRewrite = nullptr;
    ProxySettings settings = m_http;
    for (const NginxDirective &d : srv.block) {
        if (setting(d, settings))
            continue;
    }
    for (const NginxDirective &d : srv.block) {
        if (d.name == u"listen" && !d.args.isEmpty()) {
            listen(d, listener, !listenSeen);
            listenSeen = true;
        } else if (d.name == u"location" && d.hasBlock) {
            continue;
        } else if (d.name == u"return" && needArgs(d, 1, 2)) {
            if (!serverReturn)
                serverReturn = &d; // the first one answers, as in nginx
        } else if (d.name == u"rewrite") {
            if (serverReturn) {
                note(d, NginxImporter::tr("the server's return (line %1) answers first; this rewrite is never used")
                            .arg(serverReturn->line));
            } else if (rewrite(d, listener.rewrites) && listener.rewrites.last().flag != RewriteRule::Flag::None) {
                flaggedRewrite = &d;
            }
        } else if (d.name == u"server_name") {
            for (const QString &name : d.args) {
                QString error;
                if (name.compare(u"$hostname"_s, Qt::CaseInsensitive) == 0)
                    warn(d, NginxImporter::tr("\"$hostname\" (this machine's name) is not modelled; ignored"));
                else if (!ServerName::parse(name, &error))
                    fail(d, error);
                else if (!listener.serverNames.contains(name))
                    listener.serverNames.append(name);
            }
        } else if (headerRule(d, listener.headers) || settingNames().contains(d.name)) {
            continue; // settings were applied above
        } else if (httpHarmless.contains(d.name)) {
            note(d, NginxImporter::tr("\"%1\" is accepted and ignored").arg(d.name));
        } else {
            warn(d, NginxImporter::tr("\"%1\" is not modelled; ignored").arg(d.name));
        }
    }
    if (serverReturn) {
        // A server-level return answers every request before any location is
        // looked at: one "/" location that returns does the same.
        const std::optional<Route> route = returnRoute(*serverReturn, u"/"_s, LocationMatch::Prefix);
        if (route)
            listener.routes.append(*route);
        if (flaggedRewrite)
            warn(*flaggedRewrite, NginxImporter::tr("a server-level rewrite with a flag stops before the server's return "
                                                    "in nginx; the lab's server answers with the return for every URI"));
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
    r.lab.listeners.append(listener);
}

std::optional<Route> Importer::returnRoute(const NginxDirective &d, const QString &location, LocationMatch match)
{
    // return CODE [TEXT] | return CODE URL | return URL (a 302).
    Route route = Route::returning(location, 0, {});
    route.match = match;
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
    // location [=|~|~*|^~] NAME, the modifier also written against the name ("=/x", "~*\.png$").
    QString name;
    LocationMatch match = LocationMatch::Prefix;
    if (loc.args.size() == 2) {
        const std::optional<LocationMatch> m = Route::matchFromModifier(loc.args[0]);
        if (!m || *m == LocationMatch::Prefix) {
            fail(loc, NginxImporter::tr("invalid location modifier \"%1\"").arg(loc.args[0]));
            return;
        }
        match = *m;
        name = loc.args[1];
    } else if (loc.args.size() == 1) {
        name = loc.args[0];
        if (name.startsWith(u'=') && name.size() > 1) {
            match = LocationMatch::Exact;
            name = name.mid(1);
        } else if (name.startsWith(u"^~") && name.size() > 2) {
            match = LocationMatch::PrefixNoRegex;
            name = name.mid(2);
        } else if (name.startsWith(u"~*") && name.size() > 2) {
            match = LocationMatch::RegexCaseless;
            name = name.mid(2);
        } else if (name.startsWith(u'~') && name.size() > 1) {
            match = LocationMatch::Regex;
            name = name.mid(1);
        }
    } else {
        fail(loc, NginxImporter::tr("invalid number of arguments in \"location\" directive"));
        return;
    }
    if (name.startsWith(u'@')) {
        warn(loc, NginxImporter::tr("named locations (\"%1\") are only reached by try_files and error_page, which the "
                                    "lab does not model; skipped").arg(name));
        return;
    }
    ProxySettings settings = serverSettings;
    Route route;
    route.location = name;
    route.match = match;
    QString group;
    QString proxyUri;
    const NginxDirective *returned = nullptr;
    const NginxDirective *proxyPass = nullptr;
    QList<const NginxDirective *> healthChecks;
    for (const NginxDirective &d : loc.block) {
        if (setting(d, settings) || headerRule(d, route.headers))
            continue;
        if (d.name == u"return" && needArgs(d, 1, 2)) {
            if (!returned)
                returned = &d; // like nginx, the first return answers
        } else if (d.name == u"rewrite") {
            if (returned)
                note(d, NginxImporter::tr("the return on line %1 answers first; this rewrite is never used").arg(returned->line));
            else
                rewrite(d, route.rewrites);
        } else if (d.name == u"proxy_pass" && needArgs(d, 1, 1)) {
            proxyPass = &d;
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
        const std::optional<Route> answer = returnRoute(*returned, name, match);
        if (!answer)
            return;
        if (!group.isEmpty())
            note(*returned, NginxImporter::tr("return answers before proxy_pass is reached; the location returns"));
        route.returnStatus = answer->returnStatus;
        route.returnText = answer->returnText;
        listener.routes.append(route);
        return;
    }
    if (group.isEmpty() && route.rewrites.isEmpty()) {
        warn(loc, NginxImporter::tr("location \"%1\" does not proxy_pass to an upstream; skipped").arg(name));
        return;
    }
    if (route.isRegex() && !proxyUri.isEmpty() && !proxyUri.contains(u'$') && proxyPass) {
        fail(*proxyPass, NginxImporter::tr("\"proxy_pass\" cannot have URI part in location given by regular expression"));
        return;
    }
    if (!group.isEmpty())
        adoptSettings(loc, settings);
    route.upstream = group;
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

bool Importer::rewrite(const NginxDirective &d, QList<RewriteRule> &rules)
{
    if (!needArgs(d, 2, 3))
        return false;
    RewriteRule rule;
    rule.regex = d.args[0];
    rule.replacement = d.args[1];
    if (d.args.size() == 3) {
        const std::optional<RewriteRule::Flag> flag = RewriteRule::flagFromName(d.args[2]);
        if (!flag || *flag == RewriteRule::Flag::None) {
            fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(d.args[2]));
            return false;
        }
        rule.flag = *flag;
    }
    rules.append(rule);
    return true;
}

bool Importer::headerRule(const NginxDirective &d, HeaderRules &rules)
{
    if (!headerRuleNames.contains(d.name))
        return false;
    if (d.name == u"proxy_set_header") {
        if (needArgs(d, 2, 2))
            rules.proxySetHeader.append({d.args[0], d.args[1], false});
    } else if (d.name == u"add_header") {
        if (!needArgs(d, 2, 3))
            return true;
        if (d.args.size() == 3 && d.args[2] != u"always") {
            fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(d.args[2]));
            return true;
        }
        if (d.args[0].compare(u"X-Upstream-Addr"_s, Qt::CaseInsensitive) == 0 && d.args[1] == u"$upstream_addr") {
            m_upstreamNameHeader = true; // the export's stand-in for X-Upstream-Name
            return true;
        }
        rules.addHeader.append({d.args[0], d.args[1], d.args.size() == 3});
    } else if (d.name == u"proxy_hide_header") {
        if (needArgs(d, 1, 1))
            rules.proxyHideHeader.append(d.args[0]);
    } else if (d.name == u"proxy_pass_header") {
        if (needArgs(d, 1, 1))
            rules.proxyPassHeader.append(d.args[0]);
    } else if (d.name == u"proxy_redirect") {
        if (needArgs(d, 1, 2)) {
            if (d.args.size() == 1 && d.args[0] != u"default" && d.args[0] != u"off")
                fail(d, NginxImporter::tr("invalid parameter \"%1\"").arg(d.args[0]));
            else if (d.args.size() == 2 && (d.args[0].contains(u' ') || d.args[1].contains(u' ')))
                warn(d, NginxImporter::tr("proxy_redirect with spaces is not modelled; ignored"));
            else
                rules.proxyRedirect.append(d.args.join(u' '));
        }
    }
    return true;
}

QString Importer::groupFor(const NginxDirective &d, const QString &target, QString *uri)
{
    if (!target.startsWith(u"http://")) {
        fail(d, NginxImporter::tr("only http:// upstreams are supported, not \"%1\"").arg(target));
        return {};
    }
    QString rest = target.mid(7);
    const qsizetype slash = rest.indexOf(u'/');
    if (rest.left(slash < 0 ? rest.size() : slash).contains(u'$')) {
        fail(d, NginxImporter::tr("proxy_pass with variables in the host is not supported (the URI part may use them)"));
        return {};
    }
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
    candidate.headers = r.lab.proxy.headers;           // header rules live at their own level
    candidate.upstreamNameHeader = r.lab.proxy.upstreamNameHeader;
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
    } else if (n == u"proxy_http_version") {
        if (needArgs(d, 1, 1) && d.args.first() != u"1.1")
            note(d, NginxImporter::tr("the lab always speaks HTTP/1.1 to upstreams; the Connection line decides "
                                      "whether a connection is kept"));
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
