#include "labjson.h"

#include "units.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Walks a JSON object, checking types and collecting issues under a path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QList<ConfigIssue> *issues, QStringList allowed)
        : m_object(object)
        , m_path(std::move(path))
        , m_issues(issues)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                add(it.key(), LabJson::tr("unknown key (expected one of: %1)").arg(allowed.join(u", "_s)));
        }
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void add(const QString &key, const QString &message) const { m_issues->append({at(key), message}); }
    bool has(const QString &key) const { return m_object.contains(key); }

    void string(const QString &key, QString *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            add(key, LabJson::tr("must be a string"));
        else
            *out = v.toString();
    }
    void boolean(const QString &key, bool *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            add(key, LabJson::tr("must be true or false"));
        else
            *out = v.toBool();
    }
    void integer(const QString &key, int *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < -2e9 || d > 2e9)
            add(key, LabJson::tr("must be a whole number"));
        else
            *out = int(d);
    }
    // A duration: nginx syntax ("10s", "500ms") or a number of milliseconds.
    void durationMs(const QString &key, int *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        std::optional<qint64> ms;
        if (v.isString())
            ms = Units::parseDurationMs(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble())))
            ms = qint64(v.toDouble());
        if (!ms || *ms > std::numeric_limits<int>::max())
            add(key, LabJson::tr("must be a duration such as \"10s\" or \"500ms\""));
        else
            *out = int(*ms);
    }
    // fail_timeout: whole seconds, like nginx ("10s", "1m", or a number).
    void durationSec(const QString &key, int *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        std::optional<qint64> ms;
        if (v.isString())
            ms = Units::parseDurationMs(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble())))
            ms = qint64(v.toDouble()) * 1000;
        if (!ms || *ms % 1000 != 0 || *ms / 1000 > std::numeric_limits<int>::max())
            add(key, LabJson::tr("must be whole seconds such as \"10s\" (nginx rejects milliseconds here)"));
        else
            *out = int(*ms / 1000);
    }
    void number(const QString &key, double *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            add(key, LabJson::tr("must be a number"));
        else
            *out = v.toDouble();
    }
    void size(const QString &key, qint64 *out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return;
        std::optional<qint64> n;
        if (v.isString())
            n = Units::parseSize(v.toString());
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble())))
            n = qint64(v.toDouble());
        if (!n)
            add(key, LabJson::tr("must be a size such as \"1m\", \"64k\" or a number of bytes"));
        else
            *out = *n;
    }
    QJsonArray array(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            add(key, LabJson::tr("must be an array"));
            return {};
        }
        return v.toArray();
    }
    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            add(key, LabJson::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }
    const QJsonObject &json() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
    QList<ConfigIssue> *m_issues;
};

QString indexed(const QString &path, qsizetype i)
{
    return u"%1[%2]"_s.arg(path).arg(i);
}

bool objectAt(const QJsonArray &array, qsizetype i, const QString &path, QList<ConfigIssue> *issues, QJsonObject *out)
{
    if (!array.at(i).isObject()) {
        issues->append({indexed(path, i), LabJson::tr("must be an object")});
        return false;
    }
    *out = array.at(i).toObject();
    return true;
}

const QStringList headerRuleKeys = {u"proxy_set_header"_s, u"add_header"_s, u"proxy_hide_header"_s,
                                    u"proxy_pass_header"_s, u"proxy_redirect"_s};

// "Name: value", or {"name", "value", "always"} for add_header ... always.
void readHeaderLines(const Reader &r, const QString &key, bool alwaysAllowed, QList<ConfigIssue> *issues,
                     QList<HeaderLine> *out)
{
    const QJsonArray lines = r.array(key);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonValue v = lines.at(i);
        const QString path = indexed(r.at(key), i);
        HeaderLine line;
        if (v.isString()) {
            const QString text = v.toString();
            const qsizetype colon = text.indexOf(u':');
            if (colon <= 0) {
                issues->append({path, LabJson::tr("must be a string \"Name: value\"")});
                continue;
            }
            line.name = text.left(colon).trimmed();
            line.value = text.mid(colon + 1).trimmed();
        } else if (v.isObject() && alwaysAllowed) {
            Reader o(v.toObject(), path, issues, {u"name"_s, u"value"_s, u"always"_s});
            o.string(u"name"_s, &line.name);
            o.string(u"value"_s, &line.value);
            o.boolean(u"always"_s, &line.always);
        } else {
            issues->append({path, alwaysAllowed ? LabJson::tr("must be \"Name: value\" or {\"name\", \"value\", \"always\"}")
                                                : LabJson::tr("must be a string \"Name: value\"")});
            continue;
        }
        out->append(line);
    }
}

