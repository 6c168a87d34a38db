#include "http/httpparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Runs a byte stream through the parser in pieces of `chunk` bytes (0 = whole)
// and returns a transcript of events, so different splits can be compared.
static QByteArray transcript(HttpParser::Kind kind, const QByteArray &input, int chunk, bool eof = false,
                             bool requestWasHead = false)
{
    HttpParser parser(kind);
    parser.setRequestWasHead(requestWasHead);
    QByteArray out;
    QByteArray pending;
    qsizetype fed = 0;
    bool failed = false;
    auto drain = [&] {
        for (;;) {
            const HttpParser::Step step = parser.parse(pending);
            // The body is a view into `pending`: copy it before consuming.
            const QByteArray body = step.body.toByteArray();
            pending.remove(0, step.consumed);
            switch (step.event) {
            case HttpParser::Event::NeedMore:
                return;
            case HttpParser::Event::HeadComplete: {
                const HttpHead &h = parser.head();
                out += "HEAD ";
                if (kind == HttpParser::Kind::Request)
                    out += h.method().toByteArray() + ' ' + h.target().toByteArray();
                else
                    out += QByteArray::number(h.statusCode());
                out += " fields=" + QByteArray::number(h.fieldCount()) + '\n';
                break;
            }
            case HttpParser::Event::BodyData:
                out += "BODY " + body + '\n';
                break;
            case HttpParser::Event::MessageComplete:
                out += "DONE\n";
                parser.reset();
                parser.setRequestWasHead(requestWasHead);
                break;
            case HttpParser::Event::Error:
                out += "ERROR " + QByteArray::number(parser.errorStatus()) + '\n';
                failed = true;
                return;
            }
        }
    };
    const int step = chunk == 0 ? int(input.size()) : chunk;
    while (fed < input.size() && !failed) {
        pending += input.mid(fed, step);
        fed += step;
        drain();
    }
    if (eof && !failed) {
        const HttpParser::Step s = parser.finish();
        if (s.event == HttpParser::Event::MessageComplete)
            out += "DONE\n";
        else if (s.event == HttpParser::Event::Error)
            out += "ERROR " + QByteArray::number(parser.errorStatus()) + '\n';
    }
    // Body bytes may arrive split: merge consecutive BODY lines for comparison.
    QByteArray merged;
    bool inBody = false;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("BODY ")) {
            if (!inBody)
                merged += "BODY ";
            merged += line.mid(5);
            inBody = true;
            continue;
        }
        if (inBody)
            merged += '\n';
        inBody = false;
        merged += line + '\n';
    }
    if (inBody)
        merged += '\n';
    return merged;
}

class tst_HttpParser final : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void responses_data();
    void responses();
    void headFields();
    void headAfterError();
    void fieldNameErrorsSayWhy_data();
    void fieldNameErrorsSayWhy();
    void everyByteAtEveryPlaceOfAFieldValue();
    void limits_data();
    void limits();
};

