#include "platform/epolleventdispatcher.h"
#include "platform/fdlimit.h"
#include "platform/loopclock.h"
#include "platform/socketacceptor.h"
#include "platform/workerdispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The dispatcher runs this test's main thread (see main() below), so the test
// functions' own waiting (QTRY_*, QSignalSpy::wait, QEventLoop) runs on it too.
class tst_EpollEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void timersFireInOrderAndNotEarly();
    void coarseTimersFireWithinFivePercent();
    void repeatingTimerAndStop();
    void killedTimersNeverFire();
    void remainingTimeAndRegisteredTimers();
    void zeroTimerDoesNotStarveSockets();
    void readAndWriteNotifiers();
    void disableAndEnableInsideOwnCallback();
    void deleteNotifiersInsideCallback();
    void togglesWithinOneTurnCostNoSystemCall();
    void aClosedDescriptorIsForgottenWithoutASystemCall();
    void excludeSocketNotifiersFlag();
    void waitForMoreEventsReturnsForATimer();
    void queuedCallFromAnotherThreadWakesTheLoop();
    void queuedCallsToItselfCostNoWakeUpAndNeverStall();
    void workerThreadRunsQueuedCallsTimersAndQuits();
    void tcpEchoThroughQTcpSocket();
    void manyIdleNotifiersDoNotSlowABusyOne();
    void aSharedListeningSocketWakesOneThread();
    void handlersOfOneTurnShareOneClockRead();
};

namespace {

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

// Turns of this thread's event loop that do not wait.
void runTurns(int turns)
{
    for (int i = 0; i < turns; ++i)
        QCoreApplication::processEvents();
}

// A connected pair of local stream sockets, non-blocking, closed at the end.
class SocketPair
{
public:
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, m_fds); }
    ~SocketPair()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool isValid() const { return m_fds[0] >= 0 && m_fds[1] >= 0; }
    int fd(int side) const { return m_fds[side]; }
    bool send(int side, const QByteArray &bytes) const
    {
        return ::send(m_fds[side], bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    QByteArray receive(int side) const
    {
        char buffer[4096];
        const ssize_t n = ::recv(m_fds[side], buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }

private:
    int m_fds[2] = {-1, -1};
};

// Counts timer events per id.
class TimerTarget : public QObject
{
public:
    std::function<void(int)> onTimer;
    QList<int> fired;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        fired.append(event->timerId());
        if (onTimer)
            onTimer(event->timerId());
    }
};

// The event masks with which this process's epoll sets hold `target`, from
// /proc/self/fdinfo: what the kernel really has, flags included.
QList<quint32> epollRegistrationsOf(int target)
{
    QList<quint32> masks;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &name : fds.entryList(QDir::Files | QDir::System)) {
        char link[64] = {};
        const QByteArray path = fds.filePath(name).toLocal8Bit();
        if (::readlink(path.constData(), link, sizeof link - 1) < 0 || QByteArrayView(link) != "anon_inode:[eventpoll]")
            continue;
        QFile info(u"/proc/self/fdinfo/"_s + name);
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : info.readAll().split('\n')) {
            // "tfd:        7 events:       19 data: ..."
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 4 && words[0] == "tfd:" && words[1].toInt() == target && words[2] == "events:")
                masks.append(words[3].toUInt(nullptr, 16));
        }
    }
    return masks;
}

} // namespace

void tst_EpollEventDispatcher::timersFireInOrderAndNotEarly()
{
    QVERIFY(dispatcher());
    QElapsedTimer clock;
    clock.start();
    QList<int> order;
    QList<qint64> firedAt;
    for (int ms : {30, 10, 50, 20}) {
        QTimer::singleShot(ms, Qt::PreciseTimer, this, [&, ms] {
            order.append(ms);
            firedAt.append(clock.elapsed());
        });
    }
    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, (QList<int>{10, 20, 30, 50}));
    for (int i = 0; i < order.size(); ++i)
        QVERIFY2(firedAt[i] >= order[i], qPrintable(u"%1 ms timer fired after %2 ms"_s.arg(order[i]).arg(firedAt[i])));
}

