#include "config/labvalidator.h"
#include "engine/proxyengine.h"
#include "freeport.h"
#include "nginx/nginxexporter.h"
#include "nginxprocess.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Side by side with real nginx 1.22: the same generated nginx.conf runs in
// nginx (one worker) and in our proxy, the same requests go to both, and each
// request must be answered by the same backend with the same status.
//
// Servers: "name [w=N] [max_fails=N] [fail_timeout=N] [max_conns=N] [backup]
// [down] [refused | hang | status=NNN]"; requests: "[METHOD ]PATH[ @SOURCE-IP][ xN]".
class tst_NginxParity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sequences_data();
    void sequences();
    void randomDistributions_data();
    void randomDistributions();
    void routing();
    void headerLinesAndRewrites();

private:
    struct Lab {
        LabConfig config;
        std::unique_ptr<MockBackendHost> mocks;
        std::vector<std::unique_ptr<QTcpServer>> hanging; // accept nothing, answer nothing
    };
    static Lab buildLab(const QString &servers, const QString &method, const QString &next, int tries, int readTimeoutMs);
    static QStringList send(quint16 port, const QStringList &requests);
    // "[6 ]HOST PATH" ("-" for HTTP/1.0 without a Host, "none" for HTTP/1.1
    // without one; "6" connects to [::1]): what answered, the body (what the
    // mock echoed of the request), the status, Location and the response
    // fields named in `reported`. A $request_id in the body reads "RID".
    static QStringList sendRouted(quint16 port, const QStringList &requests,
                                  const QList<QByteArray> &reported = {"X-Added", "X-Server"});
};

void tst_NginxParity::initTestCase()
{
    if (NginxProcess::binary().isEmpty())
        QSKIP("nginx is not installed (scripts/test.sh installs Debian's nginx-light)");
}

tst_NginxParity::Lab tst_NginxParity::buildLab(const QString &servers, const QString &method, const QString &next,
                                               int tries, int readTimeoutMs)
{
    Lab lab;
    lab.mocks = std::make_unique<MockBackendHost>(1);
    LabConfig &c = lab.config;
    c = LabConfig::demo();
    c.backends.clear();
    UpstreamGroup &g = c.upstreams[0];
    g.servers.clear();
    QStringList methodWords = method.split(u' ', Qt::SkipEmptyParts);
    if (methodWords.removeAll(u"realip"_s)) {
        c.proxy.realIpHeader = u"X-Real-IP"_s;
        c.proxy.realIpFrom = {u"127.0.0.0/8"_s};
    }
    if (methodWords.removeAll(u"realip-xff"_s)) {
        c.proxy.realIpHeader = u"X-Forwarded-For"_s;
        c.proxy.realIpFrom = {u"127.0.0.0/8"_s};
        c.proxy.realIpRecursive = true;
    }
    const bool echoUri = methodWords.contains(u"locations"_s);
    if (methodWords.removeAll(u"locations"_s)) {
        // Exact and prefix locations, and locations that answer with return.
        QList<Route> &routes = c.listeners[0].routes;
        routes.append(Route::returning(u"/healthz"_s, 200, u"ok\n"_s, true));
        routes.append(Route::returning(u"/gone/"_s, 410, {}));
        Route exact = Route::proxyTo(u"/gone/exact"_s, g.name);
        exact.match = LocationMatch::Exact;
        routes.append(exact);
        routes.append(Route::returning(u"/moved"_s, 301, u"/new"_s));
        routes.append(Route::returning(u"/close"_s, 444, {}));
        routes.append(Route::returning(u"/teapot"_s, 418, u"short and stout"_s));
        routes.append(Route::returning(u"/empty"_s, 204, {}));
        routes.append(Route::returning(u"/secure/"_s, 301, u"https://$host$request_uri"_s));
        Route stripped = Route::proxyTo(u"/api/"_s, g.name);
        stripped.proxyUri = u"/"_s;
        routes.append(stripped);
        Route moved = Route::proxyTo(u"/v2/"_s, g.name);
        moved.proxyUri = u"/v2-beta/x"_s;
        routes.append(moved);
        Route exactUri = Route::proxyTo(u"/one"_s, g.name);
        exactUri.match = LocationMatch::Exact;
        exactUri.proxyUri = u"/the-one"_s;
        routes.append(exactUri);
        routes.append(Route::returning(u"/echo"_s, 200, u"$scheme://$host$uri ($args) $arg_b $http_x_lab $cookie_c"_s));
    }
    const QString m = methodWords.value(0);
    if (m == u"least_conn")
        g.method = BalancingMethod::LeastConn;
    else if (m == u"ip_hash")
        g.method = BalancingMethod::IpHash;
    else if (m == u"hash") {
        g.method = BalancingMethod::Hash;
        g.hashKey = methodWords.value(1);
        g.hashConsistent = methodWords.contains(u"consistent"_s);
    } else if (m == u"random") {
        g.method = BalancingMethod::Random;
        g.randomTwo = methodWords.contains(u"two"_s);
        g.randomLeastConn = methodWords.contains(u"least_conn"_s);
    }
    for (const QString &spec : servers.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = spec.split(u' ', Qt::SkipEmptyParts);
        UpstreamServer s;
        s.name = words.first();
        int status = 200;
        enum { Mock, Refused, Hang } kind = Mock;
        for (const QString &w : words.mid(1)) {
            const QString value = w.section(u'=', 1);
            if (w.startsWith(u"w="))
                s.weight = value.toInt();
            else if (w.startsWith(u"max_fails="))
                s.maxFails = value.toInt();
            else if (w.startsWith(u"fail_timeout="))
                s.failTimeoutSec = value.toInt();
            else if (w.startsWith(u"max_conns="))
                s.maxConns = value.toInt();
            else if (w == u"backup")
                s.backup = true;
            else if (w == u"down")
                s.down = true;
            else if (w == u"refused")
                kind = Refused;
            else if (w == u"hang")
                kind = Hang;
            else if (w.startsWith(u"status="))
                status = value.toInt();
        }
        quint16 port = 0;
        if (kind == Refused) {
            port = freePort(); // nothing listens there
        } else if (kind == Hang) {
            auto server = std::make_unique<QTcpServer>();
            server->listen(QHostAddress::LocalHost, 0); // the kernel completes handshakes; nobody answers
            port = server->serverPort();
            lab.hanging.push_back(std::move(server));
        } else {
            MockBackendConfig mock;
            mock.name = s.name;
            mock.listen = u"127.0.0.1:0"_s;
            mock.behaviour.status = status;
            if (echoUri)
                mock.behaviour.body = u"{{uri}}"_s; // what the upstream was asked for
            MockBackend *backend = lab.mocks->add(mock);
            QString error;
            lab.mocks->start(backend, &error);
            port = backend->port();
        }
        s.address = u"127.0.0.1:%1"_s.arg(port);
        g.servers.append(s);
    }
    quint32 mask = 0;
    for (const QString &w : next.split(u' ', Qt::SkipEmptyParts))
        mask |= NextUpstreamConditions::flag(w);
    c.proxy.nextUpstream = mask;
    c.proxy.nextUpstreamTries = tries;
    c.proxy.readTimeoutMs = readTimeoutMs;
    c.proxy.upstreamNameHeader = false;
    c.listeners[0].port = freePort();
    return lab;
}

