#include "engine/decisiontext.h"
#include "engine/proxyengine.h"
#include "platform/workerdispatcher.h"
#include "testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

// A bare upstream in the test thread: records what it receives and answers
// only when told (for header, timeout and framing checks).
class FakeUpstream
{
public:
    explicit FakeUpstream(const QString &name = u"fake"_s)
        : name(name)
    {
        server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return server.serverPort(); }

    QTcpSocket *accept(int timeoutMs = 5000)
    {
        if (!server.hasPendingConnections() && !server.waitForNewConnection(timeoutMs))
            return nullptr;
        return server.nextPendingConnection();
    }
    static QByteArray readHead(QTcpSocket *s, int timeoutMs = 5000)
    {
        QByteArray data;
        QElapsedTimer t;
        t.start();
        while (!data.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
            if (s->bytesAvailable() == 0)
                s->waitForReadyRead(100);
            data += s->readAll();
        }
        return data;
    }

    const QString name; // the server's name in the lab
    QTcpServer server;
};

// What every test here starts from: the demo lab's shape (one listener on a
// free port, one group "backend") in front of started mocks or of fake
// upstreams, a proxy engine for it, and the request records it publishes.
// A test changes `lab` where it differs, then start()s.
class ProxyFixture
{
public:
    // Mocks with these names on ephemeral loopback ports, two proxy workers.
    explicit ProxyFixture(const QStringList &mockNames = {u"alpha"_s, u"beta"_s, u"gamma"_s})
        : lab(startDemoMocks(mocks, mockNames))
    {
        recordRequests();
    }
    // The group's servers are these fake upstreams, no mocks.
    explicit ProxyFixture(std::initializer_list<const FakeUpstream *> upstreams)
        : lab(LabConfig::demo())
    {
        lab.backends.clear();
        lab.listeners[0].port = 0;
        lab.upstreams[0].servers.clear();
        for (const FakeUpstream *u : upstreams)
            lab.upstreams[0].servers.append(UpstreamServer{u->name, u"127.0.0.1:%1"_s.arg(u->port())});
        recordRequests();
    }

    // Starts the proxy on `lab`; a failure is logged with the engine's reason.
    bool start() { return check(engine.start(lab, &m_error)); }
    // Applies the changed `lab` to the running proxy.
    bool apply() { return check(engine.applyConfig(lab, &m_error)); }

    quint16 port() const { return engine.listenerPort(0); }
    QString error() const { return m_error; }
    MockBackend *mock(const QString &name) const { return mocks.find(name); }

    MockBackendHost mocks;
    LabConfig lab;
    // In the order the engine published them; outlives the engine, which
    // publishes its last records as it stops.
    QList<RequestRecord> records;
    ProxyEngine engine;

private:
    void recordRequests()
    {
        QObject::connect(&engine, &ProxyEngine::requestsLogged, &engine,
                         [this](const QList<RequestRecord> &batch) { records.append(batch); });
    }
    bool check(bool ok)
    {
        if (!ok)
            qWarning("proxy: %s", qPrintable(m_error));
        return ok;
    }

    QString m_error;
};

class tst_ProxyEngine final : public QObject
{
    Q_OBJECT

private slots:
    void demoLabBalancesEvenly();
    void keepAliveConnectionsAreReused();
    void stoppedServerGetsNothingAndClientsNoErrors();
    void allServersStoppedGives502();
    void decisionsAreRecordedOnlyWhenAsked();
    void requestsLeaveNoRecordWhenRecordingIsOff();
    void backupTakesOverWhenPrimariesStop();
    void singleServerReadTimeoutGives504();
    void requestHeadersAreRewritten();
    void responseHopByHopRemovedAndNameAdded();
    void upstreamNameHeaderCanBeTurnedOff();
    void requestBodiesAreStreamedUpstream();
    void malformedRequestsGet400AndClose_data();
    void malformedRequestsGet400AndClose();
    void malformedUpstreamResponseGives502();
    void pipelinedRequestsAnsweredInOrder();
    void http10ClientClosesByDefault();
    void unknownLocationGives404();
    void liveConfigChangeMarksServerDown();
    void aReloadKeepsItsListenersAndOneThatCannotBindChangesNothing();
    void aKeptAliveConnectionStaysWithItsServerBlockThroughAReload();
    void recordsArePublishedWithTries();
    void clientAddressesAreLoggedAsAccepted();
    void aTrustedProxysClientIsLoggedViaThePeer();
    void recordsOfTwoWorkersArePublishedInCompletionOrder();
    void eachWorkerAcceptsWhileTheOtherIsBusy_data();
    void eachWorkerAcceptsWhileTheOtherIsBusy();
    void connectionsOpenedInABurstAreSpreadOverTheWorkers();
    void aRefusedClientThatLeftIsCountedOffOnce();
    void hashAndIpHashThroughTheProxy();
    void upgradeTunnelsBothWays();
    void nextUpstreamTimeoutStopsRetries();
    void closeDelimitedAndHeadResponses();
    void bareLfUpstreamResponsesAreAccepted();
    void leastTimePrefersTheFasterBackend_data();
    void leastTimePrefersTheFasterBackend();
    void mockFaultsBecomeNginxOutcomes();
    void exactLocationsAndReturnAnswers();
};

static QString backendOf(const TestResponse &r)
{
    return QString::fromLatin1(r.header("X-Upstream-Name"));
}

