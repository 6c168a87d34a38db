#include "config/labjson.h"
#include "config/units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LabJson final : public QObject
{
    Q_OBJECT

private slots:
    void demoRoundTrip();
    void customRoundTrip();
    void errorsNameFileAndPath_data();
    void errorsNameFileAndPath();
    void syntaxErrorHasLineAndColumn();
    void missingFile();
    void atomicSave();
    void units();
};

void tst_LabJson::demoRoundTrip()
{
    const LabConfig demo = LabConfig::demo();
    QVERIFY(LabValidator::validate(demo).isEmpty());
    const QByteArray json = LabJson::toJson(demo);
    QVERIFY(json.contains("\"format\": 1"));
    const LabLoadResult loaded = LabJson::fromJson(json, u"demo.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QCOMPARE(loaded.lab, demo);
}

void tst_LabJson::customRoundTrip()
{
    LabConfig lab = LabConfig::demo();
    lab.name = u"Custom"_s;
    lab.upstreams[0].servers[0].weight = 5;
    lab.upstreams[0].servers[1].backup = true;
    lab.upstreams[0].servers[2].down = true;
    lab.upstreams[0].servers[2].maxFails = 3;
    lab.upstreams[0].servers[2].failTimeoutSec = 120;
    lab.upstreams[0].servers[2].maxConns = 7;
    lab.upstreams[0].keepalive = 0;
    UpstreamGroup hashed;
    hashed.name = u"hashed"_s;
    hashed.method = BalancingMethod::Hash;
    hashed.hashKey = u"$request_uri"_s;
    hashed.hashConsistent = true;
    hashed.servers.append(lab.upstreams[0].servers[0]);
    lab.upstreams.append(hashed);
    lab.listeners[0].routes.append(Route::proxyTo(u"/api/"_s, u"hashed"_s));
    lab.listeners[0].routes.last().proxyUri = u"/"_s;
    lab.listeners[0].routes.append(Route::returning(u"/healthz"_s, 200, u"ok\n"_s, true));
    lab.listeners[0].routes.append(Route::returning(u"/old/"_s, 308, u"https://example.org/"_s));
    lab.proxy.connectTimeoutMs = 1500;
    lab.proxy.readTimeoutMs = 120000;
    lab.proxy.nextUpstream = NextError | NextHttp502 | NextNonIdempotent;
    lab.proxy.nextUpstreamTries = 2;
    lab.proxy.clientMaxBodySize = 64 * 1024;
    lab.proxy.upstreamNameHeader = false;
    lab.backends[1].autostart = false;
    lab.backends[1].behaviour.status = 503;
    // Every mock behaviour field survives the round trip.
    MockBackendConfig &m = lab.backends[2];
    m.paused = true;
    m.color = u"#aa3300"_s;
    m.behaviour.headers = {{u"X-Trace"_s, u"{{request_id}}"_s}, {u"Cache-Control"_s, u"no-store"_s}};
    m.behaviour.body = u"hello {{name}} {{query.q}}\n"_s;
    m.behaviour.latency = {MockLatency::Kind::LogNormal, 40, 10, 0.3};
    m.behaviour.errorRate = 0.25;
    m.behaviour.errorStatus = 502;
    m.behaviour.errorEvery = 7;
    m.behaviour.errorFirst = 3;
    m.behaviour.faults = {{MockFault::Kind::Reset, 0.05, 1024}, {MockFault::Kind::Drip, 0.1, 2048}};
    QString stepError;
    m.timeline = {*MockSyntax::parseStep(u"10s stop"_s, &stepError), *MockSyntax::parseStep(u"at 20s: latency 800ms±200 on 30%"_s, &stepError),
                  *MockSyntax::parseStep(u"40s errors 0.5 503"_s, &stepError), *MockSyntax::parseStep(u"1m repeat"_s, &stepError)};
    m.seed = 42;
    m.healthPath = u"/healthz"_s;
    lab.proxy.realIpHeader = u"X-Real-IP"_s;
    lab.proxy.realIpFrom = {u"127.0.0.1"_s, u"10.0.0.0/8"_s};
    QVERIFY(LabValidator::validate(lab).isEmpty());
    const LabLoadResult loaded = LabJson::fromJson(LabJson::toJson(lab), u"x.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QCOMPARE(loaded.lab, lab);

    lab.proxy.nextUpstream = 0;
    const LabLoadResult off = LabJson::fromJson(LabJson::toJson(lab), u"x.json"_s);
    QVERIFY(LabJson::toJson(lab).contains("\"off\""));
    QCOMPARE(off.lab.proxy.nextUpstream, 0u);
}

void tst_LabJson::errorsNameFileAndPath_data()
{
    QTest::addColumn<QString>("pointer"); // where to change the demo lab
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weight-zero") << u"upstreams/0/servers/0/weight"_s << QJsonValue(0)
                                 << u"lab.json: upstreams[0].servers[0].weight: must be 1..1000"_s;
    QTest::newRow("weight-string") << u"upstreams/0/servers/1/weight"_s << QJsonValue(u"heavy"_s)
                                   << u"lab.json: upstreams[0].servers[1].weight: must be a whole number"_s;
    QTest::newRow("fail-timeout-ms") << u"upstreams/0/servers/0/fail_timeout"_s << QJsonValue(u"500ms"_s)
                                     << u"lab.json: upstreams[0].servers[0].fail_timeout: must be whole seconds"_s;
    QTest::newRow("unknown-key") << u"upstreams/0/servers/0/wieght"_s << QJsonValue(2)
                                 << u"lab.json: upstreams[0].servers[0].wieght: unknown key"_s;
    QTest::newRow("bad-method") << u"upstreams/0/method"_s << QJsonValue(u"fastest"_s)
                                << u"lab.json: upstreams[0].method: must be one of"_s;
    QTest::newRow("route-to-nowhere") << u"listeners/0/routes/0/upstream"_s << QJsonValue(u"nope"_s)
                                      << u"lab.json: listeners[0].routes[0].upstream: no upstream named \"nope\""_s;
    QTest::newRow("return-and-upstream") << u"listeners/0/routes/0/return"_s << QJsonValue(200)
                                         << u"lab.json: listeners[0].routes[0].upstream: a location either returns or proxies"_s;
    QTest::newRow("proxy-uri-relative") << u"listeners/0/routes/0/proxy_uri"_s << QJsonValue(u"v2/"_s)
                                        << u"lab.json: listeners[0].routes[0].proxy_uri: must be a path such as"_s;
    QTest::newRow("return-code-too-big") << u"listeners/0/routes/0/return"_s << QJsonValue(1000)
                                         << u"lab.json: listeners[0].routes[0].return: must be a status code 1..999"_s;
    QTest::newRow("redirect-without-url") << u"listeners/0/routes/0/return"_s << QJsonValue(302)
                                          << u"lab.json: listeners[0].routes[0].text: a redirect (302) needs the URL"_s;
    QTest::newRow("bad-port") << u"listeners/0/port"_s << QJsonValue(70000)
                              << u"lab.json: listeners[0].port: must be 1..65535"_s;
    QTest::newRow("server-port-zero") << u"upstreams/0/servers/0/address"_s << QJsonValue(u"127.0.0.1:0"_s)
                                      << u"lab.json: upstreams[0].servers[0].address: must be an IP address"_s;
    QTest::newRow("bad-address") << u"upstreams/0/servers/2/address"_s << QJsonValue(u"not an address"_s)
                                 << u"lab.json: upstreams[0].servers[2].address: must be an IP address"_s;
    QTest::newRow("format-2") << u"format"_s << QJsonValue(2)
                              << u"lab.json: format: is 2, but this version of Upstream Lab reads format 1"_s;
    QTest::newRow("bad-timeout") << u"proxy/read_timeout"_s << QJsonValue(u"soon"_s)
                                 << u"lab.json: proxy.read_timeout: must be a duration"_s;
    QTest::newRow("bad-next-upstream") << u"proxy/next_upstream"_s << QJsonValue(QJsonArray{u"error"_s, u"http_418"_s})
                                       << u"lab.json: proxy.next_upstream[1]: unknown condition \"http_418\""_s;
    QTest::newRow("servers-not-array") << u"upstreams/0/servers"_s << QJsonValue(u"x"_s)
                                       << u"lab.json: upstreams[0].servers: must be an array"_s;
    QTest::newRow("slow-start-with-ip-hash") << u"upstreams/0/method"_s << QJsonValue(u"ip_hash"_s)
                                             << u"lab.json: upstreams[0].servers[0].slow_start: the ip_hash method does not support"_s;
    QTest::newRow("duplicate-backend-port") << u"backends/1/listen"_s << QJsonValue(u"127.0.0.1:9001"_s)
                                            << u"lab.json: backends[1].listen: 127.0.0.1:9001 is used by another backend"_s;
}

// Sets value at a slash-separated path inside the demo lab's JSON.
static QJsonValue setAt(QJsonValue node, QStringList keys, const QJsonValue &value)
{
    if (keys.isEmpty())
        return value;
    const QString key = keys.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = setAt(a[index], keys, value);
        return a;
    }
    QJsonObject o = node.toObject();
    o[key] = setAt(o[key], keys, value);
    return o;
}

void tst_LabJson::errorsNameFileAndPath()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    LabConfig base = LabConfig::demo();
    if (QTest::currentDataTag() == QByteArray("slow-start-with-ip-hash"))
        base.upstreams[0].servers[0].slowStartSec = 30;
    const QJsonObject demo = QJsonDocument::fromJson(LabJson::toJson(base)).object();
    const QJsonValue changed = setAt(demo, pointer.split(u'/'), value);
    const LabLoadResult r = LabJson::fromJson(QJsonDocument(changed.toObject()).toJson(), u"lab.json"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.startsWith(expected), qPrintable(r.errorText));
}

