#include "balancing/consistenthashstrategy.h"
#include "balancing/crc32.h"
#include "balancing/upstreambalancer.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

UpstreamGroup group(BalancingMethod method, const QList<int> &weights, const QStringList &addresses = {})
{
    UpstreamGroup g;
    g.name = u"g"_s;
    g.method = method;
    for (int i = 0; i < weights.size(); ++i) {
        UpstreamServer s;
        s.name = u"b%1"_s.arg(i + 1);
        s.address = addresses.isEmpty() ? u"127.0.0.1:%1"_s.arg(18081 + i) : addresses[i];
        s.weight = weights[i];
        g.servers.append(s);
    }
    return g;
}

// One request with `key`; returns the chosen server's name (or "none").
QString pickOnce(UpstreamBalancer &balancer, const UpstreamGroup &g, QByteArrayView key)
{
    PeerSelection sel;
    balancer.begin(sel, 0, key);
    const UpstreamBalancer::Pick pick = balancer.pick(sel);
    if (!pick.isValid())
        return u"none"_s;
    balancer.release(sel, PeerOutcome::Success);
    return g.servers[pick.serverIndex].name;
}

QByteArray addressBytes(const QString &text)
{
    const QHostAddress a(text);
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = a.toIPv4Address();
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(b, 4);
    }
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}

} // namespace

class tst_BalancingMethods final : public QObject
{
    Q_OBJECT

private slots:
    void crc32();
    void consistentHashContinuum_data();
    void consistentHashContinuum();
    void consistentHashVectors_data();
    void consistentHashVectors();
    void hashVectors_data();
    void hashVectors();
    void ipHashVectors_data();
    void ipHashVectors();
    void leastConnSequentialIsRoundRobin();
    void leastConnPrefersIdlePeers();
    void leastConnBackup();
    void randomDistributionMatchesWeights();
    void randomTwoPrefersLessLoaded();
    void twentyMissesFallBackToRoundRobin();
    void emptyHashKeyUsesRoundRobin();
    void retryMovesAlongTheRing();
    void leastTimePrefersTheFasterServer();
};

void tst_BalancingMethods::crc32()
{
    QCOMPARE(Crc32::of("foo"), 0x8c736521u);
    QCOMPARE(Crc32::of(""), 0u);
    QCOMPARE(Crc32::of("123456789"), 0xcbf43926u); // the standard check value
}

void tst_BalancingMethods::consistentHashContinuum_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<QList<quint32>>("first");
    // nginx-upstream-spec §8.1 test values.
    QTest::newRow("with-port") << "127.0.0.1:18081"_ba << QList<quint32>{0x066c01f9, 0xdcebb37d, 0x6ace8d29};
    QTest::newRow("no-port") << "127.0.0.1"_ba << QList<quint32>{0xc3b5e186, 0x38787b01, 0xec494a32};
    QTest::newRow("port-80") << "127.0.0.1:80"_ba << QList<quint32>{0xb205012f, 0x138ef295, 0xaf65431c};
    QTest::newRow("unix") << "unix:/tmp/s"_ba << QList<quint32>{0x347e2e66, 0x88e84d9e, 0x6467d494};
}

void tst_BalancingMethods::consistentHashContinuum()
{
    QFETCH(QByteArray, server);
    QFETCH(QList<quint32>, first);
    const std::vector<quint32> points = ConsistentHashStrategy::pointsFor(server, 1);
    QCOMPARE(points.size(), size_t(160));
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(points[size_t(i)], first[i]);
}

