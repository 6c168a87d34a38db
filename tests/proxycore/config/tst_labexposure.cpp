#include "config/labexposure.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A shared lab must not open the machine: what LabExposure finds and what
// "keep it local" makes of it. No socket is opened here.
class tst_LabExposure final : public QObject
{
    Q_OBJECT

private slots:
    void loopbackAddressesAreLocal_data();
    void loopbackAddressesAreLocal();
    void nonLoopbackServersAreListed();
    void bodyFilesOutsideTheFolder_data();
    void bodyFilesOutsideTheFolder();
    void labsWithoutAFileHaveNoOutsidePaths();
    void fingerprintCoversWhatIsAsked();
    void keptLocalBindsLoopbackAndDropsOutsideFiles();
};

namespace {
bool touch(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}
} // namespace

void tst_LabExposure::loopbackAddressesAreLocal_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.0.0.2") << u"127.0.0.2"_s << true;
    QTest::newRow("127.255.0.9") << u"127.255.0.9"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("ipv6-loopback") << u"::1"_s << true;
    QTest::newRow("ipv6-loopback-brackets") << u"[::1]"_s << true;
    QTest::newRow("v4-mapped-loopback") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("any-v4") << u"0.0.0.0"_s << false;
    QTest::newRow("any-v6") << u"::"_s << false;
    QTest::newRow("lan") << u"192.168.1.5"_s << false;
    QTest::newRow("v4-mapped-lan") << u"::ffff:10.0.0.1"_s << false;
    QTest::newRow("not-an-address") << u"example.org"_s << false;
}

void tst_LabExposure::loopbackAddressesAreLocal()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(LabExposure::isLoopbackHost(host), loopback);
}

void tst_LabExposure::nonLoopbackServersAreListed()
{
    LabConfig lab = LabConfig::demo();
    QVERIFY(LabExposure::of(lab).isEmpty());
    lab.backends[1].listen = u"127.0.0.2:9002"_s; // all of 127/8 is loopback
    lab.listeners[0].address = u"[::1]"_s;
    QVERIFY(LabExposure::of(lab).isEmpty());

    lab.listeners[0].address = u"0.0.0.0"_s;
    lab.backends[0].listen = u"0.0.0.0:19105"_s;
    lab.backends[2].listen = u"[::]:9003"_s;
    const LabExposure exposure = LabExposure::of(lab);
    QCOMPARE(exposure.paths().size(), 0);
    const QList<LabExposure::Item> addresses = exposure.addresses();
    QCOMPARE(addresses.size(), 3);
    QCOMPARE(addresses[0].value, u"0.0.0.0:8080"_s);
    QCOMPARE(addresses[0].jsonPath, u"listeners[0].address"_s);
    QCOMPARE(addresses[1].value, u"0.0.0.0:19105"_s);
    QCOMPARE(addresses[1].backend, u"alpha"_s);
    QCOMPARE(addresses[2].value, u"[::]:9003"_s);
    const QStringList lines = exposure.describe();
    QCOMPARE(lines[0], u"the proxy listens on 0.0.0.0:8080, reachable from other machines (listeners[0].address)"_s);
    QCOMPARE(lines[1], u"backend alpha listens on 0.0.0.0:19105, reachable from other machines (backends[0].listen)"_s);
}

void tst_LabExposure::bodyFilesOutsideTheFolder_data()
{
    QTest::addColumn<QString>("bodyFile"); // {lab}, {outside} stand for the folders
    QTest::addColumn<bool>("outside");
    QTest::newRow("relative") << u"page.html"_s << false;
    QTest::newRow("subfolder") << u"sub/page.html"_s << false;
    QTest::newRow("dotdot-back-in") << u"sub/../page.html"_s << false;
    QTest::newRow("absolute-inside") << u"{lab}/page.html"_s << false;
    QTest::newRow("missing-inside") << u"nope.html"_s << false;
    QTest::newRow("link-inside-to-inside") << u"inner-link"_s << false;
    QTest::newRow("dotdot") << u"../outside/secret.txt"_s << true;
    QTest::newRow("dotdot-missing") << u"../outside/missing.txt"_s << true;
    QTest::newRow("absolute-outside") << u"{outside}/secret.txt"_s << true;
    QTest::newRow("etc-passwd") << u"/etc/passwd"_s << true;
    QTest::newRow("symlink-to-outside") << u"link-out"_s << true;
    QTest::newRow("through-symlinked-folder") << u"folder-link/secret.txt"_s << true;
    QTest::newRow("dangling-symlink-to-outside") << u"dangling"_s << true;
}