void tst_HttpParser::requests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("simple-get") << "GET /x HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "HEAD GET /x fields=1\nDONE\n"_ba;
    QTest::newRow("http10-no-host") << "GET / HTTP/1.0\r\n\r\n"_ba << "HEAD GET / fields=0\nDONE\n"_ba;
    QTest::newRow("content-length") << "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"_ba
                                    << "HEAD POST /p fields=2\nBODY hello\nDONE\n"_ba;
    QTest::newRow("content-length-zero") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n"_ba
                                         << "HEAD POST / fields=2\nDONE\n"_ba;
    QTest::newRow("chunked") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"_ba
                             << "HEAD POST / fields=2\nBODY hello world\nDONE\n"_ba;
    QTest::newRow("chunked-uppercase-hex-and-ext")
        << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\nA;name=value;q=\"a \\\"b\"\r\n0123456789\r\n0\r\n\r\n"_ba
        << "HEAD POST / fields=2\nBODY 0123456789\nDONE\n"_ba;
    QTest::newRow("chunked-trailers")
        << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n"_ba
        << "HEAD POST / fields=2\nBODY abc\nDONE\n"_ba;
    QTest::newRow("pipelined") << "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n"_ba
                               << "HEAD GET /1 fields=1\nDONE\nHEAD GET /2 fields=1\nDONE\n"_ba;
    QTest::newRow("leading-crlf") << "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "HEAD GET / fields=1\nDONE\n"_ba;
    QTest::newRow("ows-trimmed") << "GET / HTTP/1.1\r\nHost:   a  \r\nX: \t\r\n\r\n"_ba << "HEAD GET / fields=2\nDONE\n"_ba;
    QTest::newRow("obs-text-value") << "GET / HTTP/1.1\r\nHost: a\r\nX: caf\xc3\xa9\r\n\r\n"_ba << "HEAD GET / fields=2\nDONE\n"_ba;

    // Strictness (RFC 9112): each of these is a smuggling or framing hazard.
    QTest::newRow("repeated-content-length") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"_ba << "ERROR 400\n"_ba;
    QTest::newRow("conflicting-content-length") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"_ba << "ERROR 400\n"_ba;
    QTest::newRow("content-length-list") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello"_ba << "ERROR 400\n"_ba;
    QTest::newRow("content-length-sign") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello"_ba << "ERROR 400\n"_ba;
    QTest::newRow("content-length-huge") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-and-cl") << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-chunked-identity") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-identity") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-chunked-twice") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-gzip-chunked") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"_ba << "ERROR 501\n"_ba;
    QTest::newRow("te-http10") << "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("te-empty") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("chunk-size-not-hex") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-size-negative") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-size-overflow") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-size-0x") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-size-space-ext") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-ext-empty-name") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;\r\nhello\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-ext-unterminated-quote") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"b\r\nhello\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-size-bare-lf") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("chunk-data-no-crlf") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nBODY hello\nERROR 400\n"_ba;
    QTest::newRow("bare-cr-in-value") << "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("bare-lf-line-ends") << "GET / HTTP/1.1\nHost: a\n\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("bare-lf-after-headers") << "GET / HTTP/1.1\r\nHost: a\r\n\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("chunk-data-bare-lf") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n"_ba << "HEAD POST / fields=2\nBODY hello\nERROR 400\n"_ba;
    QTest::newRow("trailer-bare-lf") << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\n"_ba << "HEAD POST / fields=2\nERROR 400\n"_ba;
    QTest::newRow("space-before-colon") << "GET / HTTP/1.1\r\nHost : a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("tab-before-colon") << "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("obs-fold") << "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("nul-in-value") << "GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("nul-in-target") << "GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("empty-header-name") << "GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("no-colon") << "GET / HTTP/1.1\r\nHost: a\r\nBroken\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("missing-host") << "GET / HTTP/1.1\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("duplicate-host") << "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("invalid-host") << "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("http2-version") << "GET / HTTP/2.0\r\nHost: a\r\n\r\n"_ba << "ERROR 505\n"_ba;
    QTest::newRow("bad-version") << "GET / HTTP/1.1x\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("lowercase-version") << "GET / http/1.1\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("double-space") << "GET  / HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("space-in-target") << "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("method-bad-char") << "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n"_ba << "ERROR 400\n"_ba;
    QTest::newRow("garbage") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba << "ERROR 400\n"_ba;
}

void tst_HttpParser::requests()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 0), expected);
    // Any split gives the same result: byte by byte, and a few odd sizes.
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 1), expected);
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 2), expected);
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 7), expected);
}

