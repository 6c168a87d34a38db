#include "config/examplelabs.h"
#include "config/labjson.h"
#include "freeport.h"
#include "nginxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `upstreamlab replay-nginx` end to end, with Debian's real nginx.
class tst_NginxReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledLabsAreIdentical_data();
    void bundledLabsAreIdentical();
    void plusOnlyLabIsReportedDifferentWithTheReason();
    void missingNginxIsExitTwo();

private:
    // A bundled lab with its mocks and listener moved to free ports.
    static QString writeLab(QTemporaryDir &dir, LabConfig lab)
    {
        for (MockBackendConfig &b : lab.backends) {
            const QString old = b.listen;
            const QString address = u"127.0.0.1:%1"_s.arg(freePort());
            for (UpstreamGroup &g : lab.upstreams) {
                for (UpstreamServer &s : g.servers) {
                    if (s.address == old)
                        s.address = address;
                }
            }
            b.listen = address;
        }
        for (Listener &l : lab.listeners)
            l.port = freePort();
        const QString file = dir.filePath(u"lab.json"_s);
        return LabJson::save(lab, file, nullptr) ? file : QString();
    }
    static int replay(const QStringList &arguments, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(UPSTREAMLAB_BINARY), QStringList{u"replay-nginx"_s} + arguments);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
};

void tst_NginxReplay::initTestCase()
{
    if (NginxProcess::binary().isEmpty())
        QSKIP("nginx is not installed (scripts/test.sh installs nginx-light)");
}

void tst_NginxReplay::bundledLabsAreIdentical_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ExampleLabs::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_NginxReplay::bundledLabsAreIdentical()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString file = writeLab(dir, *ExampleLabs::lab(name));
    QVERIFY(!file.isEmpty());
    QByteArray out, err;
    const int rc = replay({file, u"-n"_s, u"120"_s, u"--clients"_s, u"20"_s, u"--path"_s, u"/item/{key}"_s, u"--keys"_s, u"10"_s}, &out, &err);
    QVERIFY2(rc == 0, QByteArray(out + err).constData());
    QCOMPARE(out.trimmed(), QByteArray("identical for 120/120 requests"));
}

void tst_NginxReplay::plusOnlyLabIsReportedDifferentWithTheReason()
{
    // drain (NGINX Plus): the lab stops sending alpha new requests; nginx cannot.
    LabConfig lab = *ExampleLabs::lab(u"demo"_s);
    lab.upstreams[0].servers[0].drain = true;
    QTemporaryDir dir;
    const QString file = writeLab(dir, lab);
    QByteArray out, err;
    QCOMPARE(replay({file, u"-n"_s, u"30"_s}, &out, &err), 1);
    QVERIFY2(out.contains("different: "), out.constData());
    QVERIFY2(out.contains("≠ #1 GET / from 127.0.0.1: nginx 200 alpha · upstreamlab 200 beta"), out.constData());
    QVERIFY2(out.contains("drains (NGINX Plus)"), out.constData());
    QCOMPARE(replay({file, u"-n"_s, u"30"_s, u"--json"_s}, &out), 1);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json[u"identical"_s].toBool(true), false);
    QCOMPARE(json[u"first_divergence"_s][u"request"_s].toInt(), 1);
    QCOMPARE(json[u"nginx"_s][u"backends"_s][u"alpha"_s].toInt(), 10);
    QCOMPARE(json[u"upstreamlab"_s][u"backends"_s][u"alpha"_s].toInt(), 0);
}

void tst_NginxReplay::missingNginxIsExitTwo()
{
    QByteArray out, err;
    QCOMPARE(replay({u"--nginx"_s, u"/nonexistent/nginx"_s}, &out, &err), 2);
    QVERIFY2(err.contains("no nginx at /nonexistent/nginx"), err.constData());
    QCOMPARE(replay({u"-c"_s, u"0"_s}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(tst_NginxReplay)
#include "tst_nginxreplay.moc"
