#include "engine/proxyengine.h"
#include "platform/streamsocket.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Client-side timeouts and limits, with nginx's names.
class tst_ClientLimits final : public QObject
{
    Q_OBJECT

private slots:
    void slowlorisGets408AtHeaderTimeout();
    void idleKeepAliveConnectionIsClosed();
    void slowBodyGets408();
    void keepaliveRequestsClosesAfterTheLimit();
    void expectContinueIsAnswered();
    void listenerConnectionLimit();
    void aRequestReadToItsEndIsClosedAtOnce();
    void aClientThatMayStillSendIsLingeredFor();

private:
    // A client that never closes its own end: a QTcpSocket closes as soon
    // as it reads the proxy's FIN, which would hide whether the proxy lingers.
    struct HalfOpenClient : StreamSocket::Handler {
        StreamSocket socket{this};
        QByteArray received;
        bool connected = false;
        bool ended = false;
        void streamConnected(StreamSocket *) override { connected = true; }
        void streamReadyRead(StreamSocket *s) override
        {
            char buffer[4096];
            while (const qint64 n = s->read(buffer, sizeof buffer))
                received.append(buffer, n);
        }
        void streamBytesWritten(StreamSocket *) override {}
        void streamClosed(StreamSocket *) override { ended = true; }
    };

    static LabConfig lab(MockBackendHost &mocks)
    {
        LabConfig l = startDemoMocks(mocks, {u"alpha"_s});
        l.proxy.clientHeaderTimeoutMs = 600;
        l.proxy.clientBodyTimeoutMs = 600;
        l.proxy.keepaliveTimeoutMs = 600;
        l.proxy.keepaliveRequests = 3;
        return l;
    }
};

void tst_ClientLimits::slowlorisGets408AtHeaderTimeout()
{
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    QElapsedTimer timer;
    timer.start();
    // One header byte every 100 ms: each byte arrives well within any idle
    // limit, but the whole head is never done within client_header_timeout.
    const QByteArray drip = "GET / HTTP/1.1\r\nHost: slow\r\nX-Drip: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    TestResponse r;
    for (char c : drip) {
        client.send(QByteArray(1, c));
        if (client.socket().waitForReadyRead(100)) {
            r = client.read(2000);
            break;
        }
    }
    QCOMPARE(r.status, 408);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QVERIFY(client.waitForClose());
    QVERIFY2(timer.elapsed() < 2500, "the header timeout is not reset by each byte");
    QCOMPARE(mocks.find(u"alpha"_s)->requestCount(), 0u);
}

void tst_ClientLimits::idleKeepAliveConnectionIsClosed()
{
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    QCOMPARE(client.get("/").status, 200);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForClose(5000)); // keepalive_timeout: closed quietly
    QVERIFY(timer.elapsed() >= 400);
}

void tst_ClientLimits::slowBodyGets408()
{
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\npart");
    const TestResponse r = client.read(5000);
    QCOMPARE(r.status, 408);
    QVERIFY(client.waitForClose());
}

void tst_ClientLimits::keepaliveRequestsClosesAfterTheLimit()
{
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    QCOMPARE(client.get("/1").header("Connection"), QByteArray());
    QCOMPARE(client.get("/2").header("Connection"), QByteArray());
    const TestResponse third = client.get("/3");
    QCOMPARE(third.status, 200);
    QCOMPARE(third.header("Connection"), "close"_ba); // keepalive_requests 3
    QVERIFY(client.waitForClose());
}

void tst_ClientLimits::expectContinueIsAnswered()
{
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    TestClient client(engine.listenerPort(0));
    client.send("POST /e HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(client.socket().waitForReadyRead(5000));
    const QByteArray interim = client.socket().read(25);
    QCOMPARE(interim, "HTTP/1.1 100 Continue\r\n\r\n"_ba);
    client.send("hello");
    const TestResponse r = client.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(mocks.find(u"alpha"_s)->bodyBytesReceived(), 5u);
}

void tst_ClientLimits::listenerConnectionLimit()
{
    MockBackendHost mocks;
    LabConfig l = lab(mocks);
    l.listeners[0].maxConnections = 2;
    l.proxy.keepaliveTimeoutMs = 60000;
    l.proxy.keepaliveRequests = 100;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(l, &error), qPrintable(error));
    auto first = std::make_unique<TestClient>(engine.listenerPort(0));
    TestClient second(engine.listenerPort(0));
    QCOMPARE(first->get("/a").status, 200);
    QCOMPARE(second.get("/b").status, 200);
    TestClient third(engine.listenerPort(0));
    const TestResponse refused = third.get("/c");
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Connection"), "close"_ba);
    QVERIFY(third.waitForClose());
    first.reset(); // a slot frees up once the proxy has seen the close
    int status = 0;
    QElapsedTimer waited;
    waited.start();
    while (status != 200 && waited.elapsed() < 5000) {
        TestClient next(engine.listenerPort(0));
        status = next.get("/d").status; // 503 until the slot is free
        if (status != 200)
            QTest::qWait(20);
    }
    QCOMPARE(status, 200);
    QCOMPARE(second.get("/e").status, 200);
}

void tst_ClientLimits::aRequestReadToItsEndIsClosedAtOnce()
{
    // As nginx: with the request read to its end and nothing more arriving,
    // the proxy closes after the response. Lingering would hold the
    // connection until the client's FIN, or LingeringCloseMs (2 s).
    MockBackendHost mocks;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(lab(mocks), &error), qPrintable(error));
    HalfOpenClient client;
    QVERIFY(client.socket.connectTo(QHostAddress::LocalHost, engine.listenerPort(0)));
    QTRY_VERIFY(client.connected);
    client.socket.write("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    client.socket.flush();
    QTRY_VERIFY(client.ended);
    QVERIFY2(client.received.startsWith("HTTP/1.1 200 "), client.received.constData());
    QTRY_COMPARE_WITH_TIMEOUT(engine.activeConnections(), 0, 1000);
}

void tst_ClientLimits::aClientThatMayStillSendIsLingeredFor()
{
    // A 413 leaves the body unread: the proxy stops sending and drains what
    // still comes until the client closes, so that its close is not a reset
    // that could destroy the 413 before the client reads it.
    MockBackendHost mocks;
    LabConfig l = lab(mocks);
    l.proxy.clientMaxBodySize = 1024;
    ProxyEngine engine;
    QString error;
    QVERIFY2(engine.start(l, &error), qPrintable(error));
    HalfOpenClient client;
    QVERIFY(client.socket.connectTo(QHostAddress::LocalHost, engine.listenerPort(0)));
    QTRY_VERIFY(client.connected);
    client.socket.write("POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n");
    client.socket.flush();
    QTRY_VERIFY(client.ended);
    QVERIFY2(client.received.startsWith("HTTP/1.1 413 "), client.received.constData());
    // The proxy has shut down its side only and drains the body that still
    // comes; a session that closed would be gone within its worker's turn.
    client.socket.write(QByteArray(64 * 1024, 'b'));
    client.socket.flush();
    QCOMPARE(engine.activeConnections(), 1);
    client.socket.abort();
    QTRY_COMPARE(engine.activeConnections(), 0);
}

QTEST_GUILESS_MAIN(tst_ClientLimits)

#include "tst_clientlimits.moc"
