#include "config/examplelabs.h"
#include "freeport.h"
#include "guidefeed.h"
#include "labrunner.h"
#include "lessons/guidedexamples.h"
#include "lessons/guideprogress.h"
#include "methodcomparison.h"
#include "traffic/trafficgenerator.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Each guided example is a test: its lab runs (on free ports), its traffic
// preset runs headless, and the steps are done through the runner as a person
// would do them in the app — stop a mock, make the guide's change — while the
// guide, fed exactly as the app feeds it, must tick each step. Then the effect
// each example promises is asserted on the per-server counts.
class tst_GuidedExamples final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walkThrough_data();
    void walkThrough();
    void algorithmsSideBySide();
    void runListsTheExamples();
    void cleanupTestCase();

private:
    static LabConfig onFreePorts(LabConfig lab)
    {
        for (qsizetype i = 0; i < lab.backends.size(); ++i) {
            MockBackendConfig b = lab.backends[i];
            b.listen = u"127.0.0.1:%1"_s.arg(freePort());
            lab.replaceBackend(i, b);
        }
        for (Listener &l : lab.listeners)
            l.port = 0;
        return lab;
    }
    // What the person does for a step: its lab change, its mocks, its event.
    static void perform(const GuideStep &step, LabConfig &lab, LabRunner &runner, GuideProgress &progress);
    static QString describe(const GuideProgress &progress);
    // The request head a mock echoed (X-Received-Request) for the first (or last) record whose URI starts with `prefix`.
    enum class Which { First, Last };
    static QByteArray receivedBy(const QList<RequestRecord> &records, const QByteArray &prefix, Which which);

    QElapsedTimer m_clock;
};

void tst_GuidedExamples::initTestCase()
{
    m_clock.start();
}

void tst_GuidedExamples::cleanupTestCase()
{
    // The whole walk through every example stays short enough to run on every build.
    qInfo("all examples: %lld ms", m_clock.elapsed());
#ifndef UPSTREAMLAB_SANITIZED
    QVERIFY2(m_clock.elapsed() < 60000, qPrintable(u"%1 ms"_s.arg(m_clock.elapsed())));
#endif
}

void tst_GuidedExamples::perform(const GuideStep &step, LabConfig &lab, LabRunner &runner, GuideProgress &progress)
{
    if (step.applyTo(lab)) {
        // As the app: the document changes at once, the running lab when the runner gets there.
        progress.setLab(lab);
        runner.apply(lab);
    }
    for (const GuideCheck &c : step.checks) {
        const LabRunner::Mock *mock = runner.mock(c.name);
        if (c.kind == GuideCheck::Kind::MockStopped && mock && mock->isRunning())
            runner.stopMock(c.name);
        else if (c.kind == GuideCheck::Kind::MockRunning && mock && !mock->isRunning())
            runner.startMock(c.name);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);
    for (const GuideCheck &c : step.checks) {
        if (c.isEvent()) {
            QTRY_VERIFY_WITH_TIMEOUT(progress.isCounting(), 5000);
            progress.notify(c.kind);
        }
    }
}

QString tst_GuidedExamples::describe(const GuideProgress &p)
{
    const GuideProgress::Counts &c = p.counts();
    QStringList served;
    for (auto it = c.served.cbegin(); it != c.served.cend(); ++it)
        served << u"%1=%2"_s.arg(it.key()).arg(it.value());
    return u"step %1 counting=%2 requests=%3 errors=%4 retries=%5 byProxy=%6 sessions=%7 served: %8"_s.arg(p.currentStep() + 1)
        .arg(p.isCounting())
        .arg(c.requests)
        .arg(c.clientErrors)
        .arg(c.retries)
        .arg(c.answeredByProxy)
        .arg(c.sessions.size())
        .arg(served.join(u' '));
}

QByteArray tst_GuidedExamples::receivedBy(const QList<RequestRecord> &records, const QByteArray &prefix, Which which)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RequestRecord &r = records[which == Which::First ? i : records.size() - 1 - i];
        if (!r.uri.startsWith(prefix))
            continue;
        for (const QByteArray &line : r.responseHead.split('\n')) {
            if (line.toLower().startsWith("x-received-request:"))
                return QByteArray::fromBase64(line.mid(19).trimmed());
        }
    }
    return {};
}

