#include "balancing/clock.h"
#include "balancing/upstreambalancer.h"
#include "engine/proxyengine.h"
#include "freeport.h"
#include "testsupport.h"
#include "traffic/clientpopulation.h"
#include "traffic/trafficgenerator.h"
#include "traffic/trafficplan.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The traffic generator against the real proxy and mocks on 127.0.0.1.
class tst_TrafficGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void roundRobinSplitsExactly();
    void weightsSplitExactly();
    void ipHashClientsStickToOneServer();
    void openLoopMeasuresFromThePlannedTime();
    void pauseShowsInOpenLoopNotClosedLoop();
    void mockFaultsCountUnderTheirKinds_data();
    void mockFaultsCountUnderTheirKinds();
    void refusedTargetAndLiveChanges();
    void refusesNonLoopbackTargets();

private:
    static bool run(TrafficGenerator &g, const TrafficOptions &o, int timeoutMs = 60000)
    {
        QSignalSpy done(&g, &TrafficGenerator::finished);
        QString error;
        if (!g.start(o, &error)) {
            qWarning() << error;
            return false;
        }
        return done.wait(timeoutMs);
    }
    static TrafficOptions optionsFor(quint16 port)
    {
        TrafficOptions o;
        o.port = port;
        o.hostHeader = "127.0.0.1:" + QByteArray::number(port);
        return o;
    }
    static MockBackend *startMock(MockBackendHost &host, const QString &name, const MockBehaviour &b = {})
    {
        MockBackendConfig mock;
        mock.name = name;
        mock.listen = u"127.0.0.1:0"_s;
        mock.behaviour = b;
        MockBackend *backend = host.add(mock);
        QString error;
        if (!host.start(backend, &error))
            qWarning() << error;
        return backend;
    }
#ifdef UPSTREAMLAB_SANITIZED
    static constexpr double Slack = 1.5;
#else
    static constexpr double Slack = 1.0;
#endif
};

void tst_TrafficGenerator::roundRobinSplitsExactly()
{
    MockBackendHost mocks;
    const LabConfig lab = startDemoMocks(mocks);
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    TrafficGenerator g;
    TrafficOptions o = optionsFor(engine.listenerPort(0));
    o.requests = 3000;
    o.concurrency = 10;
    o.seed = 1;
    QVERIFY(run(g, o));
    const TrafficStats &r = g.result();
    QCOMPARE(r.completed(), 3000);
    QCOMPARE(r.statusCount(200), 3000);
    QCOMPARE(r.errors(), 0);
    const auto upstreams = r.upstreams();
    QCOMPARE(upstreams.size(), 3);
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        QCOMPARE(upstreams.value(name).requests, 1000);
        QCOMPARE(upstreams.value(name).statuses.value(200), 1000);
        QVERIFY(upstreams.value(name).latency.count() == 1000);
    }
    const QJsonObject json = g.resultJson();
    QCOMPARE(json.value(u"requests"_s).toInt(), 3000);
    QCOMPARE(json.value(u"upstreams"_s)[u"beta"_s][u"requests"_s].toInt(), 1000);
    QCOMPARE(json.value(u"statuses"_s)[u"200"_s].toInt(), 3000);
    QVERIFY(json.value(u"latency_ms"_s)[u"p99"_s].toDouble() >= json.value(u"latency_ms"_s)[u"p50"_s].toDouble());
    QCOMPARE(json.value(u"clients"_s)[u"count"_s].toInt(), 1);
    // The per-second timeline adds up to the run.
    qint64 sum = 0;
    for (const auto &s : r.seconds())
        sum += s.requests;
    QCOMPARE(sum, 3000);
}

void tst_TrafficGenerator::weightsSplitExactly()
{
    MockBackendHost mocks;
    LabConfig lab = startDemoMocks(mocks);
    lab.upstreams[0].servers[0].weight = 5;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    TrafficGenerator g;
    TrafficOptions o = optionsFor(engine.listenerPort(0));
    o.requests = 1400;
    o.concurrency = 8;
    o.threads = 2;
    QVERIFY(run(g, o));
    const auto upstreams = g.result().upstreams();
    QCOMPARE(upstreams.value(u"alpha"_s).requests, 1000);
    QCOMPARE(upstreams.value(u"beta"_s).requests, 200);
    QCOMPARE(upstreams.value(u"gamma"_s).requests, 200);
}

