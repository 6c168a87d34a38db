#include "balancing/crc32.h"
#include "balancing/upstreambalancer.h"
#include "engine/decisiontext.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Names{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"eps"_s, u"zeta"_s};

UpstreamGroup group(BalancingMethod method, const QList<int> &weights)
{
    UpstreamGroup g;
    g.name = u"g"_s;
    g.method = method;
    for (int i = 0; i < weights.size(); ++i) {
        UpstreamServer s;
        s.name = Names[i];
        s.address = u"127.0.0.1:%1"_s.arg(18081 + i);
        s.weight = weights[i];
        g.servers.append(s);
    }
    return g;
}

// A fixed wall time for the pick, so "failed until" reads the same everywhere.
qint64 noon()
{
    return QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0)).toMSecsSinceEpoch();
}

// One pick with its decision recorded.
PickDecision explainPick(UpstreamBalancer &balancer, PeerSelection &selection)
{
    PickDecision decision;
    decision.wallMs = noon();
    selection.decision = &decision;
    balancer.pick(selection);
    selection.decision = nullptr;
    return decision;
}

PickDecision explainOnce(UpstreamBalancer &balancer, QByteArrayView key = {})
{
    PeerSelection sel;
    balancer.begin(sel, 0, key);
    const PickDecision d = explainPick(balancer, sel);
    balancer.release(sel, PeerOutcome::Success);
    return d;
}

QString chosenName(const PickDecision &d)
{
    return d.chosen < 0 ? u"none"_s : d.candidates[d.chosen].name;
}

QString text(const PickDecision &d)
{
    return DecisionText::lines(d).join(u'\n');
}

} // namespace

class tst_DecisionText final : public QObject
{
    Q_OBJECT

private slots:
    void recordingChangesNoPick();
    void roundRobinCurrentWeights();
    void leastConnRatiosAndTieBreak();
    void leastTimeScores();
    void ipHashKeyAndHash();
    void hashKeyAndHash();
    void consistentHashRingPoint();
    void randomTwoDraws();
    void randomDraw();
    void everySkipReason();
    void backupsInUse();
    void noLiveUpstreams();
    void fallbacksToRoundRobin();
    void retryChain();
    void localAnswersAndUnrecorded();
};

void tst_DecisionText::recordingChangesNoPick()
{
    // The same sequence with and without recording: it only observes.
    for (BalancingMethod method : {BalancingMethod::RoundRobin, BalancingMethod::LeastConn, BalancingMethod::Hash,
                                   BalancingMethod::IpHash, BalancingMethod::LeastTime}) {
        const UpstreamGroup g = group(method, {3, 2, 1});
        ManualClock clock;
        UpstreamBalancer plain(g, &clock);
        UpstreamBalancer recorded(g, &clock);
        for (int i = 0; i < 30; ++i) {
            const QByteArray key = QByteArray::number(i * 7);
            const char octets[4] = {127, char(i), char(i * 3), 1};
            const QByteArray ip(octets, 4);
            const QByteArrayView k = method == BalancingMethod::IpHash ? QByteArrayView(ip) : QByteArrayView(key);
            PeerSelection a;
            plain.begin(a, 0, k);
            const int pa = plain.pick(a).serverIndex;
            const PickDecision d = explainOnce(recorded, k);
            QCOMPARE(d.candidates[d.chosen].serverIndex, pa);
            plain.release(a, PeerOutcome::Success);
        }
    }
}