void tst_EpollEventDispatcher::coarseTimersFireWithinFivePercent()
{
    QElapsedTimer clock;
    clock.start();
    qint64 coarseAt = -1;
    qint64 veryCoarseAt = -1;
    QTimer::singleShot(200, Qt::CoarseTimer, this, [&] { coarseAt = clock.elapsed(); });
    QTimer::singleShot(1000, Qt::VeryCoarseTimer, this, [&] { veryCoarseAt = clock.elapsed(); });
    QTRY_VERIFY(coarseAt >= 0);
    QVERIFY2(coarseAt >= 190, qPrintable(QString::number(coarseAt)));
    QTRY_VERIFY(veryCoarseAt >= 0);
    // Very coarse: to the whole second, as Qt's (at most half a second early).
    QVERIFY2(veryCoarseAt >= 500, qPrintable(QString::number(veryCoarseAt)));
}

void tst_EpollEventDispatcher::repeatingTimerAndStop()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    int ticks = 0;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++ticks == 5)
            timer.stop();
    });
    QElapsedTimer clock;
    clock.start();
    timer.start();
    QTRY_COMPARE(ticks, 5);
    QVERIFY2(clock.elapsed() >= 25, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!timer.isActive());
    QTest::qWait(30); // longer than several intervals: a stopped timer stays stopped
    QCOMPARE(ticks, 5);
}

void tst_EpollEventDispatcher::killedTimersNeverFire()
{
    TimerTarget target;
    const int early = target.startTimer(10, Qt::PreciseTimer);
    const int keeper = target.startTimer(30, Qt::PreciseTimer);
    const int first = target.startTimer(15, Qt::PreciseTimer);
    const int second = target.startTimer(15, Qt::PreciseTimer);
    // Killed before it is due (after the others started: Qt reuses a killed id).
    target.killTimer(early);
    // Killed by the handler of a timer due at the same time.
    target.onTimer = [&](int id) {
        if (id == first) {
            target.killTimer(first);
            target.killTimer(second);
        }
    };
    QTRY_VERIFY(target.fired.count(keeper) >= 2);
    QCOMPARE(target.fired.count(early), 0);
    QCOMPARE(target.fired.count(first), 1);
    QCOMPARE(target.fired.count(second), 0);
    target.killTimer(keeper);
}

