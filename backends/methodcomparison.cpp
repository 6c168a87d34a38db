#include "methodcomparison.h"

#include "balancing/clock.h"
#include "balancing/upstreambalancer.h"
#include "config/labvalidator.h"
#include "engine/proxyengine.h"
#include "http/complexvalue.h"
#include "http/httpparser.h"
#include "mockbackendhost.h"
#include "traffic/clientpopulation.h"
#include "traffic/trafficgenerator.h"
#include "traffic/trafficplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MethodComparison)
};

QString pickName(const UpstreamGroup &group, QByteArrayView key)
{
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    PeerSelection selection;
    balancer.begin(selection, 0, key);
    const UpstreamBalancer::Pick pick = balancer.pick(selection);
    return pick.isValid() ? group.servers[pick.serverIndex].name : QString();
}
} // namespace

std::optional<MethodSpec> MethodSpec::parse(const QString &text, QString *error)
{
    MethodSpec spec;
    spec.text = text.trimmed();
    const QStringList parts = spec.text.split(u':');
    const QString name = parts.value(0);
    const auto fail = [&](const QString &why) -> std::optional<MethodSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (name == u"round_robin" && parts.size() == 1) {
        spec.method = BalancingMethod::RoundRobin;
    } else if (name == u"least_conn" && parts.size() == 1) {
        spec.method = BalancingMethod::LeastConn;
    } else if (name == u"ip_hash" && parts.size() == 1) {
        spec.method = BalancingMethod::IpHash;
    } else if (name == u"hash") {
        // The key may itself hold ':' ("$host:$uri"): only a last ":consistent" is special.
        QString key = spec.text.mid(5);
        if (key.endsWith(u":consistent"_s)) {
            spec.consistent = true;
            key.chop(11);
        }
        if (key.isEmpty())
            return fail(Tr::tr("\"%1\": hash needs a key, e.g. hash:$request_uri").arg(text));
        ComplexValue parsed;
        QString why;
        if (!parsed.parse(key, &why))
            return fail(Tr::tr("\"%1\": %2").arg(text, why));
        spec.method = BalancingMethod::Hash;
        spec.hashKey = key;
    } else if (name == u"random" && parts.size() <= 3) {
        spec.method = BalancingMethod::Random;
        if (parts.size() >= 2 && parts[1] != u"two")
            return fail(Tr::tr("\"%1\": expected random, random:two or random:two:least_conn").arg(text));
        spec.two = parts.size() >= 2;
        if (parts.size() == 3 && parts[2] != u"least_conn")
            return fail(Tr::tr("\"%1\": expected random, random:two or random:two:least_conn").arg(text));
        spec.twoLeastConn = parts.size() == 3;
    } else if (name == u"least_time" && parts.size() <= 2) {
        spec.method = BalancingMethod::LeastTime;
        if (parts.size() == 2 && parts[1] != u"header" && parts[1] != u"last_byte")
            return fail(Tr::tr("\"%1\": expected least_time:header or least_time:last_byte").arg(text));
        spec.lastByte = parts.value(1) == u"last_byte";
    } else {
        return fail(Tr::tr("unknown method \"%1\" (expected round_robin, least_conn, ip_hash, hash:KEY[:consistent], "
                           "random[:two[:least_conn]], least_time[:header|:last_byte])")
                        .arg(text));
    }
    return spec;
}

void MethodSpec::applyTo(UpstreamGroup &group) const
{
    group.method = method;
    group.hashKey = method == BalancingMethod::Hash ? hashKey : QString();
    group.hashConsistent = consistent;
    group.randomTwo = two;
    group.randomLeastConn = twoLeastConn;
    group.leastTimeLastByte = lastByte;
}

MethodComparison::MethodComparison(QObject *parent)
    : QObject(parent)
{
}

MethodComparison::~MethodComparison()
{
    tearDown();
}

bool MethodComparison::start(const LabConfig &lab, const QString &group, const QList<MethodSpec> &methods,
                             const TrafficOptions &traffic, const QString &baseDirectory, QString *error)
{
    const UpstreamGroup *g = group.isEmpty() ? (lab.upstreams.isEmpty() ? nullptr : &lab.upstreams.first()) : lab.findUpstream(group);
    if (!g) {
        if (error)
            *error = group.isEmpty() ? Tr::tr("the lab has no upstream group") : Tr::tr("the lab has no upstream group \"%1\"").arg(group);
        return false;
    }
    if (methods.isEmpty()) {
        if (error)
            *error = Tr::tr("no methods to compare");
        return false;
    }
    m_lab = lab;
    m_group = g->name;
    m_baseDirectory = baseDirectory;
    m_traffic = traffic;
    m_error.clear();
    m_results.clear();
    for (const MethodSpec &spec : methods)
        m_results.append(MethodResult{spec, {}, {}, {}, 0, 0, -1, 0});
    m_current = -1;
    m_stopping = false;
    m_running = true;
    QTimer::singleShot(0, this, &MethodComparison::runNext);
    return true;
}