void tst_ProxyEngine::demoLabBalancesEvenly()
{
    ProxyFixture f;
    QVERIFY(f.start());
    TestClient client(f.port());
    QVERIFY(client.isConnected());
    QStringList first;
    for (int i = 0; i < 300; ++i) {
        const TestResponse r = client.get("/x");
        QCOMPARE(r.status, 200);
        if (i < 6)
            first.append(backendOf(r));
    }
    QCOMPARE(first.join(u' '), u"alpha beta gamma alpha beta gamma"_s);
    QCOMPARE(f.mock(u"alpha"_s)->requestCount(), 100u);
    QCOMPARE(f.mock(u"beta"_s)->requestCount(), 100u);
    QCOMPARE(f.mock(u"gamma"_s)->requestCount(), 100u);
#if defined(Q_OS_LINUX)
    // Workers run the epoll dispatcher unless told to keep Qt's (bench/run.sh compares them).
    if (!qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS"))
        QCOMPARE(f.engine.workerDispatcherName(), u"QEventDispatcherGlib"_s);
    else if (!qEnvironmentVariableIsEmpty("UPSTREAMLAB_QT_DISPATCHER"))
        QCOMPARE(f.engine.workerDispatcherName(), u"QEventDispatcherUNIX"_s);
    else
        QCOMPARE(f.engine.workerDispatcherName(), u"EpollEventDispatcher"_s);
#endif
}

void tst_ProxyEngine::keepAliveConnectionsAreReused()
{
    ProxyFixture f;
    f.lab.proxy.workers = 1;
    QVERIFY(f.start());
    TestClient client(f.port());
    for (int i = 0; i < 90; ++i)
        QCOMPARE(client.get("/ka").status, 200);
    // One upstream connection per server, each reused 30 times.
    for (MockBackend *b : f.mocks.backends()) {
        QCOMPARE(b->requestCount(), 30u);
        QCOMPARE(b->connectionCount(), 1u);
    }

    // keepalive 0 turns the pool off: one connection per request.
    ProxyFixture noPool;
    noPool.lab.upstreams[0].keepalive = 0;
    QVERIFY(noPool.start());
    TestClient client2(noPool.port());
    for (int i = 0; i < 9; ++i)
        QCOMPARE(client2.get("/nopool").status, 200);
    for (MockBackend *b : noPool.mocks.backends())
        QTRY_COMPARE(b->connectionCount(), 3u);
}

void tst_ProxyEngine::stoppedServerGetsNothingAndClientsNoErrors()
{
    ProxyFixture f;
    QVERIFY(f.start());
    MockBackend *beta = f.mock(u"beta"_s);
    f.mocks.stop(beta);
    TestClient client(f.port());
    for (int i = 0; i < 300; ++i)
        QCOMPARE(client.get("/x").status, 200);
    QCOMPARE(beta->requestCount(), 0u);
    QCOMPARE(f.mock(u"alpha"_s)->requestCount() + f.mock(u"gamma"_s)->requestCount(), 300u);

    // Started again while the lab runs: after fail_timeout it would be used again;
    // here it at least accepts connections at once.
    QString error;
    QVERIFY(f.mocks.start(beta, &error));
    TestClient direct(beta->port());
    QCOMPARE(direct.get("/direct").status, 200);
}

void tst_ProxyEngine::allServersStoppedGives502()
{
    ProxyFixture f;
    QVERIFY(f.start());
    for (MockBackend *b : f.mocks.backends())
        f.mocks.stop(b);
    TestClient client(f.port());
    const TestResponse r = client.get("/");
    QCOMPARE(r.status, 502);
    QVERIFY(r.body.contains("<h1>502 Bad Gateway</h1>"));
    // Now every server is marked failed: "no live upstreams" at once. The
    // client gets nginx's page; the reason is in the request log.
    const TestResponse again = client.get("/");
    QCOMPARE(again.status, 502);
    QTRY_COMPARE(f.records.size(), 2);
    QCOMPARE(f.records[1].error, u"no live upstreams"_s);
    QVERIFY(!f.records[0].hasDecisions()); // off unless asked
    QVERIFY(!f.records[1].hasDecisions());
}

void tst_ProxyEngine::decisionsAreRecordedOnlyWhenAsked()
{
    ProxyFixture f;
    f.engine.setRecordDecisions(true);
    QVERIFY(f.start());
    for (MockBackend *b : f.mocks.backends())
        f.mocks.stop(b);
    TestClient client(f.port());
    QCOMPARE(client.get("/").status, 502);
    QCOMPARE(client.get("/").status, 502);
    QTRY_COMPARE(f.records.size(), 2);
    const QList<RequestRecord> &records = f.records;
    // Each refused attempt carries the pick that chose it; the server tried before is skipped as tried.
    QCOMPARE(records[0].attempts.size(), 3);
    for (const UpstreamAttempt &a : records[0].attempts) {
        QVERIFY(a.decision);
        QCOMPARE(a.decision->candidates[a.decision->chosen].name, a.server);
    }
    QCOMPARE(records[0].attempts[2].decision->candidates[0].skip, PickDecision::Skip::Tried);
    QCOMPARE(DecisionText::chain(records[0]),
             u"alpha: connect refused (next_upstream error) → beta: connect refused (next_upstream error) → gamma: connect refused"_s);
    // Then every server is failed: the pick that found none is kept too.
    QVERIFY(records[1].failedPick);
    QCOMPARE(records[1].failedPick->chosen, -1);
    for (const PickDecision::Candidate &c : records[1].failedPick->candidates)
        QCOMPARE(c.skip, PickDecision::Skip::Failed);
    QVERIFY(DecisionText::oneLine(records[1]).contains(u"no live upstreams | pick 1: no live upstreams"_s));

    f.engine.setRecordDecisions(false);
    QCOMPARE(client.get("/").status, 502);
    QTRY_COMPARE(records.size(), 3);
    QVERIFY(!records[2].hasDecisions());
}

void tst_ProxyEngine::requestsLeaveNoRecordWhenRecordingIsOff()
{
    // `proxy -q`: nobody reads the log, so nothing is recorded (nginx's access_log off).
    ProxyFixture f;
    f.engine.setRecordRequests(false);
    QVERIFY(f.start());
    TestClient client(f.port());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get("/off").status, 200);
    // Switched on while running: a request that starts from then on is
    // recorded, and it alone (whether a request is recorded is decided as it
    // starts; records are published in completion order, so earlier ones
    // would come first).
    f.engine.setRecordRequests(true);
    QCOMPARE(client.get("/on").status, 200);
    QTRY_COMPARE(f.records.size(), 1);
    QCOMPARE(f.records[0].uri, QByteArray("/on"));
    QCOMPARE(f.records[0].status, 200);
    f.engine.stop(); // publishes whatever the workers still held
    QCOMPARE(f.records.size(), 1);
}

void tst_ProxyEngine::backupTakesOverWhenPrimariesStop()
{
    ProxyFixture f;
    f.lab.upstreams[0].servers[2].backup = true; // gamma
    QVERIFY(f.start());
    TestClient client(f.port());
    for (int i = 0; i < 10; ++i)
        QVERIFY(backendOf(client.get("/")) != u"gamma"_s);
    f.mocks.stop(f.mock(u"alpha"_s));
    f.mocks.stop(f.mock(u"beta"_s));
    for (int i = 0; i < 5; ++i) {
        const TestResponse r = client.get("/");
        QCOMPARE(r.status, 200);
        QCOMPARE(backendOf(r), u"gamma"_s);
    }
}

