#include "config/labjson.h"
#include "engine/proxyengine.h"
#include "freeport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

// Drives the real `upstreamlab` binary: the command line is a contract.
class tst_RunCommand final : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void runServesAndStopsCleanlyOnSigterm();
    void runExplainGivesEachLineItsReason();
    void brokenLabFileNamesFileAndPath();
    void unknownExampleAndCommand();
    void exportImportAndProxyFromNginxConf();
    void mockCommandServesAndLogs();
    void mockCommandRejectsBadBehaviour();
    void runRefusesAServerOtherMachinesCouldReach();
    void runRefusesABodyFileOutsideTheLabFolder_data();
    void runRefusesABodyFileOutsideTheLabFolder();
    void runWithAllowExternalServesWhatWasRefused();
    void runNeedsNoAgreementForALoopbackLab();
    void mockAndProxyRefuseNonLoopbackUnlessAllowed();

private:
    static QString binary() { return QStringLiteral(UPSTREAMLAB_BINARY); }
    // The demo lab on free loopback ports, saved as dir/lab.json (the lab file's folder is dir).
    static LabConfig demoLab(quint16 *proxyPort);
    static bool writeFile(const QString &path, const QByteArray &contents);
};

LabConfig tst_RunCommand::demoLab(quint16 *proxyPort)
{
    LabConfig lab = LabConfig::demo();
    *proxyPort = freePort();
    lab.listeners[0].port = *proxyPort;
    for (int i = 0; i < lab.backends.size(); ++i) {
        const QString address = u"127.0.0.1:%1"_s.arg(freePort());
        lab.backends[i].listen = address;
        lab.upstreams[0].servers[i].address = address;
    }
    return lab;
}

bool tst_RunCommand::writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
}

