#include "engine/headerrewriter.h"
#include "http/httpparser.h"
#include "routing/proxyheaders.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The heads the proxy sends on: to the upstream (re-serialised from the
// parsed request, with the header lines the router evaluated first) and back to
// the client (re-framed for its connection).
class tst_HeaderRewriter final : public QObject
{
    Q_OBJECT

private slots:
    void isHopByHop_data();
    void isHopByHop();
    void requestLineAndLabFieldsComeFirst();
    void clientForwardingFieldsAreReplacedOrExtended();
    void requestHopByHopFieldsAreDropped();
    void endToEndFieldsKeepTheirOrderAndCase();
    void requestBodyIsReframed_data();
    void requestBodyIsReframed();
    void upgradeRequestAsksForUpgrade();
    void sentSaysWhatTheLinesSent();
    void statusLineIsHttp11WithAReason();
    void responseHopByHopFieldsAreDropped();
    void upstreamNameIsOursOnly();
    void responseFraming_data();
    void responseFraming();
    void connectionFieldFollowsTheClient_data();
    void connectionFieldFollowsTheClient();
    void switchingProtocolsKeepsUpgrade();
};

namespace {

// Parses one head (a request or a response); the test fails on a bad one.
HttpHead parsedHead(HttpParser::Kind kind, const QByteArray &raw)
{
    HttpParser parser(kind);
    QByteArrayView rest = raw;
    for (;;) {
        const HttpParser::Step step = parser.parse(rest);
        rest = rest.sliced(step.consumed);
        if (step.event == HttpParser::Event::HeadComplete)
            return parser.head();
        if (step.event == HttpParser::Event::Error || step.event == HttpParser::Event::NeedMore) {
            qWarning("cannot parse %s: %s", raw.constData(), parser.errorText());
            return {};
        }
    }
}

HttpHead request(const QByteArray &raw)
{
    return parsedHead(HttpParser::Kind::Request, raw);
}

HttpHead response(const QByteArray &raw)
{
    return parsedHead(HttpParser::Kind::Response, raw);
}

// The lab's default header lines (Host $proxy_host, Upgrade, Connection,
// X-Real-IP, X-Forwarded-For, X-Forwarded-Proto), evaluated for one request
// from 127.0.0.9 to the group "backend", as the router hands them over.
struct Upstream {
    Q_DISABLE_COPY_MOVE(Upstream)
    ProxyHeaders lines;
    QByteArray target;
    RequestVariables vars;
    HeaderRewriter::UpstreamRequest params;

    Upstream(const HttpHead &head, QByteArrayView uri = "/")
        : target(uri.toByteArray())
    {
        QString error;
        if (!lines.compile(ProxySettings::labDefaultHeaders(false).proxySetHeader, {}, &error))
            qWarning("%s", qPrintable(error));
        vars.head = &head;
        vars.requestUri = head.target();
        vars.uri = target;
        vars.remoteAddr = "127.0.0.9";
        vars.proxyHost = "backend";
        params.target = target;
        params.lines = &lines;
        params.vars = &vars;
    }
    QByteArray head(const HttpHead &request) const { return HeaderRewriter::upstreamRequestHead(request, params); }
};

// The field lines of a head, without the start line and the empty line.
QList<QByteArray> fieldLines(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    lines.removeFirst();
    lines.removeAll(QByteArray());
    return lines;
}

QByteArray field(const HttpHead &head, QByteArrayView name)
{
    return head.value(name).toByteArray();
}

} // namespace