void tst_ProxyEngine::singleServerReadTimeoutGives504()
{
    FakeUpstream silent(u"silent"_s);
    ProxyFixture f({&silent});
    f.lab.proxy.readTimeoutMs = 300;
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *upstream = silent.accept();
    QVERIFY(upstream);
    QVERIFY(FakeUpstream::readHead(upstream).startsWith("GET /slow HTTP/1.1"));
    const TestResponse r = client.read();
    QCOMPARE(r.status, 504);
}

void tst_ProxyEngine::requestHeadersAreRewritten()
{
    FakeUpstream upstream;
    ProxyFixture f({&upstream});
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET /h?q=1 HTTP/1.1\r\nHost: client.example\r\nConnection: keep-alive, X-Secret\r\n"
                "X-Secret: hop\r\nKeep-Alive: timeout=5\r\nProxy-Connection: keep-alive\r\nTE: trailers\r\n"
                "Upgrade: websocket\r\nX-Forwarded-For: 10.1.2.3\r\nX-Real-IP: 6.6.6.6\r\nUser-Agent: test\r\n\r\n");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    const QByteArray head = FakeUpstream::readHead(s);
    QVERIFY2(head.startsWith("GET /h?q=1 HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nHost: backend\r\n"), head.constData()); // $proxy_host = the group name
    QVERIFY(head.contains("\r\nX-Real-IP: 127.0.0.1\r\n"));
    QVERIFY(head.contains("\r\nX-Forwarded-For: 10.1.2.3, 127.0.0.1\r\n"));
    QVERIFY(head.contains("\r\nX-Forwarded-Proto: http\r\n"));
    QVERIFY(head.contains("\r\nUser-Agent: test\r\n"));
    QVERIFY(!head.contains("6.6.6.6"));
    for (const char *gone : {"X-Secret", "Keep-Alive:", "Proxy-Connection", "TE:"})
        QVERIFY2(!head.contains(gone), gone);
    // The lab's lines "Upgrade: $http_upgrade" and "Connection: $connection_upgrade"
    // (nginx's map on $http_upgrade) pass an Upgrade on, as nginx would.
    QVERIFY2(head.contains("\r\nUpgrade: websocket\r\nConnection: upgrade\r\n"), head.constData());
    s->write("HTTP/1.1 204 No Content\r\n\r\n");
    s->flush();
    QCOMPARE(client.read().status, 204);
}

void tst_ProxyEngine::responseHopByHopRemovedAndNameAdded()
{
    FakeUpstream upstream;
    ProxyFixture f({&upstream});
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    FakeUpstream::readHead(s);
    // A chunked response with hop-by-hop fields; the proxy re-frames it.
    s->write("HTTP/1.1 200 OK\r\nServer: fake/1\r\nConnection: X-Hop\r\nX-Hop: 1\r\nKeep-Alive: timeout=1\r\n"
             "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    s->flush();
    const TestResponse r = client.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "hello world"_ba);
    QCOMPARE(r.header("X-Upstream-Name"), "fake"_ba);
    QCOMPARE(r.header("Server"), "upstreamlab"_ba); // nginx hides the upstream's and names itself
    QVERIFY(r.header("X-Hop").isEmpty());
    QVERIFY(r.header("Keep-Alive").isEmpty());
    QCOMPARE(r.header("Transfer-Encoding"), "chunked"_ba);
    // The client connection stays usable.
    client.send("GET /2 HTTP/1.1\r\nHost: t\r\n\r\n");
    FakeUpstream::readHead(s);
    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    s->flush();
    const TestResponse second = client.read();
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, "ok"_ba);
}

void tst_ProxyEngine::upstreamNameHeaderCanBeTurnedOff()
{
    ProxyFixture f({u"alpha"_s});
    f.lab.proxy.upstreamNameHeader = false;
    QVERIFY(f.start());
    TestClient client(f.port());
    const TestResponse r = client.get("/");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-Upstream-Name").isEmpty());
    QCOMPARE(r.header("X-Backend-Name"), "alpha"_ba);
}

