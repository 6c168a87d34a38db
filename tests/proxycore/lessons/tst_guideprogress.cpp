#include "config/examplelabs.h"
#include "config/labvalidator.h"
#include "lessons/guidedexamples.h"
#include "lessons/guideprogress.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The guide's bookkeeping without a lab: checks as data, steps in order,
// counts from the moment a step's state is reached; and the examples' data
// naming only what their labs have.
class tst_GuideProgress final : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleIsConsistent_data();
    void everyExampleIsConsistent();
    void examplesAreAmongTheRunnableLabs();
    void labChecksHoldAndApply();
    void stepsTickInOrderAndCountAfterTheirState();
    void recordsFromBeforeTheStateDoNotCount();
    void atMostFailsTheStepWhileExceeded();
    void sessionsFollowTheCookie();
    void byHandTickAndUntick();
    void eventsCountOnlyOnceTheStepIsCurrent();

private:
    // A request answered by `server` (tries: every server in `tries`, the last one answering).
    static RequestRecord record(qint64 startMs, const QStringList &tries, int status = 200, const QByteArray &cookie = {})
    {
        RequestRecord r;
        r.startMs = startMs;
        r.status = status;
        r.client = u"127.0.0.1:40000"_s;
        r.upstream = tries.isEmpty() ? QString() : u"backend"_s;
        for (int i = 0; i < tries.size(); ++i) {
            UpstreamAttempt a;
            a.server = tries[i];
            a.outcome = i + 1 < tries.size() ? UpstreamAttempt::Outcome::Refused : UpstreamAttempt::Outcome::Ok;
            a.status = i + 1 < tries.size() ? 0 : status;
            r.attempts.append(a);
        }
        r.requestHead = "GET / HTTP/1.1\r\nHost: lab\r\n";
        if (!cookie.isEmpty())
            r.requestHead += "Cookie: a=1; session=" + cookie + "\r\n";
        r.requestHead += "\r\n";
        return r;
    }
    static GuidedExample backupLike()
    {
        GuidedExample e = *GuidedExamples::find(u"backup"_s);
        return e;
    }
};

void tst_GuideProgress::everyExampleIsConsistent_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : GuidedExamples::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_GuideProgress::everyExampleIsConsistent()
{
    QFETCH(QString, name);
    const GuidedExample e = *GuidedExamples::find(name);
    QCOMPARE(e.name, name);
    QVERIFY(!e.title.isEmpty());
    QVERIFY(!e.summary.isEmpty());
    QVERIFY2(LabValidator::validate(e.lab).isEmpty(), qPrintable(LabValidator::validate(e.lab).value(0).toString()));
    QVERIFY(!e.steps.isEmpty());
    QVERIFY(e.traffic.rate > 0 && e.traffic.rate <= 100); // fast enough to show, slow enough to watch
    QStringList servers, mocks;
    for (const UpstreamGroup &g : e.lab.upstreams) {
        for (const UpstreamServer &s : g.servers)
            servers << s.name;
    }
    for (const MockBackendConfig &b : e.lab.backends)
        mocks << b.name;
    LabConfig applied = e.lab;
    for (int i = 0; i < e.steps.size(); ++i) {
        const GuideStep &step = e.steps[i];
        const QByteArray where = name.toLatin1() + " step " + QByteArray::number(i + 1);
        QVERIFY2(!step.text.isEmpty() && !step.lookFor.isEmpty() && !step.checks.isEmpty(), where.constData());
        bool anyAtLeast = false, anyAtMost = false;
        for (const GuideCheck &c : step.checks) {
            if (c.isMockState())
                QVERIFY2(mocks.contains(c.name), QByteArray(where + ": no mock " + c.name.toLatin1()).constData());
            if (c.kind == GuideCheck::Kind::Served || c.kind == GuideCheck::Kind::ServedShare
                || c.kind == GuideCheck::Kind::ServerDown || c.kind == GuideCheck::Kind::ServerBackup)
                QVERIFY2(servers.contains(c.name), QByteArray(where + ": no server " + c.name.toLatin1()).constData());
            if (c.isLabState()) {
                LabConfig probe = applied;
                QVERIFY2(c.applyTo(probe) && c.holdsFor(probe), QByteArray(where + ": a lab check that names nothing").constData());
            }
            if (c.isCount() && c.atLeast > 0)
                anyAtLeast = true;
            if (c.isCount() && c.atMost >= 0)
                anyAtMost = true;
        }
        // An upper bound alone would hold before anything happened.
        QVERIFY2(!anyAtMost || anyAtLeast, where.constData());
        // A step with an action makes its change; every lab a guide leads to still runs.
        if (!step.actionLabel.isEmpty()) {
            LabConfig before = applied;
            QVERIFY2(step.applyTo(applied), where.constData());
            QVERIFY2(applied != before, QByteArray(where + ": the action changes nothing").constData());
        } else {
            step.applyTo(applied);
        }
        QVERIFY2(LabValidator::validate(applied).isEmpty(), QByteArray(where + ": " + LabValidator::validate(applied).value(0).toString().toUtf8()).constData());
    }
    // Nothing the guide asks for is already true when it opens.
    GuideProgress progress;
    progress.setExample(e);
    progress.setLab(e.lab);
    for (const MockBackendConfig &b : e.lab.backends)
        progress.setMockState(b.name, b.autostart ? GuideProgress::MockState::Running : GuideProgress::MockState::Stopped);
    QCOMPARE(progress.currentStep(), 0);
}

