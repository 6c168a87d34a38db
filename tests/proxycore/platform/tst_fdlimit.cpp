#include "engine/proxyengine.h"
#include "platform/fdlimit.h"
#include "testsupport.h"

#include <QTest>

#include <atomic>

#ifndef Q_OS_WIN
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

// Running out of file descriptors (EMFILE), in this very process: the
// listener must say so once, back off instead of spinning or going deaf,
// keep serving the connections it has, and accept again once descriptors
// are free.
class tst_FdLimit final : public QObject
{
    Q_OBJECT

private slots:
    void raisesSoftLimitToHard();
    void listenerSurvivesRunningOutOfDescriptors();
};

// Helpers of the EMFILE test, which sanitizer builds skip (see there).
#if !defined(Q_OS_WIN) && !defined(__SANITIZE_ADDRESS__)
namespace {

std::atomic<int> acceptWarnings{0};
QtMessageHandler previousHandler = nullptr;

void countAcceptWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(u"accept() failed: too many open files (limit "_s)
        && message.contains(u"pausing accepts for 500 ms"_s))
        acceptWarnings.fetch_add(1);
    if (previousHandler)
        previousHandler(type, context, message);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The lowest descriptor number free now: with the soft limit at it, no new
// descriptor can be had.
int lowestFreeDescriptor()
{
    const int fd = ::dup(0);
    ::close(fd);
    return fd;
}

// Restores the limit and closes the raw sockets however the test ends.
struct Restore {
    rlimit saved{};
    QList<int> sockets;
    QtMessageHandler handler = nullptr;
    ~Restore()
    {
        for (int s : std::as_const(sockets))
            ::close(s);
        setrlimit(RLIMIT_NOFILE, &saved);
        qInstallMessageHandler(handler);
    }
};

} // namespace
#endif

void tst_FdLimit::raisesSoftLimitToHard()
{
#ifdef Q_OS_WIN
    QCOMPARE(FdLimit::raiseOpenFileLimit(), -1);
#else
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &before), 0);
    rlimit lowered = before;
    lowered.rlim_cur = qMin<rlim_t>(before.rlim_max, 256);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    QCOMPARE(FdLimit::openFileLimit(), qint64(lowered.rlim_cur));
    const qint64 raised = FdLimit::raiseOpenFileLimit();
#ifdef Q_OS_MACOS
    QCOMPARE(raised, qMin<qint64>(qint64(before.rlim_max), OPEN_MAX));
#else
    if (before.rlim_max != RLIM_INFINITY)
        QCOMPARE(raised, qint64(before.rlim_max));
#endif
    QCOMPARE(FdLimit::openFileLimit(), raised);
    setrlimit(RLIMIT_NOFILE, &before);
#endif
}

void tst_FdLimit::listenerSurvivesRunningOutOfDescriptors()
{
#if defined(Q_OS_WIN)
    QSKIP("no descriptor limit to run out of on Windows");
#elif defined(__SANITIZE_ADDRESS__)
    // The sanitizers' runtime needs descriptors of its own: UBSan's vptr check
    // probes memory through a pipe(), which EMFILE turns into a false report.
    QSKIP("out of descriptors, the sanitizer runtime reports false errors");
#else
    MockBackendHost mocks(1);
    LabConfig lab = startDemoMocks(mocks, {u"alpha"_s});
    lab.proxy.workers = 1;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab, &error), qPrintable(error));
    const quint16 port = engine.listenerPort(0);

    // A kept-alive client whose upstream connection is pooled: serving it
    // again needs no new descriptor.
    TestClient existing(port);
    QCOMPARE(existing.get("/before").status, 200);

    Restore restore;
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &restore.saved), 0);
    acceptWarnings = 0;
    restore.handler = previousHandler = qInstallMessageHandler(countAcceptWarnings);
    // The flood's sockets exist before the limit drops; connecting them takes
    // no new descriptor here, but accepting each takes one in the proxy.
    constexpr int Flood = 24;
    for (int i = 0; i < Flood; ++i) {
        const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(s >= 0);
        restore.sockets.append(s);
    }
    rlimit lowered = restore.saved;
    lowered.rlim_cur = rlim_t(lowestFreeDescriptor() + 4); // a few to spare, then EMFILE
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int s : std::as_const(restore.sockets)) // the kernel completes them from the backlog
        QCOMPARE(::connect(s, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

    // Measured over a window of wall time (not a synchronisation wait): the
    // listener must back off, not spin on a readable socket it cannot accept.
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = cpuSeconds();
    QTest::qWait(1000);
    const double cpuShare = (cpuSeconds() - cpuBefore) / (double(wall.nsecsElapsed()) / 1e9);
    qInfo("process CPU while out of descriptors: %.1f%% of one core", cpuShare * 100);
    QVERIFY2(cpuShare < 0.25, qPrintable(u"%1% CPU"_s.arg(cpuShare * 100, 0, 'f', 1)));
    QCOMPARE(acceptWarnings.load(), 1); // said once, not once per retry

    // The connection already open is still served.
    QCOMPARE(existing.get("/during").status, 200);

    // Descriptors come free: new clients are accepted again.
    for (int s : std::as_const(restore.sockets))
        ::close(s);
    restore.sockets.clear();
    TestClient fresh(port);
    QVERIFY(fresh.isConnected());
    QCOMPARE(fresh.get("/after").status, 200);
    QCOMPARE(existing.get("/after").status, 200);
#endif
}

QTEST_GUILESS_MAIN(tst_FdLimit)
#include "tst_fdlimit.moc"