void tst_ProxyEngine::requestBodiesAreStreamedUpstream()
{
    ProxyFixture f({u"alpha"_s});
    f.lab.proxy.clientMaxBodySize = 0; // no limit
    QVERIFY(f.start());
    TestClient client(f.port());
    const QByteArray body(3 * 1024 * 1024 + 17, 'b');
    const TestResponse r = client.request("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: "
                                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(r.status, 200);
    QCOMPARE(f.mock(u"alpha"_s)->bodyBytesReceived(), quint64(body.size()));

    // Chunked from the client, re-chunked upstream.
    QByteArray chunked;
    for (int i = 0; i < 100; ++i)
        chunked += "400\r\n" + QByteArray(1024, 'c') + "\r\n";
    chunked += "0\r\n\r\n";
    const TestResponse c = client.request("POST /chunks HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);
    QCOMPARE(c.status, 200);
    QCOMPARE(f.mock(u"alpha"_s)->bodyBytesReceived(), quint64(body.size() + 100 * 1024));

    // client_max_body_size is enforced: 413 and the connection closes.
    f.lab.proxy.clientMaxBodySize = 1024;
    QVERIFY(f.apply());
    TestClient small(f.port());
    const TestResponse tooBig = small.request("POST /big HTTP/1.1\r\nHost: t\r\nContent-Length: 4096\r\n\r\n");
    QCOMPARE(tooBig.status, 413);
    QVERIFY(small.waitForClose());
}

void tst_ProxyEngine::malformedRequestsGet400AndClose_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("cl-and-te") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba << 400;
    QTest::newRow("duplicate-cl") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba << 400;
    QTest::newRow("te-identity-last") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n"_ba << 400;
    QTest::newRow("bare-lf") << "GET / HTTP/1.1\nHost: a\n\n"_ba << 400;
    QTest::newRow("obs-fold") << "GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n"_ba << 400;
    QTest::newRow("space-before-colon") << "GET / HTTP/1.1\r\nHost : a\r\n\r\n"_ba << 400;
    QTest::newRow("nul-byte") << "GET / HTTP/1.1\r\nHost: a\r\nX: \0\r\n\r\n"_ba << 400;
    QTest::newRow("no-host") << "GET / HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("bad-chunk") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << 400;
    QTest::newRow("uri-too-long") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n" << 414;
    QTest::newRow("header-too-large") << "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(40000, 'a') + "\r\n\r\n" << 431;
    QTest::newRow("http2-preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 505;
    QTest::newRow("connect") << "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"_ba << 405;
    QTest::newRow("authority-form-get") << "GET example.com:80 HTTP/1.1\r\nHost: a\r\n\r\n"_ba << 400;
}

void tst_ProxyEngine::malformedRequestsGet400AndClose()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    ProxyFixture f({u"alpha"_s});
    QVERIFY(f.start());
    TestClient client(f.port());
    const TestResponse r = client.request(raw);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QVERIFY(client.waitForClose());
    QCOMPARE(f.mock(u"alpha"_s)->requestCount(), 0u); // nothing reached the upstream
}

void tst_ProxyEngine::malformedUpstreamResponseGives502()
{
    FakeUpstream upstream(u"broken"_s);
    ProxyFixture f({&upstream});
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    FakeUpstream::readHead(s);
    s->write("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
    s->flush();
    QCOMPARE(client.read().status, 502);
    // The log says where the lab is stricter than nginx 1.22, and what nginx would have done.
    QTRY_COMPARE(f.records.size(), 1);
    QCOMPARE(f.records[0].error, u"upstream sent an invalid response: repeated Content-Length"_s);
    QCOMPARE(f.records[0].stricterThanNginx,
             u"Stricter than nginx: nginx 1.22 would have used the last Content-Length."_s);
    // The same connection keeps working afterwards (the request had no body).
    client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s2 = upstream.accept();
    QVERIFY(s2);
    FakeUpstream::readHead(s2);
    s2->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    s2->flush();
    QCOMPARE(client.read().status, 200);
}

void tst_ProxyEngine::pipelinedRequestsAnsweredInOrder()
{
    ProxyFixture f;
    QVERIFY(f.start());
    TestClient client(f.port());
    QByteArray batch;
    for (int i = 0; i < 6; ++i)
        batch += "GET /p" + QByteArray::number(i) + " HTTP/1.1\r\nHost: t\r\n\r\n";
    client.send(batch);
    for (int i = 0; i < 6; ++i) {
        const TestResponse r = client.read();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains(QByteArray("\"uri\":\"/p" + QByteArray::number(i) + "\"")), r.body.constData());
    }
    // Each record has its own request's heads, though the parser and the
    // response head's buffer were reused for the next one.
    QTRY_COMPARE(f.records.size(), 6);
    for (int i = 0; i < 6; ++i) {
        const RequestRecord &r = f.records[i];
        const QByteArray uri = "/p" + QByteArray::number(i);
        QCOMPARE(r.method, "GET"_ba);
        QCOMPARE(r.uri, uri);
        QCOMPARE(r.requestHead, "GET " + uri + " HTTP/1.1\r\nHost: t\r\n\r\n");
        QVERIFY2(r.responseHead.startsWith("HTTP/1.1 200 OK\r\n") && r.responseHead.endsWith("\r\n\r\n"),
                 r.responseHead.constData());
        QVERIFY(r.responseHead.contains("\r\nContent-Length: "));
        QVERIFY(r.bytesOut > r.responseHead.size());
    }
}

void tst_ProxyEngine::http10ClientClosesByDefault()
{
    ProxyFixture f({u"alpha"_s});
    QVERIFY(f.start());
    TestClient client(f.port());
    const TestResponse r = client.request("GET / HTTP/1.0\r\n\r\n");
    QCOMPARE(r.status, 200);
    QVERIFY(client.waitForClose());

    TestClient keep(f.port());
    const TestResponse k = keep.request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(k.status, 200);
    QCOMPARE(k.header("Connection"), "keep-alive"_ba);
    QCOMPARE(keep.request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").status, 200);
}

void tst_ProxyEngine::unknownLocationGives404()
{
    ProxyFixture f({u"alpha"_s});
    f.lab.listeners[0].routes = {Route::proxyTo(u"/api/"_s, u"backend"_s)};
    QVERIFY(f.start());
    TestClient client(f.port());
    QCOMPARE(client.get("/other").status, 404);
    QCOMPARE(client.get("/api/x").status, 200); // same connection still usable
}

void tst_ProxyEngine::exactLocationsAndReturnAnswers()
{
    ProxyFixture f({u"alpha"_s});
    Route exact = Route::proxyTo(u"/status"_s, u"backend"_s);
    exact.match = LocationMatch::Exact;
    f.lab.listeners[0].routes = {Route::proxyTo(u"/"_s, u"backend"_s), Route::returning(u"/status"_s, 503, u"maintenance"_s),
                                 exact, Route::returning(u"/healthz"_s, 200, u"ok\n"_s, true),
                                 Route::returning(u"/old/"_s, 301, u"/new/"_s), Route::returning(u"/drop"_s, 444, {})};
    QVERIFY(f.start());
    const quint16 port = f.port();
    TestClient client(port);
    // return answers on a kept-alive connection, with its text as the body.
    const TestResponse health = client.get("/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, "ok\n"_ba);
    QCOMPARE(health.header("Content-Type"), "text/plain"_ba);
    QVERIFY(!health.connectionClosed);
    const TestResponse head = client.request("HEAD /healthz HTTP/1.1\r\nHost: lab\r\n\r\n");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), "3"_ba);
    QVERIFY(head.body.isEmpty());
    // Exact beats prefix; a longer path falls back to the prefix.
    QCOMPARE(client.get("/status").status, 200);
    const TestResponse maintenance = client.get("/status/x");
    QCOMPARE(maintenance.status, 503);
    QCOMPARE(maintenance.body, "maintenance"_ba);
    // A relative redirect becomes absolute, from the Host header and the port, as nginx does.
    const TestResponse moved = client.request("GET /old/page HTTP/1.1\r\nHost: lab.test:1234\r\n\r\n");
    QCOMPARE(moved.status, 301);
    QCOMPARE(moved.header("Location"), "http://lab.test:" + QByteArray::number(port) + "/new/");
    // Without a Host, from the address and port the connection arrived at ($server_addr, $server_port).
    TestClient noHost(port);
    const TestResponse movedHere = noHost.request("GET /old/page HTTP/1.0\r\n\r\n");
    QCOMPARE(movedHere.status, 301);
    QCOMPARE(movedHere.header("Location"), "http://127.0.0.1:" + QByteArray::number(port) + "/new/");
    // Locations match the normalised path; climbing above the root is a 400.
    QCOMPARE(client.get("/%6fld/x").status, 301);
    QCOMPARE(client.get("/a/../healthz").status, 200);
    TestClient climber(port);
    QCOMPARE(climber.get("/../healthz").status, 400);
    // 444 closes without a response.
    TestClient dropped(port);
    const TestResponse none = dropped.get("/drop");
    QCOMPARE(none.status, 0);
    QVERIFY(none.connectionClosed);
}

void tst_ProxyEngine::liveConfigChangeMarksServerDown()
{
    ProxyFixture f;
    QVERIFY(f.start());
    TestClient client(f.port());
    QCOMPARE(client.get("/").status, 200);
    f.lab.upstreams[0].servers[1].down = true; // beta
    QVERIFY(f.apply());
    const quint64 betaBefore = f.mock(u"beta"_s)->requestCount();
    for (int i = 0; i < 20; ++i) {
        const TestResponse r = client.get("/");
        QCOMPARE(r.status, 200);
        QVERIFY(backendOf(r) != u"beta"_s);
    }
    QCOMPARE(f.mock(u"beta"_s)->requestCount(), betaBefore);
}

void tst_ProxyEngine::aReloadKeepsItsListenersAndOneThatCannotBindChangesNothing()
{
    ProxyFixture f;
    QVERIFY(f.start());
    const quint16 first = f.port();
    const Listener firstListener = f.lab.listeners[0];
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const quint16 busy = blocker.serverPort();
    const QString refusal = u"cannot listen on 127.0.0.1:%1"_s.arg(busy);

    // A second server block on a port in use: refused, and the first still
    // serves where it did.
    Listener second = firstListener;
    second.port = busy;
    f.lab.listeners.append(second);
    QVERIFY(!f.apply());
    QVERIFY2(f.error().startsWith(refusal), qPrintable(f.error()));
    QCOMPARE(f.port(), first);
    QCOMPARE(TestClient(first).get("/").status, 200);

    // Moved there alone: the old socket, closed for a retry, listens again.
    f.lab.listeners.removeFirst();
    QVERIFY(!f.apply());
    QVERIFY2(f.error().startsWith(refusal), qPrintable(f.error()));
    QCOMPARE(f.port(), first);
    QCOMPARE(TestClient(first).get("/").status, 200);

    // Once the port is free, both; the first kept its socket (it asks for
    // port 0, and a socket bound again would have got another).
    blocker.close();
    f.lab.listeners.prepend(firstListener);
    QVERIFY(f.apply());
    QCOMPARE(f.engine.listenerPort(0), first);
    QCOMPARE(f.engine.listenerPort(1), busy);
    QCOMPARE(TestClient(first).get("/").status, 200);
    QCOMPARE(TestClient(busy).get("/").status, 200);

    // A new connection limit keeps the socket too, and applies.
    f.lab.listeners[0].maxConnections = 1;
    QVERIFY(f.apply());
    QCOMPARE(f.port(), first);
    TestClient holder(first);
    QCOMPARE(holder.get("/").status, 200);
    QCOMPARE(TestClient(first).get("/").status, 503);

    // Dropped, it closes.
    f.lab.listeners.removeFirst();
    QVERIFY(f.apply());
    QCOMPARE(f.port(), busy);
    QVERIFY(!TestClient(first).isConnected());
    QCOMPARE(TestClient(busy).get("/").status, 200);
}

void tst_ProxyEngine::aKeptAliveConnectionStaysWithItsServerBlockThroughAReload()
{
    // Two server blocks on two addresses, each answering its name.
    ProxyFixture f;
    Listener a = f.lab.listeners[0];
    a.address = u"127.0.0.1"_s;
    a.port = 0;
    a.routes = {Route::returning(u"/"_s, 200, u"a"_s)};
    Listener b = a;
    b.address = u"127.0.0.2"_s;
    b.routes = {Route::returning(u"/"_s, 200, u"b"_s)};
    f.lab.listeners = {a, b};
    QVERIFY(f.start());
    const QHostAddress addressB(u"127.0.0.2"_s);
    const quint16 portB = f.engine.listenerPort(1);
    TestClient client(portB, addressB);
    QCOMPARE(client.get("/").body, QByteArray("b"));

    // Without the first block, the second is the router's first endpoint; a
    // connection accepted before still reaches its own block, not a 404.
    f.lab.listeners.removeFirst();
    QVERIFY(f.apply());
    QCOMPARE(f.engine.listenerPort(0), portB);
    TestResponse r = client.get("/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("b"));
    QCOMPARE(TestClient(portB, addressB).get("/").body, QByteArray("b"));

    // And back in front: the same connection, once more renumbered.
    f.lab.listeners.prepend(a);
    QVERIFY(f.apply());
    QCOMPARE(f.engine.listenerPort(1), portB);
    r = client.get("/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("b"));
    QCOMPARE(TestClient(f.engine.listenerPort(0)).get("/").body, QByteArray("a"));
}

void tst_ProxyEngine::recordsArePublishedWithTries()
{
    ProxyFixture f;
    QVERIFY(f.start());
    f.mocks.stop(f.mock(u"beta"_s));
    TestClient client(f.port());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get("/r").status, 200);
    QTRY_COMPARE(f.records.size(), 3);
    QList<RequestRecord> records = f.records;
    std::sort(records.begin(), records.end(), [](const RequestRecord &a, const RequestRecord &b) { return a.startMs < b.startMs; });
    QCOMPARE(records[0].triesText(), u"alpha ✓"_s);
    QCOMPARE(records[1].triesText(), u"beta ✗ → gamma ✓"_s);
    QCOMPARE(records[1].attempts[0].outcome, UpstreamAttempt::Outcome::Refused);
    QCOMPARE(records[1].status, 200);
    QCOMPARE(records[1].method, "GET"_ba);
    QCOMPARE(records[1].uri, "/r"_ba);
    QVERIFY(records[1].accessLogLine().contains(u"\"GET /r\" 200 gamma"_s));
}

void tst_ProxyEngine::clientAddressesAreLoggedAsAccepted()
{
    // The peer's address comes from accept() and is formatted by the
    // session itself: octets of one, two and three digits, and zeros.
    ProxyFixture f;
    QVERIFY(f.start());
    QStringList expected;
    for (const char *source : {"127.0.0.1", "127.10.200.3", "127.255.0.99", "127.1.10.100"}) {
        TestClient client(f.port(), QHostAddress::LocalHost, QHostAddress(QLatin1StringView(source)));
        QVERIFY(client.isConnected());
        if (client.socket().localAddress() != QHostAddress(QLatin1StringView(source)))
            QSKIP("this system cannot bind other 127.0.0.0/8 addresses (Linux can)");
        QCOMPARE(client.get("/who").status, 200);
        expected.append(QLatin1StringView(source) + u':' + QString::number(client.socket().localPort()));
    }
    QTRY_COMPARE(f.records.size(), expected.size());
    QStringList logged;
    for (const RequestRecord &r : std::as_const(f.records))
        logged.append(r.client);
    logged.sort();
    expected.sort();
    QCOMPARE(logged, expected);
}

void tst_ProxyEngine::aTrustedProxysClientIsLoggedViaThePeer()
{
    // real_ip_header from a trusted peer: the log names the client it gives,
    // via the peer's address and port; every request on the connection does.
    ProxyFixture f;
    f.lab.proxy.realIpHeader = u"X-Real-IP"_s;
    f.lab.proxy.realIpFrom = {u"127.0.0.1"_s};
    QVERIFY(f.start());
    TestClient client(f.port());
    QCOMPARE(client.get("/a", "X-Real-IP: 203.0.113.7\r\n").status, 200);
    QCOMPARE(client.get("/b").status, 200);
    QCOMPARE(client.get("/c", "X-Real-IP: 198.51.100.1\r\n").status, 200);
    QTRY_COMPARE(f.records.size(), 3);
    const QString peer = u"127.0.0.1:"_s + QString::number(client.socket().localPort());
    QCOMPARE(f.records[0].client, u"203.0.113.7 via "_s + peer);
    QCOMPARE(f.records[1].client, peer);
    QCOMPARE(f.records[2].client, u"198.51.100.1 via "_s + peer);
}

void tst_ProxyEngine::recordsOfTwoWorkersArePublishedInCompletionOrder()
{
    // Two connections on each worker, used in turn, so the workers' 50 ms
    // batches cover the same time and the engine must merge them. Each
    // published batch is in completion order; across batches the order holds
    // when a worker's batch arrives within the engine's 75 ms hold-back, which
    // a loaded machine may miss, so only the batches are checked.
    ProxyFixture f;
    QCOMPARE(f.lab.proxy.workers, 2);
    int unsortedBatches = 0;
    int mergedBatches = 0;
    QObject::connect(&f.engine, &ProxyEngine::requestsLogged, &f.engine, [&](const QList<RequestRecord> &batch) {
        if (!std::is_sorted(batch.cbegin(), batch.cend(),
                            [](const RequestRecord &a, const RequestRecord &b) { return a.completedUs < b.completedUs; }))
            ++unsortedBatches;
        if (batch.size() > 1)
            ++mergedBatches;
    });
    QVERIFY(f.start());
    // Whichever worker waits accepts: while worker 1 is busy, worker 0 takes
    // two connections; then worker 0 is busy too, and worker 1, whose 300 ms
    // end first, takes the next two (each is answered once, so it has been
    // taken). Should worker 0 take one of them, the split is 3/1: still two
    // workers' batches to merge.
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int busyWorker : {1, 0}) {
        f.engine.occupyWorkerForTest(busyWorker, 300);
        for (int i = 0; i < 2; ++i) {
            clients.push_back(std::make_unique<TestClient>(f.port()));
            QVERIFY(clients.back()->isConnected());
            QCOMPARE(clients.back()->get("/warm-up").status, 200);
        }
    }
    constexpr int Requests = 400;
    for (int i = 0; i < Requests; ++i)
        QCOMPARE(clients[size_t(i % 4)]->get("/n/" + QByteArray::number(i)).status, 200);
    QTRY_COMPARE(f.records.size(), Requests + 4);
    QSet<QByteArray> uris;
    for (const RequestRecord &r : std::as_const(f.records))
        uris.insert(r.uri);
    QCOMPARE(uris.size(), Requests + 1); // and "/warm-up"
    QVERIFY(mergedBatches > 0);
    QCOMPARE(unsortedBatches, 0);
}

void tst_ProxyEngine::eachWorkerAcceptsWhileTheOtherIsBusy_data()
{
    QTest::addColumn<int>("busyWorker");
    QTest::newRow("worker 0 busy") << 0;
    QTest::newRow("worker 1 busy") << 1;
}

void tst_ProxyEngine::eachWorkerAcceptsWhileTheOtherIsBusy()
{
    // Every worker accepts from the listening socket itself, so a worker
    // held up by a long task delays only its own connections. (When worker 0
    // alone accepted and handed connections on, its first row waited 2 s.)
    QFETCH(int, busyWorker);
    if (busyWorker == 0 && !WorkerDispatcher::canShareListeningSockets())
        QSKIP("worker 0 accepts for every worker on this system");
    ProxyFixture f;
    QCOMPARE(f.lab.proxy.workers, 2);
    QVERIFY(f.start());
    constexpr int BusyMs = 2000;
    f.engine.occupyWorkerForTest(busyWorker, BusyMs);
    QElapsedTimer sinceBusy;
    sinceBusy.start();
    TestClient client(f.port());
    QVERIFY(client.isConnected());
    QCOMPARE(client.get("/while-busy").status, 200);
    QVERIFY2(sinceBusy.elapsed() < BusyMs / 2, qPrintable(u"answered after %1 ms"_s.arg(sinceBusy.elapsed())));
}

void tst_ProxyEngine::connectionsOpenedInABurstAreSpreadOverTheWorkers()
{
    // A load generator opens its connections at once. The worker woken for
    // the first accepts the backlog; all but a couple more go on to the
    // other worker (before, one worker often kept all of them).
    ProxyFixture f;
    QCOMPARE(f.lab.proxy.workers, 2);
    QVERIFY(f.start());
    constexpr int Clients = 40;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, f.port());
    }
    for (const auto &c : clients)
        QVERIFY(c->waitForConnected(5000));
    const auto total = [&] {
        const QList<int> counts = f.engine.connectionsPerWorker();
        return std::accumulate(counts.cbegin(), counts.cend(), 0);
    };
    QTRY_COMPARE(total(), Clients);
    const QList<int> counts = f.engine.connectionsPerWorker();
    QVERIFY2(std::abs(counts[0] - counts[1]) <= 2,
             qPrintable(u"connections per worker: %1, %2"_s.arg(counts[0]).arg(counts[1])));
    // Each is served by the worker that holds it.
    for (auto &c : clients) {
        c->write("GET /spread HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(c->waitForReadyRead(5000));
        QVERIFY(c->readAll().startsWith("HTTP/1.1 200"));
    }
    clients.clear();
    QTRY_COMPARE(total(), 0);
}