void tst_BalancingMethods::consistentHashVectors_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    const QList<QPair<const char *, const char *>> equal = {
        {"a", "b2"}, {"b", "b3"}, {"c", "b2"}, {"foo", "b1"}, {"bar", "b3"}, {"user1", "b1"}, {"user2", "b3"},
        {"user42", "b3"}, {"12345", "b2"}, {"k0", "b3"}, {"k1", "b1"}, {"k2", "b1"}, {"k3", "b3"}, {"k4", "b1"},
        {"k5", "b1"}, {"k6", "b3"}, {"k7", "b3"}, {"%2findex.html", "b2"}, {"hello+world", "b3"}};
    for (const auto &[key, server] : equal)
        QTest::addRow("equal-%s", key) << u"equal"_s << QByteArray(key) << QString::fromLatin1(server);
    const QList<QPair<const char *, const char *>> weighted = {
        {"a", "b2"}, {"b", "b1"}, {"foo", "b1"}, {"user2", "b2"}, {"k0", "b2"}, {"hello+world", "b2"}};
    for (const auto &[key, server] : weighted)
        QTest::addRow("weighted-down-%s", key) << u"weighted"_s << QByteArray(key) << QString::fromLatin1(server);
}

void tst_BalancingMethods::consistentHashVectors()
{
    QFETCH(QString, layout);
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    UpstreamGroup g = group(BalancingMethod::Hash, layout == u"equal" ? QList<int>{1, 1, 1} : QList<int>{2, 1, 1});
    g.hashConsistent = true;
    if (layout != u"equal")
        g.servers[2].down = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QCOMPARE(pickOnce(balancer, g, key), expected);
}

void tst_BalancingMethods::hashVectors_data()
{
    QTest::addColumn<bool>("thirdDown");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    const QList<QPair<const char *, const char *>> vectors = {
        {"a", "b3"}, {"b", "b2"}, {"c", "b2"}, {"foo", "b3"}, {"bar", "b3"}, {"user1", "b2"}, {"user2", "b1"},
        {"user42", "b3"}, {"12345", "b2"}, {"k0", "b2"}, {"k1", "b2"}, {"k2", "b3"}, {"k3", "b1"}, {"k4", "b1"},
        {"k5", "b3"}, {"k6", "b2"}, {"k7", "b2"}, {"%2findex.html", "b3"}, {"hello+world", "b2"}};
    for (const auto &[key, server] : vectors)
        QTest::addRow("%s", key) << false << QByteArray(key) << QString::fromLatin1(server);
    // With b3 down, candidates that land on it re-hash ("1KEY", "2KEY", ...).
    QTest::newRow("down-foo") << true << "foo"_ba << u"b1"_s;
    QTest::newRow("down-key0") << true << "key0"_ba << u"b2"_s;
    QTest::newRow("down-key11") << true << "key11"_ba << u"b1"_s;
}

void tst_BalancingMethods::hashVectors()
{
    QFETCH(bool, thirdDown);
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    UpstreamGroup g = group(BalancingMethod::Hash, {1, 2, 1});
    g.servers[2].down = thirdDown;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QCOMPARE(pickOnce(balancer, g, key), expected);
}

void tst_BalancingMethods::ipHashVectors_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("equal");    // layout A: three equal servers
    QTest::addColumn<QString>("weighted"); // layout B: b1 w=2, b2 w=1, b3 down
    QTest::newRow("192.168.1.10") << u"192.168.1.10"_s << u"b2"_s << u"b2"_s;
    QTest::newRow("192.168.1.200") << u"192.168.1.200"_s << u"b2"_s << u"b2"_s;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << u"b1"_s << u"b1"_s;
    QTest::newRow("10.0.1.1") << u"10.0.1.1"_s << u"b2"_s << u"b2"_s;
    QTest::newRow("8.8.8.8") << u"8.8.8.8"_s << u"b3"_s << u"b2"_s;
    QTest::newRow("1.2.3.4") << u"1.2.3.4"_s << u"b2"_s << u"b1"_s;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << u"b3"_s << u"b1"_s;
    QTest::newRow("2001:db8::1") << u"2001:db8::1"_s << u"b3"_s << u"b1"_s;
    QTest::newRow("2001:db8::2") << u"2001:db8::2"_s << u"b1"_s << u"b1"_s;
    QTest::newRow("::1") << u"::1"_s << u"b3"_s << u"b1"_s;
}