QStringList tst_NginxParity::send(quint16 port, const QStringList &requests)
{
    QStringList results;
    for (const QString &line : requests) {
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        int repeat = 1;
        if (words.last().startsWith(u'x')) {
            repeat = words.last().mid(1).toInt();
            words.removeLast();
        }
        QHostAddress source;
        QByteArray extra;
        while (words.size() > 1 && (words.last().startsWith(u'@') || words.last().contains(u'='))) {
            const QString w = words.takeLast();
            if (w.startsWith(u'@'))
                source = QHostAddress(w.mid(1));
            else if (w.startsWith(u"real="))
                extra += "X-Real-IP: " + w.mid(5).toLatin1() + "\r\n";
            else if (w.startsWith(u"xff="))
                extra += "X-Forwarded-For: " + w.mid(4).toLatin1().replace(',', ", ") + "\r\n";
        }
        const QByteArray method = words.size() > 1 ? words.first().toLatin1() : "GET"_ba;
        const QByteArray path = words.last().toLatin1();
        for (int i = 0; i < repeat; ++i) {
            TestClient client(port, QHostAddress::LocalHost, source);
            QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: parity\r\nConnection: close\r\n" + extra;
            if (method == "POST")
                request += "Content-Length: 4\r\n\r\nbody";
            else
                request += "\r\n";
            const TestResponse r = client.request(request, 15000);
            const QByteArray backend = r.header("X-Backend-Name");
            QString result = QString::fromLatin1(backend.isEmpty() ? "-"_ba : backend) + u'/' + QString::number(r.status);
            if (const QByteArray location = r.header("Location"); !location.isEmpty()) {
                // nginx and the lab listen on different ports in this harness.
                static const QRegularExpression port(u":\\d+/"_s);
                result += u'>' + QString::fromLatin1(location).replace(port, u":PORT/"_s);
            }
            if (r.status == 200 && (backend.isEmpty() || r.body.startsWith('/')))
                result += u'=' + QString::fromUtf8(r.body.toPercentEncoding("/"));
            results.append(result);
        }
    }
    return results;
}