void tst_GuideProgress::examplesAreAmongTheRunnableLabs()
{
    const QStringList all = ExampleLabs::names();
    for (const QString &name : {u"demo"_s, u"weighted"_s, u"backup"_s, u"failover"_s})
        QVERIFY2(all.contains(name), qPrintable(name)); // the names `run --example` always took
    for (const QString &name : GuidedExamples::names()) {
        QVERIFY(all.contains(name));
        QCOMPARE(*ExampleLabs::lab(name), GuidedExamples::find(name)->lab);
        QVERIFY(!ExampleLabs::description(name).isEmpty());
    }
    QCOMPARE(GuidedExamples::names().size(), 6);
    QVERIFY(!ExampleLabs::lab(u"nope"_s));
}

void tst_GuideProgress::labChecksHoldAndApply()
{
    LabConfig lab = LabConfig::demo();
    const GuideCheck down = GuideCheck::serverDown(u"backend"_s, u"beta"_s);
    QVERIFY(!down.holdsFor(lab));
    QVERIFY(down.applyTo(lab));
    QVERIFY(down.holdsFor(lab));
    QVERIFY(lab.upstreams[0].servers[1].down);

    const GuideCheck hash = GuideCheck::hashIs(u"backend"_s, u"$request_uri"_s, true);
    QVERIFY(!hash.holdsFor(lab));
    QVERIFY(hash.applyTo(lab));
    QCOMPARE(lab.upstreams[0].method, BalancingMethod::Hash);
    QCOMPARE(lab.upstreams[0].hashKey, u"$request_uri"_s);
    QVERIFY(lab.upstreams[0].hashConsistent);
    QVERIFY(!GuideCheck::hashIs(u"backend"_s, u"$request_uri"_s, false).holdsFor(lab));

    QVERIFY(!GuideCheck::nextUpstreamHas(NextHttp502).holdsFor(lab));
    QVERIFY(GuideCheck::nextUpstreamHas(NextHttp502).applyTo(lab));
    QCOMPARE(lab.proxy.nextUpstream, quint32(NextError | NextTimeout | NextHttp502));
    QVERIFY(!GuideCheck::nextUpstreamOff().holdsFor(lab));
    QVERIFY(GuideCheck::nextUpstreamOff().applyTo(lab));
    QCOMPARE(lab.proxy.nextUpstream, 0u);

    QVERIFY(!GuideCheck::serverDown(u"backend"_s, u"nobody"_s).applyTo(lab));
    QVERIFY(!GuideCheck::serverDown(u"backend"_s, u"nobody"_s).holdsFor(lab));

    // Header lines: the ones in force at the location, as nginx inherits them.
    const GuideCheck clientHost = GuideCheck::requestHeader(u"/"_s, u"Host"_s, u"$host"_s);
    QVERIFY(GuideCheck::requestHeader(u"/"_s, u"Host"_s, u"$proxy_host"_s).holdsFor(lab));
    QVERIFY(!clientHost.holdsFor(lab));
    const qsizetype httpLines = lab.proxy.headers.proxySetHeader.size();
    QVERIFY(clientHost.applyTo(lab));
    QVERIFY(clientHost.holdsFor(lab));
    QCOMPARE(lab.proxy.headers.proxySetHeader.size(), httpLines); // the Host line changed, the others stay
    QVERIFY(GuideCheck::requestHeader(u"/"_s, u"x-real-ip"_s, u"$remote_addr"_s).holdsFor(lab));
    // A server level with lines of its own replaces the http level's: Host is nginx's default there.
    lab.listeners[0].headers.proxySetHeader = {{u"X-Lab"_s, u"1"_s, false}};
    QVERIFY(!clientHost.holdsFor(lab));
    QVERIFY(GuideCheck::requestHeader(u"/"_s, u"Host"_s, u"$proxy_host"_s).holdsFor(lab));
    QVERIFY(GuideCheck::requestHeader(u"/"_s, u"Connection"_s, u"close"_s).holdsFor(lab));
    QVERIFY(clientHost.applyTo(lab));
    QCOMPARE(lab.listeners[0].headers.proxySetHeader.size(), 2);
    QVERIFY(clientHost.holdsFor(lab));
    QVERIFY(!GuideCheck::requestHeader(u"/nowhere/"_s, u"Host"_s, u"$host"_s).applyTo(lab));
}