void tst_TrafficGenerator::ipHashClientsStickToOneServer()
{
    if (!ClientPopulation::sourceAddressesWork())
        QSKIP("this system cannot bind 127.x.y.z source addresses");
    MockBackendHost mocks;
    LabConfig lab = startDemoMocks(mocks);
    lab.upstreams[0].method = BalancingMethod::IpHash;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    QHash<QString, QSet<QString>> serversOfClient;
    QObject receiver; // gone before the map: the engine's last batch comes from its destructor
    connect(&engine, &ProxyEngine::requestsLogged, &receiver, [&](const QList<RequestRecord> &records) {
        for (const RequestRecord &rec : records) {
            const QString ip = rec.client.left(rec.client.lastIndexOf(u':'));
            if (!rec.attempts.isEmpty())
                serversOfClient[ip].insert(rec.attempts.last().server);
        }
    });
    TrafficGenerator g;
    TrafficOptions o = optionsFor(engine.listenerPort(0));
    o.requests = 3000;
    o.concurrency = 10;
    o.clients = 1000;
    o.seed = 5;
    QVERIFY(run(g, o));
    QCOMPARE(g.clientsVia(), ClientPopulation::Via::SourceAddress);
    QCOMPARE(g.result().responses(), 3000);
    QTRY_VERIFY(serversOfClient.size() >= 900); // ~950 of 1000 clients draw a request
    for (auto it = serversOfClient.cbegin(); it != serversOfClient.cend(); ++it) {
        QVERIFY2(it.key().startsWith(u"127."_s) && it.key() != u"127.0.0.1"_s, qPrintable(it.key()));
        QVERIFY2(it->size() == 1, qPrintable(it.key()));
    }

    // The split is what nginx's ip_hash gives for the planned clients.
    const ClientPopulation population(o.clients, o.seed, false);
    const TrafficPlan plan(o);
    ManualClock clock;
    UpstreamBalancer balancer(lab.upstreams[0], &clock);
    QHash<QString, qint64> expected;
    for (qint64 i = 0; i < o.requests; ++i) {
        const quint32 ip = population.address(plan.clientIndex(i)).toIPv4Address();
        const char bytes[4] = {char(ip >> 24), char(ip >> 16), char(ip >> 8), char(ip)};
        PeerSelection sel;
        balancer.begin(sel, 0, QByteArrayView(bytes, 4));
        const UpstreamBalancer::Pick pick = balancer.pick(sel);
        QVERIFY(pick.isValid());
        balancer.release(sel, PeerOutcome::Success);
        ++expected[lab.upstreams[0].servers[pick.serverIndex].name];
    }
    const auto upstreams = g.result().upstreams();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(upstreams.value(it.key()).requests, it.value());
}

void tst_TrafficGenerator::openLoopMeasuresFromThePlannedTime()
{
    MockBackendHost mocks;
    MockBehaviour slow;
    slow.latency = *MockSyntax::parseLatency(u"20ms", nullptr);
    MockBackend *mock = startMock(mocks, u"slow"_s, slow);
    TrafficGenerator g;
    TrafficOptions o = optionsFor(mock->port());
    o.rate = 200;
    o.durationMs = 2000;
    o.concurrency = 20;
    QVERIFY(run(g, o));
    const TrafficStats &r = g.result();
    // 2 s at 200/s: 400 planned (a request or two may be cut at the end).
    QVERIFY2(r.responses() >= 380 && r.responses() <= 401, qPrintable(QString::number(r.responses())));
    const double p50 = double(r.latency().valueAtQuantile(0.5)) / 1000.0;
    QVERIFY2(p50 >= 20.0 && p50 <= 24.0 * Slack, qPrintable(QString::number(p50)));
    QCOMPARE(r.errors(), 0);
}

void tst_TrafficGenerator::pauseShowsInOpenLoopNotClosedLoop()
{
    const auto runWithPause = [this](bool openLoop, qint64 *p99Us, qint64 *responses) {
        MockBackendHost mocks;
        MockBehaviour b;
        b.latency = *MockSyntax::parseLatency(u"20ms", nullptr);
        MockBackend *mock = startMock(mocks, u"pausing"_s, b);
        TrafficGenerator g;
        TrafficOptions o = optionsFor(mock->port());
        o.durationMs = 4000;
        o.concurrency = 10;
        if (openLoop)
            o.rate = 200;
        // Paused from 1.5 s to 2.5 s of the run.
        QTimer::singleShot(1500, &mocks, [&mocks, mock] { mocks.pause(mock); });
        QTimer::singleShot(2500, &mocks, [&mocks, mock] { mocks.resume(mock); });
        QVERIFY(run(g, o));
        *p99Us = g.result().latency().valueAtQuantile(0.99);
        *responses = g.result().responses();
    };
    qint64 openP99 = 0, closedP99 = 0, openCount = 0, closedCount = 0;
    runWithPause(true, &openP99, &openCount);
    runWithPause(false, &closedP99, &closedCount);
    // Open loop: the ~200 requests due during the pause waited up to 1 s.
    QVERIFY2(openP99 >= 400000, qPrintable(QString::number(openP99)));
    // Closed loop: only the 10 requests in flight waited; the rest were quick.
    QVERIFY2(closedP99 < 100000, qPrintable(QString::number(closedP99)));
    QVERIFY(openCount > 600 && closedCount > 600);
}

