#include "balancing/clock.h"
#include "engine/labruntime.h"
#include "engine/upstreamconnection.h"
#include "engine/upstreampool.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A worker's idle upstream connections (nginx's "keepalive N"), on real
// loopback connections to servers in this thread.
class tst_UpstreamPool final : public QObject
{
    Q_OBJECT

private slots:
    void takeGivesTheMostRecentlyParkedOfThatServer();
    void aTakenConnectionStaysOpen();
    void capacityEvictsTheLeastRecentlyParked();
    void capacityCountsTheWholeGroup();
    void groupsHaveTheirOwnCapacity();
    void zeroCapacityClosesAtOnce();
    void closedByTheServerLeavesThePool();
    void unsolicitedBytesCloseTheConnection();
    void idleTimeoutCloses();
    void dropClosesOnlyThatConnection();
    void clearAndDestructionCloseEverything();
};

namespace {

// A loopback server that keeps the server side of every accepted connection.
class Backend
{
public:
    Backend()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accepted.append(s);
        });
    }
    QString address() const { return u"127.0.0.1:%1"_s.arg(m_server.serverPort()); }

    QList<QPointer<QTcpSocket>> accepted;

private:
    QTcpServer m_server;
};

// Two groups ("a" with two servers, "b" with one) and connections to them.
class Lab
{
public:
    Lab()
        : a(group(u"a"_s, {s0.address(), s1.address()}), &clock)
        , b(group(u"b"_s, {s2.address()}), &clock)
    {
    }

    // A connected upstream connection; the server side is the backend's last accepted socket.
    UpstreamConnection *connectTo(const UpstreamRuntime *runtime, int serverIndex)
    {
        Backend &backend = runtime == &b ? s2 : (serverIndex == 0 ? s0 : s1);
        const qsizetype before = backend.accepted.size();
        auto *c = new UpstreamConnection(runtime, serverIndex, &owner);
        c->connectToPeer();
        const bool up = QTest::qWaitFor([&] {
            return c->socket()->state() == StreamSocket::State::Connected && backend.accepted.size() > before;
        });
        if (!up)
            qWarning("no connection to %s", qPrintable(backend.address()));
        serverSide[c] = backend.accepted.value(before);
        return c;
    }

    // True once the server saw that connection closed and the object is gone.
    bool closed(const QPointer<UpstreamConnection> &c, QTcpSocket *server, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return c.isNull() && server->state() == QAbstractSocket::UnconnectedState; },
                               timeoutMs);
    }

    QObject owner; // as a worker owns its upstream connections
    ManualClock clock;
    Backend s0, s1, s2;
    UpstreamRuntime a, b;
    QHash<UpstreamConnection *, QPointer<QTcpSocket>> serverSide;

private:
    static UpstreamGroup group(const QString &name, const QStringList &addresses)
    {
        UpstreamGroup g;
        g.name = name;
        for (const QString &address : addresses)
            g.servers.append(UpstreamServer{address, address});
        return g;
    }
};

} // namespace

void tst_UpstreamPool::takeGivesTheMostRecentlyParkedOfThatServer()
{
    // nginx searches its keepalive cache from the most recently saved connection.
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *first = lab.connectTo(&lab.a, 0);
    UpstreamConnection *second = lab.connectTo(&lab.a, 0);
    UpstreamConnection *other = lab.connectTo(&lab.a, 1);
    pool.put(first, 8);
    pool.put(second, 8);
    pool.put(other, 8);
    QCOMPARE(pool.take(&lab.b, 0), nullptr);
    QCOMPARE(pool.take(&lab.a, 0), second);
    QCOMPARE(pool.take(&lab.a, 0), first);
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
    QCOMPARE(pool.take(&lab.a, 1), other);
    QCOMPARE(pool.take(&lab.a, 1), nullptr);
}