void tst_EpollEventDispatcher::remainingTimeAndRegisteredTimers()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.start(500);
    const int left = timer.remainingTime();
    QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
    const QList<QAbstractEventDispatcher::TimerInfo> timers = dispatcher()->registeredTimers(&timer);
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers[0].timerId, timer.timerId());
    QCOMPARE(timers[0].interval, 500);
    QCOMPARE(timers[0].timerType, Qt::PreciseTimer);
    timer.stop();
    QCOMPARE(timer.remainingTime(), -1);
    QVERIFY(dispatcher()->registeredTimers(&timer).isEmpty());

    // Moving an object to another thread takes its timers along (registeredTimers + unregisterTimers).
    QThread thread;
    WorkerDispatcher::install(&thread);
    thread.start();
    auto *moved = new QTimer;
    std::atomic<int> ticks = 0;
    connect(moved, &QTimer::timeout, moved, [&ticks] { ++ticks; });
    moved->start(20);
    moved->moveToThread(&thread);
    QVERIFY(dispatcher()->registeredTimers(moved).isEmpty());
    QTRY_VERIFY(ticks >= 2);
    QMetaObject::invokeMethod(moved, [moved] { delete moved; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void tst_EpollEventDispatcher::zeroTimerDoesNotStarveSockets()
{
    SocketPair pair;
    QVERIFY(pair.isValid());
    QTimer idle;
    idle.setInterval(0);
    int idleTicks = 0;
    connect(&idle, &QTimer::timeout, this, [&] { ++idleTicks; });
    idle.start();
    QSocketNotifier reader(pair.fd(0), QSocketNotifier::Read);
    QByteArray received;
    connect(&reader, &QSocketNotifier::activated, this, [&] { received += pair.receive(0); });
    bool queued = false;
    QMetaObject::invokeMethod(this, [&] { queued = true; }, Qt::QueuedConnection);
    QVERIFY(pair.send(1, "ping"));
    QTRY_COMPARE(received, "ping"_ba);
    QTRY_VERIFY(queued);
    QVERIFY(idleTicks > 0);
}

void tst_EpollEventDispatcher::readAndWriteNotifiers()
{
    SocketPair pair;
    QVERIFY(pair.isValid());
    QSocketNotifier reader(pair.fd(0), QSocketNotifier::Read);
    QSocketNotifier writer(pair.fd(0), QSocketNotifier::Write);
    int reads = 0;
    int writes = 0;
    QByteArray received;
    connect(&reader, &QSocketNotifier::activated, this, [&](QSocketDescriptor socket, QSocketNotifier::Type type) {
        QCOMPARE(int(socket), pair.fd(0));
        QCOMPARE(type, QSocketNotifier::Read);
        ++reads;
        received += pair.receive(0);
    });
    connect(&writer, &QSocketNotifier::activated, this, [&] {
        ++writes;
        writer.setEnabled(false); // writable until the buffer fills: once is enough
    });
    QTRY_COMPARE(writes, 1);
    QCOMPARE(reads, 0);
    QVERIFY(pair.send(1, "one"));
    QTRY_COMPARE(received, "one"_ba);
    runTurns(20);
    QCOMPARE(reads, 1); // level-triggered, but nothing is left to read
    QVERIFY(pair.send(1, "two"));
    QTRY_COMPARE(received, "onetwo"_ba);
    QCOMPARE(writes, 1);
    writer.setEnabled(true);
    QTRY_COMPARE(writes, 2);

    // The peer's close wakes the reader (end of file).
    ::shutdown(pair.fd(1), SHUT_WR);
    const int before = reads;
    QTRY_VERIFY(reads > before);
}

void tst_EpollEventDispatcher::disableAndEnableInsideOwnCallback()
{
    SocketPair pair;
    QVERIFY(pair.isValid());
    QSocketNotifier reader(pair.fd(0), QSocketNotifier::Read);
    int calls = 0;
    QByteArray received;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        ++calls;
        if (calls == 1) {
            reader.setEnabled(false); // the data stays unread
        } else if (calls == 2) {
            reader.setEnabled(false);
            reader.setEnabled(true); // still enabled: it fires again, the data is still there
        } else {
            received += pair.receive(0);
        }
    });
    QVERIFY(pair.send(1, "data"));
    QTRY_COMPARE(calls, 1);
    runTurns(20);
    QCOMPARE(calls, 1); // switched off: the unread data does not wake it
    reader.setEnabled(true);
    QTRY_COMPARE(received, "data"_ba);
    QCOMPARE(calls, 3);
    runTurns(20);
    QCOMPARE(calls, 3);
}

void tst_EpollEventDispatcher::deleteNotifiersInsideCallback()
{
    {
        // The read handler deletes both notifiers of its descriptor while the
        // write readiness of the same descriptor is still to be delivered.
        SocketPair pair;
        QVERIFY(pair.isValid());
        QVERIFY(pair.send(1, "x"));
        auto *reader = new QSocketNotifier(pair.fd(0), QSocketNotifier::Read);
        auto *writer = new QSocketNotifier(pair.fd(0), QSocketNotifier::Write);
        int reads = 0;
        int writes = 0;
        connect(writer, &QSocketNotifier::activated, this, [&] { ++writes; });
        connect(reader, &QSocketNotifier::activated, this, [&] {
            ++reads;
            delete writer;
            delete reader;
        });
        QTRY_COMPARE(reads, 1);
        QCOMPARE(writes, 0);
        runTurns(20);
        QCOMPARE(reads, 1);
    }
    {
        // Two descriptors ready in the same turn: whichever runs first deletes the other.
        SocketPair a;
        SocketPair b;
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a.send(1, "a") && b.send(1, "b"));
        auto *first = new QSocketNotifier(a.fd(0), QSocketNotifier::Read);
        auto *second = new QSocketNotifier(b.fd(0), QSocketNotifier::Read);
        int calls = 0;
        connect(first, &QSocketNotifier::activated, this, [&] {
            ++calls;
            delete second;
            second = nullptr;
            first->setEnabled(false);
        });
        connect(second, &QSocketNotifier::activated, this, [&] {
            ++calls;
            delete first;
            first = nullptr;
            second->setEnabled(false);
        });
        QTRY_COMPARE(calls, 1);
        runTurns(20);
        QCOMPARE(calls, 1);
        delete first;
        delete second;
    }
    {
        // deleteLater() from a handler: deleted once control is back in the loop.
        SocketPair pair;
        QVERIFY(pair.isValid());
        QVERIFY(pair.send(1, "x"));
        QPointer<QSocketNotifier> reader = new QSocketNotifier(pair.fd(0), QSocketNotifier::Read);
        connect(reader, &QSocketNotifier::activated, reader, &QObject::deleteLater);
        QTRY_VERIFY(reader.isNull());
    }
}