void tst_NginxParity::sequences_data()
{
    QTest::addColumn<QString>("servers");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("tries");
    QTest::addColumn<int>("readTimeoutMs");
    QTest::addColumn<QStringList>("requests");
    const QString def = u"error timeout"_s;
    const int t = 60000;

    QTest::newRow("rr-equal") << u"a; b; c"_s << u""_s << def << 0 << t << QStringList{u"/ x9"_s};
    QTest::newRow("rr-5-1-1") << u"a w=5; b; c"_s << u""_s << def << 0 << t << QStringList{u"/ x14"_s};
    QTest::newRow("rr-3-2-1") << u"a w=3; b w=2; c"_s << u""_s << def << 0 << t << QStringList{u"/ x12"_s};
    QTest::newRow("rr-1-2-3") << u"a; b w=2; c w=3"_s << u""_s << def << 0 << t << QStringList{u"/ x12"_s};
    QTest::newRow("rr-down") << u"a down; b; c w=2"_s << u""_s << def << 0 << t << QStringList{u"/ x9"_s};
    QTest::newRow("rr-refused-middle") << u"a; x refused; c"_s << u""_s << def << 0 << t << QStringList{u"/ x8"_s};
    QTest::newRow("rr-max-fails-2") << u"a w=2; x w=2 max_fails=2 refused; c"_s << u""_s << def << 0 << t << QStringList{u"/ x8"_s};
    QTest::newRow("backup-takes-over") << u"p1 refused; p2 refused; b5 backup; b6 w=2 backup"_s << u""_s << def << 0 << t << QStringList{u"/ x5"_s};
    QTest::newRow("all-dead-no-backup") << u"p1 refused; p2 refused"_s << u""_s << def << 0 << t << QStringList{u"/ x3"_s};
    QTest::newRow("single-refused") << u"only refused"_s << u""_s << def << 0 << t << QStringList{u"/ x3"_s};
    QTest::newRow("http500-three") << u"p1 status=500; p2 status=500; p3 status=500"_s << u""_s << u"error timeout http_500"_s << 0 << t << QStringList{u"/ x3"_s};
    QTest::newRow("http500-two") << u"p1 status=500; p2 status=500"_s << u""_s << u"error timeout http_500"_s << 0 << t << QStringList{u"/ x3"_s};
    QTest::newRow("http500-unlisted-passes") << u"p1 status=500; p2"_s << u""_s << def << 0 << t << QStringList{u"/ x4"_s};
    QTest::newRow("post-502-not-retried") << u"p1 status=502; p2; p3"_s << u""_s << u"error timeout http_502"_s << 0 << t << QStringList{u"POST /p"_s, u"/ x3"_s};
    QTest::newRow("post-502-non-idempotent") << u"p1 status=502; p2; p3"_s << u""_s << u"error timeout http_502 non_idempotent"_s << 0 << t << QStringList{u"POST /p x3"_s};
    QTest::newRow("post-refused-is-retried") << u"x refused; p2"_s << u""_s << def << 0 << t << QStringList{u"POST /p x3"_s};
    QTest::newRow("next-upstream-off") << u"a; x refused; c"_s << u""_s << u""_s << 0 << t << QStringList{u"/ x6"_s};
    QTest::newRow("tries-2") << u"p1 refused; p2 refused; p3 refused"_s << u""_s << def << 2 << t << QStringList{u"/ x3"_s};
    QTest::newRow("http404-not-a-failure") << u"p1 status=404; p2"_s << u""_s << u"error timeout http_404"_s << 0 << t << QStringList{u"/ x4"_s};
    QTest::newRow("http503-last-passes") << u"p1 status=503; p2 status=503"_s << u""_s << u"error timeout http_503"_s << 0 << t << QStringList{u"/ x3"_s};
    QTest::newRow("read-timeout-504") << u"a; h hang; c"_s << u""_s << def << 0 << 600 << QStringList{u"/ x5"_s};
    QTest::newRow("read-timeout-single") << u"h hang"_s << u""_s << def << 0 << 600 << QStringList{u"/ x2"_s};
    QTest::newRow("least-conn-5-1-1") << u"a w=5; b; c"_s << u"least_conn"_s << def << 0 << t << QStringList{u"/ x7"_s};
    QTest::newRow("least-conn-backup") << u"a refused; b refused; c backup"_s << u"least_conn"_s << def << 0 << t << QStringList{u"/ x4"_s};
    QStringList clients;
    for (int i = 0; i < 12; ++i)
        clients.append(u"/ @127.0.%1.1 x2"_s.arg(i * 7));
    QTest::newRow("ip-hash-equal") << u"b1; b2; b3"_s << u"ip_hash"_s << def << 0 << t << clients;
    QTest::newRow("ip-hash-weighted-down") << u"b1 w=2; b2; b3 down"_s << u"ip_hash"_s << def << 0 << t << clients;
    QTest::newRow("ip-hash-refused") << u"b1; b2 refused; b3"_s << u"ip_hash"_s << def << 0 << t << clients;
    QStringList keys;
    for (const char *k : {"foo", "bar", "a", "b", "c", "user1", "user2", "user42", "12345", "k0", "k1", "k2", "k3",
                          "k4", "k5", "k6", "k7", "%2findex.html", "hello+world"})
        keys.append(u"/?k=%1"_s.arg(QLatin1StringView(k)));
    QTest::newRow("hash-arg") << u"b1; b2 w=2; b3"_s << u"hash $arg_k"_s << def << 0 << t << keys;
    QTest::newRow("hash-arg-down") << u"b1; b2 w=2; b3 down"_s << u"hash $arg_k"_s << def << 0 << t << keys;
    QTest::newRow("hash-request-uri-refused") << u"b1; b2 refused; b3"_s << u"hash $request_uri"_s << def << 0 << t << keys;
    QTest::newRow("chash-arg") << u"b1; b2; b3"_s << u"hash $arg_k consistent"_s << def << 0 << t << keys;
    QTest::newRow("chash-weighted-down") << u"b1 w=2; b2; b3 down"_s << u"hash $arg_k consistent"_s << def << 0 << t << keys;
    QStringList realClients;
    for (const char *ip : {"192.168.1.10", "10.0.0.1", "10.0.1.1", "8.8.8.8", "1.2.3.4", "2001:db8::1", "::1"})
        realClients.append(u"/ real=%1 x2"_s.arg(QLatin1StringView(ip)));
    QTest::newRow("realip-x-real-ip-ip-hash") << u"b1; b2; b3"_s << u"ip_hash realip"_s << def << 0 << t << realClients;
    QStringList chains;
    for (const char *chain : {"1.2.3.4,127.0.0.5", "8.8.8.8,127.0.0.9,127.0.0.1", "10.0.1.1", "9.9.9.9,bogus"})
        chains.append(u"/ xff=%1 x2"_s.arg(QLatin1StringView(chain)));
    QTest::newRow("realip-xff-recursive-ip-hash") << u"b1; b2; b3"_s << u"ip_hash realip-xff"_s << def << 0 << t << chains;
    QTest::newRow("chash-refused") << u"b1 refused; b2; b3"_s << u"hash $arg_k consistent"_s << def << 0 << t << keys;
    // $uri is the normalised path: decoded, slashes merged, dot segments resolved, no arguments.
    QStringList paths;
    for (const char *path : {"/a/../b", "/b", "/a//b", "/a/b", "/%61/b", "/x/./y?z=1", "/x/y", "/a%2Fb", "/a/b/",
                             "/%7Euser", "/~user", "/a/%2e%2e/c", "/c", "/A", "/q?k=1", "/q?k=2", "//double//slash"})
        paths.append(QString::fromLatin1(path));
    QTest::newRow("hash-uri-normalised") << u"b1; b2; b3; b4"_s << u"hash $uri"_s << def << 0 << t << paths;
    // Locations: exact first, then the longest prefix, matched against $uri; return answers.
    const QStringList located = {u"/healthz"_s, u"/healthz/"_s, u"HEAD /healthz"_s, u"/healthz?x=1"_s, u"/gone/a"_s,
                                 u"/gone/exact"_s, u"/gone/exact/more"_s, u"/%67one/a"_s, u"/x/../gone/a"_s,
                                 u"/gone//exact"_s, u"/../x"_s, u"/moved"_s, u"/moved/deeper"_s, u"/close"_s,
                                 u"/teapot"_s, u"/empty"_s, u"POST /healthz"_s, u"/secure/a%20b?x=1&y"_s,
                                 u"/echo/%41/../b?a=1&b=2"_s, u"/api/users?id=7"_s, u"/api/"_s, u"/api/a%20b/%3F?q"_s,
                                 u"/api//x/./y/../z?"_s, u"/v2/list?all"_s, u"/v2/%C3%A9t%C3%A9"_s, u"/one?x"_s,
                                 u"/one/more"_s, u"/apix"_s, u"/ x3"_s, u"/api/%7B%7C%7D%22%3C%3E%5C%5E%60"_s,
                                 u"/api/a%zz"_s, u"/gone/a%00b"_s, u"/echo/x#frag"_s};
    QTest::newRow("locations-exact-prefix-return") << u"b1; b2; b3"_s << u"locations"_s << def << 0 << t << located;
    QTest::newRow("chash-uri-normalised") << u"b1; b2; b3; b4"_s << u"hash $uri consistent"_s << def << 0 << t << paths;
}