void tst_BalancingMethods::ipHashVectors()
{
    QFETCH(QString, client);
    QFETCH(QString, equal);
    QFETCH(QString, weighted);
    ManualClock clock;
    const UpstreamGroup a = group(BalancingMethod::IpHash, {1, 1, 1});
    UpstreamBalancer ba(a, &clock);
    QCOMPARE(pickOnce(ba, a, addressBytes(client)), equal);
    UpstreamGroup b = group(BalancingMethod::IpHash, {2, 1, 1});
    b.servers[2].down = true;
    UpstreamBalancer bb(b, &clock);
    QCOMPARE(pickOnce(bb, b, addressBytes(client)), weighted);
}

void tst_BalancingMethods::leastConnSequentialIsRoundRobin()
{
    const UpstreamGroup g = group(BalancingMethod::LeastConn, {5, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QStringList picks;
    for (int i = 0; i < 7; ++i)
        picks.append(pickOnce(balancer, g, {}));
    QCOMPARE(picks.join(u' '), u"b1 b1 b2 b1 b3 b1 b1"_s); // a a b a c a a (spec §17 item 5)
}

void tst_BalancingMethods::leastConnPrefersIdlePeers()
{
    // Spec §5 [V]: a slow request holds a; quick ones go b c b; after it ends: c b c a.
    const UpstreamGroup g = group(BalancingMethod::LeastConn, {1, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection slow;
    balancer.begin(slow, 0);
    QCOMPARE(g.servers[balancer.pick(slow).serverIndex].name, u"b1"_s);
    QStringList quick;
    for (int i = 0; i < 3; ++i)
        quick.append(pickOnce(balancer, g, {}));
    QCOMPARE(quick.join(u' '), u"b2 b3 b2"_s);
    balancer.release(slow, PeerOutcome::Success);
    QStringList after;
    for (int i = 0; i < 4; ++i)
        after.append(pickOnce(balancer, g, {}));
    QCOMPARE(after.join(u' '), u"b3 b2 b3 b1"_s);
}

void tst_BalancingMethods::leastConnBackup()
{
    UpstreamGroup g = group(BalancingMethod::LeastConn, {1, 1});
    g.servers[0].down = true;
    g.servers[1].backup = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QCOMPARE(pickOnce(balancer, g, {}), u"b2"_s);
}

void tst_BalancingMethods::randomDistributionMatchesWeights()
{
    const UpstreamGroup g = group(BalancingMethod::Random, {1, 2, 3});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QHash<QString, int> counts;
    const int n = 6000;
    for (int i = 0; i < n; ++i)
        ++counts[pickOnce(balancer, g, {})];
    // Chi-square with 2 degrees of freedom; 18.4 is the 0.01% critical value.
    double chi2 = 0;
    const double expected[] = {n / 6.0, 2 * n / 6.0, 3 * n / 6.0};
    for (int i = 0; i < 3; ++i) {
        const double d = counts.value(u"b%1"_s.arg(i + 1)) - expected[i];
        chi2 += d * d / expected[i];
    }
    QVERIFY2(chi2 < 18.4, qPrintable(u"chi2 = %1"_s.arg(chi2)));
}

void tst_BalancingMethods::randomTwoPrefersLessLoaded()
{
    UpstreamGroup g = group(BalancingMethod::Random, {1, 1, 1});
    g.randomTwo = true;
    ManualClock clock;
    // Peeks: b1 then b2 (x = 0, 1 over total weight 3), forever.
    ScriptedRandomSource random({0, 1});
    UpstreamBalancer balancer(g, &clock, &random);
    // Equal load: ties go to the second pick.
    PeerSelection held;
    balancer.begin(held, 0);
    QCOMPARE(g.servers[balancer.pick(held).serverIndex].name, u"b2"_s);
    // b2 now has a request in flight: b1 is less loaded.
    QCOMPARE(pickOnce(balancer, g, {}), u"b1"_s);
    balancer.release(held, PeerOutcome::Success);
}

void tst_BalancingMethods::twentyMissesFallBackToRoundRobin()
{
    // random always peeks b1, which is down: after 20 misses round robin picks b2.
    UpstreamGroup g = group(BalancingMethod::Random, {1, 1});
    g.servers[0].down = true;
    ManualClock clock;
    ScriptedRandomSource random({0});
    UpstreamBalancer balancer(g, &clock, &random);
    QCOMPARE(pickOnce(balancer, g, {}), u"b2"_s);

    // random two with only one usable peer: the second stage never succeeds.
    UpstreamGroup two = group(BalancingMethod::Random, {1, 1, 1});
    two.randomTwo = true;
    two.servers[1].down = true;
    two.servers[2].down = true;
    ScriptedRandomSource mixed({0, 1, 2});
    UpstreamBalancer b2(two, &clock, &mixed);
    QCOMPARE(pickOnce(b2, two, {}), u"b1"_s);
}

void tst_BalancingMethods::emptyHashKeyUsesRoundRobin()
{
    const UpstreamGroup g = group(BalancingMethod::Hash, {1, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    QStringList picks;
    for (int i = 0; i < 3; ++i)
        picks.append(pickOnce(balancer, g, {}));
    QCOMPARE(picks.join(u' '), u"b1 b2 b3"_s);
}

void tst_BalancingMethods::retryMovesAlongTheRing()
{
    // After a failure the same request continues from its ring point; the failed
    // peer is tried, so the next server on the ring answers.
    UpstreamGroup g = group(BalancingMethod::Hash, {1, 1, 1});
    g.hashConsistent = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection sel;
    balancer.begin(sel, 0, "foo");
    const UpstreamBalancer::Pick first = balancer.pick(sel);
    QCOMPARE(g.servers[first.serverIndex].name, u"b1"_s);
    balancer.release(sel, PeerOutcome::Failed);
    const UpstreamBalancer::Pick second = balancer.pick(sel);
    QVERIFY(second.isValid());
    QVERIFY(second.serverIndex != first.serverIndex);
    balancer.release(sel, PeerOutcome::Success);
    // b1 is now failed (max_fails=1): "foo" goes to the next server for fail_timeout.
    QCOMPARE(pickOnce(balancer, g, "foo"), g.servers[second.serverIndex].name);
}

void tst_BalancingMethods::leastTimePrefersTheFasterServer()
{
    const UpstreamGroup g = group(BalancingMethod::LeastTime, {1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    // No samples yet: a smooth round robin among equals.
    auto once = [&](qint64 b1Us, qint64 b2Us) {
        PeerSelection sel;
        balancer.begin(sel, 0);
        const UpstreamBalancer::Pick pick = balancer.pick(sel);
        const QString name = g.servers[pick.serverIndex].name;
        balancer.release(sel, PeerOutcome::Success, name == u"b1" ? b1Us : b2Us);
        return name;
    };
    QCOMPARE(once(1000, 10000), u"b1"_s);
    QCOMPARE(once(1000, 10000), u"b2"_s);
    // b1 answers in 1 ms, b2 in 10 ms: b1 takes the traffic.
    int b1 = 0;
    for (int i = 0; i < 20; ++i)
        b1 += once(1000, 10000) == u"b1";
    QCOMPARE(b1, 20);
    // A request in flight on b1 doubles its score; still cheaper than b2.
    PeerSelection held;
    balancer.begin(held, 0);
    QCOMPARE(g.servers[balancer.pick(held).serverIndex].name, u"b1"_s);
    QCOMPARE(once(1000, 10000), u"b1"_s);
    balancer.release(held, PeerOutcome::Success, 1000);
}

QTEST_GUILESS_MAIN(tst_BalancingMethods)
#include "tst_balancingmethods.moc"
