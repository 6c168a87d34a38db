#include "balancing/upstreambalancer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

UpstreamServer server(const QString &name, int weight = 1)
{
    UpstreamServer s;
    s.name = name;
    s.address = u"127.0.0.1:1"_s;
    s.weight = weight;
    return s;
}

// Sends `count` sequential requests. A server listed in `refusing` fails every
// attempt (like a refused connect, "error" in proxy_next_upstream); others
// succeed. Returns nginx's $upstream_addr per request, joined by " | ", with
// the group name for "no live upstreams".
QString simulate(UpstreamBalancer &balancer, const UpstreamGroup &group, int count,
                 const QStringList &refusing = {}, int triesCap = 0)
{
    QStringList requests;
    for (int r = 0; r < count; ++r) {
        PeerSelection sel;
        balancer.begin(sel, triesCap);
        QStringList addrs;
        for (;;) {
            const UpstreamBalancer::Pick pick = balancer.pick(sel);
            if (!pick.isValid()) {
                addrs.append(group.name);
                break;
            }
            const QString name = group.servers[pick.serverIndex].name;
            addrs.append(name);
            if (refusing.contains(name)) {
                balancer.release(sel, PeerOutcome::Failed);
                if (sel.triesLeft == 0)
                    break;
                continue;
            }
            balancer.release(sel, PeerOutcome::Success);
            break;
        }
        requests.append(addrs.join(u", "_s));
    }
    return requests.join(u" | "_s);
}

} // namespace

class tst_UpstreamBalancer final : public QObject
{
    Q_OBJECT

private slots:
    void smoothWeightedSequences_data();
    void smoothWeightedSequences();
    void downPeerIsSkipped();
    void refusedPeerFailover();
    void backupServers();
    void allPrimariesDeadNoBackup();
    void singleServerNeverMarkedFailed();
    void failTimeoutRecovery();
    void effectiveWeightDropAndRecovery();
    void maxConnsFullPeersAreSkipped();
    void triesCap();
    void slowStartRampsWeightAfterRecovery();
    void drainTakesNoNewRequests();
};

void tst_UpstreamBalancer::smoothWeightedSequences_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QString>("expected");
    // nginx-upstream-spec §17 items 1–3, verified against nginx 1.22.1.
    QTest::newRow("5-1-1") << QList<int>{5, 1, 1} << u"a a b a c a a a a b a c a a"_s;
    QTest::newRow("3-2-1") << QList<int>{3, 2, 1} << u"a b a c b a a b a c b a"_s;
    QTest::newRow("1-1-1") << QList<int>{1, 1, 1} << u"a b c a b c"_s;
    QTest::newRow("2-1") << QList<int>{2, 1} << u"a b a a b a"_s;
    QTest::newRow("4-2-1") << QList<int>{4, 2, 1} << u"a b a c a b a"_s;
    QTest::newRow("1-2-3") << QList<int>{1, 2, 3} << u"c b a c b c"_s;
    QTest::newRow("1-2-1") << QList<int>{1, 2, 1} << u"b a c b"_s;
}

void tst_UpstreamBalancer::smoothWeightedSequences()
{
    QFETCH(QList<int>, weights);
    QFETCH(QString, expected);
    UpstreamGroup group;
    group.name = u"g"_s;
    const QString names = u"abcdef"_s;
    for (int i = 0; i < weights.size(); ++i)
        group.servers.append(server(names.mid(i, 1), weights[i]));
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    const int n = int(expected.split(u' ').size());
    QCOMPARE(simulate(balancer, group, n).replace(u" | "_s, u" "_s), expected);
}

void tst_UpstreamBalancer::downPeerIsSkipped()
{
    // §17 item 4: {a down, b=1, c=2} → c b c c b c
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s), server(u"b"_s), server(u"c"_s, 2)};
    group.servers[0].down = true;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 6), u"c | b | c | c | b | c"_s);
}

void tst_UpstreamBalancer::refusedPeerFailover()
{
    // §17 item 7: a, x (refused), c → a | x, c | c | a | c | a | c | a
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s), server(u"x"_s), server(u"c"_s)};
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 8, {u"x"_s}), u"a | x, c | c | a | c | a | c | a"_s);
}

void tst_UpstreamBalancer::backupServers()
{
    // §17 item 8: P1, P2 refused; backups B5 (w=1), B6 (w=2)
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"P1"_s), server(u"P2"_s), server(u"B5"_s), server(u"B6"_s, 2)};
    group.servers[2].backup = true;
    group.servers[3].backup = true;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 5, {u"P1"_s, u"P2"_s}), u"P1, P2, B6 | B5 | B6 | B6 | B5"_s);
}