void tst_NginxParity::sequences()
{
    QFETCH(QString, servers);
    QFETCH(QString, method);
    QFETCH(QString, next);
    QFETCH(int, tries);
    QFETCH(int, readTimeoutMs);
    QFETCH(QStringList, requests);

    // One lab for both: consistent hashing hashes the server addresses as written.
    Lab lab = buildLab(servers, method, next, tries, readTimeoutMs);
    QStringList fromNginx;
    {
        NginxProcess nginx;
        QString error;
        QVERIFY2(nginx.start(NginxExporter::exportLab(lab.config), quint16(lab.config.listeners[0].port), &error),
                 qPrintable(error));
        fromNginx = send(quint16(lab.config.listeners[0].port), requests);
    }
    QStringList fromLab;
    {
        ProxyEngine engine; // fresh balancer state, as a freshly started nginx has
        QString error;
        LabConfig config = lab.config;
        config.listeners[0].port = 0;
        QVERIFY2(engine.start(config, &error), qPrintable(error));
        fromLab = send(engine.listenerPort(0), requests);
    }
    QCOMPARE(fromLab.join(u' '), fromNginx.join(u' '));
}

void tst_NginxParity::randomDistributions_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("random") << u"random"_s;
    QTest::newRow("random-two") << u"random two"_s;
    QTest::newRow("random-two-least-conn") << u"random two least_conn"_s;
}

