#include "http/realip.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RealIp final : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
};

void tst_RealIp::resolve_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("xff");
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QString>("expected");
    QTest::newRow("x-real-ip-trusted") << u"127.0.0.1"_s << "192.168.1.10"_ba << false << false << u"192.168.1.10"_s;
    QTest::newRow("x-real-ip-untrusted-peer") << u"10.9.9.9"_s << "192.168.1.10"_ba << false << false << u"10.9.9.9"_s;
    QTest::newRow("x-real-ip-invalid") << u"127.0.0.1"_s << "not-an-ip"_ba << false << false << u"127.0.0.1"_s;
    QTest::newRow("x-real-ip-absent") << u"127.0.0.1"_s << ""_ba << false << false << u"127.0.0.1"_s;
    QTest::newRow("x-real-ip-v6") << u"127.0.0.1"_s << "2001:db8::7"_ba << false << false << u"2001:db8::7"_s;
    QTest::newRow("xff-last") << u"127.0.0.1"_s << "1.1.1.1, 10.0.0.5"_ba << true << false << u"10.0.0.5"_s;
    QTest::newRow("xff-recursive-skips-trusted") << u"127.0.0.1"_s << "1.1.1.1, 2.2.2.2, 127.0.0.9"_ba << true << true << u"2.2.2.2"_s;
    QTest::newRow("xff-recursive-all-trusted") << u"127.0.0.1"_s << "127.0.0.3, 127.0.0.9"_ba << true << true << u"127.0.0.3"_s;
    QTest::newRow("xff-invalid-element") << u"127.0.0.1"_s << "1.1.1.1, bogus"_ba << true << false << u"127.0.0.1"_s;
}

void tst_RealIp::resolve()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, header);
    QFETCH(bool, xff);
    QFETCH(bool, recursive);
    QFETCH(QString, expected);
    const QList<RealIp::Subnet> trusted{QHostAddress::parseSubnet(u"127.0.0.0/8"_s)};
    QCOMPARE(RealIp::resolve(QHostAddress(peer), header, xff, trusted, recursive), QHostAddress(expected));
}

QTEST_GUILESS_MAIN(tst_RealIp)
#include "tst_realip.moc"
