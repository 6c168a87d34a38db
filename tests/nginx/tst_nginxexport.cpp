#include "config/examplelabs.h"
#include "config/labjson.h"
#include "nginx/nginxexporter.h"
#include "nginxprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_NginxExport final : public QObject
{
    Q_OBJECT

private slots:
    void demoUpstreamBlock();
    void methodComesBeforeKeepalive();
    void snippetHasOnlyUpstreams();
    void namesCannotInjectDirectives();
    void nginxAcceptsEveryExport_data();
    void nginxAcceptsEveryExport();
};

static LabConfig labWith(BalancingMethod method, bool backup = false)
{
    LabConfig lab = LabConfig::demo();
    UpstreamGroup &g = lab.upstreams[0];
    g.method = method;
    if (method == BalancingMethod::Hash)
        g.hashKey = u"$request_uri"_s;
    g.servers[0].weight = 3;
    g.servers[1].maxFails = 2;
    g.servers[1].failTimeoutSec = 30;
    g.servers[1].maxConns = 50;
    g.servers[2].backup = backup;
    g.servers[2].down = !backup;
    return lab;
}

void tst_NginxExport::demoUpstreamBlock()
{
    const QString conf = NginxExporter::exportLab(LabConfig::demo());
    QVERIFY(conf.contains(u"events {}"_s));
    QVERIFY(conf.contains(u"    upstream backend {\n"_s));
    QVERIFY(conf.contains(u"server 127.0.0.1:9001;  # alpha\n"_s));
    QVERIFY(conf.contains(u"keepalive 32;"_s));
    QVERIFY(conf.contains(u"listen 127.0.0.1:8080;"_s));
    QVERIFY(conf.contains(u"proxy_pass http://backend;"_s));
    QVERIFY(conf.contains(u"proxy_http_version 1.1;"_s));
    QVERIFY(conf.contains(u"proxy_set_header Connection $connection_upgrade;"_s));
    QVERIFY(conf.contains(u"proxy_set_header Upgrade $http_upgrade;"_s));
    QVERIFY(conf.contains(u"proxy_next_upstream error timeout;"_s));
    QVERIFY(!conf.contains(u"weight=1"_s)); // defaults are not repeated

    const QString params = NginxExporter::exportLab(labWith(BalancingMethod::RoundRobin, true));
    QVERIFY(params.contains(u"server 127.0.0.1:9001 weight=3;"_s));
    QVERIFY(params.contains(u"server 127.0.0.1:9002 max_fails=2 fail_timeout=30s max_conns=50;"_s));
    QVERIFY(params.contains(u"server 127.0.0.1:9003 backup;"_s));
}

void tst_NginxExport::methodComesBeforeKeepalive()
{
    // In nginx 1.22 a method after keepalive silently disables keepalive.
    const QString conf = NginxExporter::exportLab(labWith(BalancingMethod::LeastConn));
    QVERIFY(conf.indexOf(u"least_conn;"_s) < conf.indexOf(u"keepalive 32;"_s));
}

void tst_NginxExport::snippetHasOnlyUpstreams()
{
    const QString snippet = NginxExporter::exportLab(LabConfig::demo(), NginxExporter::Scope::UpstreamsOnly);
    QVERIFY(snippet.contains(u"upstream backend {"_s));
    QVERIFY(!snippet.contains(u"server {"_s));
    QVERIFY(!snippet.contains(u"events"_s));
}

void tst_NginxExport::namesCannotInjectDirectives()
{
    LabConfig lab = LabConfig::demo();
    lab.name = u"evil\nworker_processes 99;"_s;
    lab.upstreams[0].servers[0].name = u"x\n}\nserver {"_s;
    const QString conf = NginxExporter::exportLab(lab);
    QVERIFY(!conf.contains(u"\nworker_processes 99;"_s));
    QVERIFY(!conf.contains(u"\n}\nserver {"_s));
}

void tst_NginxExport::nginxAcceptsEveryExport_data()
{
    QTest::addColumn<LabConfig>("lab");
    for (const QString &name : ExampleLabs::names())
        QTest::addRow("example-%s", qPrintable(name)) << *ExampleLabs::lab(name);
    QTest::newRow("round-robin-backup") << labWith(BalancingMethod::RoundRobin, true);
    QTest::newRow("least-conn-backup") << labWith(BalancingMethod::LeastConn, true);
    QTest::newRow("ip-hash") << labWith(BalancingMethod::IpHash);
    QTest::newRow("hash") << labWith(BalancingMethod::Hash);
    LabConfig consistent = labWith(BalancingMethod::Hash);
    consistent.upstreams[0].hashConsistent = true;
    consistent.upstreams[0].hashKey = u"${http_x_tenant}:$cookie_sid $arg_k"_s; // needs quoting
    QTest::newRow("hash-consistent-quoted-key") << consistent;
    QTest::newRow("random") << labWith(BalancingMethod::Random);
    LabConfig two = labWith(BalancingMethod::Random);
    two.upstreams[0].randomTwo = true;
    two.upstreams[0].randomLeastConn = true;
    QTest::newRow("random-two-least-conn") << two;
    LabConfig tuned = LabConfig::demo();
    tuned.proxy.nextUpstream = NextError | NextHttp502 | NextHttp504 | NextNonIdempotent;
    tuned.proxy.nextUpstreamTries = 3;
    tuned.proxy.nextUpstreamTimeoutMs = 1500;
    tuned.proxy.connectTimeoutMs = 500;
    tuned.proxy.maxUriLength = 4096;
    tuned.proxy.maxHeaderSize = 16384;
    tuned.proxy.clientMaxBodySize = 0;
    tuned.proxy.headers = ProxySettings::labDefaultHeaders(true);
    tuned.listeners[0].routes.append(Route::proxyTo(u"/api v2/"_s, u"backend"_s)); // a location that needs quotes
    QTest::newRow("tuned-proxy") << tuned;
    LabConfig plus = labWith(BalancingMethod::LeastConn, true);
    plus.upstreams[0].servers[0].slowStartSec = 30;
    plus.upstreams[0].servers[1].drain = true;
    plus.upstreams[0].healthCheck = {true, 2000, 2, 1, u"/health"_s, 200, 399};
    QTest::newRow("plus-parameters-as-comments") << plus;
    LabConfig timed = labWith(BalancingMethod::LeastTime, true);
    QTest::newRow("least-time-as-least-conn") << timed;
    LabConfig off = LabConfig::demo();
    off.proxy.nextUpstream = 0;
    off.upstreams[0].keepalive = 0;
    QTest::newRow("next-upstream-off") << off;
}

void tst_NginxExport::nginxAcceptsEveryExport()
{
    QFETCH(LabConfig, lab);
    QVERIFY2(LabValidator::validate(lab).isEmpty(), "the corpus holds valid labs only");
    if (NginxProcess::binary().isEmpty())
        QSKIP("nginx is not installed (scripts/test.sh installs Debian's nginx-light)");
    QString output;
    QVERIFY2(NginxProcess::check(NginxExporter::exportLab(lab), &output), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_NginxExport)
#include "tst_nginxexport.moc"
