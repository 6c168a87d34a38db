#include "engine/proxyengine.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The end-to-end bad-input table: raw bytes sent to the proxy → the status the
// client gets, whether the connection is closed, and whether the request may
// have reached the upstream (errors found in a body happen after forwarding began).
class tst_BadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void table_data();
    void table();

private:
    std::unique_ptr<MockBackendHost> m_mocks;
    std::unique_ptr<ProxyEngine> m_engine;
};

void tst_BadInput::initTestCase()
{
    m_mocks = std::make_unique<MockBackendHost>(1);
    LabConfig lab = startDemoMocks(*m_mocks, {u"alpha"_s});
    lab.proxy.clientMaxBodySize = 1024;
    m_engine = std::make_unique<ProxyEngine>();
    QString error;
    QVERIFY2(m_engine->start(lab, &error), qPrintable(error));
}

void tst_BadInput::cleanupTestCase()
{
    m_engine.reset();
    m_mocks.reset();
}

void tst_BadInput::table_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("mayReachUpstream");
    const QByteArray post = "POST / HTTP/1.1\r\nHost: a\r\n";
    const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
    auto row = [](const char *tag, const QByteArray &raw, int status, bool closes = true, bool reaches = false) {
        QTest::newRow(tag) << raw << status << closes << reaches;
    };

    // Request smuggling: framing the proxy and an upstream could read differently.
    row("cl-and-te", post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    row("te-and-cl", post + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", 400);
    row("duplicate-cl-same", post + "Content-Length: 1\r\nContent-Length: 1\r\n\r\na", 400);
    row("duplicate-cl-different", post + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400);
    row("cl-list", post + "Content-Length: 1, 1\r\n\r\na", 400);
    row("cl-negative", post + "Content-Length: -1\r\n\r\n", 400);
    row("cl-plus", post + "Content-Length: +1\r\n\r\na", 400);
    row("cl-hex", post + "Content-Length: 0x1\r\n\r\na", 400);
    row("cl-inner-space", post + "Content-Length: 1 0\r\n\r\n", 400);
    row("cl-huge", post + "Content-Length: 99999999999999999999999\r\n\r\n", 400);
    row("te-chunked-identity", post + "Transfer-Encoding: chunked, identity\r\n\r\n", 400);
    row("te-identity", post + "Transfer-Encoding: identity\r\n\r\n", 400);
    row("te-chunked-twice", post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
    row("te-gzip-chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501);
    row("te-in-http10", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    row("te-empty", post + "Transfer-Encoding: \r\n\r\n", 400);
    row("te-space-before-colon", post + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n", 400);
    row("te-obs-fold", post + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n", 400);
    row("te-xchunked", post + "Transfer-Encoding: xchunked\r\n\r\n", 400);
    row("chunk-size-invalid", chunked + "zz\r\n", 400, true, true);
    row("chunk-size-negative", chunked + "-1\r\n", 400, true, true);
    row("chunk-size-overflow", chunked + "fffffffffffffffff\r\n", 400, true, true);
    row("chunk-size-0x", chunked + "0x5\r\nhello\r\n0\r\n\r\n", 400, true, true);
    row("chunk-ext-empty", chunked + "5;\r\nhello\r\n0\r\n\r\n", 400, true, true);
    row("chunk-size-bare-lf", chunked + "5\nhello\r\n0\r\n\r\n", 400, true, true);
    row("chunk-data-without-crlf", chunked + "5\r\nhelloXX0\r\n\r\n", 400, true, true);
    row("chunk-trailer-invalid", chunked + "0\r\nBad Trailer\r\n\r\n", 400, true, true);

    // Line and field syntax.
    row("bare-lf-line-ends", "GET / HTTP/1.1\nHost: a\n\n", 400);
    row("bare-cr-in-value", "GET / HTTP/1.1\r\nHost: a\r\nX: 1\r2\r\n\r\n", 400);
    row("space-before-colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400);
    row("tab-before-colon", "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", 400);
    row("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n", 400);
    row("nul-in-value", QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: \0\r\n\r\n", 33), 400);
    row("nul-in-target", QByteArray("GET /\0 HTTP/1.1\r\nHost: a\r\n\r\n", 28), 400);
    row("ctl-in-value", "GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n", 400);
    row("empty-field-name", "GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n", 400);
    row("field-without-colon", "GET / HTTP/1.1\r\nHost: a\r\nBroken\r\n\r\n", 400);
    row("field-name-bad-char", "GET / HTTP/1.1\r\nHost: a\r\nX(Y): 1\r\n\r\n", 400);
    row("missing-host", "GET / HTTP/1.1\r\n\r\n", 400);
    row("duplicate-host", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    row("host-with-slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400);
    row("lowercase-version", "GET / http/1.1\r\nHost: a\r\n\r\n", 400);
    row("http2-version", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505);
    row("http09-request", "GET /\r\n\r\n", 400);
    row("double-space", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("space-in-target", "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("method-bad-char", "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("tls-client-hello", QByteArray::fromHex("160301020001000100fc03030d0a0d0a"), 400);
    row("empty-lines-only", "\r\n\r\n\r\n\r\n\r\n\r\n", 400);

    // Limits.
    row("uri-too-long", "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n", 414);
    row("field-too-long", "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(9000, 'b') + "\r\n\r\n", 431);
    QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 150; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    row("too-many-fields", many + "\r\n", 431);
    row("body-too-large-length", post + "Content-Length: 4096\r\n\r\n", 413);
    QByteArray bigChunks;
    for (int i = 0; i < 3; ++i)
        bigChunks += "200\r\n" + QByteArray(512, 'c') + "\r\n";
    row("body-too-large-chunked", chunked + bigChunks + "0\r\n\r\n", 413, true, true);

    // No open proxy: the lab's upstreams only.
    row("connect-method", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405);
    row("authority-form-get", "GET example.com:80 HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("asterisk-form-get", "GET * HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("absolute-form-https", "GET https://example.com/ HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("absolute-form-goes-to-lab", "GET http://elsewhere.example/x HTTP/1.1\r\nHost: a\r\n\r\n", 200, false, true);
}

void tst_BadInput::table()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(bool, closes);
    QFETCH(bool, mayReachUpstream);
    MockBackend *alpha = m_mocks->find(u"alpha"_s);
    const quint64 before = alpha->requestCount();
    TestClient client(m_engine->listenerPort(0));
    QVERIFY(client.isConnected());
    const TestResponse r = client.request(raw);
    QCOMPARE(r.status, status);
    if (closes) {
        QCOMPARE(r.header("Connection"), "close"_ba);
        QVERIFY2(client.waitForClose(), "the proxy must close a connection it cannot trust");
    } else {
        QVERIFY(r.header("Connection").isEmpty());
        QCOMPARE(client.get("/still-usable").status, 200);
    }
    if (!mayReachUpstream)
        QCOMPARE(alpha->requestCount(), before);
    if (QTest::currentDataTag() == QByteArray("absolute-form-goes-to-lab"))
        QVERIFY2(r.body.contains("\"uri\":\"/x\""), r.body.constData()); // re-serialised in origin-form
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