void tst_RunCommand::helpAndVersion()
{
    QProcess p;
    p.start(binary(), {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray help = p.readAllStandardOutput();
    QVERIFY(help.contains("Usage: upstreamlab [LAB.json]"));
    QVERIFY(help.contains("run [LAB.json]"));

    p.start(binary(), {u"--version"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().startsWith("upstreamlab "));

    p.start(binary(), {u"run"_s, u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray runHelp = p.readAllStandardOutput();
    QVERIFY(runHelp.contains("--example"));
    QVERIFY(runHelp.contains("--explain"));
}

void tst_RunCommand::runServesAndStopsCleanlyOnSigterm()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    QTemporaryDir dir;
    LabConfig lab = LabConfig::demo();
    const quint16 proxyPort = freePort();
    lab.listeners[0].port = proxyPort;
    for (int i = 0; i < lab.backends.size(); ++i) {
        const QString address = u"127.0.0.1:%1"_s.arg(freePort());
        lab.backends[i].listen = address;
        lab.upstreams[0].servers[i].address = address;
    }
    const QString file = dir.filePath(u"lab.json"_s);
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    QVERIFY2(out.contains(QByteArray("listening on http://127.0.0.1:" + QByteArray::number(proxyPort))), out.constData());
#ifdef Q_OS_LINUX
    // The soft descriptor limit was raised to the hard one, and said so.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_max != RLIM_INFINITY) {
        const QByteArray line = "  open files           limit " + QByteArray::number(quint64(limit.rlim_max)) + '\n';
        QVERIFY2(out.contains(line), out.constData());
    }
#endif

    TestClient client(proxyPort);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get("/cli").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count("\"GET /cli\" 200") == 3, 10000);
    QVERIFY(out.contains("tries=alpha ✓"));
    QVERIFY(!out.contains(" why: ")); // only with --explain

    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("Stopping"));
}

void tst_RunCommand::runExplainGivesEachLineItsReason()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    QTemporaryDir dir;
    LabConfig lab = LabConfig::demo();
    const quint16 proxyPort = freePort();
    lab.listeners[0].port = proxyPort;
    for (int i = 0; i < lab.backends.size(); ++i) {
        const QString address = u"127.0.0.1:%1"_s.arg(freePort());
        lab.backends[i].listen = address;
        lab.upstreams[0].servers[i].address = address;
    }
    lab.upstreams[0].servers[1].address = u"127.0.0.1:%1"_s.arg(freePort()); // nothing listens: refused
    lab.upstreams[0].servers[2].down = true;
    lab.listeners[0].routes.append(Route::returning(u"/local"_s, 200, u"here"_s, true));
    const QString file = dir.filePath(u"lab.json"_s);
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file, u"--explain"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    const qsizetype logStart = out.size();

    TestClient client(proxyPort);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get("/why").status, 200);
    QCOMPARE(client.get("/local").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count("\"GET /") == 4, 10000);

    const QList<QByteArray> lines = out.mid(logStart).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines)
        QVERIFY2(line.contains(" why: "), line.constData());
    // alpha first (the round's tie goes to config order), then beta refuses and alpha answers the retry.
    QVERIFY2(lines[0].contains("why: alpha: 200 | pick 1: smooth weighted round robin → alpha"), lines[0].constData());
    QVERIFY2(lines[0].contains("gamma: skipped, down"), lines[0].constData());
    QVERIFY2(lines[1].contains("why: beta: connect refused (next_upstream error) → alpha: 200 | pick 1: "), lines[1].constData());
    QVERIFY2(lines[1].contains("| pick 2: smooth weighted round robin → alpha"), lines[1].constData());
    QVERIFY2(lines[1].contains("beta: skipped, already tried for this request"), lines[1].constData());
    // beta reached max_fails=1: skipped for its fail_timeout.
    QVERIFY2(lines[2].contains("beta: skipped, failed until "), lines[2].constData());
    QVERIFY2(lines[2].contains("(max_fails=1 reached within fail_timeout=10s)"), lines[2].constData());
    QVERIFY2(lines[3].contains("\"GET /local\" 200") && lines[3].contains("why: answered by the proxy itself"),
             lines[3].constData());

    p.terminate(); // SIGTERM, by pid
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void tst_RunCommand::mockCommandServesAndLogs()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    QProcess p;
    p.start(binary(), {u"mock"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--name"_s, u"alpha"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                       u"--name"_s, u"beta"_s, u"--status"_s, u"503"_s, u"--header"_s, u"X-Lab: {{name}}"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    static const QRegularExpression listening(u"mock (\\w+) listening on http://127.0.0.1:(\\d+)/"_s);
    QHash<QString, quint16> ports;
    for (auto it = listening.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ports.insert(m.captured(1), quint16(m.captured(2).toUInt()));
    }
    QCOMPARE(ports.size(), 2);
    TestClient beta(ports.value(u"beta"_s));
    const TestResponse r = beta.get("/cli-mock");
    QCOMPARE(r.status, 503);
    QCOMPARE(r.header("X-Lab"), "beta");
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("beta 127.0.0.1:"), 10000);
    QVERIFY2(out.contains("\"GET /cli-mock\" 503"), out.constData());
    p.terminate(); // SIGTERM, by pid
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void tst_RunCommand::mockCommandRejectsBadBehaviour()
{
    QProcess p;
    p.start(binary(), {u"mock"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--latency"_s, u"fast"_s, u"--fault"_s, u"reset:2"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("--latency: expected a latency"), err.constData());
    QVERIFY2(err.contains("--fault reset:2: the probability must be 0..1"), err.constData());
    p.start(binary(), {u"mock"_s, u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(p.readAllStandardOutput().contains("Usage: upstreamlab mock"));
}

void tst_RunCommand::brokenLabFileNamesFileAndPath()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.json"_s);
    QJsonObject json = QJsonDocument::fromJson(LabJson::toJson(LabConfig::demo())).object();
    QJsonArray upstreams = json[u"upstreams"_s].toArray();
    QJsonObject group = upstreams[0].toObject();
    QJsonArray servers = group[u"servers"_s].toArray();
    QJsonObject server = servers[0].toObject();
    server[u"weight"_s] = 0;
    servers[0] = server;
    group[u"servers"_s] = servers;
    upstreams[0] = group;
    json[u"upstreams"_s] = upstreams;
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
    f.close();

    QProcess p;
    p.start(binary(), {u"run"_s, file});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(file + u": upstreams[0].servers[0].weight: must be 1..1000"_s), qPrintable(err));
}

void tst_RunCommand::unknownExampleAndCommand()
{
    QProcess p;
    p.start(binary(), {u"run"_s, u"--example"_s, u"nope"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("unknown example"));

    p.start(binary(), {u"frobnicate"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("unknown command"));
}

void tst_RunCommand::exportImportAndProxyFromNginxConf()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    // Mocks run in this process; the lab's nginx.conf points at them.
    MockBackendHost mocks;
    LabConfig lab = startDemoMocks(mocks);
    const quint16 proxyPort = freePort();
    lab.listeners[0].port = proxyPort;
    QTemporaryDir dir;
    const QString labFile = dir.filePath(u"lab.json"_s);
    const QString confFile = dir.filePath(u"nginx.conf"_s);
    const QString reimported = dir.filePath(u"again.json"_s);
    QString error;
    QVERIFY(LabJson::save(lab, labFile, &error));

    QProcess p;
    p.start(binary(), {u"export-nginx"_s, labFile, u"-o"_s, confFile});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(confFile));

    p.start(binary(), {u"import-nginx"_s, confFile, u"-o"_s, reimported});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const LabLoadResult again = LabJson::load(reimported);
    QVERIFY2(again.ok, qPrintable(again.errorText));
    QCOMPARE(again.lab.upstreams, lab.upstreams);

    p.start(binary(), {u"proxy"_s, u"-t"_s, u"-c"_s, confFile});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardError().contains("test is successful"));

    p.start(binary(), {u"proxy"_s, u"-c"_s, confFile});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    TestClient client(proxyPort);
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names.append(QString::fromLatin1(client.get("/nginx-conf").header("X-Backend-Name")));
    QCOMPARE(names.join(u' '), u"alpha beta gamma"_s);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);

    // A broken config: nginx-style failure with file and line.
    const QString broken = dir.filePath(u"broken.conf"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("http {\n  upstream u { server 127.0.0.1:1 weight=x; }\n}\n");
    f.close();
    p.start(binary(), {u"proxy"_s, u"-t"_s, u"-c"_s, broken});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(QByteArray(broken.toUtf8() + ":2:")), err.constData());
    QVERIFY(err.contains("test failed"));
}

void tst_RunCommand::runRefusesAServerOtherMachinesCouldReach()
{
    // The lab: a mock on every address serving /etc/passwd. Refused before anything binds.
    QTemporaryDir dir;
    quint16 proxyPort = 0;
    LabConfig lab = demoLab(&proxyPort);
    lab.listeners[0].address = u"0.0.0.0"_s;
    lab.backends[0].listen = u"0.0.0.0:19105"_s;
    lab.upstreams[0].servers[0].address = u"127.0.0.1:19105"_s;
    lab.backends[0].behaviour.bodyFile = u"/etc/passwd"_s;
    const QString file = dir.filePath(u"shared.json"_s);
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1); // as for a broken lab: the lab cannot run
    QVERIFY(!p.readAllStandardOutput().contains("Press Ctrl-C"));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(u"upstreamlab run: "_s + file + u" reaches beyond this machine's loopback or the lab's folder; not running it:\n"_s),
             qPrintable(err));
    QVERIFY2(err.contains(u"  the proxy listens on 0.0.0.0:%1, reachable from other machines (listeners[0].address)\n"_s.arg(proxyPort)),
             qPrintable(err));
    QVERIFY2(err.contains(u"  backend alpha listens on 0.0.0.0:19105, reachable from other machines (backends[0].listen)\n"_s),
             qPrintable(err));
    QVERIFY2(err.contains(u"  backend alpha serves the file /etc/passwd, outside the lab's folder (backends[0].body_file)\n"_s),
             qPrintable(err));
    QVERIFY2(err.contains(u"run it with --allow-external"_s), qPrintable(err));

    p.start(binary(), {u"run"_s, u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    const QByteArray help = p.readAllStandardOutput();
    QVERIFY(help.contains("--allow-external"));
    QVERIFY(help.contains("Exit codes: 0"));
}

void tst_RunCommand::runRefusesABodyFileOutsideTheLabFolder_data()
{
    QTest::addColumn<QString>("bodyFile"); // {outside}: a folder beside the lab's
    QTest::addColumn<QString>("named");    // how the refusal names it
    QTest::newRow("dotdot") << u"../outside/secret.txt"_s << u"../outside/secret.txt (that is {outside}/secret.txt)"_s;
    QTest::newRow("absolute") << u"{outside}/secret.txt"_s << u"{outside}/secret.txt"_s;
    QTest::newRow("symlink") << u"innocent.txt"_s << u"innocent.txt (that is {outside}/secret.txt)"_s;
    QTest::newRow("symlinked-folder") << u"docs/secret.txt"_s << u"docs/secret.txt (that is {outside}/secret.txt)"_s;
}

void tst_RunCommand::runRefusesABodyFileOutsideTheLabFolder()
{
    QFETCH(QString, bodyFile);
    QFETCH(QString, named);
    QTemporaryDir root;
    const QString labDir = root.filePath(u"lab"_s);
    const QString outside = QFileInfo(root.path()).canonicalFilePath() + u"/outside"_s;
    QVERIFY(QDir().mkpath(labDir));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeFile(outside + u"/secret.txt"_s, "top secret\n"));
    QVERIFY(QFile::link(outside + u"/secret.txt"_s, labDir + u"/innocent.txt"_s));
    QVERIFY(QFile::link(outside, labDir + u"/docs"_s));
    bodyFile.replace(u"{outside}"_s, outside);
    named.replace(u"{outside}"_s, outside);

    quint16 proxyPort = 0;
    LabConfig lab = demoLab(&proxyPort);
    lab.backends[2].behaviour.bodyFile = bodyFile;
    const QString file = labDir + u"/lab.json"_s;
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(file), qPrintable(err));
    QVERIFY2(err.contains(u"backend gamma serves the file %1, outside the lab's folder (backends[2].body_file)"_s.arg(named)),
             qPrintable(err));
    QVERIFY2(!err.contains(u"listens on"_s), qPrintable(err)); // only what is outside is named
}