void tst_GuidedExamples::walkThrough_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : GuidedExamples::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_GuidedExamples::walkThrough()
{
    QFETCH(QString, name);
    QElapsedTimer clock;
    clock.start();
    const GuidedExample example = *GuidedExamples::find(name);
    LabConfig lab = onFreePorts(example.lab);

    LabRunner runner;
    GuideProgress progress;
    GuideFeed::follow(&runner, &progress);
    QList<RequestRecord> records; // everything, for the echo checks
    connect(&runner, &LabRunner::requestsLogged, this, [&records](const QList<RequestRecord> &batch) { records += batch; });
    progress.setExample(example);
    progress.setLab(lab);
    QSignalSpy started(&runner, &LabRunner::started);
    runner.start(lab);
    QVERIFY(started.wait(10000));
    QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));

    TrafficGenerator traffic;
    QString error;
    QVERIFY2(traffic.start(example.traffic.toOptions(QHostAddress(QHostAddress::LocalHost), runner.listenerPort(0), 7), &error),
             qPrintable(error));

    QStringList stepTimes;
    for (int i = 0; i < example.steps.size(); ++i) {
        QElapsedTimer stepClock;
        stepClock.start();
        QCOMPARE(progress.currentStep(), i);
        if (i == 6 && name == u"algorithms")
            break; // Compare: algorithmsSideBySide runs it
        perform(example.steps[i], lab, runner, progress);
        if (QTest::currentTestFailed())
            return;
        // The fail_timeout steps wait for a server's 3 s rest; the others tick in a second or two.
        QTRY_VERIFY2_WITH_TIMEOUT(progress.isDone(i), qPrintable(describe(progress)), 8000);
        stepTimes << QString::number(stepClock.elapsed());
        if (qEnvironmentVariableIsSet("GUIDE_DEBUG"))
            qInfo("  step %d: requests=%lld errors=%lld retries=%lld gamma=%lld", i + 1, progress.countsWhenDone(i).requests,
                  progress.countsWhenDone(i).clientErrors, progress.countsWhenDone(i).retries,
                  progress.countsWhenDone(i).served.value(u"gamma"_s));
    }
    traffic.stop();

    const auto when = [&](int step) { return progress.countsWhenDone(step); };
    if (name == u"basics") {
        // Before proxy_set_header Host $host: the backend got Host: app and /item-N for /shop/item-N.
        const QByteArray first = receivedBy(records, "/shop/item-", Which::First);
        QVERIFY2(first.startsWith("GET /item-") && first.contains("\r\nHost: app\r\n") && first.contains("\r\nX-Real-IP: 127.")
                     && first.contains("\r\nX-Forwarded-For: 127."),
                 first.constData());
        const QByteArray later = receivedBy(records, "/shop/item-", Which::Last);
        QVERIFY2(later.contains("\r\nHost: 127.0.0.1\r\n") && later.contains("\r\nX-Real-IP: 127."), later.constData());
        QCOMPARE(when(3).served.value(u"app"_s), 0);
        QVERIFY(when(3).clientErrors >= 5);
    } else if (name == u"app") {
        QVERIFY(when(0).answeredByProxy >= 5);
        QCOMPARE(when(0).served.value(u"web"_s) + when(0).served.value(u"api1"_s) + when(0).served.value(u"api2"_s)
                     + when(0).answeredByProxy,
                 when(0).requests);
        QByteArray received = receivedBy(records, "/api/users/", Which::First);
        QVERIFY2(received.startsWith("GET /users/"), received.constData());
        received = receivedBy(records, "/api/users/", Which::Last);
        QVERIFY2(received.startsWith("GET /api/users/"), received.constData()); // after proxy_pass http://api;
        QCOMPARE(when(3).served.value(u"web"_s), 0);
        QVERIFY(when(3).answeredByProxy >= 3); // /healthz still says ok with web stopped
    } else if (name == u"backup") {
        // The backup takes nothing while a primary lives, then every request.
        QCOMPARE(when(0).served.value(u"spare"_s), 0);
        QCOMPARE(when(1).served.value(u"spare"_s), 0);
        QCOMPARE(when(1).served.value(u"beta"_s), when(1).requests);
        QCOMPARE(when(2).served.value(u"spare"_s), when(2).requests);
        QCOMPARE(when(2).clientErrors, 0);
        QVERIFY(when(3).served.value(u"alpha"_s) >= 20);
    } else if (name == u"failures") {
        QVERIFY(when(0).clientErrors >= 2);   // 502s passed on by default
        QCOMPARE(when(1).clientErrors, 0);    // retried with http_502
        QVERIFY(when(1).retries >= 1);
        QCOMPARE(when(2).served.value(u"gamma"_s), 0);
        QCOMPARE(when(3).clientErrors, 0);    // a crash is retried by default
        QVERIFY(when(4).clientErrors >= 1);   // and reaches the client with retries off
    } else if (name == u"algorithms") {
        const auto share = [&](int step, const QString &server) { return 100.0 * double(when(step).served.value(server)) / double(when(step).requests); };
        QVERIFY(share(0, u"alpha"_s) >= 40 && share(0, u"alpha"_s) <= 60);
        QVERIFY2(share(1, u"gamma"_s) < share(0, u"gamma"_s), qPrintable(u"least_conn %1 % vs round robin %2 %"_s.arg(share(1, u"gamma"_s)).arg(share(0, u"gamma"_s))));
        QCOMPARE(when(4).served.value(u"beta"_s), 0);
    } else if (name == u"sticky") {
        QVERIFY(when(0).sessions.size() >= 10);
        for (const GuideProgress::Counts::Session &s : when(0).sessions)
            QVERIFY(!s.moved);
        QVERIFY(when(1).retries == 0 && when(1).sessions.size() >= 5);
        QCOMPARE(when(3).served.value(u"app2"_s), 0);
    }
    qInfo("%s: %lld ms (steps: %s ms)", qPrintable(name), clock.elapsed(), qPrintable(stepTimes.join(u' ')));
    QSignalSpy stopped(&runner, &LabRunner::stopped);
    runner.stop();
    QVERIFY(stopped.wait(10000));
}

