#include "engine/proxyengine.h"
#include "freeport.h"
#include "testsupport.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Every response the proxy and the mocks write by themselves, asked with HEAD
// and with GET, each pipelined with a GET on the same connection. A HEAD
// answer carries the Content-Length the GET would have and no body: body
// bytes after it would be read as the start of the next response.
class tst_OwnResponses final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headFramingOnKeepAlive_data();
    void headFramingOnKeepAlive();

private:
    quint16 portOf(const QString &target) const;

    std::unique_ptr<MockBackendHost> m_mocks;
    std::unique_ptr<ProxyEngine> m_engine;
    QTcpServer m_silent; // the kernel completes handshakes; nobody ever answers
};

static MockBackend *startMock(MockBackendHost &host, const QString &name, const MockBehaviour &behaviour)
{
    MockBackendConfig config;
    config.name = name;
    config.listen = u"127.0.0.1:0"_s;
    config.behaviour = behaviour;
    MockBackend *backend = host.add(config);
    QString error;
    if (!host.start(backend, &error))
        qWarning("mock %s: %s", qPrintable(name), qPrintable(error));
    return backend;
}

static UpstreamGroup groupOf(const QString &name, quint16 port)
{
    UpstreamGroup group;
    group.name = name;
    group.servers = {UpstreamServer{name, u"127.0.0.1:%1"_s.arg(port)}};
    return group;
}

void tst_OwnResponses::initTestCase()
{
    m_mocks = std::make_unique<MockBackendHost>(1);
    MockBehaviour staticBody;
    staticBody.body = u"static body\n"_s;
    startMock(*m_mocks, u"static"_s, staticBody);
    MockBehaviour filler;
    filler.bodySize = 1000;
    startMock(*m_mocks, u"filler"_s, filler);
    MockBehaviour failing;
    failing.status = 503;
    failing.body = u"down for maintenance\n"_s;
    startMock(*m_mocks, u"failing"_s, failing);
    QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));

    LabConfig lab = LabConfig::demo();
    lab.backends.clear();
    lab.upstreams = {groupOf(u"dead"_s, freePort()), groupOf(u"silent"_s, m_silent.serverPort()),
                     groupOf(u"mock"_s, m_mocks->find(u"static"_s)->port())};
    // No "/" location: anything else is the proxy's own 404.
    lab.listeners[0].port = 0;
    lab.listeners[0].routes = {
        Route::proxyTo(u"/dead/"_s, u"dead"_s),
        Route::proxyTo(u"/silent/"_s, u"silent"_s),
        Route::proxyTo(u"/mock/"_s, u"mock"_s),
        Route::returning(u"/missing"_s, 404, {}),
        Route::returning(u"/gone"_s, 410, {}),
        Route::returning(u"/text"_s, 200, u"hello from return\n"_s),
        Route::returning(u"/old"_s, 301, u"/new"_s),
        Route::returning(u"/after"_s, 200, u"after\n"_s),
    };
    lab.proxy.workers = 1;
    lab.proxy.readTimeoutMs = 300;
    lab.proxy.clientMaxBodySize = 1024;
    m_engine = std::make_unique<ProxyEngine>();
    QString error;
    QVERIFY2(m_engine->start(lab, &error), qPrintable(error));
}

void tst_OwnResponses::cleanupTestCase()
{
    m_engine.reset();
    m_mocks.reset();
}

quint16 tst_OwnResponses::portOf(const QString &target) const
{
    if (target == u"proxy")
        return m_engine->listenerPort(0);
    return m_mocks->find(target)->port();
}