void MethodComparison::stop()
{
    m_stopping = true;
    if (m_generator && m_generator->isRunning())
        m_generator->stop();
}

QStringList MethodComparison::serverNames() const
{
    QStringList names;
    if (const UpstreamGroup *g = m_lab.findUpstream(m_group)) {
        for (const UpstreamServer &s : g->servers)
            names << s.name;
    }
    return names;
}

void MethodComparison::tearDown()
{
    if (m_generator) {
        m_generator->disconnect(this);
        m_generator.reset();
    }
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->stop();
        m_engine.reset();
    }
    m_mocks.reset();
}

void MethodComparison::runNext()
{
    tearDown();
    ++m_current;
    if (m_stopping || m_current >= m_results.size()) {
        m_current = -1;
        m_running = false;
        emit finished();
        return;
    }
    MethodResult &result = m_results[m_current];
    emit methodStarted(m_current);

    // A copy of the lab with the group on this method, one listener on a free port.
    LabConfig lab = m_lab;
    for (UpstreamGroup &g : lab.upstreams) {
        if (g.name == m_group)
            result.spec.applyTo(g);
    }
    Listener listener;
    listener.address = u"127.0.0.1"_s;
    listener.port = 0;
    listener.routes = {Route::proxyTo(u"/"_s, m_group)};
    lab.listeners = {listener};
    for (const ConfigIssue &issue : LabValidator::validate(lab)) {
        if (issue.path.startsWith(u"upstreams"_s)) {
            // nginx's own rule (e.g. hash and backup): reported, not run.
            result.skipped = issue.message;
            emit methodFinished(m_current);
            QTimer::singleShot(0, this, &MethodComparison::runNext);
            return;
        }
    }

    // Fresh mocks: their random draws and timelines start again from their seeds.
    QString error;
    m_mocks = std::make_unique<MockBackendHost>(2);
    for (const MockBackendConfig &b : std::as_const(lab.backends))
        m_mocks->add(b, m_baseDirectory);
    m_engine = std::make_unique<ProxyEngine>();
    if (!m_mocks->startAll(&error) || !m_engine->start(lab, &error)) {
        m_error = error;
        m_stopping = true;
        QTimer::singleShot(0, this, &MethodComparison::runNext);
        return;
    }
    connect(m_engine.get(), &ProxyEngine::requestsLogged, this, [this](const QList<RequestRecord> &records) {
        if (m_current < 0)
            return;
        for (const RequestRecord &r : records)
            m_results[m_current].retries += std::max<qsizetype>(0, r.attempts.size() - 1);
    });

    TrafficOptions traffic = m_traffic;
    traffic.address = QHostAddress(QHostAddress::LocalHost);
    traffic.port = m_engine->listenerPort(0);
    traffic.hostHeader = "127.0.0.1:" + QByteArray::number(traffic.port);
    m_generator = std::make_unique<TrafficGenerator>();
    connect(m_generator.get(), &TrafficGenerator::finished, this, &MethodComparison::finishMethod, Qt::QueuedConnection);
    if (!m_generator->start(traffic, &error)) {
        m_error = error;
        m_stopping = true;
        QTimer::singleShot(0, this, &MethodComparison::runNext);
    }
}

void MethodComparison::finishMethod()
{
    MethodResult &result = m_results[m_current];
    // Its last records come out as the engine stops: the retries are complete.
    m_engine->stop();
    result.stats = m_generator->result();
    result.durationMs = m_generator->durationMs();
    const auto upstreams = result.stats.upstreams();
    for (auto it = upstreams.cbegin(); it != upstreams.cend(); ++it)
        result.perServer.insert(it.key(), it->requests);

    const UpstreamGroup *g = m_lab.findUpstream(m_group);
    QList<double> shares;
    for (const UpstreamServer &s : g->servers) {
        if (!s.backup && !s.down)
            shares << double(result.perServer.value(s.name)) / double(std::max(1, s.weight));
    }
    result.fairness = jainIndex(shares);
    if (result.spec.isHash()) {
        UpstreamGroup copy = *g;
        result.spec.applyTo(copy);
        TrafficOptions traffic = m_traffic;
        traffic.requests = result.stats.completed();
        result.keysMoved = keysMovedOnRemoval(copy, planKeys(result.spec, traffic));
    }
    emit methodFinished(m_current);
    runNext();
}

double MethodComparison::jainIndex(const QList<double> &x)
{
    double sum = 0, squares = 0;
    for (double v : x) {
        sum += v;
        squares += v * v;
    }
    return squares > 0 ? sum * sum / (double(x.size()) * squares) : 0.0;
}