void tst_UpstreamPool::aTakenConnectionStaysOpen()
{
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *c = lab.connectTo(&lab.a, 0);
    QTcpSocket *server = lab.serverSide[c];
    pool.put(c, 4);
    QCOMPARE(pool.take(&lab.a, 0), c);
    c->attach(nullptr); // as a session takes it over
    c->socket()->write("GET / HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(server->bytesAvailable(), qint64(18));
    QCOMPARE(c->socket()->state(), StreamSocket::State::Connected);
    // Pooled again later, it is found again.
    pool.put(c, 4);
    QCOMPARE(pool.take(&lab.a, 0), c);
}

void tst_UpstreamPool::capacityEvictsTheLeastRecentlyParked()
{
    Lab lab;
    UpstreamPool pool;
    QList<UpstreamConnection *> c;
    for (int i = 0; i < 3; ++i)
        c.append(lab.connectTo(&lab.a, 0));
    const QPointer<UpstreamConnection> oldest = c[0];
    pool.put(c[0], 2);
    pool.put(c[1], 2);
    pool.put(c[2], 2);
    QVERIFY(lab.closed(oldest, lab.serverSide[c[0]]));
    QCOMPARE(pool.take(&lab.a, 0), c[2]);
    QCOMPARE(pool.take(&lab.a, 0), c[1]);
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
}

void tst_UpstreamPool::capacityCountsTheWholeGroup()
{
    // keepalive N is per group, not per server: one cache for all of them.
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *toFirst = lab.connectTo(&lab.a, 0);
    UpstreamConnection *toSecond = lab.connectTo(&lab.a, 1);
    const QPointer<UpstreamConnection> evicted = toFirst;
    pool.put(toFirst, 1);
    pool.put(toSecond, 1);
    QVERIFY(lab.closed(evicted, lab.serverSide[toFirst]));
    QCOMPARE(pool.take(&lab.a, 1), toSecond);
}

void tst_UpstreamPool::groupsHaveTheirOwnCapacity()
{
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *inA = lab.connectTo(&lab.a, 0);
    UpstreamConnection *inB = lab.connectTo(&lab.b, 0);
    pool.put(inA, 1);
    pool.put(inB, 1);
    QCOMPARE(pool.take(&lab.a, 0), inA);
    QCOMPARE(pool.take(&lab.b, 0), inB);
}

void tst_UpstreamPool::zeroCapacityClosesAtOnce()
{
    // keepalive off: a finished connection is closed, never kept.
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *c = lab.connectTo(&lab.a, 0);
    QTcpSocket *server = lab.serverSide[c];
    const QPointer<UpstreamConnection> watched = c;
    pool.put(c, 0);
    QVERIFY(lab.closed(watched, server));
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
}

void tst_UpstreamPool::closedByTheServerLeavesThePool()
{
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *stays = lab.connectTo(&lab.a, 0);
    UpstreamConnection *c = lab.connectTo(&lab.a, 0);
    const QPointer<UpstreamConnection> watched = c;
    pool.put(stays, 8);
    pool.put(c, 8);
    lab.serverSide[c]->disconnectFromHost(); // the upstream's keepalive_timeout ran out
    QTRY_VERIFY(watched.isNull());
    QCOMPARE(pool.take(&lab.a, 0), stays);
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
}

void tst_UpstreamPool::unsolicitedBytesCloseTheConnection()
{
    // An idle upstream has nothing to say; if it speaks, its next response
    // would be mistaken for the answer to a new request.
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *c = lab.connectTo(&lab.a, 0);
    QTcpSocket *server = lab.serverSide[c];
    const QPointer<UpstreamConnection> watched = c;
    pool.put(c, 8);
    server->write("HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(lab.closed(watched, server));
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
}

void tst_UpstreamPool::idleTimeoutCloses()
{
    Lab lab;
    UpstreamPool pool;
    pool.setIdleTimeoutMs(100);
    UpstreamConnection *c = lab.connectTo(&lab.a, 0);
    const QPointer<UpstreamConnection> watched = c;
    pool.put(c, 8);
    QCOMPARE(pool.take(&lab.a, 0), c); // still there right after
    c->attach(nullptr);
    pool.put(c, 8);
    // Swept about once a second.
    QVERIFY(lab.closed(watched, lab.serverSide[c], 5000));
    QCOMPARE(pool.take(&lab.a, 0), nullptr);
}

void tst_UpstreamPool::dropClosesOnlyThatConnection()
{
    Lab lab;
    UpstreamPool pool;
    UpstreamConnection *kept = lab.connectTo(&lab.a, 0);
    UpstreamConnection *dropped = lab.connectTo(&lab.a, 0);
    UpstreamConnection *neverPooled = lab.connectTo(&lab.a, 0);
    pool.put(kept, 8);
    pool.put(dropped, 8);
    const QPointer<UpstreamConnection> watchDropped = dropped;
    const QPointer<UpstreamConnection> watchNever = neverPooled;
    pool.drop(dropped);
    pool.drop(neverPooled);
    QVERIFY(lab.closed(watchDropped, lab.serverSide[dropped]));
    QVERIFY(lab.closed(watchNever, lab.serverSide[neverPooled]));
    QCOMPARE(pool.take(&lab.a, 0), kept);
    QCOMPARE(kept->socket()->state(), StreamSocket::State::Connected);
}

void tst_UpstreamPool::clearAndDestructionCloseEverything()
{
    Lab lab;
    auto pool = std::make_unique<UpstreamPool>();
    QList<QPair<QPointer<UpstreamConnection>, QTcpSocket *>> watched;
    const std::pair<const UpstreamRuntime *, int> targets[] = {{&lab.a, 0}, {&lab.a, 1}, {&lab.b, 0}};
    for (const auto &[runtime, index] : targets) {
        UpstreamConnection *c = lab.connectTo(runtime, index);
        watched.append({c, lab.serverSide[c]});
        pool->put(c, 8);
    }
    // A reload starts afresh.
    pool->clear();
    for (const auto &[c, server] : std::as_const(watched))
        QVERIFY(lab.closed(c, server));
    QCOMPARE(pool->take(&lab.a, 0), nullptr);

    UpstreamConnection *last = lab.connectTo(&lab.b, 0);
    const QPointer<UpstreamConnection> watchLast = last;
    QTcpSocket *server = lab.serverSide[last];
    pool->put(last, 8);
    pool.reset(); // the worker stops
    QVERIFY(lab.closed(watchLast, server));
}

QTEST_GUILESS_MAIN(tst_UpstreamPool)
#include "tst_upstreampool.moc"