void tst_EpollEventDispatcher::togglesWithinOneTurnCostNoSystemCall()
{
    SocketPair pair;
    QVERIFY(pair.isValid());
    QSocketNotifier reader(pair.fd(0), QSocketNotifier::Read);
    QSocketNotifier writer(pair.fd(0), QSocketNotifier::Write);
    writer.setEnabled(false);
    int reads = 0;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        ++reads;
        // What QTcpSocket does around each buffered write, many times over.
        for (int i = 0; i < 1000; ++i) {
            writer.setEnabled(true);
            writer.setEnabled(false);
        }
        pair.receive(0);
    });
    runTurns(3);
    const quint64 before = dispatcher()->controlCallCount();
    QVERIFY(pair.send(1, "x"));
    QTRY_COMPARE(reads, 1);
    runTurns(3);
    QCOMPARE(dispatcher()->controlCallCount(), before);

    // A real change is still made, once.
    writer.setEnabled(true);
    writer.setEnabled(false);
    writer.setEnabled(true);
    runTurns(1);
    QCOMPARE(dispatcher()->controlCallCount(), before + 1);
}

void tst_EpollEventDispatcher::aClosedDescriptorIsForgottenWithoutASystemCall()
{
    // As StreamSocket::abort(): notifiers off, descriptorClosing(), close().
    int fds[2] = {-1, -1};
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds), 0);
    auto reader = std::make_unique<QSocketNotifier>(fds[0], QSocketNotifier::Read);
    runTurns(2);
    const quint64 before = dispatcher()->controlCallCount();
    reader->setEnabled(false);
    WorkerDispatcher::descriptorClosing(fds[0]);
    reader.reset();
    ::close(fds[0]);
    ::close(fds[1]);
    runTurns(2);
    QCOMPARE(dispatcher()->controlCallCount(), before); // no EPOLL_CTL_DEL (it failed with EBADF before)

    // The number, reused at once, is watched afresh.
    SocketPair pair;
    QVERIFY(pair.isValid());
    QCOMPARE(pair.fd(0), fds[0]); // the lowest free number comes back
    QSocketNotifier again(pair.fd(0), QSocketNotifier::Read);
    int reads = 0;
    connect(&again, &QSocketNotifier::activated, this, [&] {
        ++reads;
        pair.receive(0);
    });
    QVERIFY(pair.send(1, "x"));
    QTRY_COMPARE(reads, 1);
    QCOMPARE(dispatcher()->controlCallCount(), before + 1);
}

void tst_EpollEventDispatcher::excludeSocketNotifiersFlag()
{
    SocketPair pair;
    QVERIFY(pair.isValid());
    QSocketNotifier reader(pair.fd(0), QSocketNotifier::Read);
    int reads = 0;
    connect(&reader, &QSocketNotifier::activated, this, [&] {
        ++reads;
        pair.receive(0);
    });
    QVERIFY(pair.send(1, "x"));
    bool queued = false;
    QMetaObject::invokeMethod(this, [&] { queued = true; }, Qt::QueuedConnection);
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
    QCOMPARE(reads, 0);
    QVERIFY(queued); // posted events still arrive
    // No user input on this thread: excluding it excludes nothing else.
    QTRY_VERIFY_WITH_TIMEOUT((QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents), reads == 1), 5000);
}

