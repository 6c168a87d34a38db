// Every named limit of the lab (LabLimits), at its bounds: the lowest and
// highest allowed values pass, one step outside is reported at the field's
// JSON path with the rule's words.

#include "config/labvalidator.h"
#include "nginx/nginximporter.h"

#include <QTest>

#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A valid lab with one of everything a limit applies to.
LabConfig baseLab()
{
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].healthCheck.enabled = true;
    lab.listeners[0].routes.append(Route::returning(u"/r"_s, 200, u"ok"_s));
    return lab;
}

struct IntLimit {
    const char *name;
    const char *path;     // where the issue must be reported
    const char *message;  // the rule's words
    qint64 min;
    qint64 max;
    std::function<void(LabConfig &, qint64)> set;
    std::optional<qint64> below; // the value just below the range, if it means anything else
    std::optional<qint64> above; // the value just above, if the field can hold it
};

// T is the field's type too: max + 1 is tested only when the field can hold it.
template <typename T>
IntLimit limit(const char *name, const char *path, const char *message, const LabRange<T> &range,
               std::function<void(LabConfig &, qint64)> set)
{
    IntLimit l{name, path, message, qint64(range.min), qint64(range.max), std::move(set), qint64(range.min) - 1, {}};
    if (range.max < std::numeric_limits<T>::max())
        l.above = qint64(range.max) + 1;
    return l;
}

UpstreamServer &server(LabConfig &lab)
{
    return lab.upstreams[0].servers[0];
}