void readStrings(const Reader &r, const QString &key, QList<ConfigIssue> *issues, QStringList *out)
{
    const QJsonArray list = r.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            issues->append({indexed(r.at(key), i), LabJson::tr("must be a string")});
        else
            out->append(list.at(i).toString());
    }
}

void readHeaderRules(const Reader &r, QList<ConfigIssue> *issues, HeaderRules *rules)
{
    readHeaderLines(r, u"proxy_set_header"_s, false, issues, &rules->proxySetHeader);
    readHeaderLines(r, u"add_header"_s, true, issues, &rules->addHeader);
    readStrings(r, u"proxy_hide_header"_s, issues, &rules->proxyHideHeader);
    readStrings(r, u"proxy_pass_header"_s, issues, &rules->proxyPassHeader);
    readStrings(r, u"proxy_redirect"_s, issues, &rules->proxyRedirect);
}

void readRewrites(const Reader &r, QList<ConfigIssue> *issues, QList<RewriteRule> *out)
{
    const QJsonArray list = r.array(u"rewrite"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(r.at(u"rewrite"_s), i);
        if (!list.at(i).isObject()) {
            issues->append({path, LabJson::tr("must be an object {\"regex\", \"replacement\", \"flag\"}")});
            continue;
        }
        Reader o(list.at(i).toObject(), path, issues, {u"regex"_s, u"replacement"_s, u"flag"_s});
        RewriteRule rule;
        o.string(u"regex"_s, &rule.regex);
        o.string(u"replacement"_s, &rule.replacement);
        QString flag;
        o.string(u"flag"_s, &flag);
        if (const auto f = RewriteRule::flagFromName(flag))
            rule.flag = *f;
        else
            o.add(u"flag"_s, LabJson::tr("must be \"last\", \"break\", \"redirect\", \"permanent\" or \"\""));
        out->append(rule);
    }
}

QJsonValue headerLineToJson(const HeaderLine &line)
{
    if (line.always)
        return QJsonObject{{u"name"_s, line.name}, {u"value"_s, line.value}, {u"always"_s, true}};
    return QString(line.name + u": "_s + line.value);
}

// Only what is set: an empty list inherits. The http level always states its
// proxy_set_header lines (an empty list: nginx's defaults).
void writeHeaderRules(QJsonObject &o, const HeaderRules &rules, bool httpLevel)
{
    if (!rules.proxySetHeader.isEmpty() || httpLevel) {
        QJsonArray lines;
        for (const HeaderLine &line : rules.proxySetHeader)
            lines.append(headerLineToJson(line));
        o.insert(u"proxy_set_header"_s, lines);
    }
    if (!rules.addHeader.isEmpty()) {
        QJsonArray lines;
        for (const HeaderLine &line : rules.addHeader)
            lines.append(headerLineToJson(line));
        o.insert(u"add_header"_s, lines);
    }
    if (!rules.proxyHideHeader.isEmpty())
        o.insert(u"proxy_hide_header"_s, QJsonArray::fromStringList(rules.proxyHideHeader));
    if (!rules.proxyPassHeader.isEmpty())
        o.insert(u"proxy_pass_header"_s, QJsonArray::fromStringList(rules.proxyPassHeader));
    if (!rules.proxyRedirect.isEmpty())
        o.insert(u"proxy_redirect"_s, QJsonArray::fromStringList(rules.proxyRedirect));
}

void writeRewrites(QJsonObject &o, const QList<RewriteRule> &rules)
{
    if (rules.isEmpty())
        return;
    QJsonArray list;
    for (const RewriteRule &rule : rules) {
        QJsonObject ro{{u"regex"_s, rule.regex}, {u"replacement"_s, rule.replacement}};
        if (rule.flag != RewriteRule::Flag::None)
            ro.insert(u"flag"_s, RewriteRule::flagName(rule.flag));
        list.append(ro);
    }
    o.insert(u"rewrite"_s, list);
}

QJsonObject listenToJson(const ListenAddress &listen)
{
    QJsonObject o{{u"address"_s, listen.address}, {u"port"_s, listen.port}};
    if (listen.defaultServer)
        o.insert(u"default_server"_s, true);
    return o;
}