void tst_UpstreamBalancer::allPrimariesDeadNoBackup()
{
    // §17 item 9: first request tries both, then "no live upstreams"
    UpstreamGroup group;
    group.name = u"alldead"_s;
    group.servers = {server(u"P1"_s), server(u"P2"_s)};
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 3, {u"P1"_s, u"P2"_s}), u"P1, P2 | alldead | alldead"_s);
}

void tst_UpstreamBalancer::singleServerNeverMarkedFailed()
{
    // §17 item 10
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"only"_s)};
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QVERIFY(balancer.isSingle());
    QCOMPARE(simulate(balancer, group, 3, {u"only"_s}), u"only | only | only"_s);
    QCOMPARE(balancer.peer(0, 0).fails, 0);
    QCOMPARE(balancer.peer(0, 0).conns, 0);
}

void tst_UpstreamBalancer::failTimeoutRecovery()
{
    // x fails once (max_fails=1, fail_timeout=10): out up to and including
    // second T+10, eligible again from T+11 (§3.5).
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s), server(u"x"_s)};
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 2, {u"x"_s}), u"a | x, a"_s);
    clock.advance(10);
    QCOMPARE(simulate(balancer, group, 3), u"a | a | a"_s);
    clock.advance(1);
    // Eligible with effective weight 0; it climbs +1 per round.
    const QString after = simulate(balancer, group, 4);
    QVERIFY2(after.contains(u"x"_s), qPrintable(after));
    // The probe succeeded, so fails was reset.
    QCOMPARE(balancer.peer(0, 1).fails, 0);
}

void tst_UpstreamBalancer::effectiveWeightDropAndRecovery()
{
    // §3.6: a w=2, x w=2 max_fails=2 (refuses), c w=1; eight requests within one second.
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s, 2), server(u"x"_s, 2), server(u"c"_s)};
    group.servers[1].maxFails = 2;
    group.servers[1].failTimeoutSec = 2;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 8, {u"x"_s}), u"a | x, c | a | x, a | c | a | a | c"_s);
    clock.advance(4);
    QCOMPARE(simulate(balancer, group, 8, {u"x"_s}), u"a | c | a | x, a | a | c | a | a"_s);
}

void tst_UpstreamBalancer::maxConnsFullPeersAreSkipped()
{
    // §17 item 16: max_conns=1 on both of 2 peers, 3 requests in flight.
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s), server(u"b"_s)};
    group.servers[0].maxConns = 1;
    group.servers[1].maxConns = 1;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    PeerSelection s1, s2, s3;
    balancer.begin(s1, 0);
    balancer.begin(s2, 0);
    balancer.begin(s3, 0);
    QVERIFY(balancer.pick(s1).isValid());
    QVERIFY(balancer.pick(s2).isValid());
    QVERIFY(!balancer.pick(s3).isValid());
    balancer.release(s1, PeerOutcome::Success);
    PeerSelection s4;
    balancer.begin(s4, 0);
    QVERIFY(balancer.pick(s4).isValid());
}

void tst_UpstreamBalancer::triesCap()
{
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"p1"_s), server(u"p2"_s), server(u"p3"_s)};
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 1, {u"p1"_s, u"p2"_s, u"p3"_s}, 2), u"p1, p2"_s);
}

void tst_UpstreamBalancer::slowStartRampsWeightAfterRecovery()
{
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s, 10), server(u"b"_s, 10)};
    group.servers[1].slowStartSec = 10;
    group.servers[1].failTimeoutSec = 1;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    auto share = [&](int n) {
        int b = 0;
        for (const QString &pick : simulate(balancer, group, n).split(u" | "_s))
            b += pick == u"b"_s;
        return b;
    };
    // Unused until b fails: equal shares.
    QCOMPARE(share(20), 10);
    simulate(balancer, group, 1, {u"b"_s}); // b fails once (picked, refused, retried on a)
    QVERIFY(simulate(balancer, group, 1, {u"b"_s}).contains(u"a"_s));
    clock.advance(2); // fail_timeout over: the next pick of b is a probe
    const int first = share(40);   // recovered now: weight cap 1 of 10
    QVERIFY2(first <= 8, qPrintable(QString::number(first)));
    clock.advance(5);              // half way: cap 5
    const int middle = share(60);
    QVERIFY2(middle > first && middle < 30, qPrintable(QString::number(middle)));
    clock.advance(10);             // ramp over
    QCOMPARE(share(20), 10);
}

void tst_UpstreamBalancer::drainTakesNoNewRequests()
{
    UpstreamGroup group;
    group.name = u"g"_s;
    group.servers = {server(u"a"_s), server(u"b"_s), server(u"c"_s)};
    group.servers[1].drain = true;
    ManualClock clock;
    UpstreamBalancer balancer(group, &clock);
    QCOMPARE(simulate(balancer, group, 4), u"a | c | a | c"_s);
}

QTEST_GUILESS_MAIN(tst_UpstreamBalancer)
#include "tst_upstreambalancer.moc"
