#include "config/labconfig.h"
#include "engine/nextupstreampolicy.h"

#include <QTest>

using namespace NextUpstreamPolicy;

class tst_NextUpstreamPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void conditionsForStatuses();
    void finalStatuses();
    void forbiddenAndNotFoundAreNotFailures();
    void retry_data();
    void retry();
};

void tst_NextUpstreamPolicy::conditionsForStatuses()
{
    QCOMPARE(conditionForStatus(500), quint32(NextHttp500));
    QCOMPARE(conditionForStatus(502), quint32(NextHttp502));
    QCOMPARE(conditionForStatus(503), quint32(NextHttp503));
    QCOMPARE(conditionForStatus(504), quint32(NextHttp504));
    QCOMPARE(conditionForStatus(403), quint32(NextHttp403));
    QCOMPARE(conditionForStatus(404), quint32(NextHttp404));
    QCOMPARE(conditionForStatus(429), quint32(NextHttp429));
    // Statuses nginx never retries.
    for (int status : {200, 301, 400, 401, 501, 505})
        QCOMPARE(conditionForStatus(status), 0u);
}

void tst_NextUpstreamPolicy::finalStatuses()
{
    // nginx-upstream-spec.md §10.2 step 3.
    QCOMPARE(finalStatusFor(NextError), 502);
    QCOMPARE(finalStatusFor(NextInvalidHeader), 502);
    QCOMPARE(finalStatusFor(NextTimeout), 504);
    QCOMPARE(finalStatusFor(NextHttp504), 504);
    QCOMPARE(finalStatusFor(NextHttp502), 502);
    QCOMPARE(finalStatusFor(NextHttp500), 500);
    QCOMPARE(finalStatusFor(NextHttp503), 503);
    QCOMPARE(finalStatusFor(NextHttp403), 403);
    QCOMPARE(finalStatusFor(NextHttp404), 404);
    QCOMPARE(finalStatusFor(NextHttp429), 429);
}

void tst_NextUpstreamPolicy::forbiddenAndNotFoundAreNotFailures()
{
    QVERIFY(!countsAsFailure(NextHttp403));
    QVERIFY(!countsAsFailure(NextHttp404));
    for (quint32 c : {NextError, NextTimeout, NextInvalidHeader, NextHttp500, NextHttp502, NextHttp503, NextHttp504,
                      NextHttp429})
        QVERIFY(countsAsFailure(c));
}

void tst_NextUpstreamPolicy::retry_data()
{
    QTest::addColumn<quint32>("configured");
    QTest::addColumn<quint32>("condition");
    QTest::addColumn<int>("triesLeft");
    QTest::addColumn<bool>("requestSent");
    QTest::addColumn<bool>("nonIdempotent");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("replayable");
    QTest::addColumn<bool>("retry");
    const quint32 defaults = NextError | NextTimeout;
    QTest::newRow("error-default") << defaults << quint32(NextError) << 1 << true << false << false << true << true;
    QTest::newRow("timeout-default") << defaults << quint32(NextTimeout) << 1 << true << false << false << true << true;
    QTest::newRow("invalid-header-not-listed") << defaults << quint32(NextInvalidHeader) << 1 << true << false << false << true << false;
    QTest::newRow("502-not-listed") << defaults << quint32(NextHttp502) << 1 << true << false << false << true << false;
    QTest::newRow("502-listed") << (defaults | NextHttp502) << quint32(NextHttp502) << 1 << true << false << false << true << true;
    QTest::newRow("no-tries-left") << defaults << quint32(NextError) << 0 << true << false << false << true << false;
    QTest::newRow("next-upstream-timeout") << defaults << quint32(NextError) << 3 << true << false << true << true << false;
    QTest::newRow("body-too-large-to-replay") << defaults << quint32(NextError) << 3 << true << false << false << false << false;
    // POST that reached a server is not repeated...
    QTest::newRow("post-sent") << defaults << quint32(NextError) << 3 << true << true << false << true << false;
    // ...unless non_idempotent is listed, or it never left (connect failed).
    QTest::newRow("post-sent-non-idempotent") << (defaults | NextNonIdempotent) << quint32(NextError) << 3 << true << true << false << true << true;
    QTest::newRow("post-not-sent") << defaults << quint32(NextError) << 3 << false << true << false << true << true;
    QTest::newRow("off") << quint32(0) << quint32(NextError) << 3 << false << false << false << true << false;
    QTest::newRow("no-condition") << defaults << quint32(0) << 3 << false << false << false << true << false;
}

void tst_NextUpstreamPolicy::retry()
{
    QFETCH(quint32, configured);
    QFETCH(quint32, condition);
    Facts facts;
    facts.nextUpstream = configured;
    QFETCH(int, triesLeft);
    facts.triesLeft = triesLeft;
    QFETCH(bool, requestSent);
    facts.requestSent = requestSent;
    QFETCH(bool, nonIdempotent);
    facts.nonIdempotent = nonIdempotent;
    QFETCH(bool, timedOut);
    facts.timedOut = timedOut;
    QFETCH(bool, replayable);
    facts.replayable = replayable;
    QTEST(shouldRetry(facts, condition), "retry");
}

QTEST_APPLESS_MAIN(tst_NextUpstreamPolicy)
#include "tst_nextupstreampolicy.moc"
