#include "engine/upstreamvariables.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_UpstreamVariables : public QObject
{
    Q_OBJECT

private slots:
    void onlyOneServerTried();
    void everyServerTried();
};

static UpstreamAttempt attempt(const QString &address, int status)
{
    UpstreamAttempt a;
    a.address = address;
    a.status = status;
    return a;
}

void tst_UpstreamVariables::onlyOneServerTried()
{
    const QByteArray address = "127.0.0.1:9001";
    const QByteArray addresses = UpstreamVariables::addresses({}, address);
    QCOMPARE(addresses, "127.0.0.1:9001"_ba);
    QCOMPARE(addresses.constData(), address.constData()); // shared, not copied
    QCOMPARE(UpstreamVariables::statuses({}, 200), "200"_ba);
}

void tst_UpstreamVariables::everyServerTried()
{
    // A refused connection has no status: nginx writes 502 for it.
    const UpstreamAttempts before = {attempt(u"127.0.0.1:9001"_s, 0), attempt(u"[::1]:9002"_s, 503)};
    QCOMPARE(UpstreamVariables::addresses(before, "127.0.0.1:9003"), "127.0.0.1:9001, [::1]:9002, 127.0.0.1:9003"_ba);
    QCOMPARE(UpstreamVariables::statuses(before, 404), "502, 503, 404"_ba);
}

QTEST_GUILESS_MAIN(tst_UpstreamVariables)
#include "tst_upstreamvariables.moc"
