#include "labvalidator.h"

#include "hostport.h"
#include "http/complexvalue.h"
#include "http/httphead.h"
#include "routing/requestrouter.h"
#include "routing/responserules.h"
#include "routing/rewriterules.h"
#include "routing/scriptvalue.h"
#include "routing/servername.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace LabLimits;

QString ConfigIssue::toString() const
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return u"%1[%2]"_s.arg(path).arg(i);
}

// The largest unit that writes the duration exactly: 604800000 → "7d".
QString durationText(qint64 ms)
{
    static constexpr std::pair<qint64, const char *> units[] = {
        {86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1000, "s"}, {1, "ms"}};
    if (ms == 0)
        return u"0s"_s;
    for (const auto &[size, unit] : units) {
        if (ms % size == 0)
            return QString::number(ms / size) + QLatin1StringView(unit);
    }
    return QString::number(ms) + u"ms"_s;
}

bool isToken(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128 && Http::isTokenChar(char(c.unicode())); });
}

void checkRewrites(const QList<RewriteRule> &rules, const QString &path, const QSet<QString> &captureNames,
                   QList<ConfigIssue> *issues)
{
    for (qsizetype k = 0; k < rules.size(); ++k) {
        QString error;
        if (!RewriteRules::validate(rules[k], captureNames, &error))
            issues->append({indexed(path + u".rewrite"_s, k), error});
    }
}

void checkHeaderRules(const HeaderRules &rules, const QString &path, const QSet<QString> &captureNames,
                      QList<ConfigIssue> *issues)
{
    auto checkLines = [&](const QList<HeaderLine> &lines, const QString &key, bool alwaysAllowed) {
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QString lp = indexed(path + u'.' + key, k);
            QString error;
            ScriptValue value;
            if (lines[k].name.isEmpty() || !isToken(lines[k].name))
                issues->append({lp, LabValidator::tr("\"%1\" is not a valid header name").arg(lines[k].name)});
            else if (lines[k].value.contains(u'\r') || lines[k].value.contains(u'\n'))
                issues->append({lp, LabValidator::tr("a header value must not contain line breaks")});
            else if (!value.parse(lines[k].value, &error, captureNames))
                issues->append({lp, error});
            else if (lines[k].always && !alwaysAllowed)
                issues->append({lp, LabValidator::tr("\"always\" belongs to add_header")});
        }
    };
    checkLines(rules.proxySetHeader, u"proxy_set_header"_s, false);
    checkLines(rules.addHeader, u"add_header"_s, true);
    auto checkNames = [&](const QStringList &names, const QString &key) {
        for (qsizetype k = 0; k < names.size(); ++k) {
            if (names[k].isEmpty() || !isToken(names[k]))
                issues->append({indexed(path + u'.' + key, k), LabValidator::tr("\"%1\" is not a valid header name").arg(names[k])});
        }
    };
    checkNames(rules.proxyHideHeader, u"proxy_hide_header"_s);
    checkNames(rules.proxyPassHeader, u"proxy_pass_header"_s);
    for (qsizetype k = 0; k < rules.proxyRedirect.size(); ++k) {
        const QString &entry = rules.proxyRedirect[k];
        QString error;
        if (entry.trimmed() == u"off" && rules.proxyRedirect.size() > 1)
            issues->append({indexed(path + u".proxy_redirect"_s, k), LabValidator::tr("\"off\" cannot be combined with other entries")});
        else if (!ResponseRules::validateRedirect(entry, captureNames, &error))
            issues->append({indexed(path + u".proxy_redirect"_s, k), error});
    }
}

} // namespace

QString LabValidator::rangeText(const LabRange<int> &range)
{
    return u"%1..%2"_s.arg(range.min).arg(range.max);
}

QString LabValidator::durationRangeText(qint64 minMs, qint64 maxMs)
{
    return durationText(minMs) + u".."_s + durationText(maxMs);
}