void tst_HttpParser::responses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<bool>("head");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("content-length") << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"_ba << false << false << "HEAD 200 fields=1\nBODY hi\nDONE\n"_ba;
    QTest::newRow("empty-reason") << "HTTP/1.1 204 \r\n\r\n"_ba << false << false << "HEAD 204 fields=0\nDONE\n"_ba;
    QTest::newRow("no-reason") << "HTTP/1.1 204\r\n\r\n"_ba << false << false << "HEAD 204 fields=0\nDONE\n"_ba;
    QTest::newRow("chunked") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n"_ba << false << false << "HEAD 200 fields=1\nBODY hi\nDONE\n"_ba;
    QTest::newRow("until-close") << "HTTP/1.1 200 OK\r\n\r\nstream"_ba << true << false << "HEAD 200 fields=0\nBODY stream\nDONE\n"_ba;
    QTest::newRow("te-not-chunked-until-close") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nxy"_ba << true << false << "HEAD 200 fields=1\nBODY xy\nDONE\n"_ba;
    QTest::newRow("head-response") << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"_ba << false << true << "HEAD 200 fields=1\nDONE\n"_ba;
    QTest::newRow("not-modified") << "HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n"_ba << false << false << "HEAD 304 fields=1\nDONE\n"_ba;
    QTest::newRow("continue-then-200") << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"_ba << false << false << "HEAD 100 fields=0\nDONE\nHEAD 200 fields=1\nDONE\n"_ba;
    QTest::newRow("short-body-at-eof") << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba << true << false << "HEAD 200 fields=1\nBODY abc\nERROR 502\n"_ba;
    QTest::newRow("cl-and-te") << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << false << false << "ERROR 502\n"_ba;
    QTest::newRow("bad-status") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << false << false << "ERROR 502\n"_ba;
    QTest::newRow("not-http") << "SSH-2.0-OpenSSH\r\n\r\n"_ba << false << false << "ERROR 502\n"_ba;
    // Bare LF line ends (RFC 9112 §2.2): accepted in responses, as nginx does.
    QTest::newRow("bare-lf-head") << "HTTP/1.1 200 OK\nContent-Length: 2\n\nok"_ba << false << false << "HEAD 200 fields=1\nBODY ok\nDONE\n"_ba;
    QTest::newRow("bare-lf-mixed") << "HTTP/1.1 200 OK\r\nContent-Length: 2\nX: y\r\n\nok"_ba << false << false << "HEAD 200 fields=2\nBODY ok\nDONE\n"_ba;
    QTest::newRow("bare-lf-chunked") << "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2;x=y\nhi\n3\r\nabc\n0\nX-Sum: 1\n\n"_ba << false << false << "HEAD 200 fields=1\nBODY hiabc\nDONE\n"_ba;
    QTest::newRow("bare-lf-head-then-next") << "HTTP/1.1 204 No Content\n\nHTTP/1.1 200 OK\nContent-Length: 1\n\nx"_ba << false << false << "HEAD 204 fields=0\nDONE\nHEAD 200 fields=1\nBODY x\nDONE\n"_ba;
    QTest::newRow("bare-lf-empty-start-line") << "\nHTTP/1.1 200 OK\n\n"_ba << false << false << "ERROR 400\n"_ba;
    QTest::newRow("bare-cr-still-refused") << "HTTP/1.1 200 OK\nX: a\rb\n\n"_ba << false << false << "ERROR 400\n"_ba;
    QTest::newRow("bare-cr-chunk-end-refused") << "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2\nhi\rX"_ba << false << false << "HEAD 200 fields=1\nBODY hi\nERROR 400\n"_ba;
    QTest::newRow("bad-chunk") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n"_ba << false << false << "HEAD 200 fields=1\nERROR 502\n"_ba;
}

void tst_HttpParser::responses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(bool, head);
    QFETCH(QByteArray, expected);
    for (int chunk : {0, 1, 3}) {
        QCOMPARE(transcript(HttpParser::Kind::Response, input, chunk, eof, head), expected);
    }
}

void tst_HttpParser::headFields()
{
    HttpParser parser(HttpParser::Kind::Request);
    const QByteArray input =
        "GET /path?q=1 HTTP/1.1\r\nHost: example\r\nConnection: keep-alive, Upgrade\r\nUpgrade: websocket\r\n"
        "Expect: 100-continue\r\nX-Multi: a\r\nx-multi: b\r\n\r\n"_ba;
    const HttpParser::Step step = parser.parse(input);
    QCOMPARE(step.event, HttpParser::Event::HeadComplete);
    QCOMPARE(step.consumed, input.size());
    const HttpHead &h = parser.head();
    QCOMPARE(h.method(), "GET");
    QCOMPARE(h.target(), "/path?q=1");
    QCOMPARE(h.value("HOST"), "example");
    QCOMPARE(h.value("x-multi"), "a");
    QVERIFY(h.hasToken("connection", "upgrade"));
    QVERIFY(h.wantsUpgrade());
    QVERIFY(h.connectionKeepAlive());
    QVERIFY(h.expectsContinue());
    QVERIFY(h.keepAlive());
    QCOMPARE(h.fieldCount(), 6);

    HttpParser p10(HttpParser::Kind::Request);
    p10.parse("GET / HTTP/1.0\r\n\r\n");
    QVERIFY(!p10.head().keepAlive());
    HttpParser p10ka(HttpParser::Kind::Request);
    p10ka.parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(p10ka.head().keepAlive());
    HttpParser pClose(HttpParser::Kind::Request);
    pClose.parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QVERIFY(!pClose.head().keepAlive());
}