void readServer(const QJsonObject &json, const QString &path, QList<ConfigIssue> *issues, UpstreamServer *s)
{
    Reader r(json, path, issues,
             {u"name"_s, u"address"_s, u"weight"_s, u"max_fails"_s, u"fail_timeout"_s, u"backup"_s, u"down"_s,
              u"max_conns"_s, u"slow_start"_s, u"drain"_s});
    r.string(u"address"_s, &s->address);
    if (!r.has(u"address"_s))
        r.add(u"address"_s, LabJson::tr("is required"));
    s->name = s->address;
    r.string(u"name"_s, &s->name);
    r.integer(u"weight"_s, &s->weight);
    r.integer(u"max_fails"_s, &s->maxFails);
    r.durationSec(u"fail_timeout"_s, &s->failTimeoutSec);
    r.boolean(u"backup"_s, &s->backup);
    r.boolean(u"down"_s, &s->down);
    r.integer(u"max_conns"_s, &s->maxConns);
    r.durationSec(u"slow_start"_s, &s->slowStartSec);
    r.boolean(u"drain"_s, &s->drain);
}

void readGroup(const QJsonObject &json, const QString &path, QList<ConfigIssue> *issues, UpstreamGroup *g)
{
    Reader r(json, path, issues, {u"name"_s, u"method"_s, u"hash_key"_s, u"consistent"_s, u"two"_s, u"least_time"_s, u"keepalive"_s,
                                  u"servers"_s, u"health_check"_s});
    if (r.has(u"health_check"_s)) {
        const QJsonObject hc = r.object(u"health_check"_s);
        Reader h(hc, r.at(u"health_check"_s), issues,
                 {u"interval"_s, u"passes"_s, u"fails"_s, u"uri"_s, u"status"_s});
        g->healthCheck.enabled = true;
        h.durationMs(u"interval"_s, &g->healthCheck.intervalMs);
        h.integer(u"passes"_s, &g->healthCheck.passes);
        h.integer(u"fails"_s, &g->healthCheck.fails);
        h.string(u"uri"_s, &g->healthCheck.uri);
        QString status = u"200-399"_s;
        h.string(u"status"_s, &status);
        const QStringList range = status.split(u'-');
        bool ok1 = false, ok2 = true;
        g->healthCheck.statusMin = range.value(0).toInt(&ok1);
        g->healthCheck.statusMax = range.size() > 1 ? range[1].toInt(&ok2) : g->healthCheck.statusMin;
        if (!ok1 || !ok2 || range.size() > 2)
            h.add(u"status"_s, LabJson::tr("must be a status or a range such as \"200-399\""));
    }
    r.string(u"name"_s, &g->name);
    QString method = u"round_robin"_s;
    r.string(u"method"_s, &method);
    if (method == u"round_robin")
        g->method = BalancingMethod::RoundRobin;
    else if (method == u"least_conn")
        g->method = BalancingMethod::LeastConn;
    else if (method == u"ip_hash")
        g->method = BalancingMethod::IpHash;
    else if (method == u"hash")
        g->method = BalancingMethod::Hash;
    else if (method == u"random")
        g->method = BalancingMethod::Random;
    else if (method == u"least_time")
        g->method = BalancingMethod::LeastTime;
    else
        r.add(u"method"_s, LabJson::tr("must be one of round_robin, least_conn, ip_hash, hash, random, least_time"));
    QString measure = u"header"_s;
    r.string(u"least_time"_s, &measure);
    g->leastTimeLastByte = measure == u"last_byte";
    if (measure != u"header" && measure != u"last_byte")
        r.add(u"least_time"_s, LabJson::tr("must be \"header\" or \"last_byte\""));
    r.string(u"hash_key"_s, &g->hashKey);
    r.boolean(u"consistent"_s, &g->hashConsistent);
    QString two;
    r.string(u"two"_s, &two);
    if (r.has(u"two"_s)) {
        g->randomTwo = true;
        if (two == u"least_conn")
            g->randomLeastConn = true;
        else if (!two.isEmpty())
            r.add(u"two"_s, LabJson::tr("must be \"\" or \"least_conn\""));
    }
    r.integer(u"keepalive"_s, &g->keepalive);
    const QJsonArray servers = r.array(u"servers"_s);
    const QString serversPath = r.at(u"servers"_s);
    for (qsizetype i = 0; i < servers.size(); ++i) {
        QJsonObject o;
        if (!objectAt(servers, i, serversPath, issues, &o))
            continue;
        UpstreamServer s;
        readServer(o, indexed(serversPath, i), issues, &s);
        g->servers.append(s);
    }
}

