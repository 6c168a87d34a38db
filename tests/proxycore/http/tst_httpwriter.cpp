#include "http/httpparser.h"
#include "http/httpwriter.h"
#include "platform/byteappend.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;

// The responses the proxy and the mocks write themselves. Each is read back
// with the project's strict parser, as a client on a kept-alive connection
// would: the framing must say exactly where the response ends.
class tst_HttpWriter final : public QObject
{
    Q_OBJECT

private slots:
    void appendNumber_data();
    void appendNumber();
    void appendBytesAndFields();
    void fastAppendFillsTheCapacityAndLeavesSharedBytesAlone();
    void appendHex_data();
    void appendHex();
    void currentDateIsAnImfFixdate();
    void currentDateInAnotherThread();
    void statusPageIsNginxsLayout();
    void errorResponse_data();
    void errorResponse();
    void localResponseCarriesTypeLocationAndBody();
    void statusLines_data();
    void statusLines();
    void bodilessStatusesHaveNoLength_data();
    void bodilessStatusesHaveNoLength();
    void headAnswersKeepTheLength();
    void responsesFramePipelinedStreams();
};

namespace {

struct Parsed {
    bool complete = false;
    int status = 0;
    QByteArray reason;
    QByteArray body;
    HttpHead head;
    qsizetype consumed = 0; // bytes of the first message
};

// Parses the first response in `bytes`; `consumed` tells where it ended.
Parsed parseResponse(const QByteArray &bytes, bool requestWasHead)
{
    Parsed p;
    HttpParser parser(HttpParser::Kind::Response);
    parser.setRequestWasHead(requestWasHead);
    QByteArrayView rest = bytes;
    for (;;) {
        const HttpParser::Step step = parser.parse(rest);
        p.consumed += step.consumed;
        rest = rest.sliced(step.consumed);
        if (step.event == HttpParser::Event::BodyData)
            p.body.append(step.body.data(), step.body.size());
        if (step.event == HttpParser::Event::MessageComplete) {
            p.complete = true;
            p.head = parser.head();
            p.status = p.head.statusCode();
            p.reason = p.head.reason().toByteArray();
            return p;
        }
        if (step.event == HttpParser::Event::Error || (step.event == HttpParser::Event::NeedMore && step.consumed == 0))
            return p;
    }
}

QByteArray field(const Parsed &p, QByteArrayView name)
{
    return p.head.value(name).toByteArray();
}

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

} // namespace

void tst_HttpWriter::appendNumber_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << qint64(0) << "0"_ba;
    QTest::newRow("one-digit") << qint64(7) << "7"_ba;
    QTest::newRow("ten") << qint64(10) << "10"_ba;
    QTest::newRow("large") << qint64(1234567890123) << "1234567890123"_ba;
    QTest::newRow("minus-one") << qint64(-1) << "-1"_ba;
    QTest::newRow("negative") << qint64(-4096) << "-4096"_ba;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << "9223372036854775807"_ba;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-9223372036854775808"_ba;
}

void tst_HttpWriter::appendNumber()
{
    QFETCH(qint64, n);
    QFETCH(QByteArray, text);
    QByteArray out = "Content-Length: ";
    HttpWriter::appendNumber(out, n);
    QCOMPARE(out, "Content-Length: " + text);
    QCOMPARE(QByteArray::number(n), text); // the same digits as Qt's
}