void tst_HttpParser::headAfterError()
{
    // A head refused after its request line still names its method: the
    // error answer to a HEAD must not carry a body.
    HttpParser bad(HttpParser::Kind::Request);
    QCOMPARE(bad.parse("HEAD /x HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n").event, HttpParser::Event::Error);
    QCOMPARE(bad.errorStatus(), 400);
    QCOMPARE(bad.head().method(), "HEAD");
    QCOMPARE(bad.head().target(), "/x");
    QCOMPARE(bad.head().value("host"), "a");

    HttpParser tooLarge(HttpParser::Kind::Request);
    QCOMPARE(tooLarge.parse(QByteArray("HEAD / HTTP/1.1\r\nX: " + QByteArray(9000, 'b'))).event, HttpParser::Event::Error);
    QCOMPARE(tooLarge.errorStatus(), 431);
    QCOMPARE(tooLarge.head().method(), "HEAD");

    // A head still arriving has no bytes kept yet: it reads as empty, never
    // as memory past its (empty) buffer.
    HttpParser partial(HttpParser::Kind::Request);
    QCOMPARE(partial.parse("HEAD /x HTTP/1.1\r\nHost: a\r\nX-Long").event, HttpParser::Event::NeedMore);
    QVERIFY(partial.head().method().isEmpty());
    QCOMPARE(partial.head().fieldCount(), 1);
    QVERIFY(partial.head().fieldName(0).isEmpty());
}

void tst_HttpParser::fieldNameErrorsSayWhy_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("why");
    QTest::newRow("no colon") << "Broken"_ba << "header field without a name or colon"_ba;
    QTest::newRow("no name") << ": a"_ba << "header field without a name or colon"_ba;
    QTest::newRow("bad byte, no colon") << "Ho@st a"_ba << "header field without a name or colon"_ba;
    QTest::newRow("space before colon") << "Host : a"_ba << "whitespace before colon in header field"_ba;
    QTest::newRow("tab before colon") << "Host\t: a"_ba << "whitespace before colon in header field"_ba;
    QTest::newRow("bad byte in name") << "Ho@st: a"_ba << "invalid character in header field name"_ba;
    QTest::newRow("colon in value is fine") << "X-Time: 12:30"_ba << ""_ba;
}

void tst_HttpParser::fieldNameErrorsSayWhy()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, why);
    HttpParser parser(HttpParser::Kind::Request);
    const QByteArray input = "GET / HTTP/1.1\r\nHost: a\r\n" + field + "\r\n\r\n";
    const HttpParser::Step step = parser.parse(input);
    if (why.isEmpty()) {
        QCOMPARE(step.event, HttpParser::Event::HeadComplete);
        QCOMPARE(parser.head().fieldCount(), 2);
        return;
    }
    QCOMPARE(step.event, HttpParser::Event::Error);
    QCOMPARE(parser.errorStatus(), 400);
    QCOMPARE(QByteArray(parser.errorText()), why);
}

void tst_HttpParser::everyByteAtEveryPlaceOfAFieldValue()
{
    // The value check reads eight bytes at a time: each byte, at each place
    // of a word and in the tail, gets the per-byte rule (VCHAR, obs-text, SP,
    // HTAB; RFC 9110 §5.5). CR and LF end the line early, so they fail too.
    const QByteArray clean = "abcdefghijklmnopqrs"; // two words and a tail
    int checked = 0;
    for (int c = 0; c < 256; ++c) {
        const bool valid = c == '\t' || c == ' ' || (c >= 0x21 && c != 0x7f);
        for (int at = 0; at < clean.size(); ++at) {
            QByteArray value = clean;
            value[at] = char(c);
            HttpParser parser(HttpParser::Kind::Request);
            const QByteArray input = "GET / HTTP/1.1\r\nHost: a\r\nX-V: " + value + "\r\n\r\n";
            const HttpParser::Step step = parser.parse(input);
            const bool accepted = step.event == HttpParser::Event::HeadComplete;
            if (accepted != valid)
                QFAIL(qPrintable(QString::asprintf("byte 0x%02x at %d: %s", c, at, accepted ? "accepted" : "refused")));
            ++checked;
        }
    }
    QCOMPARE(checked, 256 * 19);
}

void tst_HttpParser::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    const QByteArray longTarget = "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n";
    QTest::newRow("long-request-line") << longTarget << 414;
    QTest::newRow("long-request-line-unterminated") << ("GET /" + QByteArray(9000, 'a')) << 414;
    QTest::newRow("long-field") << ("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(9000, 'b') + "\r\n\r\n") << 431;
    QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 120; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too-many-fields") << (many + "\r\n") << 431;
    QByteArray big = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 8; ++i)
        big += "X-" + QByteArray::number(i) + ": " + QByteArray(5000, 'c') + "\r\n";
    QTest::newRow("head-too-large") << (big + "\r\n") << 431;
}

void tst_HttpParser::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    const QByteArray expected = "ERROR " + QByteArray::number(status) + '\n';
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 0), expected);
    QCOMPARE(transcript(HttpParser::Kind::Request, input, 1), expected);
}

QTEST_GUILESS_MAIN(tst_HttpParser)
#include "tst_httpparser.moc"