void tst_HeaderRewriter::isHopByHop_data()
{
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("hop");
    const QByteArray listing = "keep-alive,X-Secret ,  X-OTHER";
    // RFC 9110 §7.6.1, plus the framing fields the proxy re-creates.
    for (const char *name : {"Connection", "keep-alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding",
                             "UPGRADE", "Content-Length"})
        QTest::newRow(name) << listing << QByteArray(name) << true;
    // Named in this message's Connection field (any case, any spacing).
    QTest::newRow("listed") << listing << "X-Secret"_ba << true;
    QTest::newRow("listed-other-case") << listing << "x-other"_ba << true;
    for (const char *name : {"Host", "Cookie", "Content-Type", "X-Forwarded-For", "Accept", "X-Secret-2", "close"})
        QTest::newRow(name) << listing << QByteArray(name) << false;
    // The tokens the parser reads itself name fields too.
    QTest::newRow("close, named") << "Close"_ba << "close"_ba << true;
    QTest::newRow("close, other") << "close"_ba << "X-Secret"_ba << false;
    QTest::newRow("two letters, named") << "close, XY"_ba << "xy"_ba << true;
    QTest::newRow("two letters, other") << "XY"_ba << "xz"_ba << false;
    QTest::newRow("no Connection") << QByteArray() << "X-Secret"_ba << false;
    QTest::newRow("no Connection, te") << QByteArray() << "te"_ba << true;
}

void tst_HeaderRewriter::isHopByHop()
{
    QFETCH(QByteArray, connection);
    QFETCH(QByteArray, name);
    QFETCH(bool, hop);
    QByteArray raw = "GET / HTTP/1.1\r\nHost: h\r\n";
    if (!connection.isNull())
        raw += "Connection: " + connection + "\r\n";
    const HttpHead head = request(raw + "\r\n");
    QCOMPARE(HeaderRewriter::isHopByHop(head, name), hop);
}

void tst_HeaderRewriter::requestLineAndLabFieldsComeFirst()
{
    // An HTTP/1.0 client's request still goes upstream as HTTP/1.1 (keep-alive to upstreams).
    const HttpHead head = request("GET /a?b=1 HTTP/1.0\r\nHost: client.example\r\nAccept: */*\r\n\r\n");
    const QByteArray out = Upstream(head, "/rewritten?b=1").head(head);
    QCOMPARE(out,
             "GET /rewritten?b=1 HTTP/1.1\r\n"
             "Host: backend\r\n"
             "X-Real-IP: 127.0.0.9\r\n"
             "X-Forwarded-For: 127.0.0.9\r\n"
             "X-Forwarded-Proto: http\r\n"
             "Accept: */*\r\n"
             "\r\n"_ba);
    const HttpHead sent = request(out);
    QCOMPARE(sent.method().toByteArray(), "GET"_ba);
    QCOMPARE(sent.target().toByteArray(), "/rewritten?b=1"_ba);
    QVERIFY(sent.isHttp11());
    QVERIFY(sent.framing() == BodyFraming::None);
}

void tst_HeaderRewriter::clientForwardingFieldsAreReplacedOrExtended()
{
    // $proxy_add_x_forwarded_for: every client X-Forwarded-For joined with ", ",
    // then the client's address. Host, X-Real-IP and X-Forwarded-Proto are ours.
    const HttpHead head = request("GET / HTTP/1.1\r\nHost: client.example\r\nX-Forwarded-For: 10.0.0.1\r\n"
                                  "x-real-ip: 6.6.6.6\r\nX-Forwarded-Proto: https\r\n"
                                  "X-FORWARDED-FOR: 10.0.0.2, 10.0.0.3\r\n\r\n");
    const QByteArray out = Upstream(head).head(head);
    const HttpHead sent = request(out);
    QCOMPARE(field(sent, "host"), "backend"_ba);
    QCOMPARE(field(sent, "x-real-ip"), "127.0.0.9"_ba);
    QCOMPARE(field(sent, "x-forwarded-for"), "10.0.0.1, 10.0.0.2, 10.0.0.3, 127.0.0.9"_ba);
    QCOMPARE(field(sent, "x-forwarded-proto"), "http"_ba);
    for (const char *name : {"host", "x-real-ip", "x-forwarded-for", "x-forwarded-proto"}) {
        int count = 0;
        for (int i = 0; i < sent.fieldCount(); ++i)
            count += Http::equalsIgnoreCase(sent.fieldName(i), name) ? 1 : 0;
        QVERIFY2(count == 1, name);
    }
    QVERIFY(!out.contains("6.6.6.6"));
    QVERIFY(!out.contains("client.example"));
}