void readProxy(const QJsonObject &json, QList<ConfigIssue> *issues, ProxySettings *p)
{
    Reader r(json, u"proxy"_s, issues,
             QStringList{u"connect_timeout"_s, u"send_timeout"_s, u"read_timeout"_s, u"client_header_timeout"_s,
              u"client_body_timeout"_s, u"keepalive_timeout"_s, u"keepalive_requests"_s,
              u"client_max_body_size"_s, u"max_uri_length"_s, u"max_header_size"_s, u"next_upstream"_s,
              u"next_upstream_tries"_s, u"next_upstream_timeout"_s, u"pass_client_host"_s,
              u"upstream_name_header"_s, u"workers"_s, u"real_ip_header"_s, u"set_real_ip_from"_s,
              u"real_ip_recursive"_s} + headerRuleKeys);
    r.durationMs(u"connect_timeout"_s, &p->connectTimeoutMs);
    r.durationMs(u"send_timeout"_s, &p->sendTimeoutMs);
    r.durationMs(u"read_timeout"_s, &p->readTimeoutMs);
    r.durationMs(u"client_header_timeout"_s, &p->clientHeaderTimeoutMs);
    r.durationMs(u"client_body_timeout"_s, &p->clientBodyTimeoutMs);
    r.durationMs(u"keepalive_timeout"_s, &p->keepaliveTimeoutMs);
    r.integer(u"keepalive_requests"_s, &p->keepaliveRequests);
    r.size(u"client_max_body_size"_s, &p->clientMaxBodySize);
    r.integer(u"max_uri_length"_s, &p->maxUriLength);
    r.integer(u"max_header_size"_s, &p->maxHeaderSize);
    if (r.has(u"next_upstream"_s)) {
        const QJsonArray list = r.array(u"next_upstream"_s);
        quint32 mask = 0;
        bool off = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString word = list.at(i).toString();
            if (word == u"off") {
                off = true;
                continue;
            }
            if (const quint32 flag = NextUpstreamConditions::flag(word))
                mask |= flag;
            else
                issues->append({indexed(r.at(u"next_upstream"_s), i),
                                LabJson::tr("unknown condition \"%1\" (nginx accepts %2)")
                                    .arg(word, NextUpstreamConditions::acceptedWords())});
        }
        if (off && mask != 0)
            r.add(u"next_upstream"_s, LabJson::tr("\"off\" cannot be combined with other conditions"));
        p->nextUpstream = off ? 0 : mask;
    }
    r.integer(u"next_upstream_tries"_s, &p->nextUpstreamTries);
    r.durationMs(u"next_upstream_timeout"_s, &p->nextUpstreamTimeoutMs);
    // Labs written before the header lines could be edited: their implicit
    // lines, with the client's Host when they passed it.
    bool passClientHost = false;
    r.boolean(u"pass_client_host"_s, &passClientHost);
    if (!r.has(u"proxy_set_header"_s))
        p->headers.proxySetHeader = ProxySettings::labDefaultHeaders(passClientHost).proxySetHeader;
    else if (r.has(u"pass_client_host"_s))
        r.add(u"pass_client_host"_s, LabJson::tr("is replaced by the proxy_set_header lines (Host: $host)"));
    HeaderRules rules;
    readHeaderRules(r, issues, &rules);
    if (r.has(u"proxy_set_header"_s))
        p->headers.proxySetHeader = rules.proxySetHeader;
    p->headers.addHeader = rules.addHeader;
    p->headers.proxyHideHeader = rules.proxyHideHeader;
    p->headers.proxyPassHeader = rules.proxyPassHeader;
    p->headers.proxyRedirect = rules.proxyRedirect;
    r.boolean(u"upstream_name_header"_s, &p->upstreamNameHeader);
    r.integer(u"workers"_s, &p->workers);
    r.string(u"real_ip_header"_s, &p->realIpHeader);
    const QJsonArray from = r.array(u"set_real_ip_from"_s);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (!from.at(i).isString())
            issues->append({indexed(r.at(u"set_real_ip_from"_s), i), LabJson::tr("must be a string")});
        else
            p->realIpFrom.append(from.at(i).toString());
    }
    r.boolean(u"real_ip_recursive"_s, &p->realIpRecursive);
}

QJsonObject serverToJson(const UpstreamServer &s)
{
    QJsonObject o;
    o.insert(u"name"_s, s.name);
    o.insert(u"address"_s, s.address);
    o.insert(u"weight"_s, s.weight);
    o.insert(u"max_fails"_s, s.maxFails);
    o.insert(u"fail_timeout"_s, Units::formatDurationMs(qint64(s.failTimeoutSec) * 1000));
    o.insert(u"backup"_s, s.backup);
    o.insert(u"down"_s, s.down);
    o.insert(u"max_conns"_s, s.maxConns);
    if (s.slowStartSec != 0)
        o.insert(u"slow_start"_s, Units::formatDurationMs(qint64(s.slowStartSec) * 1000));
    if (s.drain)
        o.insert(u"drain"_s, true);
    return o;
}

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return u"%1:%2"_s.arg(line).arg(column);
}

} // namespace

