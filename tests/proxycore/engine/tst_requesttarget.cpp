#include "balancing/clock.h"
#include "engine/labruntime.h"
#include "engine/requesttarget.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RequestTarget final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void bufferIsReusedAcrossRequests();
    void redirectHost_data();
    void redirectHost();
    void locationMatching_data();
    void locationMatching();
};

void tst_RequestTarget::parse_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("authority");
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("plain") << "/a/b"_ba << "/a/b"_ba << ""_ba << "/a/b"_ba << ""_ba;
    QTest::newRow("args") << "/a?x=1&y"_ba << "/a?x=1&y"_ba << ""_ba << "/a"_ba << "?x=1&y"_ba;
    QTest::newRow("empty-args") << "/a?"_ba << "/a?"_ba << ""_ba << "/a"_ba << "?"_ba;
    QTest::newRow("decoded") << "/a%20b"_ba << "/a%20b"_ba << ""_ba << "/a b"_ba << ""_ba;
    QTest::newRow("merged") << "//a///b"_ba << "//a///b"_ba << ""_ba << "/a/b"_ba << ""_ba;
    QTest::newRow("dots") << "/a/./b/../c"_ba << "/a/./b/../c"_ba << ""_ba << "/a/c"_ba << ""_ba;
    QTest::newRow("encoded-dots") << "/a/%2e%2e/c"_ba << "/a/%2e%2e/c"_ba << ""_ba << "/c"_ba << ""_ba;
    QTest::newRow("query-not-normalised") << "/a?b=//x/../"_ba << "/a?b=//x/../"_ba << ""_ba << "/a"_ba << "?b=//x/../"_ba;
    QTest::newRow("absolute-form") << "http://example.test:81/p?q"_ba << "/p?q"_ba << "example.test:81"_ba << "/p"_ba << "?q"_ba;
    QTest::newRow("absolute-form-case") << "HTTP://h/x"_ba << "/x"_ba << "h"_ba << "/x"_ba << ""_ba;
}

void tst_RequestTarget::parse()
{
    QFETCH(QByteArray, target);
    RequestTarget t;
    QCOMPARE(t.parse(target), RequestTarget::Error::None);
    QTEST(t.originForm().toByteArray(), "origin");
    QTEST(t.authority().toByteArray(), "authority");
    QTEST(t.uri().toByteArray(), "uri");
    QTEST(t.query().toByteArray(), "query");
}

void tst_RequestTarget::errors_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<RequestTarget::Error>("error");
    QTest::newRow("asterisk") << "*"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("https") << "https://h/x"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("no-path") << "http://h"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("query-without-path") << "http://h?x"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("no-authority") << "http:///x"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("relative") << "a/b"_ba << RequestTarget::Error::Unsupported;
    QTest::newRow("climbs") << "/../etc/passwd"_ba << RequestTarget::Error::ClimbsAboveRoot;
    QTest::newRow("climbs-encoded") << "/a/%2E%2E/%2e%2e/x"_ba << RequestTarget::Error::ClimbsAboveRoot;
    QTest::newRow("bad-escape") << "/a%zz"_ba << RequestTarget::Error::BadEscape;
    QTest::newRow("short-escape") << "/a%4"_ba << RequestTarget::Error::BadEscape;
    QTest::newRow("nul-escape") << "/a%00b"_ba << RequestTarget::Error::BadEscape;
}

void tst_RequestTarget::errors()
{
    QFETCH(QByteArray, target);
    QFETCH(RequestTarget::Error, error);
    RequestTarget t;
    QCOMPARE(t.parse(target), error);
}

void tst_RequestTarget::bufferIsReusedAcrossRequests()
{
    // A normalised $uri from one request must not survive into the next.
    RequestTarget t;
    QCOMPARE(t.parse("/a//b"), RequestTarget::Error::None);
    QCOMPARE(t.uri(), "/a/b");
    QCOMPARE(t.parse("/plain"), RequestTarget::Error::None);
    QCOMPARE(t.uri(), "/plain");
    QCOMPARE(t.parse("http://h/x"), RequestTarget::Error::None);
    QCOMPARE(t.parse("/y"), RequestTarget::Error::None);
    QVERIFY(t.authority().isEmpty());
    t.clear();
    QVERIFY(t.uri().isEmpty());
}

void tst_RequestTarget::redirectHost_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("name") << "site.test"_ba << "site.test"_ba;
    QTest::newRow("port-dropped") << "site.test:8080"_ba << "site.test"_ba;
    QTest::newRow("ipv6") << "[::1]"_ba << "[::1]"_ba;
    QTest::newRow("ipv6-port") << "[::1]:8080"_ba << "[::1]"_ba;
    QTest::newRow("none") << ""_ba << "127.0.0.1"_ba;
}

void tst_RequestTarget::redirectHost()
{
    QFETCH(QByteArray, host);
    QTEST(RequestTarget::redirectHost(host, "127.0.0.1").toByteArray(), "expected");
}

void tst_RequestTarget::locationMatching_data()
{
    // nginx's order: "=" first, then the longest prefix ($uri, normalised).
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("location"); // empty: none matches (404)
    QTest::newRow("exact") << "/healthz"_ba << u"= /healthz"_s;
    QTest::newRow("exact-after-normalising") << "//healthz"_ba << u"= /healthz"_s;
    QTest::newRow("prefix-beats-exact-on-longer-path") << "/healthz/x"_ba << u"/"_s;
    QTest::newRow("longest-prefix") << "/api/v2/x"_ba << u"/api/v2/"_s;
    QTest::newRow("shorter-prefix") << "/api/v1"_ba << u"/api/"_s;
    QTest::newRow("prefix-is-bytes") << "/apix"_ba << u"/api"_s;
    QTest::newRow("decoded") << "/%61pi/v2/"_ba << u"/api/v2/"_s;
    QTest::newRow("root") << "/other"_ba << u"/"_s;
}

void tst_RequestTarget::locationMatching()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, location);
    auto config = std::make_shared<LabConfig>();
    UpstreamGroup group;
    group.name = u"app"_s;
    UpstreamServer server;
    server.name = u"a"_s;
    server.address = u"127.0.0.1:9"_s;
    group.servers.append(server);
    config->upstreams.append(group);
    Listener listener;
    listener.routes = {Route::returning(u"/healthz"_s, 200, u"ok"_s, true), Route::proxyTo(u"/"_s, u"app"_s),
                       Route::proxyTo(u"/api"_s, u"app"_s), Route::proxyTo(u"/api/"_s, u"app"_s),
                       Route::proxyTo(u"/api/v2/"_s, u"app"_s)};
    config->listeners.append(listener);
    const SteadyClock clock;
    const LabRuntime runtime(config, &clock);

    RequestTarget t;
    QCOMPARE(t.parse(target), RequestTarget::Error::None);
    RequestRouter::Request request;
    request.path = t.uri();
    const RequestRouter::Decision d = runtime.router().route(request);
    if (location.isEmpty()) {
        QCOMPARE(d.status, 404);
        return;
    }
    QVERIFY(d.location >= 0);
    QCOMPARE(config->listeners[0].routes[d.location].nginxLocation(), location);
}

QTEST_APPLESS_MAIN(tst_RequestTarget)
#include "tst_requesttarget.moc"
