#include "nginxexporter.h"

#include "config/labjson.h"
#include "config/units.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// nginx's string syntax: plain when safe, else double-quoted with escapes.
QString quoted(const QString &value)
{
    bool plain = !value.isEmpty();
    for (QChar c : value) {
        if (c.isSpace() || c == u';' || c == u'{' || c == u'}' || c == u'"' || c == u'\'' || c == u'\\' || c == u'#')
            plain = false;
    }
    if (plain)
        return value;
    QString out = u"\""_s;
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// return's text, always quoted, line breaks and tabs as nginx's escapes.
QString returnText(const QString &value)
{
    QString out = u"\""_s;
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else
            out += c;
    }
    return out + u'"';
}

// Text that goes into a "#" comment: one line, whatever a name contains.
QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out;
}

QString methodDirective(const UpstreamGroup &g)
{
    switch (g.method) {
    case BalancingMethod::RoundRobin: return {};
    case BalancingMethod::LeastConn: return u"least_conn;"_s;
    case BalancingMethod::IpHash: return u"ip_hash;"_s;
    case BalancingMethod::Hash:
        return u"hash %1%2;"_s.arg(quoted(g.hashKey), g.hashConsistent ? u" consistent"_s : QString());
    case BalancingMethod::Random:
        if (!g.randomTwo)
            return u"random;"_s;
        return g.randomLeastConn ? u"random two least_conn;"_s : u"random two;"_s;
    case BalancingMethod::LeastTime:
        return u"least_conn;"_s; // the nearest open-source method (least_time is NGINX Plus)
    }
    return {};
}

QString methodComment(const UpstreamGroup &g)
{
    switch (g.method) {
    case BalancingMethod::RoundRobin: return NginxExporter::tr("smooth weighted round robin (nginx's default: no directive)");
    case BalancingMethod::LeastConn: return NginxExporter::tr("fewest requests in flight per weight; ties by round robin");
    case BalancingMethod::IpHash: return NginxExporter::tr("client address (first three octets of IPv4) picks the server");
    case BalancingMethod::Hash:
        return g.hashConsistent ? NginxExporter::tr("ketama consistent hashing: few keys move when servers change")
                                : NginxExporter::tr("the key's CRC-32 picks a weight slot");
    case BalancingMethod::Random:
        return g.randomTwo ? NginxExporter::tr("two random servers, the less loaded wins") : NginxExporter::tr("weighted random");
    case BalancingMethod::LeastTime: {
        // The last line is read back by the importer: it stays out of the translated text.
        const QString mode = g.leastTimeLastByte ? u"last_byte"_s : u"header"_s;
        return NginxExporter::tr("NGINX Plus: least_time %1; (lowest average response time and fewest active\n"
                                 "connections). Open source has no timing-based method: least_conn is the nearest.")
                   .arg(mode)
            + u"\nupstreamlab-method least_time "_s + mode;
    }
    }
    return {};
}

