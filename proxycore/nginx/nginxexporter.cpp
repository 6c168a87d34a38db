#include "nginxexporter.h"

#include "config/units.h"
#include "exportcomment.h"

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
        // The importer reads back ExportComment::leastTime, not this translated text.
        const QString mode = g.leastTimeLastByte ? u"last_byte"_s : u"header"_s;
        return NginxExporter::tr("NGINX Plus: least_time %1; (lowest average response time and fewest active\n"
                                 "connections). Open source has no timing-based method: least_conn is the nearest.")
                   .arg(mode);
    }
    }
    return {};
}

// The text being written, and where each lab object and annotated line went.
class Writer
{
    NginxExport m_export; // first: out refers to it

public:
    QString &out = m_export.text;

    // The 0-based number of the line the next text starts on.
    int line()
    {
        m_lines += int(QStringView(out).mid(m_counted).count(u'\n'));
        m_counted = out.size();
        return m_lines;
    }
    // A lab object starts on the current line; returns it for close().
    qsizetype open(NginxExport::Object::Kind kind, int index, int subIndex = -1)
    {
        const int first = line();
        m_export.objects.append({kind, index, subIndex, first, first});
        return m_export.objects.size() - 1;
    }
    // The object's last line is the one just written.
    void close(qsizetype object) { m_export.objects[object].lastLine = line() - 1; }
    // The current line needs more than nginx 1.22 open source.
    void annotate(NginxExport::Annotation::Kind kind, const QString &detail = {}, int sinceVersion = 0)
    {
        m_export.annotations.append({line(), kind, detail, sinceVersion});
    }
    NginxExport take() { return std::move(m_export); }

private:
    qsizetype m_counted = 0;
    int m_lines = 0;
};

using Object = NginxExport::Object;
using Annotation = NginxExport::Annotation;

void writeUpstream(Writer &w, int index, const UpstreamGroup &g, const QString &indent)
{
    QString &out = w.out;
    const qsizetype block = w.open(Object::Kind::Upstream, index);
    out += indent + u"upstream %1 {\n"_s.arg(g.name);
    const QString in = indent + u"    "_s;
    for (const QString &line : methodComment(g).split(u'\n'))
        out += in + u"# "_s + line + u'\n';
    if (g.method == BalancingMethod::LeastTime) {
        w.annotate(Annotation::Kind::PlusLeastTime);
        out += in + u"# "_s + ExportComment::leastTime(g.leastTimeLastByte) + u'\n';
    }
    // The method comes before keepalive: in nginx 1.22 a balancing directive
    // after keepalive replaces it and keepalive is silently off.
    if (const QString method = methodDirective(g); !method.isEmpty()) {
        if (g.method == BalancingMethod::Random)
            w.annotate(Annotation::Kind::NewerDirective, u"random"_s, 11501); // nginx 1.15.1
        out += in + method + u'\n';
    }
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
        if (s.slowStartSec > 0)
            out += in + NginxExporter::tr("# NGINX Plus: slow_start ramps this server's weight up after it recovers; open\n")
                   + in + NginxExporter::tr("# source has no ramp (bring it back with a low weight and raise it by hand).\n");
        if (s.drain)
            out += in + NginxExporter::tr("# NGINX Plus: drain sends no new requests to this server; in open source, mark it down.\n");
        w.open(Object::Kind::Server, index, i);
        if (const QString plus = ExportComment::plusParameters(s); !plus.isEmpty())
            w.annotate(Annotation::Kind::PlusServerParameters, plus);
        out += in + lines[i];
        if (const QString note = ExportComment::serverNote(s); !note.isEmpty())
            out += QString(width - lines[i].size() + 2, u' ') + u"# "_s + note;
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
                   ExportComment::singleLine(hc.uri), g.name, status);
        w.annotate(Annotation::Kind::PlusHealthCheck);
        out += in + u"# "_s + ExportComment::healthCheck(hc) + u'\n';
    }
    out += indent + u"}\n"_s;
    w.close(block);
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
    return exportWithMap(lab, scope).text;
}