QList<ConfigIssue> LabValidator::validate(const LabConfig &lab)
{
    QList<ConfigIssue> issues;
    auto add = [&](const QString &path, const QString &message) { issues.append({path, message}); };
    static const QRegularExpression nameRe(u"^[A-Za-z0-9_.\\-]+$"_s);

    if (lab.name.trimmed().isEmpty())
        add(u"name"_s, tr("must not be empty"));

    QSet<QString> groupNames;
    for (qsizetype i = 0; i < lab.upstreams.size(); ++i) {
        const UpstreamGroup &g = lab.upstreams[i];
        const QString path = indexed(u"upstreams"_s, i);
        if (!nameRe.match(g.name).hasMatch())
            add(path + u".name"_s, tr("must be a name of letters, digits, '_', '-' or '.'"));
        else if (groupNames.contains(g.name))
            add(path + u".name"_s, tr("\"%1\" is used by another upstream").arg(g.name));
        groupNames.insert(g.name);
        if (g.method == BalancingMethod::Hash) {
            QString keyError;
            ComplexValue key;
            if (g.hashKey.trimmed().isEmpty())
                add(path + u".hash_key"_s, tr("is required by the hash method (e.g. \"$request_uri\")"));
            else if (!key.parse(g.hashKey, &keyError))
                add(path + u".hash_key"_s, keyError);
        }
        if (g.healthCheck.enabled) {
            const HealthCheck &hc = g.healthCheck;
            const QString hp = path + u".health_check"_s;
            if (!HealthIntervalMs.contains(hc.intervalMs))
                add(hp + u".interval"_s, tr("must be %1").arg(durationRangeText(HealthIntervalMs.min, HealthIntervalMs.max)));
            if (!HealthPasses.contains(hc.passes))
                add(hp + u".passes"_s, tr("must be %1").arg(rangeText(HealthPasses)));
            if (!HealthFails.contains(hc.fails))
                add(hp + u".fails"_s, tr("must be %1").arg(rangeText(HealthFails)));
            if (!hc.uri.startsWith(u'/') || hc.uri.contains(u' '))
                add(hp + u".uri"_s, tr("must be a path starting with \"/\""));
            if (hc.statusMin < HttpStatus.min || hc.statusMax > HttpStatus.max || hc.statusMin > hc.statusMax)
                add(hp + u".status"_s, tr("must be a status or range within %1").arg(rangeText(HttpStatus)));
        }
        if (!Keepalive.contains(g.keepalive))
            add(path + u".keepalive"_s, tr("must be %1").arg(rangeText(Keepalive)));
        if (g.servers.isEmpty())
            add(path + u".servers"_s, tr("an upstream needs at least one server (nginx: no servers are inside upstream)"));
        const bool backupAllowed = g.method == BalancingMethod::RoundRobin || g.method == BalancingMethod::LeastConn
                                   || g.method == BalancingMethod::LeastTime;
        QSet<QString> serverNames;
        for (qsizetype j = 0; j < g.servers.size(); ++j) {
            const UpstreamServer &s = g.servers[j];
            const QString sp = indexed(path + u".servers"_s, j);
            const auto serverAddress = HostPort::parse(s.address);
            if (!serverAddress || serverAddress->port == 0)
                add(sp + u".address"_s, tr("must be an IP address with a port, e.g. \"127.0.0.1:9001\""));
            if (s.name.trimmed().isEmpty())
                add(sp + u".name"_s, tr("must not be empty"));
            else if (serverNames.contains(s.name))
                add(sp + u".name"_s, tr("\"%1\" is used by another server of this upstream").arg(s.name));
            serverNames.insert(s.name);
            if (!Weight.contains(s.weight))
                add(sp + u".weight"_s, tr("must be %1").arg(rangeText(Weight)));
            if (!MaxFails.contains(s.maxFails))
                add(sp + u".max_fails"_s, tr("must be %1 (0 turns failure accounting off)").arg(rangeText(MaxFails)));
            if (!FailTimeoutSec.contains(s.failTimeoutSec))
                add(sp + u".fail_timeout"_s,
                    tr("must be %1").arg(durationRangeText(FailTimeoutSec.min * 1000LL, FailTimeoutSec.max * 1000LL)));
            if (!MaxConns.contains(s.maxConns))
                add(sp + u".max_conns"_s, tr("must be %1 (0 means no limit)").arg(rangeText(MaxConns)));
            const bool slowStartAllowed = backupAllowed; // NGINX Plus: not with hash, ip_hash, random
            if (!SlowStartSec.contains(s.slowStartSec))
                add(sp + u".slow_start"_s,
                    tr("must be %1").arg(durationRangeText(SlowStartSec.min * 1000LL, SlowStartSec.max * 1000LL)));
            else if (s.slowStartSec > 0 && !slowStartAllowed)
                add(sp + u".slow_start"_s, tr("the %1 method does not support \"slow_start\" (NGINX Plus allows it with "
                                              "round robin and least_conn only)").arg(balancingMethodName(g.method)));
            if (s.backup && !backupAllowed)
                add(sp + u".backup"_s, tr("the %1 method does not support \"backup\" (nginx: balancing method does "
                                          "not support parameter \"backup\")").arg(balancingMethodName(g.method)));
        }
    }

    const QSet<QString> captureNames = RequestRouter::captureNames(lab);
    checkHeaderRules(lab.proxy.headers, u"proxy"_s, captureNames, &issues);

    // Which block is default_server on each address:port (nginx allows one).
    QHash<QString, QString> defaults;
    for (qsizetype i = 0; i < lab.listeners.size(); ++i) {
        const Listener &l = lab.listeners[i];
        const QString path = indexed(u"listeners"_s, i);
        const QList<ListenAddress> listens = l.listens();
        QSet<QString> own;
        for (qsizetype k = 0; k < listens.size(); ++k) {
            const ListenAddress &listen = listens[k];
            const QString lp = k == 0 ? path : indexed(path + u".also_listen"_s, k - 1);
            QString bare = listen.address;
            if (bare.startsWith(u'[') && bare.endsWith(u']'))
                bare = bare.mid(1, bare.size() - 2);
            const QHostAddress host(bare);
            if (host.isNull() && bare != u"localhost")
                add(lp + u".address"_s, tr("must be an IP address such as \"127.0.0.1\" or \"::1\""));
            if (!Port.contains(listen.port))
                add(lp + u".port"_s, tr("must be 1..%1 (or 0 for any free port)").arg(Port.max));
            const QString endpoint = host.isNull() ? u"%1:%2"_s.arg(bare).arg(listen.port)
                                                   : u"%1:%2"_s.arg(host.toString()).arg(listen.port);
            if (own.contains(endpoint))
                add(lp, tr("this server block already listens on %1 (nginx: duplicate listen)").arg(endpoint));
            own.insert(endpoint);
            if (listen.defaultServer) {
                if (defaults.contains(endpoint))
                    add(lp + u".default_server"_s, tr("%1 already has a default server (%2)")
                                                       .arg(endpoint, defaults.value(endpoint)));
                else
                    defaults.insert(endpoint, path);
            }
        }
        for (qsizetype n = 0; n < l.serverNames.size(); ++n) {
            QString error;
            if (!ServerName::parse(l.serverNames[n], &error))
                add(indexed(path + u".server_name"_s, n), error);
        }
        if (!ListenerMaxConnections.contains(l.maxConnections))
            add(path + u".max_connections"_s, tr("must be %1 (0 means no limit)").arg(rangeText(ListenerMaxConnections)));
        checkRewrites(l.rewrites, path, captureNames, &issues);
        checkHeaderRules(l.headers, path, captureNames, &issues);
        QSet<QString> locations;
        const QString badReturn = tr("must be a status code %1 (444 closes the connection)").arg(rangeText(ReturnStatus));
        for (qsizetype j = 0; j < l.routes.size(); ++j) {
            const Route &r = l.routes[j];
            const QString rp = indexed(path + u".routes"_s, j);
            if (r.isRegex()) {
                RouteRegex regex;
                QString error;
                if (!regex.compile(r.location, r.match == LocationMatch::RegexCaseless, &error))
                    add(rp + u".location"_s, error);
            } else if (!r.location.startsWith(u'/')) {
                add(rp + u".location"_s, tr("must start with \"/\""));
            } else if (locations.contains(r.location + (r.isExact() ? u"="_s : QString()))) {
                add(rp + u".location"_s, tr("duplicate location \"%1\"").arg(r.location));
            }
            if (!r.isRegex())
                locations.insert(r.location + (r.isExact() ? u"="_s : QString()));
            if (r.returns()) {
                // nginx's return: a code 0..999; 444 closes without a response.
                if (!ReturnStatus.contains(r.returnStatus))
                    add(rp + u".return"_s, badReturn);
                else if (Route::isRedirect(r.returnStatus) && r.returnText.isEmpty())
                    add(rp + u".text"_s, tr("a redirect (%1) needs the URL to send in Location").arg(r.returnStatus));
                if (!r.upstream.isEmpty())
                    add(rp + u".upstream"_s, tr("a location either returns or proxies to an upstream, not both"));
            } else if (r.returnStatus < 0) {
                add(rp + u".return"_s, badReturn);
            } else if (r.upstream.isEmpty() && !r.rewrites.isEmpty()) {
                // Only rewrites: a request they do not send elsewhere gets a 404 (the lab serves no files).
            } else if (!groupNames.contains(r.upstream)) {
                add(rp + u".upstream"_s, tr("no upstream named \"%1\"").arg(r.upstream));
            }
            if (Route::isRedirect(r.returnStatus) && (r.returnText.contains(u'\r') || r.returnText.contains(u'\n')))
                add(rp + u".text"_s, tr("a redirect URL must not contain line breaks"));
            if (!r.proxyUri.isEmpty()) {
                const bool variables = r.proxyUri.contains(u'$');
                const bool plain = std::none_of(r.proxyUri.begin(), r.proxyUri.end(), [](QChar c) {
                    return c.isSpace() || c == u'#' || c.unicode() < 32 || c.unicode() > 126;
                });
                ScriptValue value;
                QString error;
                if (!r.proxyUri.startsWith(u'/') || !plain || (!variables && r.proxyUri.contains(u'?')))
                    add(rp + u".proxy_uri"_s, tr("must be a path such as \"/\" or \"/v2/\" (no spaces, \"#\", and \"?\" only with variables)"));
                else if (r.returns())
                    add(rp + u".proxy_uri"_s, tr("a location that returns does not proxy"));
                else if (variables && !value.parse(r.proxyUri, &error, captureNames))
                    add(rp + u".proxy_uri"_s, error);
                else if (r.isRegex() && !variables)
                    add(rp + u".proxy_uri"_s, tr("a regular-expression location cannot replace a part of the URI "
                                                 "(nginx: \"proxy_pass\" cannot have URI part in location given by "
                                                 "regular expression); use variables such as \"/v2/$1\""));
            }
            QString variableError;
            ScriptValue text;
            if (r.returnText.contains(u'$') && !text.parse(r.returnText, &variableError, captureNames))
                add(rp + u".text"_s, variableError);
            checkRewrites(r.rewrites, rp, captureNames, &issues);
            checkHeaderRules(r.headers, rp, captureNames, &issues);
        }
    }

    const ProxySettings &p = lab.proxy;
    auto checkTimeout = [&](const char *key, int ms, const LabRange<int> &range) {
        if (!range.contains(ms))
            add(u"proxy."_s + QLatin1StringView(key), tr("must be %1").arg(durationRangeText(range.min, range.max)));
    };
    checkTimeout("connect_timeout", p.connectTimeoutMs, TimeoutMs);
    checkTimeout("send_timeout", p.sendTimeoutMs, TimeoutMs);
    checkTimeout("read_timeout", p.readTimeoutMs, TimeoutMs);
    checkTimeout("client_header_timeout", p.clientHeaderTimeoutMs, TimeoutMs);
    checkTimeout("client_body_timeout", p.clientBodyTimeoutMs, TimeoutMs);
    checkTimeout("keepalive_timeout", p.keepaliveTimeoutMs, OptionalTimeoutMs);
    checkTimeout("next_upstream_timeout", p.nextUpstreamTimeoutMs, OptionalTimeoutMs);
    if (!KeepaliveRequests.contains(p.keepaliveRequests))
        add(u"proxy.keepalive_requests"_s, tr("must be %1").arg(rangeText(KeepaliveRequests)));
    if (!ClientMaxBodySize.contains(p.clientMaxBodySize))
        add(u"proxy.client_max_body_size"_s, tr("must not be negative (0 means no limit)"));
    if (!MaxUriLength.contains(p.maxUriLength))
        add(u"proxy.max_uri_length"_s, tr("must be %1").arg(rangeText(MaxUriLength)));
    if (!MaxHeaderSize.contains(p.maxHeaderSize))
        add(u"proxy.max_header_size"_s, tr("must be %1").arg(rangeText(MaxHeaderSize)));
    if (!NextUpstreamTries.contains(p.nextUpstreamTries))
        add(u"proxy.next_upstream_tries"_s, tr("must be %1 (0 means no limit)").arg(rangeText(NextUpstreamTries)));
    if (!Workers.contains(p.workers))
        add(u"proxy.workers"_s, tr("must be %1 (0 means one per core)").arg(rangeText(Workers)));
    for (qsizetype i = 0; i < p.realIpFrom.size(); ++i) {
        const QString &from = p.realIpFrom[i];
        if (QHostAddress::parseSubnet(from).first.isNull() && QHostAddress(from).isNull())
            add(indexed(u"proxy.set_real_ip_from"_s, i), tr("must be an address or a CIDR such as \"127.0.0.0/8\""));
    }
    if (!p.realIpHeader.isEmpty()) {
        if (!isToken(p.realIpHeader))
            add(u"proxy.real_ip_header"_s, tr("must be a header name such as X-Real-IP or X-Forwarded-For"));
        if (p.realIpFrom.isEmpty())
            add(u"proxy.set_real_ip_from"_s, tr("real_ip_header needs at least one trusted address (set_real_ip_from)"));
    }

    QSet<QString> mockNames;
    QSet<QString> mockEndpoints;
    for (qsizetype i = 0; i < lab.backends.size(); ++i) {
        const MockBackendConfig &b = lab.backends[i];
        const QString path = indexed(u"backends"_s, i);
        if (!nameRe.match(b.name).hasMatch())
            add(path + u".name"_s, tr("must be a name of letters, digits, '_', '-' or '.'"));
        else if (mockNames.contains(b.name))
            add(path + u".name"_s, tr("\"%1\" is used by another backend").arg(b.name));
        mockNames.insert(b.name);
        const auto hp = HostPort::parse(b.listen, 0);
        if (!hp || !b.listen.contains(u':'))
            add(path + u".listen"_s, tr("must be an address with a port, e.g. \"127.0.0.1:9001\""));
        else if (hp->port != 0 && mockEndpoints.contains(hp->toString())) // port 0 = any free port
            add(path + u".listen"_s, tr("%1 is used by another backend").arg(hp->toString()));
        else
            mockEndpoints.insert(hp->toString());
        const MockBehaviour &h = b.behaviour;
        if (!HttpStatus.contains(h.status))
            add(path + u".status"_s, tr("must be an HTTP status %1").arg(rangeText(HttpStatus)));
        if (!HttpStatus.contains(h.errorStatus))
            add(path + u".error_status"_s, tr("must be an HTTP status %1").arg(rangeText(HttpStatus)));
        if (!Probability.contains(h.errorRate))
            add(path + u".error_rate"_s, tr("must be a probability 0..1"));
        if (!ErrorEvery.contains(h.errorEvery))
            add(path + u".error_every"_s, tr("must not be negative (0 = off)"));
        if (!ErrorFirst.contains(h.errorFirst))
            add(path + u".error_first"_s, tr("must not be negative (0 = off)"));
        double faultSum = 0;
        for (const MockFault &f : h.faults)
            faultSum += f.probability;
        if (faultSum > Probability.max + 1e-9)
            add(path + u".faults"_s, tr("the probabilities add up to more than 1"));
        if (!h.body.isEmpty() + !h.bodyFile.isEmpty() + (h.bodySize >= 0) > 1)
            add(path + u".body"_s, tr("give only one of body, body_file and body_size"));
        if (h.bodySize > BodySize.max)
            add(path + u".body_size"_s, tr("must be at most 1t"));
        if (!Seed.contains(b.seed))
            add(path + u".seed"_s, tr("must be a whole number 0..2^53"));
        static const QRegularExpression colorRe(u"^#[0-9a-fA-F]{6}$"_s);
        if (!b.color.isEmpty() && !colorRe.match(b.color).hasMatch())
            add(path + u".color"_s, tr("must be a colour \"#RRGGBB\""));
        if (!b.healthPath.isEmpty() && !b.healthPath.startsWith(u'/'))
            add(path + u".health_path"_s, tr("must start with \"/\" (or be empty for none)"));
        for (qsizetype k = 0; k < h.headers.size(); ++k) {
            const QString &headerName = h.headers[k].first;
            if (headerName.isEmpty() || !isToken(headerName))
                add(indexed(path + u".headers"_s, k), tr("\"%1\" is not a valid header name").arg(h.headers[k].first));
            else if (h.headers[k].second.contains(u'\r') || h.headers[k].second.contains(u'\n'))
                add(indexed(path + u".headers"_s, k), tr("a header value must not contain line breaks"));
        }
        for (qsizetype k = 1; k < b.timeline.size(); ++k) {
            if (b.timeline[k].atMs < b.timeline[k - 1].atMs)
                add(indexed(path + u".timeline"_s, k), tr("steps must be in time order"));
        }
        for (qsizetype k = 0; k < b.timeline.size(); ++k) {
            if (b.timeline[k].action == MockTimelineStep::Action::Repeat && (b.timeline[k].atMs == 0 || k != b.timeline.size() - 1))
                add(indexed(path + u".timeline"_s, k), tr("repeat must be the last step, at a time after 0"));
        }
    }
    return issues;
}