void tst_HttpWriter::fastAppendFillsTheCapacityAndLeavesSharedBytesAlone()
{
    // Up to exactly the capacity, without a reallocation, terminated (under
    // ASan a write past the block would stop the test).
    QByteArray out;
    out.reserve(64);
    const char *before = out.constData();
    const qsizetype room = out.capacity();
    for (qsizetype i = 0; i < room; ++i)
        ByteAppend::append(out, char('a' + i % 26));
    QCOMPARE(out.size(), room);
    QCOMPARE(out.constData(), before);
    QCOMPARE(out.constData()[out.size()], '\0');
    ByteAppend::append(out, "xyz"); // beyond it: grows
    QVERIFY(out.endsWith("xyz"));
    QCOMPARE(out.constData()[out.size()], '\0');

    // A shared buffer is not written into: the other copy keeps its bytes.
    QByteArray shared = "head";
    shared.reserve(32);
    const QByteArray copy = shared;
    ByteAppend::append(shared, " more");
    QCOMPARE(shared, "head more"_ba);
    QCOMPARE(copy, "head"_ba);

    // Bytes from `out` itself, with and without room.
    QByteArray self = "abc";
    self.reserve(16);
    ByteAppend::append(self, QByteArrayView(self));
    QCOMPARE(self, "abcabc"_ba);
    QByteArray tight = QByteArray(8, 'x');
    tight.squeeze();
    ByteAppend::append(tight, QByteArrayView(tight));
    QCOMPARE(tight, QByteArray(16, 'x'));

    // Null and raw-data arrays are copied, never written through.
    QByteArray null;
    ByteAppend::append(null, "n");
    QCOMPARE(null, "n"_ba);
    static const char raw[] = "raw";
    QByteArray view = QByteArray::fromRawData(raw, 3);
    ByteAppend::append(view, "!");
    QCOMPARE(view, "raw!"_ba);
    QCOMPARE(QByteArrayView(raw), "raw");

    // emptyForReuse keeps an unshared buffer's room and lets a shared one go.
    const char *kept = out.constData();
    ByteAppend::emptyForReuse(out);
    QVERIFY(out.isEmpty());
    QCOMPARE(out.constData(), kept);
    QByteArray other = copy;
    ByteAppend::emptyForReuse(other);
    QVERIFY(other.isNull());
    QCOMPARE(copy, "head"_ba);
}

void tst_HttpWriter::appendHex_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << quint64(0) << "0"_ba; // the last chunk's size
    QTest::newRow("nine") << quint64(9) << "9"_ba;
    QTest::newRow("ten") << quint64(10) << "a"_ba;
    QTest::newRow("byte") << quint64(255) << "ff"_ba;
    QTest::newRow("64k") << quint64(65536) << "10000"_ba;
    QTest::newRow("max") << std::numeric_limits<quint64>::max() << "ffffffffffffffff"_ba;
}

void tst_HttpWriter::appendHex()
{
    QFETCH(quint64, n);
    QFETCH(QByteArray, text);
    QByteArray out = "x";
    HttpWriter::appendHex(out, n);
    QCOMPARE(out, "x" + text);
}

void tst_HttpWriter::currentDateIsAnImfFixdate()
{
    // RFC 9110 §5.6.7: "Sun, 06 Nov 1994 08:49:37 GMT", English names whatever the locale.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QByteArray date = HttpWriter::currentDate().toByteArray();
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QLocale::setDefault(previous);
    static const QRegularExpression imf(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"_s);
    QVERIFY2(imf.match(QString::fromLatin1(date)).hasMatch(), date.constData());
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(date), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    parsed.setTimeSpec(Qt::UTC);
    QVERIFY(parsed.isValid());
    QVERIFY(parsed.toSecsSinceEpoch() >= before);
    QVERIFY(parsed.toSecsSinceEpoch() <= after);
}

void tst_HttpWriter::currentDateInAnotherThread()
{
    // The cache is per thread: a worker's first call formats its own.
    const QByteArray here = HttpWriter::currentDate().toByteArray();
    QByteArray there;
    QThread *thread = QThread::create([&there] { there = HttpWriter::currentDate().toByteArray(); });
    thread->start();
    QVERIFY(thread->wait(5000));
    delete thread;
    QCOMPARE(there.size(), here.size());
    QVERIFY(there.endsWith(" GMT"));
}

void tst_HttpWriter::statusPageIsNginxsLayout()
{
    // nginx 1.22.1's 502 page byte for byte, with our name where nginx names itself.
    const QByteArray nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n"
                             "</body>\r\n</html>\r\n"_ba;
    QCOMPARE(HttpWriter::statusPage(502), QByteArray(nginx).replace("nginx/1.22.1", "upstreamlab"));
    QVERIFY(HttpWriter::statusPage(404).contains("<title>404 Not Found</title>"));
    QVERIFY(HttpWriter::statusPage(504).contains("<h1>504 Gateway Timeout</h1>"));
}

void tst_HttpWriter::errorResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("close");
    QTest::newRow("502-keep-alive") << 502 << false;
    QTest::newRow("502-close") << 502 << true;
    QTest::newRow("400-close") << 400 << true;
    QTest::newRow("404-keep-alive") << 404 << false;
    QTest::newRow("413-close") << 413 << true;
    QTest::newRow("503-keep-alive") << 503 << false;
    QTest::newRow("504-keep-alive") << 504 << false;
}