QJsonObject LabJson::backendToJson(const MockBackendConfig &b)
{
    // The basics always; everything else only when it differs from the default.
    const MockBehaviour &h = b.behaviour;
    const MockBackendConfig d;
    QJsonObject o;
    o.insert(u"name"_s, b.name);
    o.insert(u"listen"_s, b.listen);
    o.insert(u"autostart"_s, b.autostart);
    o.insert(u"status"_s, h.status);
    if (b.paused)
        o.insert(u"paused"_s, true);
    if (!b.color.isEmpty())
        o.insert(u"color"_s, b.color);
    if (!h.headers.isEmpty()) {
        QJsonArray headers;
        for (const auto &[name, value] : h.headers)
            headers.append(QString(name + u": "_s + value));
        o.insert(u"headers"_s, headers);
    }
    if (!h.body.isEmpty())
        o.insert(u"body"_s, h.body);
    if (!h.bodyFile.isEmpty())
        o.insert(u"body_file"_s, h.bodyFile);
    if (h.bodySize >= 0)
        o.insert(u"body_size"_s, Units::formatSize(h.bodySize));
    if (h.latency != MockLatency())
        o.insert(u"latency"_s, MockSyntax::formatLatency(h.latency));
    if (h.errorRate != 0)
        o.insert(u"error_rate"_s, h.errorRate);
    if (h.errorStatus != d.behaviour.errorStatus)
        o.insert(u"error_status"_s, h.errorStatus);
    if (h.errorEvery != 0)
        o.insert(u"error_every"_s, h.errorEvery);
    if (h.errorFirst != 0)
        o.insert(u"error_first"_s, h.errorFirst);
    if (!h.faults.isEmpty()) {
        QJsonArray faults;
        for (const MockFault &f : h.faults)
            faults.append(MockSyntax::formatFault(f));
        o.insert(u"faults"_s, faults);
    }
    if (!b.timeline.isEmpty()) {
        QJsonArray steps;
        for (const MockTimelineStep &step : b.timeline)
            steps.append(MockSyntax::formatStep(step));
        o.insert(u"timeline"_s, steps);
    }
    if (b.seed != 0)
        o.insert(u"seed"_s, double(b.seed));
    if (b.healthPath != d.healthPath)
        o.insert(u"health_path"_s, b.healthPath);
    return o;
}

MockBackendConfig LabJson::backendFromJson(const QJsonObject &o, const QString &path, QList<ConfigIssue> *issues)
{
    Reader r(o, path, issues,
             {u"name"_s, u"listen"_s, u"autostart"_s, u"paused"_s, u"color"_s, u"status"_s, u"headers"_s, u"body"_s,
              u"body_file"_s, u"body_size"_s, u"latency"_s, u"error_rate"_s, u"error_status"_s, u"error_every"_s,
              u"error_first"_s, u"faults"_s, u"timeline"_s, u"seed"_s, u"health_path"_s});
    MockBackendConfig b;
    MockBehaviour &h = b.behaviour;
    r.string(u"name"_s, &b.name);
    r.string(u"listen"_s, &b.listen);
    r.boolean(u"autostart"_s, &b.autostart);
    r.boolean(u"paused"_s, &b.paused);
    r.string(u"color"_s, &b.color);
    r.integer(u"status"_s, &h.status);
    const QJsonArray headers = r.array(u"headers"_s);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString line = headers.at(i).toString();
        const qsizetype colon = line.indexOf(u':');
        if (!headers.at(i).isString() || colon <= 0) {
            issues->append({indexed(r.at(u"headers"_s), i), tr("must be a string \"Name: value\"")});
            continue;
        }
        h.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    r.string(u"body"_s, &h.body);
    r.string(u"body_file"_s, &h.bodyFile);
    r.size(u"body_size"_s, &h.bodySize);
    if (r.has(u"latency"_s)) {
        QString text;
        r.string(u"latency"_s, &text);
        QString error;
        if (const auto l = MockSyntax::parseLatency(text, &error))
            h.latency = *l;
        else if (o.value(u"latency"_s).isString())
            r.add(u"latency"_s, error);
    }
    r.number(u"error_rate"_s, &h.errorRate);
    r.integer(u"error_status"_s, &h.errorStatus);
    r.integer(u"error_every"_s, &h.errorEvery);
    r.integer(u"error_first"_s, &h.errorFirst);
    const QJsonArray faults = r.array(u"faults"_s);
    for (qsizetype i = 0; i < faults.size(); ++i) {
        QString error = tr("must be a string such as \"reset:0.1\"");
        const auto f = faults.at(i).isString() ? MockSyntax::parseFault(faults.at(i).toString(), &error) : std::nullopt;
        if (f)
            h.faults.append(*f);
        else
            issues->append({indexed(r.at(u"faults"_s), i), error});
    }
    const QJsonArray timeline = r.array(u"timeline"_s);
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        QString error = tr("must be a string such as \"10s stop\"");
        const auto step = timeline.at(i).isString() ? MockSyntax::parseStep(timeline.at(i).toString(), &error) : std::nullopt;
        if (step)
            b.timeline.append(*step);
        else
            issues->append({indexed(r.at(u"timeline"_s), i), error});
    }
    if (r.has(u"seed"_s)) {
        double seed = 0;
        r.number(u"seed"_s, &seed);
        if (seed < 0 || seed != double(quint64(seed)) || seed > double(LabLimits::Seed.max))
            r.add(u"seed"_s, tr("must be a whole number 0..2^53"));
        else
            b.seed = quint64(seed);
    }
    r.string(u"health_path"_s, &b.healthPath);
    return b;
}