void tst_NginxParity::randomDistributions()
{
    // Not a sequence (nginx seeds random() per worker): both must follow the
    // same distribution. Chi-square, 2 degrees of freedom, 0.01% critical value 18.4.
    // `random` follows the weights 1:2:3. With `two`, sequential requests always
    // tie and nginx takes the second pick, a weighted pick distinct from the
    // first: P(i) = sum over a != i of p_a * p_i / (1 - p_a) = 0.25, 0.40, 0.35.
    QFETCH(QString, method);
    const int n = 300;
    const bool two = method.contains(u"two"_s);
    auto chiSquare = [n, two](const QStringList &results) {
        QHash<QString, int> counts;
        for (const QString &r : results)
            ++counts[r.section(u'/', 0, 0)];
        const double expected[] = {n * (two ? 0.25 : 1 / 6.0), n * (two ? 0.40 : 2 / 6.0), n * (two ? 0.35 : 3 / 6.0)};
        double chi2 = 0;
        for (int i = 0; i < 3; ++i) {
            const double d = counts.value(u"b%1"_s.arg(i + 1)) - expected[i];
            chi2 += d * d / expected[i];
        }
        return chi2;
    };
    const QString servers = u"b1; b2 w=2; b3 w=3"_s;
    const QStringList requests{u"/ x%1"_s.arg(n)};
    {
        Lab lab = buildLab(servers, method, u"error timeout"_s, 0, 60000);
        NginxProcess nginx;
        QString error;
        QVERIFY2(nginx.start(NginxExporter::exportLab(lab.config), quint16(lab.config.listeners[0].port), &error),
                 qPrintable(error));
        const double chi2 = chiSquare(send(quint16(lab.config.listeners[0].port), requests));
        QVERIFY2(chi2 < 18.4, qPrintable(u"nginx chi2 = %1"_s.arg(chi2)));
    }
    {
        Lab lab = buildLab(servers, method, u"error timeout"_s, 0, 60000);
        lab.config.listeners[0].port = 0;
        ProxyEngine engine;
        QString error;
        QVERIFY2(engine.start(lab.config, &error), qPrintable(error));
        const double chi2 = chiSquare(send(engine.listenerPort(0), requests));
        QVERIFY2(chi2 < 18.4, qPrintable(u"lab chi2 = %1"_s.arg(chi2)));
    }
}

QStringList tst_NginxParity::sendRouted(quint16 port, const QStringList &requests, const QList<QByteArray> &reported)
{
    QStringList results;
    for (const QString &line : requests) {
        const bool v6 = line.startsWith(u"6 "_s);
        const QString rest = v6 ? line.mid(2) : line;
        const QString host = rest.section(u' ', 0, 0);
        const QByteArray path = rest.section(u' ', 1).toLatin1();
        TestClient client(port, v6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost));
        QByteArray request;
        if (host == u"-")
            request = "GET " + path + " HTTP/1.0\r\n\r\n";
        else if (host == u"none")
            request = "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n";
        else
            request = "GET " + path + " HTTP/1.1\r\nHost: " + host.toLatin1()
                      + "\r\nX-Forwarded-For: 10.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n";
        const TestResponse r = client.request(request, 15000);
        const QByteArray backend = r.header("X-Backend-Name");
        QString result = line + u" => "_s + QString::fromLatin1(backend.isEmpty() ? "-"_ba : backend) + u'/'
                         + QString::number(r.status);
        if (!backend.isEmpty() || r.status == 200) {
            static const QRegularExpression requestId(u"\\b[0-9a-f]{32}\\b"_s);
            result += u' ' + QString::fromUtf8(r.body.trimmed()).replace(requestId, u"RID"_s);
        }
        if (const QByteArray location = r.header("Location"); !location.isEmpty()) {
            static const QRegularExpression portRe(u":\\d+/"_s);
            result += u" >"_s + QString::fromLatin1(location).replace(portRe, u":PORT/"_s);
        }
        for (const QByteArray &name : reported) {
            if (const QByteArray value = r.header(name); !value.isEmpty())
                result += u" +%1:%2"_s.arg(QString::fromLatin1(name), QString::fromLatin1(value));
        }
        results.append(result);
    }
    return results;
}