const QList<IntLimit> &intLimits()
{
    using namespace LabLimits;
    static const QList<IntLimit> limits = [] {
        QList<IntLimit> l{
            limit("weight", "upstreams[0].servers[0].weight", "must be 1..1000", Weight,
                  [](LabConfig &lab, qint64 v) { server(lab).weight = int(v); }),
            limit("max_fails", "upstreams[0].servers[0].max_fails", "must be 0..1000 (0 turns failure accounting off)", MaxFails,
                  [](LabConfig &lab, qint64 v) { server(lab).maxFails = int(v); }),
            limit("fail_timeout", "upstreams[0].servers[0].fail_timeout", "must be 0s..7d", FailTimeoutSec,
                  [](LabConfig &lab, qint64 v) { server(lab).failTimeoutSec = int(v); }),
            limit("max_conns", "upstreams[0].servers[0].max_conns", "must be 0..1000000 (0 means no limit)", MaxConns,
                  [](LabConfig &lab, qint64 v) { server(lab).maxConns = int(v); }),
            limit("slow_start", "upstreams[0].servers[0].slow_start", "must be 0s..1h", SlowStartSec,
                  [](LabConfig &lab, qint64 v) { server(lab).slowStartSec = int(v); }),
            limit("keepalive", "upstreams[0].keepalive", "must be 0..10000", Keepalive,
                  [](LabConfig &lab, qint64 v) { lab.upstreams[0].keepalive = int(v); }),
            limit("health interval", "upstreams[0].health_check.interval", "must be 100ms..1h", HealthIntervalMs,
                  [](LabConfig &lab, qint64 v) { lab.upstreams[0].healthCheck.intervalMs = int(v); }),
            limit("health passes", "upstreams[0].health_check.passes", "must be 1..100", HealthPasses,
                  [](LabConfig &lab, qint64 v) { lab.upstreams[0].healthCheck.passes = int(v); }),
            limit("health fails", "upstreams[0].health_check.fails", "must be 1..100", HealthFails,
                  [](LabConfig &lab, qint64 v) { lab.upstreams[0].healthCheck.fails = int(v); }),
            limit("health status", "upstreams[0].health_check.status", "must be a status or range within 100..599", HttpStatus,
                  [](LabConfig &lab, qint64 v) {
                      lab.upstreams[0].healthCheck.statusMin = int(v);
                      lab.upstreams[0].healthCheck.statusMax = int(v);
                  }),
            limit("port", "listeners[0].port", "must be 1..65535 (or 0 for any free port)", Port,
                  [](LabConfig &lab, qint64 v) { lab.listeners[0].port = int(v); }),
            limit("max_connections", "listeners[0].max_connections", "must be 0..1000000 (0 means no limit)", ListenerMaxConnections,
                  [](LabConfig &lab, qint64 v) { lab.listeners[0].maxConnections = int(v); }),
            limit("return", "listeners[0].routes[1].return", "must be a status code 1..999 (444 closes the connection)", ReturnStatus,
                  [](LabConfig &lab, qint64 v) { lab.listeners[0].routes[1].returnStatus = int(v); }),
            limit("keepalive_requests", "proxy.keepalive_requests", "must be 0..10000000", KeepaliveRequests,
                  [](LabConfig &lab, qint64 v) { lab.proxy.keepaliveRequests = int(v); }),
            limit("client_max_body_size", "proxy.client_max_body_size", "must not be negative (0 means no limit)", ClientMaxBodySize,
                  [](LabConfig &lab, qint64 v) { lab.proxy.clientMaxBodySize = v; }),
            limit("max_uri_length", "proxy.max_uri_length", "must be 64..1048576", MaxUriLength,
                  [](LabConfig &lab, qint64 v) { lab.proxy.maxUriLength = int(v); }),
            limit("max_header_size", "proxy.max_header_size", "must be 1024..4194304", MaxHeaderSize,
                  [](LabConfig &lab, qint64 v) { lab.proxy.maxHeaderSize = int(v); }),
            limit("next_upstream_tries", "proxy.next_upstream_tries", "must be 0..1000 (0 means no limit)", NextUpstreamTries,
                  [](LabConfig &lab, qint64 v) { lab.proxy.nextUpstreamTries = int(v); }),
            limit("workers", "proxy.workers", "must be 0..64 (0 means one per core)", Workers,
                  [](LabConfig &lab, qint64 v) { lab.proxy.workers = int(v); }),
            limit("status", "backends[0].status", "must be an HTTP status 100..599", HttpStatus,
                  [](LabConfig &lab, qint64 v) { lab.backends[0].behaviour.status = int(v); }),
            limit("error_status", "backends[0].error_status", "must be an HTTP status 100..599", HttpStatus,
                  [](LabConfig &lab, qint64 v) { lab.backends[0].behaviour.errorStatus = int(v); }),
            limit("error_every", "backends[0].error_every", "must not be negative (0 = off)", ErrorEvery,
                  [](LabConfig &lab, qint64 v) { lab.backends[0].behaviour.errorEvery = int(v); }),
            limit("error_first", "backends[0].error_first", "must not be negative (0 = off)", ErrorFirst,
                  [](LabConfig &lab, qint64 v) { lab.backends[0].behaviour.errorFirst = int(v); }),
            limit("body_size", "backends[0].body_size", "must be at most 1t", BodySize,
                  [](LabConfig &lab, qint64 v) { lab.backends[0].behaviour.bodySize = v; }),
        };
        for (IntLimit &entry : l) {
            if (qstrcmp(entry.name, "return") == 0)
                entry.below = -1; // return 0 is no return: the route proxies
            else if (qstrcmp(entry.name, "body_size") == 0)
                entry.below.reset(); // -1 = no filler body (tested below); nothing else is below 0
        }
        // The timeouts: 1ms..1d, or 0s..1d where 0 turns them off.
        const std::pair<const char *, int ProxySettings::*> required[] = {
            {"proxy.connect_timeout", &ProxySettings::connectTimeoutMs},
            {"proxy.send_timeout", &ProxySettings::sendTimeoutMs},
            {"proxy.read_timeout", &ProxySettings::readTimeoutMs},
            {"proxy.client_header_timeout", &ProxySettings::clientHeaderTimeoutMs},
            {"proxy.client_body_timeout", &ProxySettings::clientBodyTimeoutMs}};
        for (const auto &[path, field] : required)
            l.append(limit(path, path, "must be 1ms..1d", TimeoutMs, [field](LabConfig &lab, qint64 v) { lab.proxy.*field = int(v); }));
        const std::pair<const char *, int ProxySettings::*> optional[] = {
            {"proxy.keepalive_timeout", &ProxySettings::keepaliveTimeoutMs},
            {"proxy.next_upstream_timeout", &ProxySettings::nextUpstreamTimeoutMs}};
        for (const auto &[path, field] : optional)
            l.append(limit(path, path, "must be 0s..1d", OptionalTimeoutMs, [field](LabConfig &lab, qint64 v) { lab.proxy.*field = int(v); }));
        return l;
    }();
    return limits;
}

QStringList issuesAt(const LabConfig &lab, const QString &path)
{
    QStringList messages;
    for (const ConfigIssue &issue : LabValidator::validate(lab)) {
        if (issue.path == path)
            messages.append(issue.message);
    }
    return messages;
}

QString allIssues(const LabConfig &lab)
{
    QStringList lines;
    for (const ConfigIssue &issue : LabValidator::validate(lab))
        lines.append(issue.toString());
    return lines.join(u'\n');
}

} // namespace

class tst_LabValidator final : public QObject
{
    Q_OBJECT

private slots:
    void baseLabIsValid();
    void intLimitAtItsBounds_data();
    void intLimitAtItsBounds();
    void bodySizeMinusOneMeansNoFiller();
    void probabilities();
    void seedFitsAJsonNumber();
    void rangeTexts();
    void nginxImportUsesTheWeightLimit();
};

void tst_LabValidator::baseLabIsValid()
{
    QVERIFY2(LabValidator::validate(baseLab()).isEmpty(), qPrintable(allIssues(baseLab())));
}

void tst_LabValidator::intLimitAtItsBounds_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < intLimits().size(); ++i)
        QTest::newRow(intLimits()[i].name) << i;
}