QList<QByteArray> MethodComparison::planKeys(const MethodSpec &spec, const TrafficOptions &traffic)
{
    const TrafficPlan plan(traffic);
    const ClientPopulation population(traffic.clients > 1 ? traffic.clients : 0, traffic.seed, traffic.forceForwardedFor);
    ComplexValue key;
    if (spec.method == BalancingMethod::Hash)
        key.parse(spec.hashKey);
    QSet<QByteArray> seen;
    QList<QByteArray> keys;
    QByteArray path;
    for (qint64 i = 0; i < traffic.requests; ++i) {
        const QHostAddress client = population.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : population.address(plan.clientIndex(i));
        QByteArray k;
        if (spec.method == BalancingMethod::IpHash) {
            const quint32 ip = client.toIPv4Address();
            const char bytes[4] = {char(ip >> 24), char(ip >> 16), char(ip >> 8), char(ip)};
            k = QByteArray(bytes, 4);
        } else {
            // The request as the proxy would parse it, for the key's variables.
            path.resize(0);
            plan.appendPath(i, path);
            QByteArray raw = traffic.method + ' ' + path + " HTTP/1.1\r\nHost: " + traffic.hostHeader + "\r\n";
            // Headers too: a key may read them ($http_NAME, $cookie_NAME).
            for (const QByteArray &h : traffic.headers) {
                if (!TrafficPlan::isTemplate(h))
                    raw += h + "\r\n";
            }
            plan.appendHeaders(i, raw);
            raw += "\r\n";
            HttpParser parser(HttpParser::Kind::Request);
            if (parser.parse(raw).event != HttpParser::Event::HeadComplete)
                continue;
            const QByteArray ip = client.toString().toLatin1();
            k = key.evaluate({&parser.head(), parser.head().target(), ip});
        }
        if (!seen.contains(k)) {
            seen.insert(k);
            keys.append(k);
        }
    }
    return keys;
}

double MethodComparison::keysMovedOnRemoval(const UpstreamGroup &group, const QList<QByteArray> &keys)
{
    QList<int> primaries;
    for (int i = 0; i < group.servers.size(); ++i) {
        if (!group.servers[i].backup && !group.servers[i].down)
            primaries << i;
    }
    if (primaries.size() < 2 || keys.isEmpty())
        return -1;
    QStringList before;
    for (const QByteArray &k : keys)
        before << pickName(group, k);
    double total = 0;
    for (int removed : std::as_const(primaries)) {
        UpstreamGroup without = group;
        without.servers.removeAt(removed);
        qint64 moved = 0;
        for (qsizetype k = 0; k < keys.size(); ++k) {
            if (pickName(without, keys[k]) != before[k])
                ++moved;
        }
        total += double(moved) / double(keys.size());
    }
    return total / double(primaries.size());
}

QJsonObject MethodComparison::toJson() const
{
    QJsonArray methods;
    for (const MethodResult &r : m_results) {
        QJsonObject o{{u"method"_s, r.spec.text}};
        if (!r.skipped.isEmpty()) {
            o.insert(u"skipped"_s, r.skipped);
            methods.append(o);
            continue;
        }
        QJsonObject servers;
        for (const QString &name : serverNames())
            servers.insert(name, double(r.perServer.value(name)));
        const QJsonObject stats = r.stats.toJson();
        o.insert(u"requests"_s, double(r.stats.completed()));
        o.insert(u"servers"_s, servers);
        o.insert(u"fairness"_s, std::round(r.fairness * 10000.0) / 10000.0);
        o.insert(u"latency_ms"_s, stats.value(u"latency_ms"_s));
        o.insert(u"statuses"_s, stats.value(u"statuses"_s));
        o.insert(u"errors"_s, double(r.stats.errors() + r.stats.serverErrors()));
        o.insert(u"retries"_s, double(r.retries));
        o.insert(u"keys_moved"_s, r.keysMoved < 0 ? QJsonValue() : QJsonValue(std::round(r.keysMoved * 10000.0) / 10000.0));
        o.insert(u"duration_s"_s, double(r.durationMs) / 1000.0);
        methods.append(o);
    }
    return QJsonObject{
        {u"group"_s, m_group},
        {u"traffic"_s, QJsonObject{{u"requests"_s, double(m_traffic.requests)}, {u"duration_ms"_s, double(m_traffic.durationMs)},
                                   {u"concurrency"_s, m_traffic.concurrency}, {u"rate"_s, m_traffic.rate},
                                   {u"seed"_s, QString::number(m_traffic.seed)}, {u"keys"_s, m_traffic.keys},
                                   {u"clients"_s, m_traffic.clients}, {u"path"_s, QString::fromUtf8(m_traffic.pathTemplate)}}},
        {u"methods"_s, methods},
    };
}