void tst_LabJson::syntaxErrorHasLineAndColumn()
{
    const LabLoadResult r = LabJson::fromJson("{\n  \"format\": 1,\n  \"name\": ,\n}\n", u"broken.json"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorText.startsWith(u"broken.json:3:"_s), qPrintable(r.errorText));
    QVERIFY(r.errorText.contains(u"invalid JSON"_s));

    const LabLoadResult notObject = LabJson::fromJson("[1, 2]", u"list.json"_s);
    QVERIFY(!notObject.ok);
    QVERIFY(notObject.errorText.startsWith(u"list.json: "_s));
}

void tst_LabJson::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent.json"_s);
    const LabLoadResult r = LabJson::load(path);
    QVERIFY(!r.ok);
    QVERIFY(r.errorText.startsWith(path + u": "_s));
}

void tst_LabJson::atomicSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lab.json"_s);
    QString error;
    QVERIFY(LabJson::save(LabConfig::demo(), path, &error));
    const LabLoadResult r = LabJson::load(path);
    QVERIFY2(r.ok, qPrintable(r.errorText));
    QCOMPARE(r.lab, LabConfig::demo());
    // Saving into a folder that does not exist fails without touching anything.
    QVERIFY(!LabJson::save(LabConfig::demo(), dir.filePath(u"missing/lab.json"_s), &error));
    QVERIFY(error.contains(u"missing/lab.json"_s));
}

void tst_LabJson::units()
{
    QCOMPARE(Units::parseDurationMs(u"10s"), 10000);
    QCOMPARE(Units::parseDurationMs(u"500ms"), 500);
    QCOMPARE(Units::parseDurationMs(u"1m30s"), 90000);
    QCOMPARE(Units::parseDurationMs(u"5"), 5000);
    QVERIFY(!Units::parseDurationMs(u"5x"));
    QVERIFY(!Units::parseDurationMs(u""));
    QCOMPARE(Units::formatDurationMs(60000), u"1m"_s);
    QCOMPARE(Units::formatDurationMs(1500), u"1500ms"_s);
    QCOMPARE(Units::formatDurationMs(75000), u"75s"_s);
    QCOMPARE(Units::parseSize(u"1m"), 1048576);
    QCOMPARE(Units::parseSize(u"64k"), 65536);
    QCOMPARE(Units::formatSize(1048576), u"1m"_s);
}

QTEST_GUILESS_MAIN(tst_LabJson)
#include "tst_labjson.moc"