void tst_HeaderRewriter::requestHopByHopFieldsAreDropped()
{
    const HttpHead head = request("OPTIONS * HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, X-Secret\r\nX-Secret: hop\r\n"
                                  "Keep-Alive: timeout=5\r\nProxy-Connection: keep-alive\r\nTE: trailers\r\n"
                                  "Trailer: X-Sum\r\nExpect: 100-continue\r\nX-Kept: yes\r\n\r\n");
    // (Upgrade is one of the lab's lines, sent when the client asks: upgradeRequestAsksForUpgrade.)
    const QByteArray out = Upstream(head, "*").head(head);
    QVERIFY2(out.startsWith("OPTIONS * HTTP/1.1\r\n"), out.constData());
    // Expect is answered by the proxy itself (100 Continue), not passed on.
    for (const char *gone : {"Connection", "X-Secret", "Keep-Alive", "Proxy-Connection", "TE:", "Trailer", "Upgrade",
                             "Expect", "hop"})
        QVERIFY2(!out.contains(gone), gone);
    QVERIFY(out.contains("\r\nX-Kept: yes\r\n"));
}

void tst_HeaderRewriter::endToEndFieldsKeepTheirOrderAndCase()
{
    const HttpHead head = request("GET / HTTP/1.1\r\nuser-agent: curl/8\r\nHost: h\r\nCookie: a=1\r\nACCEPT: text/html\r\n"
                                  "Cookie: b=2\r\nX-Empty: \r\n\r\n");
    const QByteArray out = Upstream(head).head(head);
    const QList<QByteArray> lines = fieldLines(out);
    QCOMPARE(lines.mid(4), (QList<QByteArray>{"user-agent: curl/8", "Cookie: a=1", "ACCEPT: text/html", "Cookie: b=2",
                                              "X-Empty:"}));
}

void tst_HeaderRewriter::requestBodyIsReframed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("chunkedUpstream");
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<QByteArray>("transferEncoding");
    QTest::newRow("no-body") << "GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << false << QByteArray() << QByteArray();
    QTest::newRow("length") << "POST / HTTP/1.1\r\nHost: h\r\ncontent-length: 0005\r\n\r\n"_ba << false << "5"_ba
                            << QByteArray();
    QTest::newRow("zero-length") << "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n"_ba << false << "0"_ba
                                 << QByteArray();
    QTest::newRow("chunked") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << true
                             << QByteArray() << "chunked"_ba;
}

void tst_HeaderRewriter::requestBodyIsReframed()
{
    // The proxy's own framing, written from the parsed message: one
    // Content-Length in canonical form, or chunked when it streams a chunked body.
    QFETCH(QByteArray, raw);
    QFETCH(bool, chunkedUpstream);
    QFETCH(QByteArray, contentLength);
    QFETCH(QByteArray, transferEncoding);
    const HttpHead head = request(raw);
    Upstream upstream(head);
    upstream.params.chunkedBody = chunkedUpstream;
    const HttpHead sent = request(upstream.head(head));
    QCOMPARE(field(sent, "content-length"), contentLength);
    QCOMPARE(field(sent, "transfer-encoding"), transferEncoding);
}