void writeUpstream(QString &out, const UpstreamGroup &g, const QString &indent)
{
    out += indent + u"upstream %1 {\n"_s.arg(g.name);
    const QString in = indent + u"    "_s;
    for (const QString &line : methodComment(g).split(u'\n'))
        out += in + u"# "_s + line + u'\n';
    // The method comes before keepalive: in nginx 1.22 a balancing directive
    // after keepalive replaces it and keepalive is silently off.
    if (const QString method = methodDirective(g); !method.isEmpty())
        out += in + method + u'\n';
    // Shared counters, so every worker sees one balancing sequence (as the lab does).
    out += in + u"zone %1 64k;\n"_s.arg(g.name);
    int width = 0;
    QStringList lines;
    for (const UpstreamServer &s : g.servers) {
        QString line = u"server "_s + s.address;
        if (s.weight != 1)
            line += u" weight=%1"_s.arg(s.weight);
        if (s.maxFails != 1)
            line += u" max_fails=%1"_s.arg(s.maxFails);
        if (s.failTimeoutSec != 10)
            line += u" fail_timeout=%1"_s.arg(Units::formatDurationMs(qint64(s.failTimeoutSec) * 1000));
        if (s.maxConns != 0)
            line += u" max_conns=%1"_s.arg(s.maxConns);
        if (s.backup)
            line += u" backup"_s;
        if (s.down)
            line += u" down"_s;
        line += u';';
        width = qMax(width, int(line.size()));
        lines.append(line);
    }
    for (int i = 0; i < lines.size(); ++i) {
        const UpstreamServer &s = g.servers[i];
        // NGINX Plus parameters: nginx 1.22 open source rejects them, so they
        // travel as comments with the nearest open-source equivalent.
        QStringList plus;
        if (s.slowStartSec > 0) {
            plus.append(u"slow_start=%1"_s.arg(Units::formatDurationMs(qint64(s.slowStartSec) * 1000)));
            out += in + NginxExporter::tr("# NGINX Plus: slow_start ramps this server's weight up after it recovers; open\n")
                   + in + NginxExporter::tr("# source has no ramp (bring it back with a low weight and raise it by hand).\n");
        }
        if (s.drain) {
            plus.append(u"drain"_s);
            out += in + NginxExporter::tr("# NGINX Plus: drain sends no new requests to this server; in open source, mark it down.\n");
        }
        out += in + lines[i];
        QString comment;
        if (s.name != s.address || !plus.isEmpty())
            comment = commentText(s.name);
        if (!plus.isEmpty())
            comment += u" [plus: "_s + plus.join(u' ') + u']';
        if (!comment.isEmpty())
            out += QString(width - lines[i].size() + 2, u' ') + u"# "_s + comment;
        out += u'\n';
    }
    if (g.keepalive > 0)
        out += in + u"keepalive %1;\n"_s.arg(g.keepalive);
    if (g.healthCheck.enabled) {
        const HealthCheck &hc = g.healthCheck;
        const QString status = hc.statusMin == hc.statusMax ? QString::number(hc.statusMin)
                                                            : u"%1-%2"_s.arg(hc.statusMin).arg(hc.statusMax);
        out += in + NginxExporter::tr("# NGINX Plus active health check (open source has passive checks only:\n") + in
               + NginxExporter::tr("# max_fails and fail_timeout). In Plus, in the location: health_check\n") + in
               + u"#   interval=%1 passes=%2 fails=%3 uri=%4 match=%5_ok;  with  match %5_ok { status %6; }\n"_s.arg(
                   Units::formatDurationMs(hc.intervalMs), QString::number(hc.passes), QString::number(hc.fails),
                   commentText(hc.uri), g.name, status)
               + in + u"# upstreamlab-health-check interval=%1 passes=%2 fails=%3 uri=%4 status=%5\n"_s.arg(
                   Units::formatDurationMs(hc.intervalMs), QString::number(hc.passes), QString::number(hc.fails),
                   commentText(hc.uri), status);
    }
    out += indent + u"}\n"_s;
}

QString nextUpstreamText(quint32 mask)
{
    static const QList<QPair<quint32, const char *>> names = {
        {NextError, "error"},         {NextTimeout, "timeout"}, {NextInvalidHeader, "invalid_header"},
        {NextHttp500, "http_500"},    {NextHttp502, "http_502"}, {NextHttp503, "http_503"},
        {NextHttp504, "http_504"},    {NextHttp403, "http_403"}, {NextHttp404, "http_404"},
        {NextHttp429, "http_429"},    {NextNonIdempotent, "non_idempotent"}};
    QStringList words;
    for (const auto &[flag, name] : names) {
        if (mask & flag)
            words.append(QString::fromLatin1(name));
    }
    return words.isEmpty() ? u"off"_s : words.join(u' ');
}

// The header rules set at one level (an empty list inherits). The lab's
// X-Upstream-Name has nginx's nearest equivalent, X-Upstream-Addr: written at
// the http level and at every level with add_header lines of its own (which
// do not inherit the http level's).
void writeHeaderRules(QString &out, const HeaderRules &rules, const QString &indent, bool upstreamAddr, bool httpLevel)
{
    for (const HeaderLine &line : rules.proxySetHeader)
        out += indent + u"proxy_set_header %1 %2;\n"_s.arg(quoted(line.name), quoted(line.value));
    for (const HeaderLine &line : rules.addHeader)
        out += indent + u"add_header %1 %2%3;\n"_s.arg(quoted(line.name), quoted(line.value),
                                                      line.always ? u" always"_s : QString());
    if (upstreamAddr && (httpLevel || !rules.addHeader.isEmpty())) {
        if (httpLevel)
            out += indent + NginxExporter::tr("# The lab's X-Upstream-Name names the server; nginx knows only its address:\n");
        out += indent + u"add_header X-Upstream-Addr $upstream_addr always;\n"_s;
    }
    for (const QString &name : rules.proxyHideHeader)
        out += indent + u"proxy_hide_header %1;\n"_s.arg(quoted(name));
    for (const QString &name : rules.proxyPassHeader)
        out += indent + u"proxy_pass_header %1;\n"_s.arg(quoted(name));
    for (const QString &entry : rules.proxyRedirect) {
        QStringList words = entry.split(u' ', Qt::SkipEmptyParts);
        for (QString &word : words)
            word = quoted(word);
        out += indent + u"proxy_redirect %1;\n"_s.arg(words.join(u' '));
    }
}