void tst_DecisionText::roundRobinCurrentWeights()
{
    const UpstreamGroup g = group(BalancingMethod::RoundRobin, {5, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    const PickDecision first = explainOnce(balancer);
    QCOMPARE(chosenName(first), u"alpha"_s);
    QCOMPARE(first.candidates[0].currentWeightBefore, 0);
    QCOMPARE(first.candidates[0].currentWeightAfter, -2);
    QCOMPARE(first.candidates[1].currentWeightAfter, 1);
    QCOMPARE(first.candidates[0].effectiveWeight, 5);
    const QStringList lines = DecisionText::lines(first);
    QCOMPARE(lines.value(0),
             u"smooth weighted round robin → alpha: the highest current_weight after adding each server's effective_weight"_s);
    QCOMPARE(lines.value(1), u"alpha: current_weight 0 + effective_weight 5 = 5, the highest → chosen; minus the round's total 7 → -2"_s);
    QCOMPARE(lines.value(2), u"beta: current_weight 0 + effective_weight 1 = 1"_s);
    QCOMPARE(lines.value(3), u"gamma: current_weight 0 + effective_weight 1 = 1"_s);
    QCOMPARE(lines.size(), 4);

    const PickDecision second = explainOnce(balancer);
    QVERIFY2(text(second).contains(u"alpha: current_weight -2 + effective_weight 5 = 3, the highest → chosen; minus the round's total 7 → -4"_s),
             qPrintable(text(second)));
    QVERIFY(text(second).contains(u"beta: current_weight 1 + effective_weight 1 = 2"_s));
}

void tst_DecisionText::leastConnRatiosAndTieBreak()
{
    const UpstreamGroup g = group(BalancingMethod::LeastConn, {1, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection held;
    balancer.begin(held, 0);
    const PickDecision first = explainPick(balancer, held);
    QCOMPARE(chosenName(first), u"alpha"_s);
    QVERIFY(text(first).contains(u"tie: 3 servers share the lowest ratio; smooth weighted round robin breaks it"_s));

    // alpha has a request in flight: beta and gamma tie at 0.
    const PickDecision second = explainOnce(balancer);
    const QString t = text(second);
    QCOMPARE(chosenName(second), u"beta"_s);
    QVERIFY2(t.startsWith(u"least_conn → beta: the fewest active connections per weight, 0\n"_s), qPrintable(t));
    QVERIFY(t.contains(u"alpha: 1 active / weight 1 = 1\n"_s));
    QVERIFY(t.contains(u"gamma: 0 active / weight 1 = 0\n"_s));
    QVERIFY(t.contains(u"tie: 2 servers share the lowest ratio"_s));
    QVERIFY(t.contains(u"beta: current_weight 1 + effective_weight 1 = 2, the highest (the first of equals) → chosen; minus the round's total 2 → 0"_s));
    QVERIFY(!second.candidates[0].inRound);
    balancer.release(held, PeerOutcome::Success);
}

void tst_DecisionText::leastTimeScores()
{
    const UpstreamGroup g = group(BalancingMethod::LeastTime, {1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection sel;
    balancer.begin(sel, 0);
    QCOMPARE(chosenName(explainPick(balancer, sel)), u"alpha"_s);
    balancer.release(sel, PeerOutcome::Success, 4000);
    const PickDecision d = explainOnce(balancer);
    const QString t = text(d);
    QCOMPARE(chosenName(d), u"beta"_s);
    QVERIFY2(t.startsWith(u"least_time (NGINX Plus, simulated) → beta: the lowest average time × (active + 1) / weight, 0.00 ms"_s),
             qPrintable(t));
    QVERIFY(t.contains(u"alpha: average 4.00 ms × (0 active + 1) / weight 1 = 4.00 ms"_s));
    QVERIFY(t.contains(u"beta: no response timed yet, scores 0 (the best)"_s));
}

void tst_DecisionText::ipHashKeyAndHash()
{
    const UpstreamGroup g = group(BalancingMethod::IpHash, {1, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    const PickDecision d = explainOnce(balancer, QByteArrayView("\x7f\x00\x00\x01", 4));
    // 89 → (h × 113 + octet) mod 6271 over 127, 0, 0 = 4040; 4040 mod 3 = 2.
    QCOMPARE(d.probes.size(), 1);
    QCOMPARE(d.probes[0].value, 4040u);
    QCOMPARE(chosenName(d), u"gamma"_s);
    QCOMPARE(DecisionText::lines(d).value(0),
             u"ip_hash → gamma: client key 127.0.0 (an IPv4 address's first three octets) hashes to 4040; 4040 mod total weight 3 = 2"_s);

    // IPv6: all 16 bytes are the key.
    const QByteArray v6 = QByteArray::fromHex("20010db8000000000000000000000001");
    const PickDecision six = explainOnce(balancer, v6);
    QVERIFY2(text(six).startsWith(u"ip_hash → %1: client address 2001:db8::1 hashes to %2; %2 mod total weight 3 = %3"_s.arg(
                 chosenName(six), QString::number(six.probes.back().value), QString::number(six.probes.back().slot))),
             qPrintable(text(six)));
}

void tst_DecisionText::hashKeyAndHash()
{
    UpstreamGroup g = group(BalancingMethod::Hash, {1, 1, 1});
    g.servers[0].down = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    for (const QByteArray &key : {"foo"_ba, "bar"_ba, "user1"_ba, "k7"_ba}) {
        const PickDecision d = explainOnce(balancer, key);
        const PickDecision::Probe last = d.probes.back();
        QCOMPARE(last.slot, last.value % 3);
        QCOMPARE(d.candidates[last.candidate].name, chosenName(d));
        const QString t = text(d);
        QVERIFY2(t.startsWith(u"hash → %1: key \"%2\" hashes to %3; %3 mod total weight 3 = %4"_s.arg(
                     chosenName(d), QString::fromLatin1(key), QString::number(last.value), QString::number(last.slot))),
                 qPrintable(t));
        // A probe that landed on alpha (down) is listed with its reason.
        if (d.probes.size() > 1)
            QVERIFY2(t.contains(u"try 1: hash %1, slot 0 → alpha (down)"_s.arg(d.probes[0].value)), qPrintable(t));
        QVERIFY(t.endsWith(u"alpha: skipped, down"_s));
    }
}

void tst_DecisionText::consistentHashRingPoint()
{
    UpstreamGroup g = group(BalancingMethod::Hash, {1, 1, 1});
    g.hashConsistent = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    const PickDecision d = explainOnce(balancer, "a");
    QCOMPARE(chosenName(d), u"beta"_s); // tst_balancingmethods' vector for "a"
    QCOMPARE(d.keyHash, Crc32::of("a"));
    QCOMPARE(d.ringPoints, 480);
    QCOMPARE(d.ringNext.size(), 2);
    QVERIFY(!d.ringNext.contains(d.chosen));
    const QString t = text(d);
    QVERIFY2(t.startsWith(u"hash consistent → beta: key \"a\" has CRC-32 0x%1; the first ring point at or after it is #%2 of 480"_s.arg(
                 QString::number(Crc32::of("a"), 16).rightJustified(8, u'0'), QString::number(d.probes.back().slot))),
             qPrintable(t));
    QVERIFY(d.probes.back().value >= d.keyHash);
    QVERIFY(t.contains(u"next servers on the ring: "_s));
    QVERIFY(t.contains(u"alpha"_s) && t.contains(u"gamma"_s));
}

void tst_DecisionText::randomTwoDraws()
{
    UpstreamGroup g = group(BalancingMethod::Random, {1, 1, 1});
    g.randomTwo = true;
    ManualClock clock;
    ScriptedRandomSource random({0, 1}); // alpha, then beta, forever
    UpstreamBalancer balancer(g, &clock, &random);
    PeerSelection held;
    balancer.begin(held, 0);
    const PickDecision tie = explainPick(balancer, held);
    QCOMPARE(chosenName(tie), u"beta"_s);
    QCOMPARE(DecisionText::lines(tie).value(0),
             u"random two → beta: drew alpha (0 active / weight 1) and beta (0 active / weight 1)"_s);
    QCOMPARE(DecisionText::lines(tie).value(1), u"equal load per weight: the second drawn wins, as in nginx"_s);

    const PickDecision lighter = explainOnce(balancer);
    QCOMPARE(chosenName(lighter), u"alpha"_s);
    QCOMPARE(DecisionText::lines(lighter).value(0),
             u"random two → alpha: drew alpha (0 active / weight 1) and beta (1 active / weight 1)"_s);
    QCOMPARE(DecisionText::lines(lighter).value(1), u"alpha has fewer active connections per weight"_s);
    balancer.release(held, PeerOutcome::Success);
}

void tst_DecisionText::randomDraw()
{
    const UpstreamGroup g = group(BalancingMethod::Random, {1, 1, 1});
    ManualClock clock;
    ScriptedRandomSource random({5});
    UpstreamBalancer balancer(g, &clock, &random);
    const PickDecision d = explainOnce(balancer);
    QCOMPARE(text(d), u"random → gamma: drew 5; 5 mod total weight 3 = 2"_s);
}

void tst_DecisionText::everySkipReason()
{
    UpstreamGroup g = group(BalancingMethod::RoundRobin, {1, 1, 1, 1, 1, 1});
    g.servers[0].down = true;
    g.servers[1].drain = true;
    g.servers[2].maxConns = 1;
    g.servers[4].maxFails = 1;
    g.servers[4].failTimeoutSec = 10;
    UpstreamServer spare;
    spare.name = u"spare"_s;
    spare.address = u"127.0.0.1:18099"_s;
    spare.backup = true;
    g.servers.append(spare);
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    balancer.setHealthy(3, false); // delta fails its active health check

    // eps fails once (max_fails=1); gamma keeps a request in flight (max_conns=1).
    PeerSelection held;
    bool failedEps = false;
    for (int i = 0; i < 10 && (!failedEps || held.current < 0); ++i) {
        PeerSelection sel;
        balancer.begin(sel, 0);
        const int server = balancer.pick(sel).serverIndex;
        if (server == 4 && !failedEps) {
            balancer.release(sel, PeerOutcome::Failed);
            failedEps = true;
        } else if (server == 2 && held.current < 0) {
            held = sel;
        } else {
            balancer.release(sel, PeerOutcome::Success);
        }
    }
    QVERIFY(failedEps);
    QVERIFY(held.current >= 0);

    const PickDecision d = explainOnce(balancer);
    QCOMPARE(chosenName(d), u"zeta"_s);
    const QStringList lines = DecisionText::lines(d);
    const QStringList skipped = lines.mid(lines.indexOf(u"alpha: skipped, down"_s));
    QCOMPARE(skipped, (QStringList{
                          u"alpha: skipped, down"_s,
                          u"beta: skipped, draining"_s,
                          u"gamma: skipped, max_conns=1 reached (1 active)"_s,
                          u"delta: skipped, unhealthy (active health check)"_s,
                          u"eps: skipped, failed until 12:00:11 (max_fails=1 reached within fail_timeout=10s)"_s,
                          u"spare: skipped, backup, not in use while a primary server can take the request"_s,
                      }));
    balancer.release(held, PeerOutcome::Success);
}

void tst_DecisionText::backupsInUse()
{
    UpstreamGroup g = group(BalancingMethod::RoundRobin, {1});
    g.servers[0].down = true;
    UpstreamServer spare;
    spare.name = u"spare"_s;
    spare.address = u"127.0.0.1:18099"_s;
    spare.backup = true;
    g.servers.append(spare);
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    const PickDecision d = explainOnce(balancer);
    QCOMPARE(chosenName(d), u"spare"_s);
    QVERIFY(d.usedBackups);
    const QStringList lines = DecisionText::lines(d);
    QCOMPARE(lines.value(0), u"no primary server could take it: the backup servers are in use"_s);
    QCOMPARE(lines.constLast(), u"alpha: skipped, down"_s);
}

void tst_DecisionText::noLiveUpstreams()
{
    UpstreamGroup g = group(BalancingMethod::LeastConn, {1, 1});
    g.servers[0].down = true;
    g.servers[1].down = true;
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection sel;
    balancer.begin(sel, 0);
    const PickDecision d = explainPick(balancer, sel);
    QCOMPARE(d.chosen, -1);
    QCOMPARE(DecisionText::lines(d),
             (QStringList{u"no live upstreams: no server could take the request"_s, u"alpha: skipped, down"_s,
                          u"beta: skipped, down"_s}));

    RequestRecord r;
    r.upstream = u"g"_s;
    r.failedPick = std::make_shared<PickDecision>(d);
    QCOMPARE(DecisionText::chain(r), u"no live upstreams"_s);
}

void tst_DecisionText::fallbacksToRoundRobin()
{
    ManualClock clock;
    {
        const UpstreamGroup g = group(BalancingMethod::Hash, {1, 1});
        UpstreamBalancer balancer(g, &clock);
        const QStringList lines = DecisionText::lines(explainOnce(balancer, {}));
        QCOMPARE(lines.value(0), u"the hash key is empty: round robin decides"_s);
        QVERIFY(lines.value(1).startsWith(u"smooth weighted round robin → alpha"_s));
    }
    {
        UpstreamGroup g = group(BalancingMethod::Random, {1, 1});
        g.servers[0].down = true;
        ScriptedRandomSource random({0}); // always alpha, which is down
        UpstreamBalancer balancer(g, &clock, &random);
        const PickDecision d = explainOnce(balancer);
        QCOMPARE(d.fallback, PickDecision::Fallback::TwentyMisses);
        QCOMPARE(DecisionText::lines(d).value(0), u"random found no usable server in 20 tries: round robin decides"_s);
        QVERIFY(text(d).contains(u"smooth weighted round robin → beta"_s));
    }
    {
        const UpstreamGroup g = group(BalancingMethod::IpHash, {1});
        UpstreamBalancer balancer(g, &clock);
        QCOMPARE(text(explainOnce(balancer, "\x7f\x00\x00\x01")),
                 u"alpha is the group's only server: it is taken unless down or full, and never marked failed"_s);
    }
}

void tst_DecisionText::retryChain()
{
    const UpstreamGroup g = group(BalancingMethod::RoundRobin, {1, 1, 1});
    ManualClock clock;
    UpstreamBalancer balancer(g, &clock);
    PeerSelection sel;
    balancer.begin(sel, 0);
    RequestRecord r;
    r.upstream = u"g"_s;
    const struct {
        UpstreamAttempt::Outcome outcome;
        int status;
        PeerOutcome release;
    } tries[] = {{UpstreamAttempt::Outcome::Refused, 0, PeerOutcome::Failed},
                 {UpstreamAttempt::Outcome::HttpStatus, 502, PeerOutcome::Failed},
                 {UpstreamAttempt::Outcome::Ok, 200, PeerOutcome::Success}};
    for (const auto &t : tries) {
        const PickDecision d = explainPick(balancer, sel);
        UpstreamAttempt a;
        a.server = chosenName(d);
        a.outcome = t.outcome;
        a.status = t.status;
        a.decision = std::make_shared<PickDecision>(d);
        r.attempts.append(a);
        balancer.release(sel, t.release);
    }
    QCOMPARE(DecisionText::chain(r), u"alpha: connect refused (next_upstream error) → beta: 502 (next_upstream http_502) → gamma: 200"_s);
    // The conditions come from the one table: the details pane explains them.
    QCOMPARE(DecisionText::retriedUnder(r), quint32(NextError | NextHttp502));
    QCOMPARE(DecisionText::condition(r.attempts[2]), 0u);
    const PickDecision &third = *r.attempts[2].decision;
    QCOMPARE(DecisionText::lines(third).mid(2),
             (QStringList{u"alpha: skipped, already tried for this request"_s, u"beta: skipped, already tried for this request"_s}));
    const QString line = DecisionText::oneLine(r);
    QVERIFY2(line.startsWith(DecisionText::chain(r) + u" | pick 1: smooth weighted round robin → alpha"_s), qPrintable(line));
    QVERIFY(line.contains(u" | pick 2: smooth weighted round robin → beta"_s));
    QVERIFY(line.contains(u" | pick 3: smooth weighted round robin → gamma"_s));
    QVERIFY(!line.contains(u'\n'));
}

void tst_DecisionText::localAnswersAndUnrecorded()
{
    RequestRecord local;
    QCOMPARE(DecisionText::oneLine(local), u"answered by the proxy itself, no upstream"_s);
    RequestRecord unrecorded;
    unrecorded.upstream = u"g"_s;
    UpstreamAttempt a;
    a.server = u"alpha"_s;
    a.status = 200;
    unrecorded.attempts.append(a);
    QCOMPARE(DecisionText::oneLine(unrecorded), u"alpha: 200 | the decision was not recorded"_s);
    QVERIFY(!unrecorded.hasDecisions());
}

QTEST_GUILESS_MAIN(tst_DecisionText)
#include "tst_decisiontext.moc"
