#include "traffic/clientpopulation.h"
#include "traffic/latencyhistogram.h"
#include "traffic/trafficgenerator.h"
#include "traffic/trafficplan.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

// The traffic generator's pure parts: the seeded plan and the histogram.
class tst_TrafficPlan final : public QObject
{
    Q_OBJECT

private slots:
    void histogramQuantilesWithinOnePercent();
    void histogramMergesAndKeepsExtremes();
    void pathTemplateFillsNumberAndKey();
    void pathAlternativesAreDrawnPerRequest();
    void headerTemplatesGiveEachClientItsOwnValue();
    void sameSeedSameSequence();
    void zipfFavoursTheFirstKeys();
    void poissonArrivalsHaveTheRate();
    void populationSpreadsOverNetworks();
};

void tst_TrafficPlan::histogramQuantilesWithinOnePercent()
{
    QRandomGenerator random(42);
    std::vector<qint64> values;
    LatencyHistogram h;
    for (int i = 0; i < 100000; ++i) {
        // Log-uniform over 1 µs .. 100 s: every magnitude the generator sees.
        const qint64 v = qint64(std::exp(random.generateDouble() * std::log(1e8)));
        values.push_back(v);
        h.record(v);
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.5, 0.9, 0.99, 0.999, 1.0}) {
        const qint64 exact = values[size_t(std::max<qint64>(0, qint64(std::ceil(q * double(values.size()))) - 1))];
        const qint64 reported = h.valueAtQuantile(q);
        QVERIFY2(std::abs(double(reported - exact)) <= 0.01 * double(exact) + 1,
                 qPrintable(QStringLiteral("q=%1 exact=%2 reported=%3").arg(q).arg(exact).arg(reported)));
    }
    QCOMPARE(h.max(), values.back());
    QCOMPARE(h.min(), values.front());
    QCOMPARE(h.count(), qint64(values.size()));
}

void tst_TrafficPlan::histogramMergesAndKeepsExtremes()
{
    LatencyHistogram a, b, coarse(5);
    for (int i = 1; i <= 1000; ++i) {
        (i % 2 ? a : b).record(i * 1000);
        coarse.record(i * 1000);
    }
    a.merge(b);
    QCOMPARE(a.count(), 1000);
    QCOMPARE(a.max(), 1000000);
    QCOMPARE(a.min(), 1000);
    QVERIFY(std::abs(a.valueAtQuantile(0.5) - 500000) <= 5000);
    // Coarse (5 bits: ≈ 3 %) merged into fine still lands near the truth.
    LatencyHistogram fine;
    fine.merge(coarse);
    QVERIFY(std::abs(fine.valueAtQuantile(0.99) - 990000) <= 0.04 * 990000);
    a.clear();
    QCOMPARE(a.count(), 0);
    QCOMPARE(a.valueAtQuantile(0.99), 0);
}

void tst_TrafficPlan::pathTemplateFillsNumberAndKey()
{
    TrafficOptions o;
    o.pathTemplate = "/item/{key}?n={n}&x=1";
    o.keys = 5;
    const TrafficPlan plan(o);
    QSet<QByteArray> seen;
    for (qint64 i = 0; i < 200; ++i) {
        QByteArray path;
        plan.appendPath(i, path);
        QVERIFY2(path.startsWith("/item/key-") && path.endsWith(QByteArray("?n=" + QByteArray::number(i) + "&x=1")), path.constData());
        seen.insert(path.left(path.indexOf('?')));
    }
    QCOMPARE(seen.size(), 5);
    TrafficOptions plain;
    plain.pathTemplate = "/static";
    QByteArray path;
    TrafficPlan(plain).appendPath(7, path);
    QCOMPARE(path, QByteArray("/static"));
}

void tst_TrafficPlan::pathAlternativesAreDrawnPerRequest()
{
    TrafficOptions o;
    o.pathTemplate = "/api/users/{n}|/|/healthz";
    const TrafficPlan plan(o);
    QHash<QByteArray, int> counts;
    for (qint64 i = 0; i < 3000; ++i) {
        QByteArray path;
        plan.appendPath(i, path);
        if (path == "/api/users/" + QByteArray::number(i))
            path = "/api/users/N";
        ++counts[path];
        QByteArray again;
        plan.appendPath(i, again);
        QCOMPARE(again.startsWith("/api/") ? QByteArray("/api/users/N") : again, path); // a function of (seed, i)
    }
    QCOMPARE(counts.size(), 3);
    for (const QByteArray &p : {QByteArray("/api/users/N"), QByteArray("/"), QByteArray("/healthz")})
        QVERIFY2(counts.value(p) > 900 && counts.value(p) < 1100, p.constData());
    QVERIFY(TrafficGenerator::validate(o).isEmpty());
    o.pathTemplate = "/a|b";
    QVERIFY(!TrafficGenerator::validate(o).isEmpty());
}