void tst_HttpWriter::errorResponse()
{
    QFETCH(int, status);
    QFETCH(bool, close);
    const QByteArray page = HttpWriter::statusPage(status);
    const QByteArray get = HttpWriter::errorResponse(status, close, false);
    const Parsed r = parseResponse(get, false);
    QVERIFY(r.complete);
    QCOMPARE(r.consumed, get.size());
    QCOMPARE(r.status, status);
    QCOMPARE(r.reason, QByteArray(Http::reasonPhrase(status)));
    QCOMPARE(r.body, page);
    QCOMPARE(field(r, "content-type"), "text/html"_ba);
    QCOMPARE(field(r, "content-length"), QByteArray::number(page.size()));
    QCOMPARE(field(r, "server"), "upstreamlab"_ba);
    QVERIFY(!field(r, "date").isEmpty());
    QCOMPARE(field(r, "connection"), close ? "close"_ba : QByteArray());
    QCOMPARE(r.head.connectionClose(), close);

    // HEAD: the same head, Content-Length included, and not one byte more.
    const QByteArray head = HttpWriter::errorResponse(status, close, true);
    QCOMPARE(head, get.left(get.size() - page.size()));
    const Parsed h = parseResponse(head, true);
    QVERIFY(h.complete);
    QCOMPARE(h.consumed, head.size());
    QVERIFY(h.body.isEmpty());
}

void tst_HttpWriter::localResponseCarriesTypeLocationAndBody()
{
    const QByteArray ok = HttpWriter::localResponse(200, "text/plain", {}, "ok\n", false, false);
    QVERIFY2(ok.startsWith("HTTP/1.1 200 OK\r\nServer: upstreamlab\r\nDate: "), ok.constData());
    const Parsed r = parseResponse(ok, false);
    QVERIFY(r.complete);
    QCOMPARE(r.body, "ok\n"_ba);
    QCOMPARE(field(r, "content-type"), "text/plain"_ba);
    QCOMPARE(field(r, "content-length"), "3"_ba);
    QVERIFY(!r.head.contains("location"));
    QVERIFY(!r.head.contains("connection"));

    const QByteArray moved = HttpWriter::localResponse(301, "text/html", "http://lab.test:8080/new/",
                                                       HttpWriter::statusPage(301), true, false);
    QCOMPARE(statusLine(moved), "HTTP/1.1 301 Moved Permanently"_ba);
    const Parsed m = parseResponse(moved, false);
    QVERIFY(m.complete);
    QCOMPARE(field(m, "location"), "http://lab.test:8080/new/"_ba);
    QCOMPARE(field(m, "connection"), "close"_ba);
    QCOMPARE(m.body, HttpWriter::statusPage(301));

    // No Content-Type when there is none to give; the length still frames the body.
    const QByteArray untyped = HttpWriter::localResponse(200, {}, {}, {}, false, false);
    const Parsed u = parseResponse(untyped, false);
    QVERIFY(u.complete);
    QVERIFY(!u.head.contains("content-type"));
    QCOMPARE(field(u, "content-length"), "0"_ba);
}

void tst_HttpWriter::statusLines_data()
{
    // What nginx 1.22.1 writes for `return CODE`, except where RFC 9110 renamed
    // the phrase (302 Found, 503 Service Unavailable, ...): clients ignore it.
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("301") << 301 << "HTTP/1.1 301 Moved Permanently"_ba;
    QTest::newRow("302") << 302 << "HTTP/1.1 302 Found"_ba;
    QTest::newRow("303") << 303 << "HTTP/1.1 303 See Other"_ba;
    QTest::newRow("307") << 307 << "HTTP/1.1 307 Temporary Redirect"_ba;
    QTest::newRow("308") << 308 << "HTTP/1.1 308 Permanent Redirect"_ba;
    QTest::newRow("410") << 410 << "HTTP/1.1 410 Gone"_ba;
    // No phrase for a status without one: the space stays (RFC 9112 §4), as nginx writes it.
    QTest::newRow("418") << 418 << "HTTP/1.1 418 "_ba;
    QTest::newRow("599") << 599 << "HTTP/1.1 599 "_ba;
}

