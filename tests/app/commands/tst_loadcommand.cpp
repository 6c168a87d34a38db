#include "engine/proxyengine.h"
#include "freeport.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// Drives the real `upstreamlab load`: its options, JSON and exit codes are a
// contract other tools rely on.
class tst_LoadCommand final : public QObject
{
    Q_OBJECT

private slots:
    void jsonReportsTheSplitExactly();
    void tableAndPopulationThroughTheProxy();
    void exitCodes();

private:
    static QString binary() { return QStringLiteral(UPSTREAMLAB_BINARY); }
    static QByteArray runLoad(const QStringList &arguments, int *exitCode, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(binary(), QStringList{u"load"_s} + arguments);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (err)
            *err = p.readAllStandardError();
        return p.readAllStandardOutput();
    }
};

void tst_LoadCommand::jsonReportsTheSplitExactly()
{
    MockBackendHost mocks;
    const LabConfig lab = startDemoMocks(mocks);
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    const QString url = u"http://127.0.0.1:%1/"_s.arg(engine.listenerPort(0));
    int rc = -1;
    QByteArray err;
    const QByteArray out = runLoad({url, u"-n"_s, u"3000"_s, u"-c"_s, u"10"_s, u"--seed"_s, u"1"_s, u"--path"_s, u"/r/{n}"_s, u"--json"_s}, &rc, &err);
    QCOMPARE(rc, 0);
    // Exactly one JSON object on stdout; no progress when stderr is not a terminal.
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, out.constData());
    QVERIFY2(err.isEmpty(), err.constData());
    QCOMPARE(json[u"requests"_s].toInt(), 3000);
    QCOMPARE(json[u"statuses"_s][u"200"_s].toInt(), 3000);
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        QCOMPARE(json[u"upstreams"_s][name][u"requests"_s].toInt(), 1000);
        QCOMPARE(json[u"upstreams"_s][name][u"statuses"_s][u"200"_s].toInt(), 1000);
        QVERIFY(json[u"upstreams"_s][name][u"latency_ms"_s][u"p50"_s].toDouble() > 0);
    }
    for (const QString &key : {u"refused"_s, u"reset"_s, u"timeout"_s, u"bad_response"_s})
        QCOMPARE(json[u"errors"_s][key].toInt(-1), 0);
    for (const QString &key : {u"p50"_s, u"p90"_s, u"p99"_s, u"p999"_s, u"max"_s})
        QVERIFY2(json[u"latency_ms"_s][key].isDouble(), qPrintable(key));
    QVERIFY(json[u"duration_s"_s].toDouble() > 0);
    QVERIFY(json[u"rate"_s].toDouble() > 0);
    QCOMPARE(json[u"clients"_s][u"count"_s].toInt(), 1);
    QVERIFY(json[u"clients"_s][u"via"_s].toString() == u"source-address"_s);
}

void tst_LoadCommand::tableAndPopulationThroughTheProxy()
{
    MockBackendHost mocks;
    const LabConfig lab = startDemoMocks(mocks);
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    // A path template may be written into the URL.
    const QString url = u"http://127.0.0.1:%1/item/{key}?n={n}"_s.arg(engine.listenerPort(0));
    int rc = -1;
    const QByteArray out = runLoad({url, u"-n"_s, u"300"_s, u"--clients"_s, u"50"_s, u"--keys"_s, u"20"_s,
                                    u"--zipf"_s, u"1.2"_s, u"--no-keepalive"_s},
                                   &rc);
    QCOMPARE(rc, 0);
    QVERIFY2(out.contains("300 requests in"), out.constData());
    QVERIFY2(out.contains("statuses: 300×200"), out.constData());
    QVERIFY2(out.contains("errors: none"), out.constData());
    QVERIFY2(out.contains("clients: 50 ("), out.constData());
    for (const char *row : {"alpha", "beta", "gamma", "p99.9"})
        QVERIFY2(out.contains(row), out.constData());
}

void tst_LoadCommand::exitCodes()
{
    int rc = -1;
    QByteArray err;
    // Nothing listens: the target cannot be reached at all.
    const quint16 closed = freePort();
    runLoad({u"http://127.0.0.1:%1/"_s.arg(closed), u"-n"_s, u"5"_s, u"--json"_s}, &rc, &err);
    QCOMPARE(rc, 1);
    QVERIFY2(err.contains("refused every connection"), err.constData());

    // Bad usage names the option.
    runLoad({u"http://127.0.0.1:1/"_s, u"-c"_s, u"zero"_s}, &rc, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("-c: expected a whole number"), err.constData());
    runLoad({u"http://127.0.0.1:1/"_s, u"--poisson"_s}, &rc, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("--poisson needs --rate"), err.constData());
    runLoad({u"http://127.0.0.1:1/"_s, u"--header"_s, u"no colon"_s}, &rc, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("Name: value"), err.constData());
    runLoad({}, &rc, &err);
    QCOMPARE(rc, 2);
    // Only this machine: refused before any connection is made.
    runLoad({u"http://192.0.2.1:8080/"_s, u"-n"_s, u"1"_s}, &rc, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("loopback"), err.constData());
    runLoad({u"https://127.0.0.1/"_s}, &rc, &err);
    QCOMPARE(rc, 2);
    QVERIFY2(err.contains("https is not supported"), err.constData());

    const QByteArray help = runLoad({u"--help"_s}, &rc);
    QCOMPARE(rc, 0);
    QVERIFY(help.contains("Usage: upstreamlab load"));
    QVERIFY(help.contains("--rate"));
}

QTEST_GUILESS_MAIN(tst_LoadCommand)
#include "tst_loadcommand.moc"