void tst_OwnResponses::headFramingOnKeepAlive_data()
{
    // request: "%M" stands for the method. keepsAlive: the connection goes on
    // (the pipelined GET must then be answered intact); otherwise it closes
    // right after the response, with nothing behind a HEAD answer's head.
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("keepsAlive");
    QTest::addColumn<bool>("proxyPage"); // the body is the proxy's nginx-style page for the status

    const QByteArray bigField = "X-Big: " + QByteArray(10000, 'a') + "\r\n";
    struct Row {
        const char *tag;
        const char *target;
        QByteArray request;
        int status;
        bool keepsAlive;
        bool proxyPage;
    };
    const QList<Row> rows = {
        // The proxy's own answers.
        {"proxy-502-dead-upstream", "proxy", "%M /dead/x HTTP/1.1\r\nHost: lab\r\n\r\n", 502, true, true},
        {"proxy-504-upstream-timeout", "proxy", "%M /silent/x HTTP/1.1\r\nHost: lab\r\n\r\n", 504, true, true},
        {"proxy-400-path-above-root", "proxy", "%M /../x HTTP/1.1\r\nHost: lab\r\n\r\n", 400, false, true},
        {"proxy-400-bad-header", "proxy", "%M /text HTTP/1.1\r\nHost: lab\r\nBad Header: x\r\n\r\n", 400, false, true},
        {"proxy-404-no-location", "proxy", "%M /nowhere HTTP/1.1\r\nHost: lab\r\n\r\n", 404, true, true},
        {"proxy-404-return", "proxy", "%M /missing HTTP/1.1\r\nHost: lab\r\n\r\n", 404, true, true},
        {"proxy-410-return", "proxy", "%M /gone HTTP/1.1\r\nHost: lab\r\n\r\n", 410, true, true},
        {"proxy-200-return-text", "proxy", "%M /text HTTP/1.1\r\nHost: lab\r\n\r\n", 200, true, false},
        {"proxy-301-redirect", "proxy", "%M /old HTTP/1.1\r\nHost: lab\r\n\r\n", 301, true, true},
        {"proxy-413-body-too-large", "proxy", "%M /text HTTP/1.1\r\nHost: lab\r\nContent-Length: 5000\r\n\r\n", 413,
         false, true},
        {"proxy-431-field-too-large", "proxy", "%M /text HTTP/1.1\r\nHost: lab\r\n" + bigField + "\r\n", 431, false, true},
        // Through the proxy from a mock: the mock's length is passed on.
        {"proxy-200-from-mock", "proxy", "%M /mock/x HTTP/1.1\r\nHost: lab\r\n\r\n", 200, true, false},
        // The mocks' own answers.
        {"mock-200-static", "static", "%M /x HTTP/1.1\r\nHost: lab\r\n\r\n", 200, true, false},
        {"mock-200-filler", "filler", "%M /x HTTP/1.1\r\nHost: lab\r\n\r\n", 200, true, false},
        {"mock-503-status", "failing", "%M /x HTTP/1.1\r\nHost: lab\r\n\r\n", 503, true, false},
        {"mock-200-health", "static", "%M /health HTTP/1.1\r\nHost: lab\r\n\r\n", 200, true, false},
        {"mock-400-bad-header", "static", "%M /x HTTP/1.1\r\nHost: lab\r\nBad Header: x\r\n\r\n", 400, false, false},
    };
    for (const Row &row : rows) {
        for (const QByteArray &method : {"HEAD"_ba, "GET"_ba}) {
            QTest::addRow("%s/%s", row.tag, method.constData())
                << QString::fromLatin1(row.target) << method << row.request << row.status << row.keepsAlive
                << row.proxyPage;
        }
    }
}

void tst_OwnResponses::headFramingOnKeepAlive()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, keepsAlive);
    QFETCH(bool, proxyPage);
    const quint16 port = portOf(target);
    const bool head = method == "HEAD";
    const QByteArray follow = "GET /after HTTP/1.1\r\nHost: lab\r\n\r\n";

    // What GET gives alone, on its own connection: the length HEAD must announce.
    TestClient reference(port);
    const TestResponse get = reference.request(QByteArray(request).replace("%M", "GET"));
    QCOMPARE(get.status, status);
    QCOMPARE(get.header("Content-Length"), QByteArray::number(get.body.size()));
    if (proxyPage) {
        // nginx's page for the status (the reason stays in the request log).
        const QByteArray title = QByteArray::number(status) + ' ' + Http::reasonPhrase(status);
        QCOMPARE(get.body, "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                               + "</h1></center>\r\n<hr><center>upstreamlab</center>\r\n</body>\r\n</html>\r\n");
        QCOMPARE(get.header("Content-Type"), "text/html"_ba);
    }
    TestResponse alone;
    if (keepsAlive) {
        TestClient followReference(port);
        alone = followReference.request(follow);
        QVERIFY(alone.status != 0);
    }

    // The same request with the follow-up pipelined behind it, in one write.
    TestClient client(port);
    QVERIFY(client.isConnected());
    client.send(QByteArray(request).replace("%M", method) + follow);
    const TestResponse first = client.read(10000, head);
    QCOMPARE(first.status, status);
    QCOMPARE(first.header("Content-Length"), get.header("Content-Length"));
    if (head)
        QVERIFY(first.body.isEmpty());
    else
        QCOMPARE(first.body, get.body);

    const TestResponse second = client.read(5000);
    if (keepsAlive) {
        // Parsed intact: anything the first response left behind would break it.
        QCOMPARE(second.status, alone.status);
        QCOMPARE(second.body, alone.body);
        QCOMPARE(second.header("Content-Length"), alone.header("Content-Length"));
    } else {
        // Closed, and not one byte after the first response.
        QCOMPARE(second.status, 0);
        QVERIFY(second.connectionClosed);
        QVERIFY(second.head.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_OwnResponses)
#include "tst_ownresponses.moc"