void tst_HeaderRewriter::upgradeRequestAsksForUpgrade()
{
    // The lab's lines: proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection $connection_upgrade.
    const HttpHead head = request("GET /chat HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Upgrade\r\n"
                                  "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n");
    const QByteArray out = Upstream(head, "/chat").head(head);
    QCOMPARE(out.count("Upgrade: websocket\r\n"), 1);
    QCOMPARE(out.count("Connection:"), 1);
    QVERIFY(out.contains("\r\nConnection: upgrade\r\n"));
    QVERIFY(out.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    QVERIFY(request(out).wantsUpgrade());
}

void tst_HeaderRewriter::sentSaysWhatTheLinesSent()
{
    // What the session decides from: an Upgrade field went out, and whether Connection said close.
    const HttpHead upgrade = request("GET /chat HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
    Upstream withUpgrade(upgrade, "/chat");
    ProxyHeaders::Sent sent;
    withUpgrade.params.sent = &sent;
    withUpgrade.head(upgrade);
    QVERIFY(sent.upgrade);
    QVERIFY(!sent.connectionClose);

    // Without a client Upgrade, $http_upgrade is empty: no Upgrade field, and
    // the lab's Connection line ($connection_upgrade) is empty too.
    const HttpHead plain = request("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    Upstream without(plain);
    ProxyHeaders::Sent none;
    without.params.sent = &none;
    const QByteArray out = without.head(plain);
    QVERIFY(!none.upgrade);
    QVERIFY(!out.contains("Upgrade:"));
    QVERIFY2(!out.contains(": \r\n"), out.constData()); // no field with an empty value

    // nginx's default Connection close, where no line names Connection.
    ProxyHeaders defaults;
    QVERIFY(defaults.compile({}, {}));
    RequestVariables vars;
    vars.head = &plain;
    vars.proxyHost = "backend";
    QByteArray head;
    ProxyHeaders::Sent closing;
    defaults.appendTo(head, vars, &closing);
    QCOMPARE(head, "Host: backend\r\nConnection: close\r\n"_ba);
    QVERIFY(closing.connectionClose);
}

void tst_HeaderRewriter::statusLineIsHttp11WithAReason()
{
    HeaderRewriter::ClientResponse p;
    const QByteArray kept = HeaderRewriter::clientResponseHead(response("HTTP/1.0 404 Nope\r\nContent-Length: 0\r\n\r\n"), p);
    QVERIFY2(kept.startsWith("HTTP/1.1 404 Nope\r\n"), kept.constData());
    // An upstream that sends no reason phrase gets the standard one.
    const QByteArray filled = HeaderRewriter::clientResponseHead(response("HTTP/1.1 503 \r\nContent-Length: 0\r\n\r\n"), p);
    QVERIFY2(filled.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), filled.constData());
}

void tst_HeaderRewriter::responseHopByHopFieldsAreDropped()
{
    const HttpHead head = response("HTTP/1.1 200 OK\r\nServer: fake/1\r\nConnection: X-Hop, keep-alive\r\nX-Hop: 1\r\n"
                                   "Keep-Alive: timeout=1\r\nProxy-Connection: keep-alive\r\nTrailer: X-Sum\r\n"
                                   "Upgrade: h2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n");
    HeaderRewriter::ClientResponse p;
    p.framing = HeaderRewriter::ClientFraming::Chunked;
    const QByteArray out = HeaderRewriter::clientResponseHead(head, p);
    QCOMPARE(fieldLines(out),
             (QList<QByteArray>{"Server: fake/1", "Set-Cookie: a=1", "Set-Cookie: b=2", "Transfer-Encoding: chunked"}));
}

void tst_HeaderRewriter::upstreamNameIsOursOnly()
{
    // An upstream cannot pretend to be another server of the group.
    const HttpHead head = response("HTTP/1.1 200 OK\r\nx-upstream-name: forged\r\nContent-Length: 2\r\n\r\n");
    HeaderRewriter::ClientResponse p;
    const QByteArray without = HeaderRewriter::clientResponseHead(head, p);
    QVERIFY2(!without.contains("forged") && !without.contains("X-Upstream-Name"), without.constData());
    p.upstreamName = "beta";
    const QByteArray with = HeaderRewriter::clientResponseHead(head, p);
    QCOMPARE(field(response(with), "x-upstream-name"), "beta"_ba);
    QCOMPARE(with.count("pstream-"), 1);
}

void tst_HeaderRewriter::responseFraming_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("framing");
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<QByteArray>("transferEncoding");
    using F = HeaderRewriter::ClientFraming;
    QTest::newRow("length-as-is") << "HTTP/1.1 200 OK\r\nContent-Length: 012\r\n\r\n"_ba << int(F::AsIs) << "12"_ba
                                  << QByteArray();
    // A HEAD or 304 answer describes the entity it does not send: the length stays.
    QTest::newRow("304-with-length") << "HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n"_ba << int(F::AsIs)
                                     << "99"_ba << QByteArray();
    QTest::newRow("no-body-as-is") << "HTTP/1.1 204 No Content\r\n\r\n"_ba << int(F::AsIs) << QByteArray() << QByteArray();
    QTest::newRow("chunked-upstream-chunked") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                                              << int(F::Chunked) << QByteArray() << "chunked"_ba;
    // Close-delimited upstream body to an HTTP/1.1 client: chunked; to HTTP/1.0: close.
    QTest::newRow("close-delimited-chunked") << "HTTP/1.0 200 OK\r\n\r\n"_ba << int(F::Chunked) << QByteArray()
                                             << "chunked"_ba;
    QTest::newRow("chunked-upstream-close") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba
                                            << int(F::Close) << QByteArray() << QByteArray();
}

void tst_HeaderRewriter::responseFraming()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, framing);
    QFETCH(QByteArray, contentLength);
    QFETCH(QByteArray, transferEncoding);
    HeaderRewriter::ClientResponse p;
    p.framing = HeaderRewriter::ClientFraming(framing);
    p.keepAlive = p.framing != HeaderRewriter::ClientFraming::Close;
    const QByteArray out = HeaderRewriter::clientResponseHead(response(raw), p);
    const HttpHead sent = response(out);
    QCOMPARE(field(sent, "content-length"), contentLength);
    QCOMPARE(field(sent, "transfer-encoding"), transferEncoding);
    QCOMPARE(out.count("Content-Length"), contentLength.isEmpty() ? 0 : 1);
}