void tst_GuideProgress::stepsTickInOrderAndCountAfterTheirState()
{
    qint64 now = 1000000;
    GuideProgress progress;
    progress.setClock([&] { return now; });
    const GuidedExample e = backupLike();
    progress.setExample(e);
    progress.setLab(e.lab);
    for (const QString &m : {u"alpha"_s, u"beta"_s, u"spare"_s})
        progress.setMockState(m, GuideProgress::MockState::Running);
    QSignalSpy done(&progress, &GuideProgress::stepDone);

    // Step 1: alpha and beta 10 each, spare none.
    QList<RequestRecord> batch;
    for (int i = 0; i < 20; ++i)
        batch << record(now + 500 + i, {i % 2 ? u"alpha"_s : u"beta"_s});
    progress.addRecords(batch);
    QCOMPARE(done.size(), 1);
    QCOMPARE(progress.currentStep(), 1);

    // Step 2 counts only once alpha is stopped.
    now += 1000;
    progress.addRecords(QList<RequestRecord>(30, record(now + 500, {u"beta"_s})));
    QVERIFY(!progress.isCounting());
    QCOMPARE(progress.counts().requests, 0);
    progress.setMockState(u"alpha"_s, GuideProgress::MockState::Stopped);
    QVERIFY(progress.isCounting());
    QCOMPARE(progress.currentStep(), 1);
    now += 1000;
    progress.addRecords(QList<RequestRecord>(19, record(now, {u"alpha"_s, u"beta"_s})));
    QCOMPARE(progress.currentStep(), 1);
    QCOMPARE(progress.counts().retries, 19);
    progress.addRecords({record(now, {u"beta"_s})});
    QCOMPARE(progress.currentStep(), 2);
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.last().at(0).toInt(), 1);
}

void tst_GuideProgress::recordsFromBeforeTheStateDoNotCount()
{
    qint64 now = 5000000;
    GuideProgress progress;
    progress.setClock([&] { return now; });
    progress.setExample(backupLike());
    progress.setLab(backupLike().lab);
    // Requests that began before the step (or within the settle time) are from the old state.
    progress.addRecords(QList<RequestRecord>(30, record(now - 10, {u"alpha"_s})));
    progress.addRecords(QList<RequestRecord>(30, record(now + GuideProgress::SettleMs - 1, {u"beta"_s})));
    QCOMPARE(progress.counts().requests, 0);
    progress.addRecords({record(now + GuideProgress::SettleMs, {u"beta"_s})});
    QCOMPARE(progress.counts().requests, 1);
}

