#include "engine/proxyengine.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Active health checks (NGINX Plus, simulated): unhealthy servers get no
// traffic; a server comes back after `passes` passing checks in a row.
class tst_HealthChecks final : public QObject
{
    Q_OBJECT

private slots:
    void unhealthyServersAreSkippedUntilTheyPass();
    void unusedChecksChangeNothing();
};

void tst_HealthChecks::unhealthyServersAreSkippedUntilTheyPass()
{
    MockBackendHost mocks;
    LabConfig lab = startDemoMocks(mocks, {u"alpha"_s, u"beta"_s});
    HealthCheck &hc = lab.upstreams[0].healthCheck;
    hc.enabled = true;
    hc.intervalMs = 100;
    hc.fails = 1;
    hc.passes = 2;
    hc.uri = u"/health"_s;
    MockBackend *beta = mocks.find(u"beta"_s);
    QMetaObject::invokeMethod(beta, [beta] { beta->setStatus(503); }, Qt::BlockingQueuedConnection);

    ProxyEngine engine;
    QSignalSpy health(&engine, &ProxyEngine::serverHealthChanged);
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(health.size(), 1, 5000);
    QCOMPARE(health[0][1].toString(), u"beta"_s);
    QCOMPARE(health[0][2].toBool(), false);

    TestClient client(engine.listenerPort(0));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.get("/").header("X-Upstream-Name"), "alpha"_ba);

    QMetaObject::invokeMethod(beta, [beta] { beta->setStatus(200); }, Qt::BlockingQueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(health.size(), 2, 5000);
    QCOMPARE(health[1][2].toBool(), true);
    QSet<QByteArray> seen;
    for (int i = 0; i < 4; ++i)
        seen.insert(client.get("/").header("X-Upstream-Name"));
    QCOMPARE(seen, (QSet<QByteArray>{"alpha", "beta"}));
}

void tst_HealthChecks::unusedChecksChangeNothing()
{
    MockBackendHost mocks;
    const LabConfig lab = startDemoMocks(mocks, {u"alpha"_s, u"beta"_s});
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    QCOMPARE(client.get("/").status, 200);
    // No check requests reach the backends: only the one client request.
    QCOMPARE(mocks.find(u"alpha"_s)->requestCount() + mocks.find(u"beta"_s)->requestCount(), 1u);
}

QTEST_GUILESS_MAIN(tst_HealthChecks)
#include "tst_healthchecks.moc"