void tst_TrafficPlan::headerTemplatesGiveEachClientItsOwnValue()
{
    TrafficOptions o;
    o.clients = 20;
    o.keys = 4;
    o.headers = {"X-Static: 1", "Cookie: session=s{client}", "X-Key: {key}"};
    const TrafficPlan plan(o);
    QVERIFY(plan.hasHeaderTemplates());
    QVERIFY(!TrafficPlan::isTemplate("X-Static: 1"));
    QSet<QByteArray> cookies;
    for (qint64 i = 0; i < 400; ++i) {
        QByteArray out;
        plan.appendHeaders(i, out);
        const QByteArray expected = "Cookie: session=s" + QByteArray::number(plan.clientIndex(i)) + "\r\nX-Key: key-"
            + QByteArray::number(plan.keyIndex(i)) + "\r\n";
        QCOMPARE(out, expected); // the static header is the worker's, once per connection's head
        cookies.insert(out.left(out.indexOf('\r')));
    }
    QCOMPARE(cookies.size(), 20);
}

void tst_TrafficPlan::sameSeedSameSequence()
{
    TrafficOptions o;
    o.pathTemplate = "/{key}";
    o.keys = 1000;
    o.clients = 500;
    o.rate = 1000;
    o.poisson = true;
    o.seed = 7;
    TrafficPlan a(o), b(o);
    o.seed = 8;
    TrafficPlan c(o);
    int differences = 0;
    for (qint64 i = 0; i < 1000; ++i) {
        QByteArray pa, pb, pc;
        a.appendPath(i, pa);
        b.appendPath(i, pb);
        c.appendPath(i, pc);
        QCOMPARE(pa, pb);
        QCOMPARE(a.clientIndex(i), b.clientIndex(i));
        const qint64 ta = a.nextArrivalNs();
        QCOMPARE(ta, b.nextArrivalNs());
        if (pa != pc || a.clientIndex(i) != c.clientIndex(i) || ta != c.nextArrivalNs())
            ++differences;
    }
    QVERIFY(differences > 900);
}

void tst_TrafficPlan::zipfFavoursTheFirstKeys()
{
    TrafficOptions o;
    o.keys = 100;
    o.keyDistribution = TrafficOptions::KeyDistribution::Zipf;
    o.zipfExponent = 1.0;
    const TrafficPlan plan(o);
    std::vector<int> counts(100);
    const int n = 100000;
    for (qint64 i = 0; i < n; ++i)
        ++counts[size_t(plan.keyIndex(i))];
    // P(key 0) = 1 / H(100) ≈ 0.1928; P(key 1) is half of it.
    QVERIFY2(std::abs(counts[0] / double(n) - 0.1928) < 0.01, qPrintable(QString::number(counts[0])));
    QVERIFY(std::abs(counts[1] / double(counts[0]) - 0.5) < 0.05);
    QVERIFY(counts[99] > 0 && counts[99] < counts[9]);
}

void tst_TrafficPlan::poissonArrivalsHaveTheRate()
{
    TrafficOptions o;
    o.rate = 200;
    o.poisson = true;
    TrafficPlan poisson(o);
    qint64 last = 0;
    for (int i = 0; i < 20000; ++i)
        last = poisson.nextArrivalNs();
    // 20 000 arrivals at 200/s take 100 s, within a few standard deviations (0.7 s).
    QVERIFY2(std::abs(double(last) / 1e9 - 100.0) < 3.0, qPrintable(QString::number(last)));
    o.poisson = false;
    TrafficPlan constant(o);
    QCOMPARE(constant.nextArrivalNs(), 0);
    QCOMPARE(constant.nextArrivalNs(), 5000000);
    QCOMPARE(constant.nextArrivalNs(), 10000000);
}

void tst_TrafficPlan::populationSpreadsOverNetworks()
{
    const ClientPopulation p(1000, 3, false);
    QCOMPARE(p.count(), 1000);
    QSet<quint32> networks;
    for (int i = 0; i < p.count(); ++i) {
        QVERIFY(p.address(i).isLoopback());
        const quint32 ip = p.address(i).toIPv4Address();
        QVERIFY((ip >> 24) == 127 && ((ip >> 16) & 0xff) != 0);
        networks.insert(ip >> 8); // ip_hash's key: the first three octets
        QCOMPARE(p.text(i), p.address(i).toString().toLatin1());
    }
    QCOMPARE(networks.size(), 1000);
    const ClientPopulation same(1000, 3, false);
    QCOMPARE(same.address(123), p.address(123));
    const ClientPopulation forwarded(10, 3, true);
    QCOMPARE(forwarded.via(), ClientPopulation::Via::ForwardedFor);
#ifdef Q_OS_LINUX
    QCOMPARE(p.via(), ClientPopulation::Via::SourceAddress);
#endif
}

QTEST_GUILESS_MAIN(tst_TrafficPlan)
#include "tst_trafficplan.moc"