void tst_EpollEventDispatcher::waitForMoreEventsReturnsForATimer()
{
    bool fired = false;
    QTimer::singleShot(20, Qt::PreciseTimer, this, [&] { fired = true; });
    QElapsedTimer clock;
    clock.start();
    while (!fired && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QVERIFY(fired);
    QVERIFY(clock.elapsed() >= 20);
}

void tst_EpollEventDispatcher::queuedCallFromAnotherThreadWakesTheLoop()
{
    std::atomic<bool> blocking = false;
    const QMetaObject::Connection watch = connect(dispatcher(), &QAbstractEventDispatcher::aboutToBlock, this,
                                                  [&] { blocking = true; }, Qt::DirectConnection);
    QEventLoop loop;
    bool delivered = false;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // only if the wake-up got lost
    // The other thread posts once this one is about to block in epoll_wait.
    std::thread poster([&] {
        while (!blocking)
            std::this_thread::yield();
        QMetaObject::invokeMethod(&loop, [&] {
            delivered = true;
            loop.quit();
        }, Qt::QueuedConnection);
    });
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    poster.join();
    disconnect(watch);
    QVERIFY(delivered);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
}

void tst_EpollEventDispatcher::queuedCallsToItselfCostNoWakeUpAndNeverStall()
{
    // A chain of queued calls, each posted while the previous one is being
    // delivered, and deleteLater() from a notifier's handler: all run at
    // once (the loop has nothing else to wake it but the 5 s guard), and
    // none writes the wake-up eventfd.
    QVERIFY(dispatcher());
    runTurns(3);
    const quint64 writesBefore = dispatcher()->wakeUpWriteCount();
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // only if a posted call stalled
    int chain = 0;
    std::function<void()> next = [&] {
        if (++chain < 50)
            QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
        else
            loop.quit();
    };
    QMetaObject::invokeMethod(&loop, next, Qt::QueuedConnection);
    SocketPair pair;
    QVERIFY(pair.isValid());
    QPointer<QObject> doomed = new QObject;
    auto *reader = new QSocketNotifier(pair.fd(0), QSocketNotifier::Read, &loop);
    connect(reader, &QSocketNotifier::activated, reader, [&] {
        pair.receive(0);
        reader->setEnabled(false);
        doomed->deleteLater();
    });
    QVERIFY(pair.send(1, "x"));
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(chain, 50);
    QVERIFY(doomed.isNull());
    QCOMPARE(dispatcher()->wakeUpWriteCount(), writesBefore);
}

void tst_EpollEventDispatcher::workerThreadRunsQueuedCallsTimersAndQuits()
{
    QThread thread;
    WorkerDispatcher::install(&thread);
    if (qEnvironmentVariableIsEmpty("UPSTREAMLAB_QT_DISPATCHER") && qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS"))
        QCOMPARE(WorkerDispatcher::nameOf(&thread), u"EpollEventDispatcher"_s);
    thread.start();
    QObject context;
    context.moveToThread(&thread);

    // A blocking queued call runs in the worker.
    QThread *ranIn = nullptr;
    QMetaObject::invokeMethod(&context, [&] { ranIn = QThread::currentThread(); }, Qt::BlockingQueuedConnection);
    QCOMPARE(ranIn, &thread);

    // A repeating timer in the worker, reported back to this thread.
    std::atomic<int> ticks = 0;
    QMetaObject::invokeMethod(&context, [&] {
        auto *timer = new QTimer(&context);
        connect(timer, &QTimer::timeout, timer, [&ticks, timer] {
            if (++ticks == 3)
                timer->stop();
        });
        timer->start(5);
    }, Qt::BlockingQueuedConnection);
    QTRY_COMPARE(ticks.load(), 3);

    // A socket notifier in the worker.
    SocketPair pair;
    QVERIFY(pair.isValid());
    std::atomic<int> reads = 0;
    QMetaObject::invokeMethod(&context, [&] {
        auto *reader = new QSocketNotifier(pair.fd(0), QSocketNotifier::Read, &context);
        connect(reader, &QSocketNotifier::activated, reader, [&reads, &pair] {
            pair.receive(0);
            ++reads;
        });
    }, Qt::BlockingQueuedConnection);
    QVERIFY(pair.send(1, "x"));
    QTRY_COMPARE(reads.load(), 1);

    QMetaObject::invokeMethod(&context, [&] { qDeleteAll(context.children()); }, Qt::BlockingQueuedConnection);
    QSignalSpy finished(&thread, &QThread::finished);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QCOMPARE(finished.count(), 1);
}

void tst_EpollEventDispatcher::tcpEchoThroughQTcpSocket()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket *accepted = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        accepted = server.nextPendingConnection();
        connect(accepted, &QTcpSocket::readyRead, accepted, [accepted] { accepted->write(accepted->readAll()); });
    });
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(client.state() == QAbstractSocket::ConnectedState && accepted);

    // More than the socket buffers hold: both sides wait for writability many times.
    QByteArray sent(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < sent.size(); ++i)
        sent[i] = char(i * 7 + i / 4099);
    QByteArray echoed;
    connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
    client.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), sent.size(), 20000);
    QVERIFY(echoed == sent);
    client.disconnectFromHost();
    QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
}

