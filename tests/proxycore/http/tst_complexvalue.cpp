#include "http/complexvalue.h"
#include "http/httpparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ComplexValue final : public QObject
{
    Q_OBJECT

private slots:
    void variables_data();
    void variables();
    void unknownVariableIsAnError();
};

void tst_ComplexValue::variables_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("request_uri") << u"$request_uri"_s << "/a/../b//c%2Fd?k=a%2Fb&K=2"_ba;
    QTest::newRow("uri-normalised") << u"$uri"_s << "/b/c/d"_ba;
    QTest::newRow("args") << u"$args"_s << "k=a%2Fb&K=2"_ba;
    QTest::newRow("arg-raw-first-match") << u"$arg_k"_s << "a%2Fb"_ba; // no URL decoding (spec §7)
    QTest::newRow("arg-missing") << u"$arg_zzz"_s << ""_ba;
    QTest::newRow("http-header") << u"$http_x_tenant"_s << "acme"_ba;
    QTest::newRow("cookie") << u"$cookie_sid"_s << "s3cr3t"_ba;
    QTest::newRow("remote-addr") << u"$remote_addr"_s << "10.1.2.3"_ba;
    QTest::newRow("host-without-port") << u"$host"_s << "shop.example"_ba;
    QTest::newRow("concatenated") << u"${http_x_tenant}:$arg_k-x"_s << "acme:a%2Fb-x"_ba;
    QTest::newRow("literal") << u"fixed"_s << "fixed"_ba;
}

void tst_ComplexValue::variables()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    HttpParser parser(HttpParser::Kind::Request);
    const QByteArray raw = "GET /a/../b//c%2Fd?k=a%2Fb&K=2 HTTP/1.1\r\nHost: Shop.Example:8080\r\n"
                           "X-Tenant: acme\r\nCookie: a=1; sid=s3cr3t\r\n\r\n";
    QCOMPARE(parser.parse(raw).event, HttpParser::Event::HeadComplete);
    ComplexValue value;
    QString error;
    QVERIFY2(value.parse(key, &error), qPrintable(error));
    QCOMPARE(value.evaluate({&parser.head(), parser.head().target(), "10.1.2.3"}), expected);
}

void tst_ComplexValue::unknownVariableIsAnError()
{
    ComplexValue key;
    QString error;
    QVERIFY(!key.parse(u"$server_name"_s, &error));
    QVERIFY(error.contains(u"$server_name"_s));
    QVERIFY(!key.parse(u"${uri"_s, &error));
}

QTEST_GUILESS_MAIN(tst_ComplexValue)
#include "tst_complexvalue.moc"