void tst_HeaderRewriter::connectionFieldFollowsTheClient_data()
{
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("http10");
    QTest::addColumn<QByteArray>("connection");
    QTest::newRow("1.1-keep") << true << false << QByteArray(); // persistent by default
    QTest::newRow("1.1-close") << false << false << "close"_ba;
    QTest::newRow("1.0-keep") << true << true << "keep-alive"_ba; // it asked, we say yes
    QTest::newRow("1.0-close") << false << true << "close"_ba;
}

void tst_HeaderRewriter::connectionFieldFollowsTheClient()
{
    QFETCH(bool, keepAlive);
    QFETCH(bool, http10);
    QFETCH(QByteArray, connection);
    HeaderRewriter::ClientResponse p;
    p.keepAlive = keepAlive;
    p.clientIsHttp10 = http10;
    // The upstream's own Connection says nothing about the client's connection.
    const QByteArray out = HeaderRewriter::clientResponseHead(
        response("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), p);
    QCOMPARE(field(response(out), "connection"), connection);
    QCOMPARE(out.count("Connection:"), connection.isEmpty() ? 0 : 1);
}

void tst_HeaderRewriter::switchingProtocolsKeepsUpgrade()
{
    const HttpHead head = response("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Accept: abc=\r\n\r\n");
    HeaderRewriter::ClientResponse p;
    p.switchingProtocols = true;
    p.upstreamName = "ws";
    p.keepAlive = false; // irrelevant: the connection becomes the tunnel
    p.framing = HeaderRewriter::ClientFraming::Close;
    const QByteArray out = HeaderRewriter::clientResponseHead(head, p);
    QCOMPARE(out,
             "HTTP/1.1 101 Switching Protocols\r\n"
             "Sec-WebSocket-Accept: abc=\r\n"
             "X-Upstream-Name: ws\r\n"
             "Upgrade: websocket\r\n"
             "Connection: upgrade\r\n"
             "\r\n"_ba);
}

QTEST_GUILESS_MAIN(tst_HeaderRewriter)
#include "tst_headerrewriter.moc"