void tst_GuidedExamples::algorithmsSideBySide()
{
    // The example's last step: Compare, with the methods the guide selects.
    const GuidedExample example = *GuidedExamples::find(u"algorithms"_s);
    QList<MethodSpec> methods;
    for (const QString &m : example.compareMethods)
        methods.append(*MethodSpec::parse(m, nullptr));
    TrafficOptions traffic;
    traffic.requests = 400;
    traffic.keys = 100;
    traffic.clients = 30;
    traffic.pathTemplate = "/item/{key}";
    MethodComparison comparison;
    QSignalSpy finished(&comparison, &MethodComparison::finished);
    QString error;
    QVERIFY2(comparison.start(onFreePorts(example.lab), u"pool"_s, methods, traffic, QString(), &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QVERIFY2(comparison.errorText().isEmpty(), qPrintable(comparison.errorText()));
    QMap<QString, MethodResult> by;
    for (const MethodResult &r : comparison.results())
        by.insert(r.spec.text, r);
    const MethodResult &rr = by[u"round_robin"_s];
    QCOMPARE(rr.perServer.value(u"alpha"_s), 200); // weight 2 of 4, exactly
    QCOMPARE(rr.perServer.value(u"gamma"_s), 100);
    QVERIFY(by[u"least_conn"_s].perServer.value(u"gamma"_s) < 67);           // the slow server gets less
    QVERIFY(by[u"random:two:least_conn"_s].perServer.value(u"gamma"_s) < 100);
    QVERIFY2(by[u"hash:$request_uri:consistent"_s].keysMoved < by[u"hash:$request_uri"_s].keysMoved,
             qPrintable(u"%1 vs %2"_s.arg(by[u"hash:$request_uri:consistent"_s].keysMoved).arg(by[u"hash:$request_uri"_s].keysMoved)));
}

void tst_GuidedExamples::runListsTheExamples()
{
    QProcess p;
    p.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"run"_s, u"--list-examples"_s});
    QVERIFY(p.waitForFinished(10000));
    const QByteArray list = p.readAllStandardOutput();
    for (const QString &name : ExampleLabs::names())
        QVERIFY2(QByteArray('\n' + list).contains(QByteArray('\n' + name.toLatin1() + ' ')), list.constData());
    p.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"run"_s, u"--example"_s, u"nope"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    for (const QString &name : GuidedExamples::names())
        QVERIFY2(err.contains(name.toLatin1()), err.constData());
}

QTEST_GUILESS_MAIN(tst_GuidedExamples)
#include "tst_guidedexamples.moc"