void writeRewrites(QString &out, const QList<RewriteRule> &rules, const QString &indent)
{
    for (const RewriteRule &rule : rules) {
        const QString flag = RewriteRule::flagName(rule.flag);
        out += indent + u"rewrite %1 %2%3;\n"_s.arg(quoted(rule.regex), quoted(rule.replacement),
                                                   flag.isEmpty() ? QString() : u' ' + flag);
    }
}

QString duration(int ms)
{
    return Units::formatDurationMs(ms);
}

} // namespace

QString NginxExporter::exportLab(const LabConfig &lab, Scope scope)
{
    QString out;
    out += tr("# nginx configuration generated by Upstream Lab %1 from the lab \"%2\".\n")
               .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(UPSTREAMLAB_VERSION)
                                                                      : QCoreApplication::applicationVersion(),
                    commentText(lab.name));
    if (scope == Scope::UpstreamsOnly) {
        out += tr("# Upstream blocks only: paste them into the http { } block of your nginx.conf.\n");
        for (const UpstreamGroup &g : lab.upstreams) {
            out += u'\n';
            writeUpstream(out, g, QString());
        }
        return out;
    }

    const ProxySettings &p = lab.proxy;
    out += tr("# Target: nginx 1.22 open source. Check it with: nginx -t -c FILE\n");
    out += p.workers > 0 ? u"\nworker_processes %1;\n"_s.arg(p.workers) : u"\nworker_processes auto;\n"_s;
    if (!lab.backends.isEmpty()) {
        out += tr("# The lab's mock backends (Upstream Lab starts them; nginx ignores these lines):\n");
        for (const MockBackendConfig &b : lab.backends) {
            out += u"# upstreamlab-backend "_s
                + QString::fromUtf8(QJsonDocument(LabJson::backendToJson(b)).toJson(QJsonDocument::Compact)) + u'\n';
        }
    }
    out += u"events {}\n\nhttp {\n"_s;
    const QString in = u"    "_s;
    out += in + tr("# Client side: limits and timeouts (nginx's names and defaults).\n");
    out += in + u"client_max_body_size %1;\n"_s.arg(Units::formatSize(p.clientMaxBodySize));
    out += in + u"client_header_timeout %1;\n"_s.arg(duration(p.clientHeaderTimeoutMs));
    out += in + u"client_body_timeout %1;\n"_s.arg(duration(p.clientBodyTimeoutMs));
    out += in + u"keepalive_timeout %1;\n"_s.arg(duration(p.keepaliveTimeoutMs));
    out += in + u"keepalive_requests %1;\n"_s.arg(p.keepaliveRequests);
    if (p.maxUriLength != 8192 || p.maxHeaderSize != 32768) {
        const int buffers = qMax(2, (p.maxHeaderSize + p.maxUriLength - 1) / p.maxUriLength);
        out += in + u"large_client_header_buffers %1 %2;\n"_s.arg(buffers).arg(Units::formatSize(p.maxUriLength));
    }
    if (!p.realIpHeader.isEmpty()) {
        out += in + tr("# The client address comes from a header sent by these trusted addresses (realip).\n");
        for (const QString &from : p.realIpFrom)
            out += in + u"set_real_ip_from %1;\n"_s.arg(quoted(from));
        out += in + u"real_ip_header %1;\n"_s.arg(quoted(p.realIpHeader));
        if (p.realIpRecursive)
            out += in + u"real_ip_recursive on;\n"_s;
    }
    bool upgradeMap = false;
    auto usesUpgradeMap = [&](const HeaderRules &rules) {
        for (const HeaderLine &line : rules.proxySetHeader)
            upgradeMap = upgradeMap || line.value.contains(u"$connection_upgrade"_s);
    };
    usesUpgradeMap(p.headers);
    for (const Listener &l : lab.listeners) {
        usesUpgradeMap(l.headers);
        for (const Route &r : l.routes)
            usesUpgradeMap(r.headers);
    }
    if (upgradeMap) {
        out += in + tr("# Upgrades (WebSocket...) pass through; without one, Connection stays empty for keepalive.\n");
        out += in + u"map $http_upgrade $connection_upgrade {\n"_s + in + u"    default upgrade;\n"_s + in
               + u"    ''      '';\n"_s + in + u"}\n"_s;
    }
    out += in + tr("# $upstream_addr lists every server tried, $upstream_status each answer;\n")
           + in + tr("# use it with: access_log /var/log/nginx/upstream.log upstreamlab;\n");
    out += in + u"log_format upstreamlab '$remote_addr \"$request\" $status upstream=$upstream_addr "
                "upstream_status=$upstream_status';\n"_s;
    out += in + tr("# The lab speaks HTTP/1.1 to upstreams; the Connection line decides keep-alive.\n");
    out += in + u"proxy_http_version 1.1;\n"_s;
    writeHeaderRules(out, p.headers, in, p.upstreamNameHeader, true);

    for (const UpstreamGroup &g : lab.upstreams) {
        out += u'\n';
        writeUpstream(out, g, in);
    }

    for (const Listener &l : lab.listeners) {
        out += u'\n' + in + u"server {\n"_s;
        const QString sin = in + u"    "_s;
        if (l.maxConnections > 0)
            out += sin + tr("# The lab refuses connections past max_connections with a 503; nginx has no\n") + sin
                   + tr("# per-listener equivalent (worker_connections limits each worker in total).\n");
        const QList<ListenAddress> listens = l.listens();
        for (qsizetype i = 0; i < listens.size(); ++i) {
            const ListenAddress &listen = listens[i];
            QString address = listen.address;
            if (address.contains(u':') && !address.startsWith(u'['))
                address = u'[' + address + u']';
            out += sin + u"listen %1:%2%3;"_s.arg(address).arg(listen.port)
                                                .arg(listen.defaultServer ? u" default_server"_s : QString())
                   + (i == 0 && l.maxConnections > 0 ? u"  # max_connections=%1"_s.arg(l.maxConnections) : QString())
                   + u'\n';
        }
        if (!l.serverNames.isEmpty()) {
            QStringList names;
            for (const QString &name : l.serverNames)
                names.append(quoted(name));
            out += sin + u"server_name %1;\n"_s.arg(names.join(u' '));
        }
        writeRewrites(out, l.rewrites, sin);
        writeHeaderRules(out, l.headers, sin, p.upstreamNameHeader, false);
        for (const Route &r : l.routes) {
            const QString lin = sin + u"    "_s;
            const QString modifier = Route::modifierName(r.match);
            out += u'\n' + sin + u"location %1%2 {\n"_s.arg(modifier.isEmpty() ? QString() : modifier + u' ',
                                                             quoted(r.location));
            writeRewrites(out, r.rewrites, lin);
            writeHeaderRules(out, r.headers, lin, p.upstreamNameHeader, false);
            if (r.returns()) {
                out += lin + u"return %1"_s.arg(r.returnStatus)
                       + (r.returnText.isEmpty() ? QString() : u' ' + returnText(r.returnText)) + u";\n"_s;
                out += sin + u"}\n"_s;
                continue;
            }
            if (r.upstream.isEmpty()) {
                out += sin + u"}\n"_s; // rewrites only
                continue;
            }
            out += lin + u"proxy_pass %1;\n"_s.arg(quoted(u"http://"_s + r.upstream + r.proxyUri));
            out += lin + u"proxy_next_upstream %1;\n"_s.arg(nextUpstreamText(p.nextUpstream));
            if (p.nextUpstreamTries != 0)
                out += lin + u"proxy_next_upstream_tries %1;\n"_s.arg(p.nextUpstreamTries);
            if (p.nextUpstreamTimeoutMs != 0)
                out += lin + u"proxy_next_upstream_timeout %1;\n"_s.arg(duration(p.nextUpstreamTimeoutMs));
            out += lin + u"proxy_connect_timeout %1;\n"_s.arg(duration(p.connectTimeoutMs));
            out += lin + u"proxy_send_timeout %1;\n"_s.arg(duration(p.sendTimeoutMs));
            out += lin + u"proxy_read_timeout %1;\n"_s.arg(duration(p.readTimeoutMs));
            out += sin + u"}\n"_s;
        }
        out += in + u"}\n"_s;
    }
    out += u"}\n"_s;
    return out;
}