NginxExport NginxExporter::exportWithMap(const LabConfig &lab, Scope scope)
{
    Writer w;
    QString &out = w.out;
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(UPSTREAMLAB_VERSION)
                                                                              : QCoreApplication::applicationVersion();
    out += u"# "_s + ExportComment::header(version, lab.name) + u'\n';
    if (scope == Scope::UpstreamsOnly) {
        out += tr("# Upstream blocks only: paste them into the http { } block of your nginx.conf.\n");
        for (int i = 0; i < lab.upstreams.size(); ++i) {
            out += u'\n';
            writeUpstream(w, i, lab.upstreams[i], QString());
        }
        return w.take();
    }

    const ProxySettings &p = lab.proxy;
    out += tr("# Target: nginx 1.22 open source. Check it with: nginx -t -c FILE\n");
    out += p.workers > 0 ? u"\nworker_processes %1;\n"_s.arg(p.workers) : u"\nworker_processes auto;\n"_s;
    if (!lab.backends.isEmpty()) {
        out += tr("# The lab's mock backends (Upstream Lab starts them; nginx ignores these lines):\n");
        for (int i = 0; i < lab.backends.size(); ++i) {
            w.open(Object::Kind::Backend, i);
            out += u"# "_s + ExportComment::backend(lab.backends[i]) + u'\n';
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

    for (int i = 0; i < lab.upstreams.size(); ++i) {
        out += u'\n';
        writeUpstream(w, i, lab.upstreams[i], in);
    }

    for (int li = 0; li < lab.listeners.size(); ++li) {
        const Listener &l = lab.listeners[li];
        out += u'\n';
        const qsizetype server = w.open(Object::Kind::Listener, li);
        out += in + u"server {\n"_s;
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
                   + (i == 0 && l.maxConnections > 0 ? u"  # "_s + ExportComment::listenerNote(l.maxConnections) : QString())
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
        for (int ri = 0; ri < l.routes.size(); ++ri) {
            const Route &r = l.routes[ri];
            const QString lin = sin + u"    "_s;
            const QString modifier = Route::modifierName(r.match);
            out += u'\n';
            const qsizetype location = w.open(Object::Kind::Location, li, ri);
            out += sin + u"location %1%2 {\n"_s.arg(modifier.isEmpty() ? QString() : modifier + u' ', quoted(r.location));
            writeRewrites(out, r.rewrites, lin);
            writeHeaderRules(out, r.headers, lin, p.upstreamNameHeader, false);
            if (r.returns()) {
                out += lin + u"return %1"_s.arg(r.returnStatus)
                       + (r.returnText.isEmpty() ? QString() : u' ' + returnText(r.returnText)) + u";\n"_s;
                out += sin + u"}\n"_s;
                w.close(location);
                continue;
            }
            if (r.upstream.isEmpty()) {
                out += sin + u"}\n"_s; // rewrites only
                w.close(location);
                continue;
            }
            out += lin + u"proxy_pass %1;\n"_s.arg(quoted(u"http://"_s + r.upstream + r.proxyUri));
            out += lin + u"proxy_next_upstream %1;\n"_s.arg(NextUpstreamConditions::text(p.nextUpstream));
            if (p.nextUpstreamTries != 0)
                out += lin + u"proxy_next_upstream_tries %1;\n"_s.arg(p.nextUpstreamTries);
            if (p.nextUpstreamTimeoutMs != 0)
                out += lin + u"proxy_next_upstream_timeout %1;\n"_s.arg(duration(p.nextUpstreamTimeoutMs));
            out += lin + u"proxy_connect_timeout %1;\n"_s.arg(duration(p.connectTimeoutMs));
            out += lin + u"proxy_send_timeout %1;\n"_s.arg(duration(p.sendTimeoutMs));
            out += lin + u"proxy_read_timeout %1;\n"_s.arg(duration(p.readTimeoutMs));
            out += sin + u"}\n"_s;
            w.close(location);
        }
        out += in + u"}\n"_s;
        w.close(server);
    }
    out += u"}\n"_s;
    return w.take();
}
