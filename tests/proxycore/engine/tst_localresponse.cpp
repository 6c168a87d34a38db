#include "engine/localresponse.h"
#include "http/httpparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Parses a whole response the proxy wrote, as a client would.
struct Parsed {
    int status = 0;
    QByteArray location;
    QByteArray contentType;
    qint64 contentLength = -1;
    QByteArray body;
    qsizetype leftover = 0; // bytes after the message: must be 0 (keep-alive framing)
    bool close = false;
};

static Parsed parse(const QByteArray &response, bool head)
{
    HttpParser parser(HttpParser::Kind::Response);
    parser.setRequestWasHead(head);
    Parsed p;
    qsizetype pos = 0;
    for (;;) {
        const HttpParser::Step step = parser.parse(QByteArrayView(response).sliced(pos));
        pos += step.consumed;
        if (step.event == HttpParser::Event::HeadComplete) {
            const HttpHead &h = parser.head();
            p.status = h.statusCode();
            p.location = h.value("location").toByteArray();
            p.contentType = h.value("content-type").toByteArray();
            if (h.contains("content-length"))
                p.contentLength = h.value("content-length").toLongLong();
            p.close = !h.keepAlive();
        } else if (step.event == HttpParser::Event::BodyData) {
            p.body += step.body.toByteArray();
        } else if (step.event == HttpParser::Event::MessageComplete) {
            break;
        } else {
            qWarning() << "unexpected parser event" << int(step.event) << parser.errorText();
            return {};
        }
    }
    p.leftover = response.size() - pos;
    return p;
}

class tst_LocalResponse final : public QObject
{
    Q_OBJECT

private slots:
    void returnText();
    void headKeepsLengthDropsBody_data();
    void headKeepsLengthDropsBody();
    void redirects_data();
    void redirects();
    void statusPageWithoutText();
    void noBodyStatuses();
    void codesBelow100AreThreeDigitsWithALength();
    void errorPage();
};

void tst_LocalResponse::returnText()
{
    LocalResponse::Connection c;
    const Parsed p = parse(LocalResponse::forReturn({200, "ok\n", true}, c), false);
    QCOMPARE(p.status, 200);
    QCOMPARE(p.body, "ok\n");
    QCOMPARE(p.contentLength, 3);
    QCOMPARE(p.contentType, "text/plain");
    QCOMPARE(p.leftover, 0);
    QVERIFY(!p.close);
    c.close = true;
    QVERIFY(parse(LocalResponse::forReturn({200, "ok\n", true}, c), false).close);
}

void tst_LocalResponse::headKeepsLengthDropsBody_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("headResponse");
    LocalResponse::Connection get;
    LocalResponse::Connection head;
    head.headOnly = true;
    QTest::newRow("return-text") << LocalResponse::forReturn({200, "hello", true}, get)
                                 << LocalResponse::forReturn({200, "hello", true}, head);
    QTest::newRow("return-404") << LocalResponse::forReturn({404, {}, false}, get)
                                << LocalResponse::forReturn({404, {}, false}, head);
    QTest::newRow("redirect") << LocalResponse::forReturn({301, "/x", true}, get)
                              << LocalResponse::forReturn({301, "/x", true}, head);
    QTest::newRow("error-502") << LocalResponse::error(502, false, false) << LocalResponse::error(502, false, true);
    QTest::newRow("error-413") << LocalResponse::error(413, true, false) << LocalResponse::error(413, true, true);
}

void tst_LocalResponse::headKeepsLengthDropsBody()
{
    // RFC 9110 §9.3.2: the same head as GET, Content-Length included, no body
    // (a body would be read as the start of the next response).
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, headResponse);
    const Parsed get = parse(response, false);
    const Parsed head = parse(headResponse, true);
    QCOMPARE(head.status, get.status);
    QCOMPARE(head.contentLength, get.contentLength);
    QVERIFY(get.contentLength > 0);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.leftover, 0);
    QCOMPARE(headResponse, response.first(response.size() - get.body.size()));
}

void tst_LocalResponse::redirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("absolute-kept") << 301 << "https://example.test/x"_ba << "a.test"_ba << 8080 << "https://example.test/x"_ba;
    QTest::newRow("relative-with-port") << 302 << "/login"_ba << "a.test:8080"_ba << 8080 << "http://a.test:8080/login"_ba;
    QTest::newRow("relative-port-80") << 307 << "/x"_ba << "a.test"_ba << 80 << "http://a.test/x"_ba;
    QTest::newRow("relative-no-host") << 308 << "/x"_ba << ""_ba << 9000 << "http://127.0.0.1:9000/x"_ba;
    // The listener's port, not the one the client wrote (port_in_redirect).
    QTest::newRow("host-port-replaced") << 303 << "/x"_ba << "a.test:1234"_ba << 9000 << "http://a.test:9000/x"_ba;
}

void tst_LocalResponse::redirects()
{
    QFETCH(int, status);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    LocalResponse::Connection c;
    c.hostField = host;
    c.localAddress = "127.0.0.1";
    c.localPort = port;
    const Parsed p = parse(LocalResponse::forReturn({status, url, true}, c), false);
    QCOMPARE(p.status, status);
    QTEST(p.location, "location");
    QCOMPARE(p.contentType, "text/html");
    QVERIFY(p.body.contains(QByteArray::number(status))); // nginx's page, not the URL
}

void tst_LocalResponse::statusPageWithoutText()
{
    LocalResponse::Connection c;
    const Parsed p = parse(LocalResponse::forReturn({403, {}, false}, c), false);
    QCOMPARE(p.status, 403);
    QCOMPARE(p.contentType, "text/html");
    QVERIFY(p.body.contains("<h1>403 Forbidden</h1>"));
}

void tst_LocalResponse::noBodyStatuses()
{
    LocalResponse::Connection c;
    for (int status : {204, 304}) {
        const QByteArray response = LocalResponse::forReturn({status, {}, false}, c);
        QVERIFY2(!response.contains("Content-Length"), response.constData());
        QVERIFY(response.endsWith("\r\n\r\n"));
    }
}

void tst_LocalResponse::codesBelow100AreThreeDigitsWithALength()
{
    // As nginx 1.22.1 answers `return 5;` and `return 5 "hi";` (measured).
    LocalResponse::Connection c;
    const QByteArray bare = LocalResponse::forReturn({5, {}, false}, c);
    QVERIFY2(bare.startsWith("HTTP/1.1 005 \r\n"), bare.constData());
    QVERIFY2(bare.contains("\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n"), bare.constData());
    const QByteArray text = LocalResponse::forReturn({5, "hi", true}, c);
    QVERIFY2(text.startsWith("HTTP/1.1 005 \r\n"), text.constData());
    QVERIFY2(text.contains("\r\nContent-Length: 2\r\n") && text.endsWith("\r\n\r\nhi"), text.constData());
}

void tst_LocalResponse::errorPage()
{
    const Parsed p = parse(LocalResponse::error(502, true, false), false);
    QCOMPARE(p.status, 502);
    QVERIFY(p.close);
    QVERIFY(p.body.contains("<h1>502 Bad Gateway</h1>"));
    // Why it failed goes to the log, not to the client.
    QVERIFY(!p.body.contains("failed"));
}

QTEST_APPLESS_MAIN(tst_LocalResponse)
#include "tst_localresponse.moc"