void tst_ProxyEngine::aRefusedClientThatLeftIsCountedOffOnce()
{
    // Over max_connections a client gets a 503 and the connection closes. One
    // that has already closed its end is done with inside the session's
    // constructor; the worker's count (which the spread rule reads) must go
    // down once for it, not twice.
    ProxyFixture f;
    f.lab.proxy.workers = 1;
    f.lab.listeners[0].maxConnections = 1;
    QVERIFY(f.start());
    TestClient held(f.port());
    QCOMPARE(held.get("/held").status, 200);
    QCOMPARE(f.engine.connectionsPerWorker(), QList<int>{1});
    // While the worker is busy the client connects and leaves; the worker
    // accepts it afterwards.
    f.engine.occupyWorkerForTest(0, 300);
    {
        QTcpSocket gone;
        gone.connectToHost(QHostAddress::LocalHost, f.port());
        QVERIFY(gone.waitForConnected(5000));
        gone.disconnectFromHost();
    }
    QTRY_VERIFY(std::any_of(f.records.cbegin(), f.records.cend(), [](const RequestRecord &r) { return r.status == 503; }));
    QCOMPARE(f.engine.connectionsPerWorker(), QList<int>{1});
    QCOMPARE(held.get("/still-held").status, 200);
}

void tst_ProxyEngine::hashAndIpHashThroughTheProxy()
{
    ProxyFixture f({u"b1"_s, u"b2"_s, u"b3"_s});
    UpstreamGroup &g = f.lab.upstreams[0];
    g.method = BalancingMethod::Hash;
    g.hashKey = u"$arg_k"_s;
    g.servers[1].weight = 2;
    QVERIFY(f.start());
    TestClient client(f.port());
    // nginx-verified vectors (spec §7): weights 1,2,1.
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(backendOf(client.get("/x?k=foo")), u"b3"_s);
        QCOMPARE(backendOf(client.get("/x?a=1&k=user2")), u"b1"_s);
        QCOMPARE(backendOf(client.get("/x?k=b")), u"b2"_s);
    }

    g.method = BalancingMethod::IpHash;
    g.servers[1].weight = 1;
    QVERIFY(f.apply());
    // 127.0.0.1 -> the third of three equal servers (spec §6 table); the
    // fourth octet does not matter, the third does.
    for (const char *source : {"127.0.0.1", "127.0.0.77"}) {
        TestClient c(f.port(), QHostAddress::LocalHost, QHostAddress(QString::fromLatin1(source)));
        QVERIFY(c.isConnected());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(backendOf(c.get("/ip")), u"b3"_s);
    }
    QSet<QString> seen;
    for (int third = 0; third < 12; ++third) {
        TestClient c(f.port(), QHostAddress::LocalHost, QHostAddress(u"127.0.%1.1"_s.arg(third)));
        seen.insert(backendOf(c.get("/ip")));
    }
    QCOMPARE(seen.size(), 3); // different /24s spread over the servers
}