void tst_RunCommand::runWithAllowExternalServesWhatWasRefused()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    QTemporaryDir root;
    const QString labDir = root.filePath(u"lab"_s);
    QVERIFY(QDir().mkpath(labDir));
    QVERIFY(QDir().mkpath(root.filePath(u"outside"_s)));
    QVERIFY(writeFile(root.filePath(u"outside/secret.txt"_s), "shared on purpose\n"));
    quint16 proxyPort = 0;
    LabConfig lab = demoLab(&proxyPort);
    lab.backends[0].behaviour.bodyFile = u"../outside/secret.txt"_s;
    // Non-loopback, but created stopped: the agreement is shown without binding anything there.
    MockBackendConfig wide;
    wide.name = u"wide"_s;
    wide.listen = u"0.0.0.0:0"_s;
    wide.autostart = false;
    lab.backends.append(wide);
    const QString file = labDir + u"/lab.json"_s;
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file, u"--allow-external"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    QVERIFY2(out.contains("backend wide") && out.contains("stopped"), out.constData());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("backend alpha serves the file ../outside/secret.txt"), 10000);
    QVERIFY2(err.contains("warning (--allow-external): backend wide listens on 0.0.0.0:0"), err.constData());
    QVERIFY2(err.contains("warning (--allow-external): backend alpha serves the file ../outside/secret.txt"), err.constData());

    TestClient client(proxyPort);
    const TestResponse r = client.get("/agreed");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Upstream-Name"), "alpha");
    QCOMPARE(r.body, "shared on purpose\n");
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void tst_RunCommand::runNeedsNoAgreementForALoopbackLab()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    // 127.0.0.2 is loopback too, and a body file inside the lab's folder is the lab's own.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"pages"_s)));
    QVERIFY(writeFile(dir.filePath(u"pages/hello.txt"_s), "hello from the lab\n"));
    quint16 proxyPort = 0;
    LabConfig lab = demoLab(&proxyPort);
    const QString second = u"127.0.0.2:%1"_s.arg(freePort());
    lab.backends[0].listen = second;
    lab.upstreams[0].servers[0].address = second;
    lab.backends[0].behaviour.bodyFile = u"pages/../pages/hello.txt"_s;
    const QString file = dir.filePath(u"lab.json"_s);
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    QProcess p;
    p.start(binary(), {u"run"_s, file});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    QVERIFY2(out.contains(QByteArray("listening on " + second.toUtf8())), out.constData());
    QVERIFY(!p.readAllStandardError().contains("warning"));
    TestClient client(proxyPort);
    const TestResponse r = client.get("/local");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "hello from the lab\n");
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