void tst_EpollEventDispatcher::manyIdleNotifiersDoNotSlowABusyOne()
{
    constexpr int IdleCount = 10000;
    constexpr int RoundTrips = 2000;
    if (FdLimit::raiseOpenFileLimit() < IdleCount + 100)
        QSKIP("the open-file limit is below 10 100");
    std::vector<int> idleFds;
    std::vector<std::unique_ptr<QSocketNotifier>> idle;
    int idleCalls = 0;
    for (int i = 0; i < IdleCount; ++i) {
        const int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        QVERIFY(fd >= 0);
        idleFds.push_back(fd);
        idle.push_back(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read));
        connect(idle.back().get(), &QSocketNotifier::activated, this, [&idleCalls, fd] {
            ++idleCalls;
            eventfd_t value;
            eventfd_read(fd, &value);
        });
    }
    SocketPair pair;
    QVERIFY(pair.isValid());
    QSocketNotifier left(pair.fd(0), QSocketNotifier::Read);
    QSocketNotifier right(pair.fd(1), QSocketNotifier::Read);
    int trips = 0;
    connect(&left, &QSocketNotifier::activated, this, [&] {
        pair.receive(0);
        if (++trips < RoundTrips)
            QVERIFY(pair.send(0, "ping"));
    });
    connect(&right, &QSocketNotifier::activated, this, [&] {
        pair.receive(1);
        QVERIFY(pair.send(1, "pong"));
    });
    runTurns(2); // registers everything
    int turns = 0;
    const QMetaObject::Connection countTurns = connect(dispatcher(), &QAbstractEventDispatcher::awake, this,
                                                       [&] { ++turns; }, Qt::DirectConnection);
    const quint64 controlCallsBefore = dispatcher()->controlCallCount();
    QVERIFY(pair.send(0, "ping"));
    QTRY_COMPARE_WITH_TIMEOUT(trips, RoundTrips, 30000);
    disconnect(countTurns);
    QCOMPARE(idleCalls, 0);
    // The busy pair changed no registration, and the loop turned about once
    // per message, whatever the number of idle descriptors.
    QCOMPARE(dispatcher()->controlCallCount(), controlCallsBefore);
    QVERIFY2(turns <= 2 * RoundTrips + 50, qPrintable(QString::number(turns)));

    // Then one of them speaks.
    const eventfd_t one = 1;
    QCOMPARE(::write(idleFds[IdleCount / 2], &one, sizeof one), ssize_t(sizeof one));
    QTRY_COMPARE(idleCalls, 1);
    idle.clear();
    for (int fd : idleFds)
        ::close(fd);
}