void tst_LabExposure::bodyFilesOutsideTheFolder()
{
    QFETCH(QString, bodyFile);
    QFETCH(bool, outside);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString labDir = root.filePath(u"lab"_s);
    const QString outsideDir = root.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(labDir + u"/sub"_s));
    QVERIFY(QDir().mkpath(outsideDir));
    QVERIFY(touch(labDir + u"/page.html"_s));
    QVERIFY(touch(labDir + u"/sub/page.html"_s));
    QVERIFY(touch(outsideDir + u"/secret.txt"_s));
    QVERIFY(QFile::link(labDir + u"/page.html"_s, labDir + u"/inner-link"_s));
    QVERIFY(QFile::link(outsideDir + u"/secret.txt"_s, labDir + u"/link-out"_s));
    QVERIFY(QFile::link(outsideDir, labDir + u"/folder-link"_s));
    QVERIFY(QFile::link(outsideDir + u"/later.txt"_s, labDir + u"/dangling"_s));
    bodyFile.replace(u"{lab}"_s, labDir).replace(u"{outside}"_s, outsideDir);

    LabConfig lab = LabConfig::demo();
    lab.backends[1].behaviour.bodyFile = bodyFile;
    const LabExposure exposure = LabExposure::of(lab, labDir);
    QCOMPARE(exposure.addresses().size(), 0);
    QCOMPARE(exposure.paths().size(), outside ? 1 : 0);
    if (!outside)
        return;
    const LabExposure::Item item = exposure.paths().first();
    QCOMPARE(item.backend, u"beta"_s);
    QCOMPARE(item.jsonPath, u"backends[1].body_file"_s);
    QCOMPARE(item.written, bodyFile);
    QVERIFY2(!LabExposure::isInside(item.value, labDir), qPrintable(item.value));
    // The message names the file where it really is, not only as written.
    const QString line = LabExposure::describe(item);
    QVERIFY2(line.contains(item.value), qPrintable(line));
    QVERIFY2(line.startsWith(u"backend beta serves the file "_s), qPrintable(line));
    if (bodyFile == u"link-out")
        QCOMPARE(item.value, QFileInfo(outsideDir + u"/secret.txt"_s).canonicalFilePath());
}

void tst_LabExposure::labsWithoutAFileHaveNoOutsidePaths()
{
    LabConfig lab = LabConfig::demo();
    lab.backends[0].behaviour.bodyFile = u"/etc/passwd"_s;
    QVERIFY(LabExposure::of(lab).isEmpty());
    QVERIFY(LabExposure::of(lab, QString()).isEmpty());
}

void tst_LabExposure::fingerprintCoversWhatIsAsked()
{
    LabConfig lab = LabConfig::demo();
    lab.backends[0].listen = u"0.0.0.0:9001"_s;
    lab.backends[1].listen = u"0.0.0.0:9002"_s;
    const QByteArray first = LabExposure::of(lab).fingerprint();
    QCOMPARE(first.size(), 64);
    std::swap(lab.backends[0], lab.backends[1]); // same addresses, other order
    QCOMPARE(LabExposure::of(lab).fingerprint(), first);
    lab.backends[2].listen = u"0.0.0.0:9003"_s; // one more: the agreement no longer covers it
    QVERIFY(LabExposure::of(lab).fingerprint() != first);
}

void tst_LabExposure::keptLocalBindsLoopbackAndDropsOutsideFiles()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.filePath(u"page.html"_s)));
    LabConfig lab = LabConfig::demo();
    lab.listeners[0].address = u"0.0.0.0"_s;
    Listener v6;
    v6.address = u"::"_s;
    v6.port = 8081;
    v6.moreListens = {{u"0.0.0.0"_s, 8082, false}, {u"127.0.0.1"_s, 8083, false}}; // a server block's other listens
    lab.listeners.append(v6);
    lab.backends[0].listen = u"0.0.0.0:9001"_s;
    lab.upstreams[0].servers[0].address = u"0.0.0.0:9001"_s;
    lab.backends[0].behaviour.bodyFile = u"/etc/passwd"_s;
    lab.backends[1].listen = u"[::]:9002"_s;
    lab.upstreams[0].servers[1].address = u"[::]:9002"_s;
    lab.backends[2].behaviour.bodyFile = u"page.html"_s;
    const LabExposure exposure = LabExposure::of(lab, dir.path());
    QCOMPARE(exposure.addresses().size(), 5);
    QCOMPARE(exposure.addresses()[2].jsonPath, u"listeners[1].also_listen[0].address"_s);
    QCOMPARE(exposure.paths().size(), 1);

    const LabConfig local = exposure.keptLocal(lab);
    QCOMPARE(local.listeners[0].address, u"127.0.0.1"_s);
    QCOMPARE(local.listeners[0].port, 8080);
    QCOMPARE(local.listeners[1].address, u"::1"_s);
    QCOMPARE(local.listeners[1].moreListens[0].address, u"127.0.0.1"_s);
    QCOMPARE(local.listeners[1].moreListens[0].port, 8082);
    QCOMPARE(local.backends[0].listen, u"127.0.0.1:9001"_s);
    QCOMPARE(local.upstreams[0].servers[0].address, u"127.0.0.1:9001"_s); // the server follows its mock
    QCOMPARE(local.backends[1].listen, u"[::1]:9002"_s);
    QCOMPARE(local.upstreams[0].servers[1].address, u"[::1]:9002"_s);
    QVERIFY(local.backends[0].behaviour.bodyFile.isEmpty());
    QCOMPARE(local.backends[2].behaviour.bodyFile, u"page.html"_s); // inside: kept
    QVERIFY(LabExposure::of(local, dir.path()).isEmpty());

    // Matched by meaning: after an edit moves things around, the same items stay local,
    // and what the person adds later is theirs.
    LabConfig edited = lab;
    edited.backends.move(0, 2);
    edited.backends[0].listen = u"0.0.0.0:9500"_s;
    const LabConfig editedLocal = exposure.keptLocal(edited);
    QCOMPARE(editedLocal.backends[2].listen, u"127.0.0.1:9001"_s);
    QVERIFY(editedLocal.backends[2].behaviour.bodyFile.isEmpty());
    QCOMPARE(editedLocal.backends[0].listen, u"0.0.0.0:9500"_s);
}

QTEST_GUILESS_MAIN(tst_LabExposure)
#include "tst_labexposure.moc"