QByteArray LabJson::toJson(const LabConfig &lab)
{
    QJsonObject root;
    root.insert(u"format"_s, LabConfig::FormatVersion);
    root.insert(u"name"_s, lab.name);

    QJsonArray listeners;
    for (const Listener &l : lab.listeners) {
        QJsonObject o;
        o.insert(u"address"_s, l.address);
        o.insert(u"port"_s, l.port);
        if (l.defaultServer)
            o.insert(u"default_server"_s, true);
        if (!l.moreListens.isEmpty()) {
            QJsonArray more;
            for (const ListenAddress &listen : l.moreListens)
                more.append(listenToJson(listen));
            o.insert(u"also_listen"_s, more);
        }
        if (!l.serverNames.isEmpty())
            o.insert(u"server_name"_s, QJsonArray::fromStringList(l.serverNames));
        if (l.maxConnections != 0)
            o.insert(u"max_connections"_s, l.maxConnections);
        writeRewrites(o, l.rewrites);
        writeHeaderRules(o, l.headers, false);
        QJsonArray routes;
        for (const Route &route : l.routes)
        {
            QJsonObject ro{{u"location"_s, route.location}};
            if (route.isExact())
                ro.insert(u"exact"_s, true);
            else if (route.match != LocationMatch::Prefix)
                ro.insert(u"modifier"_s, Route::modifierName(route.match));
            writeRewrites(ro, route.rewrites);
            if (route.returns()) {
                ro.insert(u"return"_s, route.returnStatus);
                if (!route.returnText.isEmpty())
                    ro.insert(u"text"_s, route.returnText);
            } else {
                ro.insert(u"upstream"_s, route.upstream);
                if (!route.proxyUri.isEmpty())
                    ro.insert(u"proxy_uri"_s, route.proxyUri);
            }
            writeHeaderRules(ro, route.headers, false);
            routes.append(ro);
        }
        o.insert(u"routes"_s, routes);
        listeners.append(o);
    }
    root.insert(u"listeners"_s, listeners);

    QJsonArray upstreams;
    for (const UpstreamGroup &g : lab.upstreams) {
        QJsonObject o;
        o.insert(u"name"_s, g.name);
        o.insert(u"method"_s, balancingMethodName(g.method));
        if (g.method == BalancingMethod::Hash) {
            o.insert(u"hash_key"_s, g.hashKey);
            o.insert(u"consistent"_s, g.hashConsistent);
        }
        if (g.method == BalancingMethod::Random && g.randomTwo)
            o.insert(u"two"_s, g.randomLeastConn ? u"least_conn"_s : QString());
        if (g.method == BalancingMethod::LeastTime)
            o.insert(u"least_time"_s, g.leastTimeLastByte ? u"last_byte"_s : u"header"_s);
        o.insert(u"keepalive"_s, g.keepalive);
        if (g.healthCheck.enabled) {
            const HealthCheck &hc = g.healthCheck;
            o.insert(u"health_check"_s,
                     QJsonObject{{u"interval"_s, Units::formatDurationMs(hc.intervalMs)}, {u"passes"_s, hc.passes},
                                 {u"fails"_s, hc.fails}, {u"uri"_s, hc.uri},
                                 {u"status"_s, hc.statusMin == hc.statusMax ? QString::number(hc.statusMin)
                                                                             : u"%1-%2"_s.arg(hc.statusMin).arg(hc.statusMax)}});
        }
        QJsonArray servers;
        for (const UpstreamServer &s : g.servers)
            servers.append(serverToJson(s));
        o.insert(u"servers"_s, servers);
        upstreams.append(o);
    }
    root.insert(u"upstreams"_s, upstreams);

    const ProxySettings &p = lab.proxy;
    QJsonObject proxy;
    proxy.insert(u"connect_timeout"_s, Units::formatDurationMs(p.connectTimeoutMs));
    proxy.insert(u"send_timeout"_s, Units::formatDurationMs(p.sendTimeoutMs));
    proxy.insert(u"read_timeout"_s, Units::formatDurationMs(p.readTimeoutMs));
    proxy.insert(u"client_header_timeout"_s, Units::formatDurationMs(p.clientHeaderTimeoutMs));
    proxy.insert(u"client_body_timeout"_s, Units::formatDurationMs(p.clientBodyTimeoutMs));
    proxy.insert(u"keepalive_timeout"_s, Units::formatDurationMs(p.keepaliveTimeoutMs));
    proxy.insert(u"keepalive_requests"_s, p.keepaliveRequests);
    proxy.insert(u"client_max_body_size"_s, Units::formatSize(p.clientMaxBodySize));
    proxy.insert(u"max_uri_length"_s, p.maxUriLength);
    proxy.insert(u"max_header_size"_s, p.maxHeaderSize);
    const QStringList next = NextUpstreamConditions::names(p.nextUpstream);
    proxy.insert(u"next_upstream"_s, QJsonArray::fromStringList(next.isEmpty() ? QStringList{u"off"_s} : next));
    proxy.insert(u"next_upstream_tries"_s, p.nextUpstreamTries);
    proxy.insert(u"next_upstream_timeout"_s, Units::formatDurationMs(p.nextUpstreamTimeoutMs));
    proxy.insert(u"upstream_name_header"_s, p.upstreamNameHeader);
    proxy.insert(u"workers"_s, p.workers);
    proxy.insert(u"real_ip_header"_s, p.realIpHeader);
    proxy.insert(u"set_real_ip_from"_s, QJsonArray::fromStringList(p.realIpFrom));
    proxy.insert(u"real_ip_recursive"_s, p.realIpRecursive);
    writeHeaderRules(proxy, p.headers, true);
    root.insert(u"proxy"_s, proxy);

    QJsonArray backends;
    for (const MockBackendConfig &b : lab.backends)
        backends.append(backendToJson(b));
    root.insert(u"backends"_s, backends);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LabLoadResult LabJson::fromJson(const QByteArray &json, const QString &fileName)
{
    LabLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errorText = u"%1:%2: %3"_s.arg(fileName, lineColumn(json, parseError.offset),
                                              tr("invalid JSON: %1").arg(parseError.errorString()));
        result.issues.append({QString(), result.errorText});
        return result;
    }
    if (!doc.isObject()) {
        result.errorText = u"%1: %2"_s.arg(fileName, tr("a lab file must hold a JSON object"));
        result.issues.append({QString(), result.errorText});
        return result;
    }

    QList<ConfigIssue> &issues = result.issues;
    LabConfig &lab = result.lab;
    Reader root(doc.object(), QString(), &issues,
                {u"format"_s, u"name"_s, u"listeners"_s, u"upstreams"_s, u"proxy"_s, u"backends"_s});
    int format = 0;
    root.integer(u"format"_s, &format);
    if (!root.has(u"format"_s)) {
        root.add(u"format"_s, tr("is required (this version reads format %1)").arg(LabConfig::FormatVersion));
    } else if (format != LabConfig::FormatVersion) {
        root.add(u"format"_s, tr("is %1, but this version of Upstream Lab reads format %2")
                                  .arg(format).arg(LabConfig::FormatVersion));
    }
    root.string(u"name"_s, &lab.name);

    const QJsonArray listeners = root.array(u"listeners"_s);
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        QJsonObject o;
        if (!objectAt(listeners, i, u"listeners"_s, &issues, &o))
            continue;
        const QString path = indexed(u"listeners"_s, i);
        Reader r(o, path, &issues,
                 QStringList{u"address"_s, u"port"_s, u"default_server"_s, u"also_listen"_s, u"server_name"_s,
                             u"max_connections"_s, u"rewrite"_s, u"routes"_s} + headerRuleKeys);
        Listener l;
        r.string(u"address"_s, &l.address);
        r.integer(u"port"_s, &l.port);
        r.boolean(u"default_server"_s, &l.defaultServer);
        const QJsonArray more = r.array(u"also_listen"_s);
        for (qsizetype k = 0; k < more.size(); ++k) {
            QJsonObject mo;
            if (!objectAt(more, k, r.at(u"also_listen"_s), &issues, &mo))
                continue;
            Reader m(mo, indexed(r.at(u"also_listen"_s), k), &issues, {u"address"_s, u"port"_s, u"default_server"_s});
            ListenAddress listen;
            m.string(u"address"_s, &listen.address);
            m.integer(u"port"_s, &listen.port);
            m.boolean(u"default_server"_s, &listen.defaultServer);
            l.moreListens.append(listen);
        }
        readStrings(r, u"server_name"_s, &issues, &l.serverNames);
        r.integer(u"max_connections"_s, &l.maxConnections);
        readRewrites(r, &issues, &l.rewrites);
        readHeaderRules(r, &issues, &l.headers);
        const QJsonArray routes = r.array(u"routes"_s);
        const QString routesPath = r.at(u"routes"_s);
        for (qsizetype j = 0; j < routes.size(); ++j) {
            QJsonObject ro;
            if (!objectAt(routes, j, routesPath, &issues, &ro))
                continue;
            Reader rr(ro, indexed(routesPath, j), &issues,
                      QStringList{u"location"_s, u"modifier"_s, u"upstream"_s, u"exact"_s, u"return"_s, u"text"_s,
                                  u"proxy_uri"_s, u"rewrite"_s} + headerRuleKeys);
            Route route;
            rr.string(u"location"_s, &route.location);
            rr.string(u"upstream"_s, &route.upstream);
            bool exact = false;
            rr.boolean(u"exact"_s, &exact);
            if (exact)
                route.match = LocationMatch::Exact;
            if (rr.has(u"modifier"_s)) {
                QString modifier;
                rr.string(u"modifier"_s, &modifier);
                if (const auto m = Route::matchFromModifier(modifier); m && !(exact && *m != LocationMatch::Exact))
                    route.match = *m;
                else
                    rr.add(u"modifier"_s, tr("must be \"=\", \"^~\", \"~\", \"~*\" or \"\" (and agree with \"exact\")"));
            }
            rr.integer(u"return"_s, &route.returnStatus);
            rr.string(u"text"_s, &route.returnText);
            rr.string(u"proxy_uri"_s, &route.proxyUri);
            readRewrites(rr, &issues, &route.rewrites);
            readHeaderRules(rr, &issues, &route.headers);
            l.routes.append(route);
        }
        lab.listeners.append(l);
    }

    const QJsonArray upstreams = root.array(u"upstreams"_s);
    for (qsizetype i = 0; i < upstreams.size(); ++i) {
        QJsonObject o;
        if (!objectAt(upstreams, i, u"upstreams"_s, &issues, &o))
            continue;
        UpstreamGroup g;
        readGroup(o, indexed(u"upstreams"_s, i), &issues, &g);
        lab.upstreams.append(g);
    }

    if (root.has(u"proxy"_s))
        readProxy(root.object(u"proxy"_s), &issues, &lab.proxy);

    const QJsonArray backends = root.array(u"backends"_s);
    for (qsizetype i = 0; i < backends.size(); ++i) {
        QJsonObject o;
        if (!objectAt(backends, i, u"backends"_s, &issues, &o))
            continue;
        const MockBackendConfig b = backendFromJson(o, indexed(u"backends"_s, i), &issues);
        lab.backends.append(b);
    }

    // Type errors first; semantic rules only make sense on a well-typed lab.
    if (issues.isEmpty()) {
        issues = LabValidator::validate(lab);
        result.wellFormed = true;
    }

    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ConfigIssue &issue : std::as_const(issues))
            lines.append(u"%1: %2"_s.arg(fileName, issue.toString()));
        result.errorText = lines.join(u'\n');
        return result;
    }
    result.ok = true;
    return result;
}

LabLoadResult LabJson::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        LabLoadResult result;
        result.errorText = u"%1: %2"_s.arg(fileName, file.errorString());
        result.issues.append({QString(), result.errorText});
        return result;
    }
    if (file.size() > 16 * 1024 * 1024) {
        LabLoadResult result;
        result.errorText = u"%1: %2"_s.arg(fileName, tr("file is too large for a lab (over 16 MiB)"));
        result.issues.append({QString(), result.errorText});
        return result;
    }
    return fromJson(file.readAll(), fileName);
}

bool LabJson::save(const LabConfig &lab, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(fileName, file.errorString());
        return false;
    }
    file.write(toJson(lab));
    if (!file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(fileName, file.errorString());
        return false;
    }
    return true;
}