void tst_HttpWriter::statusLines()
{
    QFETCH(int, status);
    QFETCH(QByteArray, line);
    const QByteArray out = HttpWriter::localResponse(status, "text/html", {}, HttpWriter::statusPage(status), false, false);
    QCOMPARE(statusLine(out), line);
    const Parsed r = parseResponse(out, false);
    QVERIFY(r.complete);
    QCOMPARE(r.status, status);
    const QByteArray title = line.mid(9).trimmed();
    QVERIFY2(r.body.contains(QByteArray("<title>" + title + "</title>")), r.body.constData());
}

void tst_HttpWriter::bodilessStatusesHaveNoLength_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("100") << 100;
    QTest::newRow("204") << 204;
    QTest::newRow("304") << 304;
}

void tst_HttpWriter::bodilessStatusesHaveNoLength()
{
    // RFC 9110 §8.6: no Content-Length on 1xx and 204; a body given anyway is not sent.
    QFETCH(int, status);
    const QByteArray out = HttpWriter::localResponse(status, "text/plain", {}, "ignored", false, false);
    QVERIFY2(out.endsWith("\r\n\r\n"), out.constData());
    QVERIFY(!out.contains("Content-Length"));
    QVERIFY(!out.contains("Content-Type"));
    QVERIFY(!out.contains("ignored"));
    QCOMPARE(HttpWriter::localResponse(status, "text/plain", {}, "ignored", false, true), out);
}

void tst_HttpWriter::headAnswersKeepTheLength()
{
    const QByteArray get = HttpWriter::localResponse(200, "text/plain", {}, "hello", false, false);
    const QByteArray head = HttpWriter::localResponse(200, "text/plain", {}, "hello", false, true);
    QCOMPARE(head + "hello", get);
    QVERIFY(head.contains("\r\nContent-Length: 5\r\n"));
}

void tst_HttpWriter::responsesFramePipelinedStreams()
{
    // Several answers back to back on one connection, as a pipelining client
    // reads them: each ends exactly where the next begins.
    const QList<QPair<QByteArray, bool>> answers = {
        {HttpWriter::errorResponse(502, false, true), true},
        {HttpWriter::localResponse(200, "text/plain", {}, "first", false, false), false},
        {HttpWriter::localResponse(204, {}, {}, {}, false, false), false},
        {HttpWriter::localResponse(200, "text/plain", {}, "head", false, true), true},
        {HttpWriter::errorResponse(404, false, false), false},
        {HttpWriter::localResponse(302, "text/html", "http://h/x", HttpWriter::statusPage(302), true, false), false},
    };
    QByteArray stream;
    for (const auto &answer : answers)
        stream += answer.first;
    QByteArrayView rest = stream;
    for (const auto &answer : answers) {
        const Parsed p = parseResponse(rest.toByteArray(), answer.second);
        QVERIFY(p.complete);
        QCOMPARE(p.consumed, answer.first.size());
        rest = rest.sliced(p.consumed);
    }
    QVERIFY(rest.isEmpty());
}

void tst_HttpWriter::appendBytesAndFields()
{
    QByteArray out;
    HttpWriter::append(out, "");
    QVERIFY(out.isEmpty());
    HttpWriter::append(out, "GET");
    HttpWriter::append(out, QByteArrayView(" /a HTTP/1.1\r\nrest").first(14));
    HttpWriter::appendField(out, "Host", "a.test");
    HttpWriter::appendField(out, "X-Empty", "");
    QCOMPARE(out, "GET /a HTTP/1.1\r\nHost: a.test\r\nX-Empty: \r\n"_ba);
    // Past any capacity reserved: the array grows and keeps what it held.
    QByteArray big = "x";
    const QByteArray chunk(1000, 'y');
    for (int i = 0; i < 100; ++i)
        HttpWriter::append(big, chunk);
    QCOMPARE(big.size(), 100001);
    QCOMPARE(big.count('y'), 100000);
    QVERIFY(big.startsWith('x'));
    // A shared array is detached, not written through.
    QByteArray original = "abc";
    QByteArray copy = original;
    HttpWriter::append(copy, "d");
    HttpWriter::appendField(copy, "N", "v");
    QCOMPARE(original, "abc"_ba);
    QCOMPARE(copy, "abcdN: v\r\n"_ba);
}

QTEST_GUILESS_MAIN(tst_HttpWriter)
#include "tst_httpwriter.moc"