void tst_EpollEventDispatcher::aSharedListeningSocketWakesOneThread()
{
    // A listening socket that two threads accept from, as the proxy's
    // workers do: each registers it with EPOLLEXCLUSIVE, so a connection
    // wakes one of them (nginx's default), and each connection is accepted
    // exactly once, with its peer's address from accept() itself.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 64), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const quint16 port = ntohs(address.sin_port);

    std::atomic<int> accepted = 0;
    QList<quint16> peerPorts; // only touched under the mutex
    QMutex peersLock;
    const auto handler = [&](const SocketAcceptor::Connection &c) {
        {
            QMutexLocker lock(&peersLock);
            peerPorts.append(c.peer == QHostAddress::LocalHost ? c.peerPort : 0);
        }
        ::close(int(c.descriptor));
        ++accepted;
    };
    const auto options = SocketAcceptor::Shared | SocketAcceptor::WantPeer;
    auto here = std::make_unique<SocketAcceptor>(listener, u"here"_s, options, handler);
    QThread thread;
    thread.setEventDispatcher(new EpollEventDispatcher);
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    const auto stopThread = qScopeGuard([&] {
        QMetaObject::invokeMethod(&context, [&] { qDeleteAll(context.children()); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        ::close(listener);
    });
    QMetaObject::invokeMethod(&context, [&] { new SocketAcceptor(listener, u"there"_s, options, handler, &context); },
                              Qt::BlockingQueuedConnection);
    runTurns(1); // registers this thread's
    const auto bothExclusive = [&] {
        const QList<quint32> masks = epollRegistrationsOf(listener);
        return masks.size() == 2 && std::all_of(masks.cbegin(), masks.cend(), [](quint32 m) {
                   return (m & EPOLLEXCLUSIVE) && (m & EPOLLIN);
               });
    };
    QTRY_VERIFY(bothExclusive());

    constexpr int Connections = 20;
    QList<quint16> clientPorts;
    for (int i = 0; i < Connections; ++i) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        clientPorts.append(client.localPort());
        QTRY_COMPARE(accepted.load(), i + 1);
    }
    {
        QMutexLocker lock(&peersLock);
        QCOMPARE(peerPorts, clientPorts);
    }

    // Paused and resumed (as out of descriptors does): still exclusive,
    // although epoll_ctl cannot modify such an entry.
    auto *notifier = here->findChild<QSocketNotifier *>();
    QVERIFY(notifier);
    notifier->setEnabled(false);
    runTurns(1);
    QCOMPARE(epollRegistrationsOf(listener).size(), 1);
    notifier->setEnabled(true);
    runTurns(1);
    QVERIFY(bothExclusive());

    here.reset();
    QMetaObject::invokeMethod(&context, [&] { qDeleteAll(context.children()); }, Qt::BlockingQueuedConnection);
    runTurns(1);
    QTRY_VERIFY(epollRegistrationsOf(listener).isEmpty());
}

// Lets real time pass (not a wait for an event: the test is about the clock).
static void spinFor(qint64 ns)
{
    const qint64 until = LoopClock::readSteadyNs() + ns;
    while (LoopClock::readSteadyNs() < until) {
    }
}

void tst_EpollEventDispatcher::handlersOfOneTurnShareOneClockRead()
{
    constexpr qint64 Spin = 3'000'000; // 3 ms
    qint64 first = -1, later = -1, firstWall = -1, laterWall = -1, nextTurn = -1;
    bool done = false;
    QTimer::singleShot(0, this, [&] {
        first = LoopClock::nowNs();
        firstWall = LoopClock::wallMs();
        spinFor(Spin);
        later = LoopClock::nowNs();
        laterWall = LoopClock::wallMs();
        QTimer::singleShot(0, this, [&] {
            nextTurn = LoopClock::nowNs();
            done = true;
        });
    });
    QTRY_VERIFY(done);
    QCOMPARE(later, first);
    QCOMPARE(laterWall, firstWall);
    QVERIFY2(nextTurn - first >= Spin, qPrintable(u"%1 ns"_s.arg(nextTurn - first)));

    // A thread no such dispatcher runs reads the clock every time.
    qint64 before = -1, after = -1;
    std::thread plain([&] {
        before = LoopClock::nowNs();
        spinFor(Spin);
        after = LoopClock::nowNs();
    });
    plain.join();
    QVERIFY(after - before >= Spin);
}

int main(int argc, char *argv[])
{
    // Before the application exists, or the main thread gets Qt's dispatcher.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    tst_EpollEventDispatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