void tst_NginxParity::routing()
{
    // Four name-based servers on one port, every location kind, rewrites at
    // both levels, per-location header lines, add_header and proxy_redirect.
    MockBackendHost mocks(1);
    LabConfig c;
    c.name = u"routing"_s;
    c.proxy.upstreamNameHeader = false;
    c.proxy.headers = ProxySettings::labDefaultHeaders(true); // Host $host
    for (const char *name : {"shop", "img", "api", "fallback"}) {
        MockBackendConfig mock;
        mock.name = QString::fromLatin1(name);
        mock.listen = u"127.0.0.1:0"_s;
        mock.behaviour.body = u"{{uri}}|{{header.host}}|{{header.x-loc}}"_s;
        if (mock.name == u"api")
            mock.behaviour.headers = {{u"Location"_s, u"http://{{header.host}}/v1/landing"_s}};
        MockBackend *backend = mocks.add(mock);
        QString error;
        QVERIFY2(mocks.start(backend, &error), qPrintable(error));
        UpstreamGroup g;
        g.name = u"g_"_s + mock.name;
        UpstreamServer server;
        server.name = mock.name;
        server.address = u"127.0.0.1:%1"_s.arg(backend->port());
        g.servers = {server};
        c.upstreams.append(g);
    }
    const int port = freePort();
    Listener shop;
    shop.port = port;
    shop.serverNames = {u"shop.test"_s, u"www.shop.test"_s};
    shop.rewrites = {{u"^/old/(.*)$"_s, u"/new/$1"_s, RewriteRule::Flag::Permanent},
                     {u"^/legacy/(.*)$"_s, u"/products/$1"_s, RewriteRule::Flag::Last}};
    shop.routes.append(Route::proxyTo(u"/"_s, u"g_shop"_s));
    shop.routes.append(Route::returning(u"/exact"_s, 200, u"exact $host $server_name"_s, true));
    Route statics = Route::proxyTo(u"/static/"_s, u"g_shop"_s);
    statics.match = LocationMatch::PrefixNoRegex;
    statics.proxyUri = u"/assets/"_s;
    shop.routes.append(statics);
    Route pictures = Route::proxyTo(u"\\.(png|jpg)$"_s, u"g_img"_s);
    pictures.match = LocationMatch::RegexCaseless;
    shop.routes.append(pictures);
    Route users = Route::proxyTo(u"^/users/(\\d+)$"_s, u"g_api"_s);
    users.match = LocationMatch::Regex;
    users.proxyUri = u"/u/$1"_s;
    shop.routes.append(users);
    Route products = Route::proxyTo(u"/products/"_s, u"g_shop"_s);
    products.headers.proxySetHeader = {{u"X-Loc"_s, u"products"_s, false}, {u"Host"_s, u"$host"_s, false}};
    products.headers.addHeader = {{u"X-Added"_s, u"products $upstream_status"_s, false}};
    shop.routes.append(products);
    Route api = Route::proxyTo(u"/api/"_s, u"g_api"_s);
    api.proxyUri = u"/v1/"_s;
    api.headers.proxySetHeader = {{u"Host"_s, u"$proxy_host"_s, false}};
    shop.routes.append(api);
    Route loop = Route::proxyTo(u"/loop"_s, u"g_shop"_s);
    loop.rewrites = {{u"^"_s, u"/loop"_s, RewriteRule::Flag::Last}};
    shop.routes.append(loop);
    Route args = Route::proxyTo(u"/args/"_s, u"g_shop"_s);
    args.rewrites = {{u"^/args/(.*)$"_s, u"/products/$1?extra=1"_s, RewriteRule::Flag::Last}};
    shop.routes.append(args);
    c.listeners.append(shop);

    Listener img;
    img.port = port;
    img.serverNames = {u"*.img.test"_s, u"img.*"_s};
    img.headers.addHeader = {{u"X-Server"_s, u"img $server_name"_s, true}};
    img.routes = {Route::proxyTo(u"/"_s, u"g_img"_s)};
    c.listeners.append(img);

    Listener versioned;
    versioned.port = port;
    versioned.serverNames = {u"~^api(?<ver>\\d+)\\.test$"_s};
    Route all = Route::proxyTo(u"/"_s, u"g_api"_s);
    all.rewrites = {{u"^(.*)$"_s, u"/v$ver$1"_s, RewriteRule::Flag::Break}};
    versioned.routes = {all};
    c.listeners.append(versioned);

    Listener fallback;
    fallback.port = port;
    fallback.defaultServer = true;
    fallback.routes = {Route::proxyTo(u"/"_s, u"g_fallback"_s)};
    c.listeners.append(fallback);
    const QList<ConfigIssue> issues = LabValidator::validate(c);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));

    const QStringList requests = {
        u"shop.test /"_s,               u"SHOP.TEST /index.html"_s,     u"www.shop.test /exact"_s,
        u"shop.test /exact/more"_s,     u"shop.test /static/app.js"_s,  u"shop.test /static/logo.png"_s,
        u"shop.test /pics/Cat.JPG"_s,   u"shop.test /users/42?tab=1"_s, u"shop.test /users/x"_s,
        u"shop.test /products/list?page=2"_s, u"shop.test /old/thing?x=1"_s, u"shop.test /legacy/chair?color=red"_s,
        u"shop.test /api/items"_s,      u"shop.test /api?q=1"_s,         u"shop.test /loop"_s,
        u"shop.test /args/a%20b?y=2"_s, u"a.img.test /x.png"_s,          u"img.example /y"_s,
        u"api7.test /status?q=1"_s,     u"API12.TEST /a/b"_s,            u"unknown.test /"_s,
        u"- /"_s,                       u"bad..host /"_s,                u"shop.test. /exact"_s};
    QStringList fromNginx;
    {
        NginxProcess nginx;
        QString error;
        QVERIFY2(nginx.start(NginxExporter::exportLab(c), quint16(port), &error), qPrintable(error));
        fromNginx = sendRouted(quint16(port), requests);
    }
    QStringList fromLab;
    {
        ProxyEngine engine;
        QString error;
        LabConfig config = c;
        for (Listener &l : config.listeners)
            l.port = 0;
        QVERIFY2(engine.start(config, &error), qPrintable(error));
        fromLab = sendRouted(engine.listenerPort(0), requests);
    }
    if (qEnvironmentVariableIsSet("PARITY_VERBOSE")) {
        for (const QString &line : std::as_const(fromNginx))
            qInfo("%s", qPrintable(line));
    }
    int same = 0;
    for (qsizetype i = 0; i < requests.size(); ++i)
        same += fromLab.value(i) == fromNginx.value(i);
    if (same != requests.size()) {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (fromLab.value(i) != fromNginx.value(i))
                qWarning("nginx: %s\nlab:   %s", qPrintable(fromNginx.value(i)), qPrintable(fromLab.value(i)));
        }
    }
    QCOMPARE(fromLab, fromNginx);
}

