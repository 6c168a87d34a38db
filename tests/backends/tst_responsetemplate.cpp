#include "http/httpparser.h"
#include "responsetemplate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// A mock backend's body and header templates ("hello from {{name}}").
class tst_ResponseTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void appendsToWhatIsThere();
    void timeIsIsoUtcNow();
    void withoutARequest();
    void jsonEscapesValuesNotText();
    void fieldValuesCannotEndTheField();
    void emptyTemplate();
};

namespace {

HttpHead requestHead(const QByteArray &raw)
{
    HttpParser parser(HttpParser::Kind::Request);
    const HttpParser::Step step = parser.parse(raw);
    if (step.event != HttpParser::Event::HeadComplete)
        qWarning("cannot parse %s: %s", raw.constData(), parser.errorText());
    return parser.head();
}

QByteArray rendered(const ResponseTemplate &t, const HttpHead *head)
{
    TemplateContext context;
    context.name = "alpha";
    context.port = 19101;
    context.head = head;
    context.counter = 42;
    context.requestId = "alpha-42";
    QByteArray out;
    t.render(context, &out);
    return out;
}

} // namespace

void tst_ResponseTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("literal") << u"plain text\n"_s << "plain text\n"_ba;
    QTest::newRow("utf8-literal") << u"grüße → {{name}}"_s << "gr\xc3\xbc\xc3\x9f" "e \xe2\x86\x92 alpha"_ba;
    QTest::newRow("name-port") << u"{{name}}:{{port}}"_s << "alpha:19101"_ba;
    QTest::newRow("spaces-inside") << u"{{ name }} {{  counter\t}}"_s << "alpha 42"_ba;
    QTest::newRow("adjacent") << u"{{name}}{{counter}}{{request_id}}"_s << "alpha42alpha-42"_ba;
    QTest::newRow("method") << u"{{method}}"_s << "PATCH"_ba;
    QTest::newRow("uri-is-the-raw-target") << u"{{uri}}"_s << "/a%20b/c?x=1&y=a+b%2B&e=&flag&x=2"_ba;
    QTest::newRow("header") << u"{{header.X-Test}}"_s << "one, two"_ba;
    QTest::newRow("header-any-case") << u"{{header.x-test}}|{{header.HOST}}"_s << "one, two|lab.test"_ba;
    QTest::newRow("header-absent") << u"[{{header.X-None}}]"_s << "[]"_ba;
    QTest::newRow("query-first-wins") << u"{{query.x}}"_s << "1"_ba;
    // Values are form-decoded: '+' is a space, %2B a plus.
    QTest::newRow("query-decoded") << u"[{{query.y}}]"_s << "[a b+]"_ba;
    QTest::newRow("query-empty") << u"[{{query.e}}]"_s << "[]"_ba;
    QTest::newRow("query-without-value") << u"[{{query.flag}}]"_s << "[]"_ba;
    QTest::newRow("query-absent") << u"[{{query.z}}]"_s << "[]"_ba;
    QTest::newRow("query-name-is-exact") << u"[{{query.X}}]"_s << "[]"_ba;
    // Unknown or incomplete variables stay as written, so a typo shows.
    QTest::newRow("unknown") << u"{{nmae}} {{name}}"_s << "{{nmae}} alpha"_ba;
    QTest::newRow("empty-header-name") << u"{{header.}}"_s << "{{header.}}"_ba;
    QTest::newRow("empty-query-name") << u"{{query.}}"_s << "{{query.}}"_ba;
    QTest::newRow("empty-braces") << u"{{}}"_s << "{{}}"_ba;
    QTest::newRow("unclosed") << u"{{name} and {{port"_s << "{{name} and {{port"_ba;
    QTest::newRow("single-braces") << u"{\"n\": \"{{name}}\"}"_s << "{\"n\": \"alpha\"}"_ba;
    QTest::newRow("closing-only") << u"}} {{port}} }}"_s << "}} 19101 }}"_ba;
}

void tst_ResponseTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const HttpHead head = requestHead("PATCH /a%20b/c?x=1&y=a+b%2B&e=&flag&x=2 HTTP/1.1\r\nHost: lab.test\r\n"
                                      "X-Test: one, two\r\n\r\n");
    QCOMPARE(rendered(ResponseTemplate(text), &head), expected);
}

void tst_ResponseTemplate::appendsToWhatIsThere()
{
    const ResponseTemplate t(u"{{name}}"_s);
    TemplateContext context;
    context.name = "b";
    QByteArray out = "X-Served-By: ";
    t.render(context, &out);
    t.render(context, &out);
    QCOMPARE(out, "X-Served-By: bb"_ba);
}

void tst_ResponseTemplate::timeIsIsoUtcNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray time = rendered(ResponseTemplate(u"{{time}}"_s), nullptr);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY2(iso.match(QString::fromLatin1(time)).hasMatch(), time.constData());
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs);
    QVERIFY(parsed >= before.addMSecs(-1));
    QVERIFY(parsed <= after);
}

void tst_ResponseTemplate::withoutARequest()
{
    // The request parts render as nothing when there is no request (a health probe's view).
    const ResponseTemplate t(u"[{{method}}|{{uri}}|{{header.Host}}|{{query.x}}] {{name}}"_s);
    QCOMPARE(rendered(t, nullptr), "[|||] alpha"_ba);
}

void tst_ResponseTemplate::jsonEscapesValuesNotText()
{
    // The default body is JSON: request values must not break out of its strings.
    const HttpHead head = requestHead("GET /q?v=%22%5C%0A%01%7F%C3%A9 HTTP/1.1\r\nHost: h\r\nX-Quote: say \"hi\"\\\r\n\r\n");
    const ResponseTemplate json(u"{\"uri\":\"{{uri}}\",\"v\":\"{{query.v}}\",\"h\":\"{{header.X-Quote}}\"}\n"_s,
                                ResponseTemplate::Escaping::Json);
    const QByteArray out = rendered(json, &head);
    QCOMPARE(out, "{\"uri\":\"/q?v=%22%5C%0A%01%7F%C3%A9\",\"v\":\"\\\"\\\\\\u000a\\u0001\x7f\xc3\xa9\","
                  "\"h\":\"say \\\"hi\\\"\\\\\"}\n"_ba);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc[u"v"_s].toString(), u"\"\\\n\x01\x7f\u00e9"_s);
    QCOMPARE(doc[u"h"_s].toString(), u"say \"hi\"\\"_s);
    // Without escaping the same value is passed through as it is.
    QCOMPARE(rendered(ResponseTemplate(u"{{query.v}}"_s), &head), "\"\\\n\x01\x7f\xc3\xa9"_ba);
}

void tst_ResponseTemplate::fieldValuesCannotEndTheField()
{
    // A mock's header template: whatever the query decodes to stays one field value.
    const HttpHead head = requestHead("GET /?v=a%0D%0ASet-Cookie:%20x%00%7F%09b HTTP/1.1\r\nHost: h\r\n\r\n");
    const ResponseTemplate header(u"[{{query.v}}] {{name}}\t{{uri}}"_s, ResponseTemplate::Escaping::FieldValue);
    QCOMPARE(rendered(header, &head), "[a  Set-Cookie: x  \tb] alpha\t/?v=a%0D%0ASet-Cookie:%20x%00%7F%09b"_ba);
}

void tst_ResponseTemplate::emptyTemplate()
{
    QVERIFY(rendered(ResponseTemplate(), nullptr).isEmpty());
    QVERIFY(rendered(ResponseTemplate(QString()), nullptr).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResponseTemplate)
#include "tst_responsetemplate.moc"