void tst_RunCommand::mockAndProxyRefuseNonLoopbackUnlessAllowed()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is POSIX");
#endif
    QProcess p;
    p.start(binary(), {u"mock"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--listen"_s, u"0.0.0.0:0"_s, u"--name"_s, u"a"_s, u"--name"_s, u"wide"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("upstreamlab mock: --listen 0.0.0.0:0 is not a loopback address: other machines could reach mock wide"),
             err.constData());
    QVERIFY2(err.contains("--allow-external"), err.constData());
    QVERIFY(!p.readAllStandardOutput().contains("listening"));

    // Agreed: an ephemeral port on every address, stopped as soon as it is up; no traffic.
    p.start(binary(), {u"mock"_s, u"--listen"_s, u"0.0.0.0:0"_s, u"--allow-external"_s, u"--quiet"_s});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains("listening on http://0.0.0.0:"), out.constData());
    QVERIFY(p.readAllStandardError().contains("warning (--allow-external): 0.0.0.0:0 is not a loopback address"));

    // The person's own --body-file is theirs: any readable file, no agreement needed.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"mine.txt"_s), "mine\n"));
    p.start(binary(), {u"mock"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--body-file"_s, dir.filePath(u"mine.txt"_s)});
    QVERIFY(p.waitForStarted(10000));
    out.clear();
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    static const QRegularExpression listening(u"listening on http://127.0.0.1:(\\d+)/"_s);
    const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    TestClient client(quint16(m.captured(1).toUInt()));
    QCOMPARE(client.get("/mine").body, "mine\n");
    p.terminate();
    QVERIFY(p.waitForFinished(10000));

    // proxy -c: "listen PORT" (nginx: every address) binds loopback, as before; an explicit
    // non-loopback address is refused; -t only checks.
    const quint16 port = freePort();
    const QString portOnly = dir.filePath(u"port-only.conf"_s);
    QVERIFY(writeFile(portOnly, "http {\n  upstream u { server 127.0.0.1:1; }\n  server {\n    listen " + QByteArray::number(port)
                                    + ";\n    location / { proxy_pass http://u; }\n  }\n}\n"));
    p.start(binary(), {u"proxy"_s, u"-c"_s, portOnly, u"-q"_s});
    QVERIFY(p.waitForStarted(10000));
    out.clear();
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("Press Ctrl-C to stop."), 10000);
    QVERIFY2(out.contains(QByteArray("proxy listening on http://127.0.0.1:" + QByteArray::number(port))), out.constData());
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);

    const QString everywhere = dir.filePath(u"everywhere.conf"_s);
    QVERIFY(writeFile(everywhere, "http {\n  upstream u { server 127.0.0.1:1; }\n  server {\n    listen 0.0.0.0:" + QByteArray::number(port)
                                      + ";\n    location / { proxy_pass http://u; }\n  }\n}\n"));
    p.start(binary(), {u"proxy"_s, u"-c"_s, everywhere});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    err = p.readAllStandardError();
    QVERIFY2(err.contains(QByteArray(everywhere.toUtf8() + " listens where other machines can reach; not running it:")), err.constData());
    QVERIFY2(err.contains(QByteArray("the proxy listens on 0.0.0.0:" + QByteArray::number(port))), err.constData());
    QVERIFY2(err.contains("--allow-external"), err.constData());
    p.start(binary(), {u"proxy"_s, u"-t"_s, u"-c"_s, everywhere});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_RunCommand)
#include "tst_runcommand.moc"
