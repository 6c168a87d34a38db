#include "config/labjson.h"
#include "freeport.h"
#include "methodcomparison.h"
#include "traffic/trafficoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `compare`: the same traffic through each method, against real mocks and the real proxy.
class tst_MethodComparison final : public QObject
{
    Q_OBJECT

private slots:
    void parsesMethodNames();
    void roundRobinIsExactlyEvenAndFair();
    void consistentHashMovesAQuarterOfKeys();
    void methodsNginxRefusesAreReportedNotRun();
    void commandPrintsJsonAndRejectsBadMethods();

private:
    static LabConfig labWithServers(int count)
    {
        LabConfig lab;
        lab.name = u"compare"_s;
        UpstreamGroup g;
        g.name = u"app"_s;
        for (int i = 0; i < count; ++i) {
            MockBackendConfig mock;
            mock.name = u"s%1"_s.arg(i + 1);
            mock.listen = u"127.0.0.1:%1"_s.arg(freePort());
            lab.backends.append(mock);
            UpstreamServer server;
            server.name = mock.name;
            server.address = mock.listen;
            g.servers.append(server);
        }
        lab.upstreams.append(g);
        Listener l;
        l.port = 0;
        l.routes = {Route::proxyTo(u"/"_s, u"app"_s)};
        lab.listeners.append(l);
        return lab;
    }
    static QList<MethodSpec> specs(const QStringList &texts)
    {
        QList<MethodSpec> out;
        for (const QString &t : texts)
            out.append(*MethodSpec::parse(t, nullptr));
        return out;
    }
};

void tst_MethodComparison::parsesMethodNames()
{
    QString error;
    const auto h = MethodSpec::parse(u"hash:$host:$uri:consistent"_s, &error);
    QVERIFY(h);
    QCOMPARE(h->hashKey, u"$host:$uri"_s);
    QVERIFY(h->consistent);
    const auto r = MethodSpec::parse(u"random:two:least_conn"_s, &error);
    QVERIFY(r && r->two && r->twoLeastConn);
    QVERIFY(MethodSpec::parse(u"least_time:last_byte"_s, &error)->lastByte);
    QVERIFY(!MethodSpec::parse(u"fastest"_s, &error));
    QVERIFY2(error.contains(u"unknown method"_s), qPrintable(error));
    QVERIFY(!MethodSpec::parse(u"hash"_s, &error));
    QVERIFY(!MethodSpec::parse(u"hash:$nope"_s, &error));
    QVERIFY(!MethodSpec::parse(u"random:three"_s, &error));
}

void tst_MethodComparison::roundRobinIsExactlyEvenAndFair()
{
    const LabConfig lab = labWithServers(3);
    TrafficOptions traffic;
    traffic.requests = 1500;
    traffic.concurrency = 8;
    traffic.keys = 50;
    traffic.pathTemplate = "/item/{key}";
    MethodComparison comparison;
    QSignalSpy done(&comparison, &MethodComparison::finished);
    QString error;
    QVERIFY2(comparison.start(lab, {}, specs({u"round_robin"_s, u"least_conn"_s, u"hash:$request_uri"_s}), traffic, {}, &error),
             qPrintable(error));
    QVERIFY(done.wait(60000));
    QVERIFY2(comparison.errorText().isEmpty(), qPrintable(comparison.errorText()));
    const MethodResult &rr = comparison.results()[0];
    for (const QString &s : {u"s1"_s, u"s2"_s, u"s3"_s})
        QCOMPARE(rr.perServer.value(s), 500);
    QCOMPARE(rr.fairness, 1.0);
    QCOMPARE(rr.retries, 0);
    QCOMPARE(rr.keysMoved, -1.0);
    // Every method saw the same 1 500 requests.
    for (const MethodResult &r : comparison.results())
        QCOMPARE(r.stats.responses(), 1500);
    // hash: each key sticks to one server, so 50 keys split unevenly but completely.
    const MethodResult &hash = comparison.results()[2];
    QVERIFY(hash.fairness > 0.5 && hash.fairness <= 1.0);
    QVERIFY(hash.keysMoved > 0.4); // plain hash reshuffles most keys
}