void tst_LabValidator::intLimitAtItsBounds()
{
    QFETCH(int, index);
    const IntLimit &limit = intLimits()[index];
    const QString path = QString::fromLatin1(limit.path);
    const auto at = [&](qint64 value) {
        LabConfig lab = baseLab();
        limit.set(lab, value);
        return lab;
    };

    for (const qint64 allowed : {limit.min, limit.max}) {
        const LabConfig lab = at(allowed);
        QVERIFY2(LabValidator::validate(lab).isEmpty(), qPrintable(u"%1 = %2: %3"_s.arg(path).arg(allowed).arg(allIssues(lab))));
    }
    QList<qint64> outside;
    for (const std::optional<qint64> &value : {limit.below, limit.above}) {
        if (value)
            outside.append(*value);
    }
    QVERIFY(!outside.isEmpty());
    for (const qint64 rejected : std::as_const(outside)) {
        const LabConfig lab = at(rejected);
        const QStringList messages = issuesAt(lab, path);
        QVERIFY2(messages.size() == 1, qPrintable(u"%1 = %2: %3"_s.arg(path).arg(rejected).arg(allIssues(lab))));
        QCOMPARE(messages.first(), QString::fromLatin1(limit.message));
    }
}

void tst_LabValidator::bodySizeMinusOneMeansNoFiller()
{
    LabConfig lab = baseLab();
    lab.backends[0].behaviour.bodySize = -1;
    QVERIFY(LabValidator::validate(lab).isEmpty());
}

void tst_LabValidator::probabilities()
{
    LabConfig lab = baseLab();
    MockBehaviour &h = lab.backends[0].behaviour;
    for (const double allowed : {LabLimits::Probability.min, LabLimits::Probability.max}) {
        h.errorRate = allowed;
        QVERIFY2(LabValidator::validate(lab).isEmpty(), qPrintable(allIssues(lab)));
    }
    for (const double rejected : {-0.001, 1.001}) {
        h.errorRate = rejected;
        QCOMPARE(issuesAt(lab, u"backends[0].error_rate"_s), QStringList{u"must be a probability 0..1"_s});
    }
    h.errorRate = 0;
    // Faults: each a probability, together at most 1.
    h.faults = {{MockFault::Kind::Reset, 0.5, 1024}, {MockFault::Kind::Close, 0.5, 1024}};
    QVERIFY2(LabValidator::validate(lab).isEmpty(), qPrintable(allIssues(lab)));
    h.faults[1].probability = 0.51;
    QCOMPARE(issuesAt(lab, u"backends[0].faults"_s), QStringList{u"the probabilities add up to more than 1"_s});
}

void tst_LabValidator::seedFitsAJsonNumber()
{
    // A lab file stores the seed as a JSON number: beyond 2^53 it would change on save.
    LabConfig lab = baseLab();
    lab.backends[0].seed = LabLimits::Seed.max;
    QVERIFY2(LabValidator::validate(lab).isEmpty(), qPrintable(allIssues(lab)));
    lab.backends[0].seed = LabLimits::Seed.max + 1;
    QCOMPARE(issuesAt(lab, u"backends[0].seed"_s), QStringList{u"must be a whole number 0..2^53"_s});
}

void tst_LabValidator::rangeTexts()
{
    QCOMPARE(LabValidator::rangeText(LabLimits::Weight), u"1..1000"_s);
    QCOMPARE(LabValidator::durationRangeText(100, 3'600'000), u"100ms..1h"_s);
    QCOMPARE(LabValidator::durationRangeText(0, 7 * 86'400'000LL), u"0s..7d"_s);
    QCOMPARE(LabValidator::durationRangeText(1500, 90'000), u"1500ms..90s"_s);
    QCOMPARE(LabValidator::durationRangeText(60'000, 120'000), u"1m..2m"_s);
}

void tst_LabValidator::nginxImportUsesTheWeightLimit()
{
    const QString conf = u"http { upstream b { server 127.0.0.1:9001 weight=%1; } "
                         "server { listen 127.0.0.1:8080; location / { proxy_pass http://b; } } }"_s;
    const NginxImportResult highest = NginxImporter::importText(conf.arg(LabLimits::Weight.max), u"nginx.conf"_s);
    QVERIFY2(highest.ok, qPrintable(highest.error));
    QCOMPARE(highest.lab.upstreams[0].servers[0].weight, LabLimits::Weight.max);
    const NginxImportResult over = NginxImporter::importText(conf.arg(LabLimits::Weight.max + 1), u"nginx.conf"_s);
    QVERIFY(!over.ok);
    QVERIFY2(over.error.contains(u"(the lab takes weights 1..1000)"_s), qPrintable(over.error));
}

QTEST_GUILESS_MAIN(tst_LabValidator)
#include "tst_labvalidator.moc"