void tst_NginxParity::headerLinesAndRewrites()
{
    // Header lines inherited from http to server to location (a level that
    // sets any replaces the list), nginx's defaults where a list has no Host
    // or Connection, an empty value removing a field, the variables they
    // use, add_header [always], proxy_hide_header, proxy_pass_header,
    // proxy_redirect FROM TO | off, rewrite's redirect flag and a replacement
    // ending in "?", an HTTP/1.1 request without Host, and a block that also
    // listens on [::1].
    MockBackendHost mocks(1);
    LabConfig c;
    c.name = u"headers"_s;
    c.proxy.upstreamNameHeader = false;
    for (const char *name : {"one", "moved"}) {
        MockBackendConfig mock;
        mock.name = QString::fromLatin1(name);
        mock.listen = u"127.0.0.1:0"_s;
        mock.behaviour.body = u"{{uri}}|host={{header.host}}|level={{header.x-level}}|own={{header.x-own}}"
                              "|ae={{header.accept-encoding}}|xff={{header.x-fwd}}|hh={{header.x-hh}}"
                              "|port={{header.x-port}}|rid={{header.x-rid}}|conn={{header.connection}}"_s;
        mock.behaviour.headers = {{u"X-Secret"_s, u"s"_s}, {u"X-Accel-Buffering"_s, u"no"_s}};
        if (mock.name == u"moved")
            mock.behaviour.headers.append({u"Location"_s, u"http://backend.test{{uri}}"_s});
        MockBackend *backend = mocks.add(mock);
        QString error;
        QVERIFY2(mocks.start(backend, &error), qPrintable(error));
        UpstreamGroup g;
        g.name = u"g_"_s + mock.name;
        UpstreamServer server;
        server.name = mock.name;
        server.address = u"127.0.0.1:%1"_s.arg(backend->port());
        g.servers = {server};
        c.upstreams.append(g);
    }
    c.proxy.headers = HeaderRules();
    c.proxy.headers.proxySetHeader = {{u"Host"_s, u"$host"_s, false},
                                      {u"X-Level"_s, u"http"_s, false},
                                      {u"X-Fwd"_s, u"$proxy_add_x_forwarded_for"_s, false},
                                      {u"X-Hh"_s, u"$http_host"_s, false},
                                      {u"X-Port"_s, u"$server_port"_s, false},
                                      {u"X-Rid"_s, u"$request_id"_s, false}};
    c.proxy.headers.addHeader = {{u"X-Added"_s, u"http $upstream_status"_s, false}};
    c.proxy.headers.proxyHideHeader = {u"X-Secret"_s};
    const int port = freePort();
    Listener a;
    a.port = port;
    a.moreListens = {{u"::1"_s, port, false}};
    a.serverNames = {u"a.test"_s};
    a.rewrites = {{u"^/drop/(.*)$"_s, u"/kept/$1?"_s, RewriteRule::Flag::Last},
                  {u"^/tmp/(.*)$"_s, u"/t/$1"_s, RewriteRule::Flag::Redirect},
                  {u"^/tmpq/(.*)$"_s, u"/t/$1?only=1"_s, RewriteRule::Flag::Redirect}};
    a.routes.append(Route::proxyTo(u"/"_s, u"g_one"_s));
    Route own = Route::proxyTo(u"/own/"_s, u"g_one"_s);
    own.headers.proxySetHeader = {{u"X-Own"_s, u"own $uri"_s, false}, {u"Accept-Encoding"_s, QString(), false}};
    own.headers.addHeader = {{u"X-Added"_s, u"own"_s, true}};
    a.routes.append(own);
    Route pass = Route::proxyTo(u"/pass/"_s, u"g_one"_s);
    pass.headers.proxyPassHeader = {u"X-Accel-Buffering"_s};
    pass.headers.proxyHideHeader = {u"X-Other"_s}; // replaces the http level's: X-Secret shows
    a.routes.append(pass);
    Route moved = Route::proxyTo(u"/moved/"_s, u"g_moved"_s);
    moved.headers.proxyRedirect = {u"http://backend.test/moved/ /elsewhere/"_s};
    a.routes.append(moved);
    Route kept = Route::proxyTo(u"/keep/"_s, u"g_moved"_s);
    kept.headers.proxyRedirect = {u"off"_s};
    a.routes.append(kept);
    c.listeners.append(a);

    Listener b;
    b.port = port;
    b.serverNames = {u"b.test"_s};
    b.headers.proxySetHeader = {{u"X-Level"_s, u"server $server_name"_s, false}}; // no Host: $proxy_host; Connection close
    b.headers.addHeader = {{u"X-Server"_s, u"b"_s, false}};
    b.routes = {Route::proxyTo(u"/"_s, u"g_one"_s)};
    Route inner = Route::proxyTo(u"/inner/"_s, u"g_one"_s);
    inner.headers.proxySetHeader = {{u"Host"_s, u"inner.$host"_s, false}};
    b.routes.append(inner);
    c.listeners.append(b);
    const QList<ConfigIssue> issues = LabValidator::validate(c);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));

    const QStringList requests = {
        u"a.test /x?y=1"_s,          u"A.Test:81 /x"_s,          u"a.test /own/p"_s,       u"a.test /pass/p"_s,
        u"a.test /moved/m?q=1"_s,    u"a.test /keep/k"_s,        u"a.test /drop/d?gone=1"_s, u"a.test /tmp/t?x=1"_s,
        u"a.test /tmpq/t?x=1"_s,     u"6 a.test /x"_s,           u"6 b.test /x"_s,         u"b.test /"_s,
        u"b.test /inner/i"_s,        u"none /"_s,                u"- /own/"_s};
    const QList<QByteArray> reported = {"X-Added", "X-Server", "X-Secret", "X-Accel-Buffering"};
    QStringList fromNginx;
    {
        NginxProcess nginx;
        QString error;
        QVERIFY2(nginx.start(NginxExporter::exportLab(c), quint16(port), &error), qPrintable(error));
        fromNginx = sendRouted(quint16(port), requests, reported);
    }
    QStringList fromLab;
    {
        // On nginx's port, free again: $server_port and the Location say the same.
        ProxyEngine engine;
        QString error;
        QVERIFY2(engine.start(c, &error), qPrintable(error));
        fromLab = sendRouted(quint16(port), requests, reported);
    }
    if (qEnvironmentVariableIsSet("PARITY_VERBOSE")) {
        for (const QString &line : std::as_const(fromNginx))
            qInfo("%s", qPrintable(line));
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (fromLab.value(i) != fromNginx.value(i))
            qWarning("nginx: %s\nlab:   %s", qPrintable(fromNginx.value(i)), qPrintable(fromLab.value(i)));
    }
    QCOMPARE(fromLab, fromNginx);
}

QTEST_GUILESS_MAIN(tst_NginxParity)
#include "tst_nginxparity.moc"