void tst_MethodComparison::consistentHashMovesAQuarterOfKeys()
{
    // 100 keys over 4 servers, one removed in turn (computed by the balancer itself).
    UpstreamGroup g;
    g.name = u"g"_s;
    for (int i = 0; i < 4; ++i)
        g.servers.append(UpstreamServer{u"s%1"_s.arg(i), u"127.0.0.1:%1"_s.arg(9001 + i)});
    TrafficOptions traffic;
    traffic.requests = 5000;
    traffic.keys = 100;
    traffic.pathTemplate = "/k/{key}";
    const MethodSpec plain = *MethodSpec::parse(u"hash:$request_uri"_s, nullptr);
    const MethodSpec consistent = *MethodSpec::parse(u"hash:$request_uri:consistent"_s, nullptr);
    const QList<QByteArray> keys = MethodComparison::planKeys(plain, traffic);
    QCOMPARE(keys.size(), 100);
    UpstreamGroup p = g, c = g;
    plain.applyTo(p);
    consistent.applyTo(c);
    const double movedConsistent = MethodComparison::keysMovedOnRemoval(c, keys);
    const double movedPlain = MethodComparison::keysMovedOnRemoval(p, keys);
    QVERIFY2(movedConsistent > 0.15 && movedConsistent < 0.35, qPrintable(QString::number(movedConsistent)));
    QVERIFY2(movedPlain > 0.6 && movedPlain < 0.9, qPrintable(QString::number(movedPlain)));
    QCOMPARE(MethodComparison::jainIndex({1, 1, 1}), 1.0);
    QCOMPARE(MethodComparison::jainIndex({3, 0, 0}), 1.0 / 3.0);
}

void tst_MethodComparison::methodsNginxRefusesAreReportedNotRun()
{
    LabConfig lab = labWithServers(3);
    lab.upstreams[0].servers[2].backup = true;
    TrafficOptions traffic;
    traffic.requests = 200;
    MethodComparison comparison;
    QSignalSpy done(&comparison, &MethodComparison::finished);
    QString error;
    QVERIFY(comparison.start(lab, u"app"_s, specs({u"ip_hash"_s, u"round_robin"_s}), traffic, {}, &error));
    QVERIFY(done.wait(30000));
    QVERIFY2(comparison.results()[0].skipped.contains(u"backup"_s), qPrintable(comparison.results()[0].skipped));
    QCOMPARE(comparison.results()[1].perServer.value(u"s1"_s), 100);
    QCOMPARE(comparison.results()[1].perServer.value(u"s3"_s), 0); // the backup waits
    QVERIFY(!comparison.start(lab, u"nope"_s, specs({u"round_robin"_s}), traffic, {}, &error));
    QVERIFY(error.contains(u"nope"_s));
}

void tst_MethodComparison::commandPrintsJsonAndRejectsBadMethods()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lab.json"_s);
    QVERIFY(LabJson::save(labWithServers(3), file, nullptr));
    QProcess p;
    p.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"compare"_s, file, u"--methods"_s, u"round_robin,hash:$request_uri:consistent"_s,
                                                 u"-n"_s, u"600"_s, u"--json"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json[u"group"_s].toString(), u"app"_s);
    const QJsonArray methods = json[u"methods"_s].toArray();
    QCOMPARE(methods.size(), 2);
    QCOMPARE(methods[0][u"servers"_s][u"s2"_s].toInt(), 200);
    QCOMPARE(methods[0][u"fairness"_s].toDouble(), 1.0);
    QVERIFY(methods[0][u"keys_moved"_s].isNull());
    QVERIFY(methods[1][u"keys_moved"_s].toDouble() > 0);
    QCOMPARE(methods[1][u"requests"_s].toInt(), 600);

    p.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"compare"_s, file, u"--methods"_s, u"round_robin,fastest"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--methods: unknown method \"fastest\""));

    // A shared lab may not open the machine here either: refused before anything listens.
    LabConfig exposed = labWithServers(2);
    exposed.backends[0].listen = u"0.0.0.0:%1"_s.arg(freePort());
    const QString exposedFile = dir.filePath(u"exposed.json"_s);
    QVERIFY(LabJson::save(exposed, exposedFile, nullptr));
    p.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"compare"_s, exposedFile, u"-n"_s, u"10"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("--allow-external") && err.contains("0.0.0.0"), err.constData());
}

QTEST_GUILESS_MAIN(tst_MethodComparison)
#include "tst_methodcomparison.moc"