void tst_GuideProgress::atMostFailsTheStepWhileExceeded()
{
    qint64 now = 1000000;
    GuideProgress progress;
    progress.setClock([&] { return now; });
    progress.setExample(backupLike());
    progress.setLab(backupLike().lab);
    // spare answered once: step 1 ("spare takes nothing") cannot tick in this count.
    progress.addRecords({record(now + 400, {u"spare"_s})});
    QList<RequestRecord> batch;
    for (int i = 0; i < 40; ++i)
        batch << record(now + 500, {i % 2 ? u"alpha"_s : u"beta"_s});
    progress.addRecords(batch);
    QCOMPARE(progress.currentStep(), 0);
    QCOMPARE(progress.value(GuideCheck::served(u"spare"_s, 0)), 1);
}

void tst_GuideProgress::sessionsFollowTheCookie()
{
    qint64 now = 1000000;
    GuideProgress progress;
    progress.setClock([&] { return now; });
    const GuidedExample e = *GuidedExamples::find(u"sticky"_s);
    progress.setExample(e);
    progress.setLab(e.lab);
    QList<RequestRecord> batch;
    // 10 sessions, 3 requests each, each on one server; s9 moves.
    for (int round = 0; round < 3; ++round) {
        for (int s = 0; s < 10; ++s) {
            const QString server = s == 9 && round == 2 ? u"app3"_s : (s % 2 ? u"app1"_s : u"app2"_s);
            batch << record(now + 500, {server}, 200, "s" + QByteArray::number(s));
        }
    }
    progress.addRecords(batch);
    QCOMPARE(progress.value(GuideCheck::sessionsKept(u"session"_s, 0)), 9);
    QCOMPARE(progress.value(GuideCheck::sessionsMoved(u"session"_s, 0)), 1);
    QCOMPARE(progress.currentStep(), 0); // a session moved: not sticky
    progress.restart();
    batch.clear();
    for (int round = 0; round < 3; ++round) {
        for (int s = 0; s < 10; ++s)
            batch << record(now + 500, {s % 2 ? u"app1"_s : u"app2"_s}, 200, "s" + QByteArray::number(s));
    }
    progress.addRecords(batch);
    QCOMPARE(progress.currentStep(), 1);
}

void tst_GuideProgress::byHandTickAndUntick()
{
    GuideProgress progress;
    progress.setExample(backupLike());
    QSignalSpy changed(&progress, &GuideProgress::changed);
    progress.setDone(0, true);
    QCOMPARE(progress.currentStep(), 1);
    progress.setDone(2, true);
    QCOMPARE(progress.currentStep(), 1);
    progress.setDone(1, true);
    QCOMPARE(progress.currentStep(), 3);
    progress.setDone(0, false);
    QCOMPARE(progress.currentStep(), 0);
    QCOMPARE(progress.doneCount(), 2);
    progress.restart();
    QCOMPARE(progress.doneCount(), 0);
    QVERIFY(changed.size() >= 5);
    progress.setDone(0, true);
    progress.setDone(1, true);
    progress.setDone(2, true);
    progress.setDone(3, true);
    QCOMPARE(progress.currentStep(), -1);
}

void tst_GuideProgress::eventsCountOnlyOnceTheStepIsCurrent()
{
    qint64 now = 1000000;
    GuideProgress progress;
    progress.setClock([&] { return now; });
    const GuidedExample e = *GuidedExamples::find(u"basics"_s);
    progress.setExample(e);
    progress.setLab(e.lab);
    progress.notify(GuideCheck::Kind::RequestInspected); // step 1 does not ask for it
    progress.addRecords(QList<RequestRecord>(10, record(now + 500, {u"app"_s})));
    QCOMPARE(progress.currentStep(), 1);
    QVERIFY(!progress.counts().requestInspected);
    progress.notify(GuideCheck::Kind::RequestInspected);
    QCOMPARE(progress.currentStep(), 2);
}

QTEST_GUILESS_MAIN(tst_GuideProgress)
#include "tst_guideprogress.moc"