void tst_ProxyEngine::upgradeTunnelsBothWays()
{
    FakeUpstream upstream(u"ws"_s);
    ProxyFixture f({&upstream});
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET /chat HTTP/1.1\r\nHost: t\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\nearly");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    const QByteArray head = FakeUpstream::readHead(s);
    QVERIFY2(head.contains("\r\nUpgrade: websocket\r\n"), head.constData());
    QVERIFY(head.contains("\r\nConnection: upgrade\r\n"));
    QVERIFY(head.contains("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="));
    s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\nhello-from-upstream");
    s->flush();
    // The 101 reaches the client, then raw bytes flow both ways.
    QByteArray fromProxy;
    QElapsedTimer t;
    t.start();
    while (!fromProxy.contains("hello-from-upstream") && t.elapsed() < 5000) {
        client.socket().waitForReadyRead(100);
        fromProxy += client.socket().readAll();
    }
    QVERIFY2(fromProxy.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), fromProxy.constData());
    QVERIFY(fromProxy.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(fromProxy.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    client.send(QByteArray(100000, 'x'));
    QByteArray atUpstream = head.mid(head.indexOf("\r\n\r\n") + 4);
    while (atUpstream.size() < 5 + 100000 && t.elapsed() < 10000) {
        s->waitForReadyRead(100);
        atUpstream += s->readAll();
    }
    QCOMPARE(atUpstream.size(), 5 + 100000);
    QVERIFY(atUpstream.startsWith("early"));
    s->write("bye");
    s->flush();
    s->disconnectFromHost();
    QVERIFY(client.waitForClose());
    QTRY_COMPARE(f.records.size(), 1);
    QCOMPARE(f.records[0].status, 101);
    QCOMPARE(f.records[0].uri, "/chat"_ba);
    QVERIFY(f.records[0].requestHead.startsWith("GET /chat HTTP/1.1\r\n"));
    QVERIFY(f.records[0].requestHead.endsWith("Sec-WebSocket-Version: 13\r\n\r\n")); // not the tunnel's bytes
    QVERIFY2(f.records[0].responseHead.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), f.records[0].responseHead.constData());
    QVERIFY(f.records[0].responseHead.contains("\r\nConnection: upgrade\r\n\r\n"));
    QCOMPARE(f.records[0].bytesIn, 5 + 100000);
    QVERIFY(f.records[0].bytesOut > qint64(sizeof("hello-from-upstreambye")));
    QVERIFY2(f.records[0].error.contains(u"tunnel closed by the upstream"_s), qPrintable(f.records[0].error));
}