void tst_TrafficGenerator::mockFaultsCountUnderTheirKinds_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("kind");
    QTest::newRow("reset") << u"reset:1"_s << u"reset"_s;
    QTest::newRow("close") << u"close:1"_s << u"closed"_s;
    QTest::newRow("mid-body") << u"mid-body:1"_s << u"closed"_s;
    QTest::newRow("malformed") << u"malformed:1"_s << u"bad_response"_s;
    QTest::newRow("bad-chunk") << u"bad-chunk:1"_s << u"bad_response"_s;
    QTest::newRow("hang") << u"hang:1"_s << u"timeout"_s;
    QTest::newRow("wrong-length half") << u"wrong-length:0.5"_s << u""_s;
    QTest::newRow("drip") << u"drip:1:64k"_s << u""_s;
}

void tst_TrafficGenerator::mockFaultsCountUnderTheirKinds()
{
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    MockBackendHost mocks;
    MockBehaviour b;
    QString error;
    b.faults.append(*MockSyntax::parseFault(fault, &error));
    MockBackend *mock = startMock(mocks, u"faulty"_s, b);
    TrafficGenerator g;
    TrafficOptions o = optionsFor(mock->port());
    o.requests = 40;
    o.concurrency = 4;
    o.timeoutMs = 300;
    QVERIFY(run(g, o));
    const TrafficStats &r = g.result();
    QCOMPARE(r.completed(), 40);
    if (kind.isEmpty()) {
        // Survives whatever mix it gets; every request is accounted for.
        QVERIFY(r.responses() + r.errors() == 40);
        return;
    }
    const QJsonObject errors = g.resultJson().value(u"errors"_s).toObject();
    QCOMPARE(errors.value(kind).toInt(), 40);
    QCOMPARE(r.responses(), 0);
}

void tst_TrafficGenerator::refusedTargetAndLiveChanges()
{
    // Nothing listens on this port.
    const quint16 port = freePort();
    TrafficGenerator g;
    TrafficOptions o = optionsFor(port);
    o.requests = 50;
    o.concurrency = 5;
    QVERIFY(run(g, o));
    QCOMPARE(g.result().errorCount(TrafficStats::ErrorKind::Refused), 50);

    // A running open loop takes a new rate and concurrency, and stops on request.
    MockBackendHost mocks;
    MockBackend *mock = startMock(mocks, u"live"_s);
    TrafficGenerator live;
    QSignalSpy progress(&live, &TrafficGenerator::progressed);
    QSignalSpy done(&live, &TrafficGenerator::finished);
    TrafficOptions lo = optionsFor(mock->port());
    lo.rate = 50;
    lo.concurrency = 2;
    QString error;
    QVERIFY2(live.start(lo, &error), qPrintable(error));
    QTRY_VERIFY(live.progress().completed >= 10);
    live.setRate(1000);
    live.setConcurrency(6);
    QCOMPARE(live.progress().concurrency, 6);
    const qint64 before = live.progress().completed;
    QTRY_VERIFY_WITH_TIMEOUT(live.progress().completed >= before + 500, 10000);
    QTRY_VERIFY(live.progress().rate > 300);
    live.stop();
    QVERIFY(done.wait(5000));
    QVERIFY(!live.isRunning());
    QVERIFY(progress.count() > 3);
}

void tst_TrafficGenerator::refusesNonLoopbackTargets()
{
    TrafficGenerator g;
    TrafficOptions o;
    o.address = QHostAddress(u"192.0.2.1"_s); // never contacted: refused before any socket
    QString error;
    QVERIFY(!g.start(o, &error));
    QVERIFY2(error.contains(u"loopback"_s), qPrintable(error));
    QVERIFY(!g.isRunning());
}

QTEST_GUILESS_MAIN(tst_TrafficGenerator)
#include "tst_trafficgenerator.moc"
