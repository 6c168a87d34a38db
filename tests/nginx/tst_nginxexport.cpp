#include "config/examplelabs.h"
#include "config/labjson.h"
#include "nginx/exportcomment.h"
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
    void mapGivesEachObjectsLines();
    void annotationsMarkWhatOpenSourceLacks();
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

void tst_NginxExport::mapGivesEachObjectsLines()
{
    using Kind = NginxExport::Object::Kind;
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].servers[1].slowStartSec = 10; // comment lines before its server line
    UpstreamGroup other = lab.upstreams[0];
    other.name = u"other"_s;
    other.servers.removeFirst();
    lab.upstreams.append(other);
    Listener second = lab.listeners[0];
    second.port = 8081;
    second.routes = {Route::returning(u"/healthz"_s, 200, u"ok"_s, true), Route::proxyTo(u"/o/"_s, u"other"_s)};
    lab.listeners.append(second);

    const NginxExport exported = NginxExporter::exportWithMap(lab);
    QCOMPARE(exported.text, NginxExporter::exportLab(lab));
    const QStringList lines = exported.text.split(u'\n');
    const auto at = [&](Kind kind, int index, int sub = -1) { return lines.value(exported.lineOf(kind, index, sub)).trimmed(); };
    QCOMPARE(at(Kind::Backend, 1), u"# "_s + ExportComment::backend(lab.backends[1]));
    QCOMPARE(at(Kind::Upstream, 1), u"upstream other {"_s);
    QCOMPARE(at(Kind::Server, 0, 1), u"server 127.0.0.1:9002;  # beta [plus: slow_start=10s]"_s);
    QCOMPARE(at(Kind::Server, 1, 0), u"server 127.0.0.1:9002;  # beta [plus: slow_start=10s]"_s);
    QCOMPARE(at(Kind::Server, 1, 1), u"server 127.0.0.1:9003;  # gamma"_s);
    QCOMPARE(at(Kind::Listener, 1), u"server {"_s);
    QCOMPARE(lines.value(exported.lineOf(Kind::Listener, 1) + 1).trimmed(), u"listen 127.0.0.1:8081;"_s);
    QCOMPARE(at(Kind::Location, 1, 0), u"location = /healthz {"_s);
    QCOMPARE(at(Kind::Location, 1, 1), u"location /o/ {"_s);
    QCOMPARE(exported.lineOf(Kind::Server, 1, 2), -1);
    QCOMPARE(exported.lineOf(Kind::Listener, 2), -1);

    // Every block ends on its own closing brace, and a line finds its innermost object.
    for (const NginxExport::Object &o : exported.objects) {
        if (o.kind == Kind::Upstream || o.kind == Kind::Listener || o.kind == Kind::Location)
            QCOMPARE(lines.value(o.lastLine).trimmed(), u"}"_s);
        else
            QCOMPARE(o.lastLine, o.firstLine);
        QCOMPARE(exported.objectAt(o.firstLine), &o);
    }
    const int keepalive = int(lines.indexOf(u"        keepalive 32;"_s));
    QVERIFY(keepalive > 0);
    QCOMPARE(exported.objectAt(keepalive)->kind, Kind::Upstream);
    QCOMPARE(exported.objectAt(keepalive)->index, 0);
    const int proxyPass = int(lines.indexOf(u"            proxy_pass http://other;"_s));
    QVERIFY(proxyPass > 0);
    QCOMPARE(exported.objectAt(proxyPass)->kind, Kind::Location);
    QCOMPARE(exported.objectAt(proxyPass)->subIndex, 1);
    QCOMPARE(exported.objectAt(lines.indexOf(u"events {}"_s)), nullptr);

    // Upstream blocks only: the same groups, on the snippet's lines.
    const NginxExport snippet = NginxExporter::exportWithMap(lab, NginxExporter::Scope::UpstreamsOnly);
    const QStringList snippetLines = snippet.text.split(u'\n');
    QCOMPARE(snippetLines.value(snippet.lineOf(Kind::Upstream, 1)), u"upstream other {"_s);
    QCOMPARE(snippet.lineOf(Kind::Listener, 0), -1);
    QCOMPARE(snippet.lineOf(Kind::Backend, 0), -1);
}

void tst_NginxExport::annotationsMarkWhatOpenSourceLacks()
{
    using Kind = NginxExport::Annotation::Kind;
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].servers[0].slowStartSec = 10;
    lab.upstreams[0].servers[1].drain = true;
    lab.upstreams[0].healthCheck.enabled = true;
    UpstreamGroup random = lab.upstreams[0];
    random.name = u"rnd"_s;
    random.method = BalancingMethod::Random;
    random.randomTwo = true;
    random.healthCheck.enabled = false;
    for (UpstreamServer &s : random.servers) {
        s.slowStartSec = 0;
        s.drain = false;
    }
    lab.upstreams.append(random);
    UpstreamGroup timed = random;
    timed.name = u"timed"_s;
    timed.method = BalancingMethod::LeastTime;
    lab.upstreams.append(timed);

    const NginxExport exported = NginxExporter::exportWithMap(lab);
    const QStringList lines = exported.text.split(u'\n');
    QStringList seen;
    for (const NginxExport::Annotation &a : exported.annotations) {
        const QString line = lines.value(a.line).trimmed();
        switch (a.kind) {
        case Kind::PlusServerParameters:
            QVERIFY2(line.startsWith(u"server "_s) && line.endsWith(u"[plus: "_s + a.detail + u']'), qPrintable(line));
            seen << a.detail;
            break;
        case Kind::PlusHealthCheck:
            QVERIFY2(line.startsWith(u"# upstreamlab-health-check "_s), qPrintable(line));
            seen << u"health check"_s;
            break;
        case Kind::PlusLeastTime:
            QCOMPARE(line, u"# upstreamlab-method least_time header"_s);
            seen << u"least_time"_s;
            break;
        case Kind::NewerDirective:
            QCOMPARE(line, u"random two;"_s);
            QCOMPARE(a.detail, u"random"_s);
            QCOMPARE(a.sinceVersion, 11501);
            seen << a.detail;
            break;
        }
    }
    QCOMPARE(seen, (QStringList{u"slow_start=10s"_s, u"drain"_s, u"health check"_s, u"random"_s, u"least_time"_s}));
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