void tst_ProxyEngine::nextUpstreamTimeoutStopsRetries()
{
    // Three upstreams that accept and never answer; each try times out after
    // 300 ms. proxy_next_upstream_timeout 500ms allows a second try, not a third.
    FakeUpstream s1(u"s1"_s), s2(u"s2"_s), s3(u"s3"_s);
    ProxyFixture f({&s1, &s2, &s3});
    f.lab.proxy.readTimeoutMs = 300;
    f.lab.proxy.nextUpstreamTimeoutMs = 500;
    QVERIFY(f.start());
    TestClient client(f.port());
    QElapsedTimer timer;
    timer.start();
    const TestResponse r = client.get("/slow");
    QCOMPARE(r.status, 504);
    QVERIFY(timer.elapsed() >= 550);
    QTRY_COMPARE(f.records.size(), 1);
    QCOMPARE(f.records[0].triesText(), u"s1 ✗ → s2 ✗"_s);
    QCOMPARE(f.records[0].attempts[1].outcome, UpstreamAttempt::Outcome::Timeout);
}

void tst_ProxyEngine::closeDelimitedAndHeadResponses()
{
    FakeUpstream upstream(u"old"_s);
    ProxyFixture f({&upstream});
    QVERIFY(f.start());

    // A body delimited by the upstream's close: chunked to an HTTP/1.1 client,
    // which keeps its connection.
    TestClient client(f.port());
    client.send("GET /stream HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    FakeUpstream::readHead(s);
    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
    s->flush();
    s->disconnectFromHost();
    const TestResponse r = client.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Transfer-Encoding"), "chunked"_ba);
    QCOMPARE(r.body, "until the end"_ba);
    QVERIFY(!r.connectionClosed);

    // The same to an HTTP/1.0 client: delimited by closing its connection.
    TestClient old(f.port());
    old.send("GET /stream HTTP/1.0\r\n\r\n");
    QTcpSocket *s2 = upstream.accept();
    QVERIFY(s2);
    FakeUpstream::readHead(s2);
    s2->write("HTTP/1.1 200 OK\r\n\r\nold style");
    s2->flush();
    s2->disconnectFromHost();
    const TestResponse r10 = old.read();
    QCOMPARE(r10.status, 200);
    QCOMPARE(r10.body, "old style"_ba);
    QVERIFY(r10.connectionClosed);

    // HEAD: no body, the upstream's Content-Length kept; the connection goes on.
    client.send("HEAD /file HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s3 = upstream.accept();
    QVERIFY(s3);
    QVERIFY(FakeUpstream::readHead(s3).startsWith("HEAD /file HTTP/1.1"));
    s3->write("HTTP/1.1 200 OK\r\nContent-Length: 12345\r\n\r\n");
    s3->flush();
    const TestResponse head = client.read(10000, true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), "12345"_ba);
    QVERIFY(head.body.isEmpty());
    // A 304 on the kept (pooled) upstream connection: no body either.
    client.send("GET /file HTTP/1.1\r\nHost: t\r\nIf-None-Match: \"x\"\r\n\r\n");
    QVERIFY(FakeUpstream::readHead(s3).startsWith("GET /file HTTP/1.1"));
    s3->write("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n");
    s3->flush();
    const TestResponse notModified = client.read();
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
}

void tst_ProxyEngine::bareLfUpstreamResponsesAreAccepted()
{
    // RFC 9112 §2.2: nginx takes an upstream's bare LF line ends; so do we.
    // The client gets the response re-serialised with CRLF.
    FakeUpstream upstream(u"lf"_s);
    ProxyFixture f({&upstream});
    f.lab.proxy.workers = 1;
    QVERIFY(f.start());
    TestClient client(f.port());
    client.send("GET /lf HTTP/1.1\r\nHost: t\r\n\r\n");
    QTcpSocket *s = upstream.accept();
    QVERIFY(s);
    QVERIFY(FakeUpstream::readHead(s).startsWith("GET /lf HTTP/1.1"));
    s->write("HTTP/1.1 200 OK\nContent-Length: 2\nX-Style: unix\n\nok");
    s->flush();
    const TestResponse r = client.read();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "ok"_ba);
    QCOMPARE(r.header("X-Style"), "unix"_ba);
    QVERIFY(r.head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!r.head.contains("\n\n"));

    // Chunked with bare LF after the size lines and the data, on the kept
    // upstream connection.
    client.send("GET /lf-chunked HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(FakeUpstream::readHead(s).startsWith("GET /lf-chunked HTTP/1.1"));
    s->write("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n2\nde\n0\n\n");
    s->flush();
    const TestResponse chunked = client.read();
    QCOMPARE(chunked.status, 200);
    QCOMPARE(chunked.body, "abcde"_ba);
    QVERIFY(!chunked.connectionClosed);
}

void tst_ProxyEngine::leastTimePrefersTheFasterBackend_data()
{
    // "dripping" sends its head at once and its body slowly (~100 ms to the last
    // byte); "steady" answers everything after 20 ms. header picks the first,
    // last_byte the second.
    QTest::addColumn<bool>("lastByte");
    QTest::addColumn<QString>("preferred");
    QTest::newRow("header") << false << u"dripping"_s;
    QTest::newRow("last_byte") << true << u"steady"_s;
}

void tst_ProxyEngine::leastTimePrefersTheFasterBackend()
{
    // NGINX Plus least_time (simulated): real latencies from the mocks steer the choice.
    QFETCH(bool, lastByte);
    QFETCH(QString, preferred);
    ProxyFixture f({u"dripping"_s, u"steady"_s});
    MockBehaviour dripping;
    dripping.bodySize = 600;
    dripping.faults = {{MockFault::Kind::Drip, 1.0, 5000}};
    QVERIFY(f.mocks.setBehaviour(f.mock(u"dripping"_s), dripping));
    MockBehaviour steady;
    steady.latency = {MockLatency::Kind::Fixed, 20, 0, 1};
    QVERIFY(f.mocks.setBehaviour(f.mock(u"steady"_s), steady));
    f.lab.upstreams[0].method = BalancingMethod::LeastTime;
    f.lab.upstreams[0].leastTimeLastByte = lastByte;
    QVERIFY(f.start());
    TestClient client(f.port());
    for (int i = 0; i < 16; ++i) {
        const TestResponse r = client.get("/lt");
        QCOMPARE(r.status, 200);
    }
    const quint64 preferredCount = f.mock(preferred)->requestCount();
    qInfo("least_time %s: %s got %llu of 16", lastByte ? "last_byte" : "header", qPrintable(preferred), preferredCount);
    QVERIFY2(preferredCount >= 13, qPrintable(u"%1 got %2 of 16"_s.arg(preferred).arg(preferredCount)));
}

void tst_ProxyEngine::mockFaultsBecomeNginxOutcomes()
{
    // Faults staged by the mocks, seen through the proxy the way nginx reports them.
    ProxyFixture f({u"broken"_s});
    f.lab.proxy.readTimeoutMs = 300;
    QVERIFY(f.start());
    MockBackend *broken = f.mock(u"broken"_s);
    const auto statusWith = [&](const char *fault) {
        MockBehaviour b;
        QString parseError;
        b.faults = {*MockSyntax::parseFault(QString::fromLatin1(fault), &parseError)};
        f.mocks.setBehaviour(broken, b);
        TestClient client(f.port());
        return client.get("/fault").status;
    };
    QCOMPARE(statusWith("reset:1"), 502);     // error: connection reset by peer
    QCOMPARE(statusWith("close:1"), 502);     // upstream prematurely closed connection
    QCOMPARE(statusWith("malformed:1"), 502); // upstream sent no valid HTTP header
    QCOMPARE(statusWith("hang:1"), 504);      // upstream timed out
}

QTEST_GUILESS_MAIN(tst_ProxyEngine)
#include "tst_proxyengine.moc"
