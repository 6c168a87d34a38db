#include "config/labjson.h"
#include "config/labvalidator.h"
#include "http/httpparser.h"
#include "http/uripath.h"
#include "routing/hostname.h"
#include "routing/requestrouter.h"
#include "routing/virtualservers.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// nginx 1.22's request routing, rule by rule, without sockets: each case is
// what nginx's documentation and sources (ngx_http_request.c,
// ngx_http_core_module.c, ngx_http_script.c, ngx_http_proxy_module.c) say.
// tests/nginx/tst_nginxparity.cpp runs the same rules side by side with nginx.
class tst_RequestRouter final : public QObject
{
    Q_OBJECT

private slots:
    void hostValidation_data();
    void hostValidation();
    void serverSelection_data();
    void serverSelection();
    void serverWithoutDefaultIsTheFirst();
    void oneServerBlockOnAnAddress();
    void locationSelection_data();
    void locationSelection();
    void rewrites_data();
    void rewrites();
    void tenUriChangesThenA500();
    void upstreamTarget_data();
    void upstreamTarget();
    void proxySetHeaderInheritance();
    void addHeaderInheritanceAndStatuses();
    void upstreamVariablesRead();
    void hideAndPassHeaders();
    void proxyRedirect_data();
    void proxyRedirect();
    void variables();
    void labValidation_data();
    void labValidation();
    void labJsonRoundTrip();
    void oldLabFileKeepsItsImplicitHeaders();

private:
    struct Routed {
        // The decision's host, $uri and $args view the request, as in a
        // session: the parser and the normalised path that hold them live as
        // long as the result.
        std::shared_ptr<HttpParser> parser = std::make_shared<HttpParser>(HttpParser::Kind::Request);
        QByteArray path;
        RequestRouter::Decision decision;
        QByteArray target;                   // what proxy_pass sends (proxied requests)
        QList<ProxyHeaders::Field> headers;  // the header lines sent
        QByteArray result;                   // "SERVER LOCATION -> target" or "STATUS text"
    };
    static LabConfig siteLab();
    static Routed route(const RequestRouter &router, const QByteArray &request, int endpoint = 0);
};

// Four name-based servers, every location kind, rewrites at both levels.
LabConfig tst_RequestRouter::siteLab()
{
    LabConfig lab = LabConfig::demo();
    lab.listeners.clear();
    auto server = [&](const QStringList &names, bool isDefault = false) -> Listener & {
        Listener l;
        l.address = u"127.0.0.1"_s;
        l.port = 8080;
        l.serverNames = names;
        l.defaultServer = isDefault;
        lab.listeners.append(l);
        return lab.listeners.last();
    };
    Listener &exact = server({u"example.org"_s, u"www.example.org"_s});
    exact.moreListens.append({u"::1"_s, 8080, false});
    exact.routes = {Route::proxyTo(u"/"_s, u"backend"_s)};
    server({u"*.example.org"_s}).routes = {Route::proxyTo(u"/"_s, u"backend"_s)};
    server({u"mail.*"_s}).routes = {Route::proxyTo(u"/"_s, u"backend"_s)};
    server({u"~^img(\\d+)\\.test$"_s}).routes = {Route::returning(u"/"_s, 200, u"image server $1"_s)};
    server({u".example.net"_s}).routes = {Route::proxyTo(u"/"_s, u"backend"_s)};
    server({u"_"_s}, true).routes = {Route::returning(u"/"_s, 200, u"default"_s)};
    server({}).routes = {Route::returning(u"/"_s, 200, u"nameless"_s)};

    // The documentation's example of location order, and more.
    Listener &site = server({u"site.test"_s});
    site.rewrites = {{u"^/old/(.*)$"_s, u"/new/$1"_s, RewriteRule::Flag::Last},
                     {u"^/perm/(.*)$"_s, u"/moved/$1"_s, RewriteRule::Flag::Permanent}};
    site.routes.append(Route::returning(u"/"_s, 200, u"A"_s, true));
    site.routes.append(Route::returning(u"/"_s, 200, u"B $uri"_s));
    site.routes.append(Route::returning(u"/documents/"_s, 200, u"C"_s));
    Route images = Route::returning(u"/images/"_s, 200, u"D"_s);
    images.match = LocationMatch::PrefixNoRegex;
    site.routes.append(images);
    Route pictures = Route::returning(u"\\.(gif|jpg|jpeg)$"_s, 200, u"E $1"_s);
    pictures.match = LocationMatch::RegexCaseless;
    site.routes.append(pictures);
    Route api = Route::proxyTo(u"/api/"_s, u"backend"_s);
    api.proxyUri = u"/v1/"_s;
    site.routes.append(api);
    Route users = Route::proxyTo(u"^/users/(?<id>\\d+)/(.*)$"_s, u"backend"_s);
    users.match = LocationMatch::Regex;
    users.proxyUri = u"/u/$id?page=$2"_s;
    site.routes.append(users);
    site.routes.append(Route::returning(u"/new/"_s, 200, u"new $uri $args"_s));
    Route args = Route::returning(u"/args/"_s, 200, u"$uri ? $args"_s);
    args.rewrites = {{u"^/args/keep$"_s, u"/args/kept?y=2"_s, RewriteRule::Flag::None},
                     {u"^/args/drop$"_s, u"/args/dropped?y=2?"_s, RewriteRule::Flag::None},
                     {u"^/args/none$"_s, u"/args/none2?"_s, RewriteRule::Flag::None},
                     {u"^/args/plain$"_s, u"/args/plain2"_s, RewriteRule::Flag::None},
                     {u"^/args/quoted/(.*)$"_s, u"/args/q?v=$1"_s, RewriteRule::Flag::None}};
    site.routes.append(args);
    Route redirect = Route::returning(u"/go/"_s, 200, u"not redirected"_s);
    redirect.rewrites = {{u"^/go/temp$"_s, u"/target"_s, RewriteRule::Flag::Redirect},
                         {u"^/go/abs/(.*)$"_s, u"http://other.test/$1"_s, RewriteRule::Flag::None},
                         {u"^/go/q/(.*)$"_s, u"/t?a=$1"_s, RewriteRule::Flag::Redirect},
                         {u"^/go/stop$"_s, u"/go/stopped"_s, RewriteRule::Flag::Break},
                         {u"^/go/pct/(.*)$"_s, u"/t/$1"_s, RewriteRule::Flag::Redirect}};
    site.routes.append(redirect);
    Route broken = Route::proxyTo(u"/b/"_s, u"backend"_s);
    broken.proxyUri = u"/ignored/"_s;
    broken.rewrites = {{u"^/b/(.*)$"_s, u"/x/$1"_s, RewriteRule::Flag::Break}};
    site.routes.append(broken);
    Route loop = Route::proxyTo(u"/loop"_s, u"backend"_s);
    loop.rewrites = {{u"^"_s, u"/loop"_s, RewriteRule::Flag::Last}};
    site.routes.append(loop);
    Route then = Route::returning(u"/then/"_s, 200, u"returned $uri"_s);
    then.rewrites = {{u"^/then/(.*)$"_s, u"/api/$1"_s, RewriteRule::Flag::None}};
    site.routes.append(then);
    Route onlyRewrites = Route::proxyTo(u"/moving/"_s, QString());
    onlyRewrites.rewrites = {{u"^/moving/(.*)$"_s, u"/api/$1"_s, RewriteRule::Flag::Last}};
    site.routes.append(onlyRewrites);

    // A named capture of the server name survives the rewrite's own match.
    Listener &versioned = server({u"~^api(?<ver>\\d+)\\.test$"_s});
    Route all = Route::proxyTo(u"/"_s, u"backend"_s);
    all.rewrites = {{u"^(.*)$"_s, u"/v$ver$1"_s, RewriteRule::Flag::Break}};
    versioned.routes = {all};
    return lab;
}

tst_RequestRouter::Routed tst_RequestRouter::route(const RequestRouter &router, const QByteArray &request, int endpoint)
{
    Routed out;
    HttpParser &parser = *out.parser;
    const QByteArray raw = request + (request.endsWith("\r\n\r\n") ? "" : "\r\n\r\n");
    const HttpParser::Step step = parser.parse(raw);
    if (step.event != HttpParser::Event::HeadComplete) {
        out.result = "parse error";
        return out;
    }
    const HttpHead &head = parser.head();
    QByteArrayView target = head.target();
    QByteArrayView authority;
    if (target.startsWith("http://")) {
        const QByteArrayView rest = target.sliced(7);
        const qsizetype slash = rest.indexOf('/');
        authority = rest.first(slash);
        target = rest.sliced(slash);
    }
    const qsizetype q = target.indexOf('?');
    const QByteArrayView rawPath = q < 0 ? target : target.first(q);
    out.path = UriPath::normalized(rawPath).value_or("/");
    const QByteArray &path = out.path;
    RequestRouter::Request r;
    r.endpoint = endpoint;
    r.hostGiven = !authority.isEmpty() || head.contains("host");
    r.host = authority.isEmpty() ? head.value("host") : authority;
    r.path = path;
    r.rawPath = rawPath;
    r.args = q < 0 ? QByteArrayView() : target.sliced(q + 1);
    r.localAddress = "127.0.0.1";
    r.localPort = 8080;
    r.vars.head = &head;
    r.vars.requestUri = target;
    r.vars.remoteAddr = "10.0.0.7";
    r.vars.serverPort = "8080";
    out.decision = router.route(r);
    const RequestRouter::Decision &d = out.decision;
    if (d.kind == RequestRouter::Decision::Kind::Answer) {
        out.result = QByteArray::number(d.status) + (d.text.isEmpty() ? QByteArray() : ' ' + d.text);
        return out;
    }
    const RequestRouter::LocationPlan *plan = router.location(d);
    RequestVariables vars = r.vars;
    vars.uri = d.state.uri;
    vars.args = d.state.args;
    vars.host = d.host;
    vars.captures = &d.state.captures;
    vars.serverName = router.server(d.server).serverName;
    const QByteArray proxyHost = plan->upstream.toUtf8();
    vars.proxyHost = proxyHost;
    out.target = RequestRouter::upstreamTarget(*plan, d.state, target, vars);
    out.headers = plan->requestHeaders.evaluate(vars);
    out.result = QByteArray::number(d.server) + ' ' + QByteArray::number(d.location) + " -> " + out.target;
    return out;
}

void tst_RequestRouter::hostValidation_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected"); // "!" = 400
    QTest::newRow("plain") << "example.org"_ba << "example.org"_ba;
    QTest::newRow("upper-case") << "ExAmple.ORG"_ba << "example.org"_ba;
    QTest::newRow("port") << "example.org:8080"_ba << "example.org"_ba;
    QTest::newRow("trailing-dot") << "example.org."_ba << "example.org"_ba;
    QTest::newRow("trailing-dot-port") << "example.org.:80"_ba << "example.org"_ba;
    QTest::newRow("ipv6") << "[::1]:8080"_ba << "[::1]"_ba;
    QTest::newRow("double-dot") << "a..b"_ba << "!"_ba;
    QTest::newRow("slash") << "a/b"_ba << "!"_ba;
    QTest::newRow("space") << "a b"_ba << "!"_ba;
    QTest::newRow("only-port") << ":80"_ba << "!"_ba;
    QTest::newRow("only-dot") << "."_ba << "!"_ba;
}

void tst_RequestRouter::hostValidation()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> got = HostName::validated(host);
    QCOMPARE(got.value_or("!"_ba), expected);
    // validate(): the same, without a copy of a host already in lower case.
    QByteArray lowered;
    const std::optional<QByteArrayView> view = HostName::validate(host, lowered);
    QCOMPARE(view ? view->toByteArray() : "!"_ba, expected);
    if (view && host.toLower() == host)
        QCOMPARE(view->data(), host.constData());
    else if (view)
        QCOMPARE(view->data(), lowered.constData());
}

void tst_RequestRouter::serverSelection_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray get = "GET / HTTP/1.1\r\nHost: ";
    QTest::newRow("exact") << get + "example.org" << "0 0 -> /"_ba;
    QTest::newRow("exact-second-name") << get + "www.example.org" << "0 0 -> /"_ba; // exact beats *.example.org
    QTest::newRow("case-insensitive") << get + "EXAMPLE.Org:8080" << "0 0 -> /"_ba;
    QTest::newRow("trailing-dot") << get + "example.org." << "0 0 -> /"_ba;
    QTest::newRow("leading-wildcard") << get + "shop.example.org" << "1 0 -> /"_ba;
    QTest::newRow("leading-wildcard-deeper") << get + "a.b.example.org" << "1 0 -> /"_ba;
    QTest::newRow("trailing-wildcard") << get + "mail.example.com" << "2 0 -> /"_ba;
    QTest::newRow("trailing-wildcard-needs-more") << get + "mail" << "200 default"_ba;
    QTest::newRow("regex-captures") << get + "img42.test" << "200 image server 42"_ba;
    QTest::newRow("regex-host-lower-cased") << get + "IMG7.TEST" << "200 image server 7"_ba;
    QTest::newRow("dot-name-bare") << get + "example.net" << "4 0 -> /"_ba;
    QTest::newRow("dot-name-sub") << get + "www.example.net" << "4 0 -> /"_ba;
    QTest::newRow("unknown-goes-to-default") << get + "unknown.test" << "200 default"_ba;
    QTest::newRow("underscore-is-just-a-name") << get + "_" << "200 default"_ba;
    QTest::newRow("invalid-host-400") << get + "a..b" << "400"_ba;
    QTest::newRow("named-capture-kept-through-rewrite") << "GET /x?q=1 HTTP/1.1\r\nHost: api7.test"_ba << "8 0 -> /v7/x?q=1"_ba;
    QTest::newRow("absolute-form-wins") << "GET http://example.org/ HTTP/1.1\r\nHost: unknown.test"_ba << "0 0 -> /"_ba;
    // No Host at all: the name "" of the block without server_name, not the default.
    QTest::newRow("http10-without-host") << "GET / HTTP/1.0"_ba << "200 nameless"_ba;
}

void tst_RequestRouter::serverSelection()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expected);
    RequestRouter router;
    QString error;
    QVERIFY2(router.build(siteLab(), &error), qPrintable(error));
    QCOMPARE(route(router, request).result, expected);
}

void tst_RequestRouter::serverWithoutDefaultIsTheFirst()
{
    LabConfig lab = siteLab();
    lab.listeners[5].defaultServer = false;
    RequestRouter router;
    QVERIFY(router.build(lab));
    QCOMPARE(route(router, "GET / HTTP/1.1\r\nHost: nowhere").result, "0 0 -> /"_ba);
    // The [::1] listen of the first block is an address of its own: only that block there.
    QCOMPARE(router.endpoints().size(), 2);
    QCOMPARE(router.endpointIndex(u"[::1]"_s, 8080), 1);
    QCOMPARE(route(router, "GET / HTTP/1.1\r\nHost: img1.test", 1).result, "0 0 -> /"_ba);
}

void tst_RequestRouter::oneServerBlockOnAnAddress()
{
    // Alone on its address, a block takes every host, named or not.
    auto names = [](const QStringList &texts) {
        QList<ServerName> out;
        for (const QString &t : texts)
            out.append(*ServerName::parse(t));
        return out;
    };
    VirtualServers one;
    one.add(3, names({u"shop.test"_s, u"*.shop.test"_s}), false);
    for (const char *host : {"shop.test", "a.shop.test", "other.test", ""})
        QCOMPARE(one.find(host), 3);
    // ... and a regex name still sets its captures.
    VirtualServers regex;
    regex.add(2, names({u"~^img(\\d+)\\.test$"_s}), false);
    RegexCaptures captures;
    QCOMPARE(regex.find("img7.test", &captures), 2);
    QCOMPARE(captures.group(1), "7"_ba);
    QCOMPARE(regex.find("other.test", &captures), 2);
    // Two blocks: an exact name, else the default.
    VirtualServers two;
    two.add(0, names({u"a.test"_s}), false);
    two.add(1, names({u"b.test"_s}), true);
    QCOMPARE(two.find("a.test"), 0);
    QCOMPARE(two.find("b.test"), 1);
    QCOMPARE(two.find("c.test"), 1);
    QCOMPARE(two.find(QByteArrayView("a.test.extra").first(6)), 0); // a view, not a whole string
}

void tst_RequestRouter::locationSelection_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    // nginx's documentation: location = / (A), / (B), /documents/ (C), ^~ /images/ (D), ~* \.(gif|jpg|jpeg)$ (E).
    QTest::newRow("exact-root") << "/"_ba << "200 A"_ba;
    QTest::newRow("prefix-root") << "/index.html"_ba << "200 B /index.html"_ba;
    QTest::newRow("longest-prefix") << "/documents/document.html"_ba << "200 C"_ba;
    QTest::newRow("no-regex-prefix") << "/images/1.gif"_ba << "200 D"_ba;
    QTest::newRow("regex-after-prefix") << "/documents/1.jpg"_ba << "200 E jpg"_ba;
    QTest::newRow("regex-caseless") << "/a/B.GIF"_ba << "200 E GIF"_ba;
    QTest::newRow("prefix-case-sensitive") << "/Documents/x"_ba << "200 B /Documents/x"_ba;
    QTest::newRow("matched-on-decoded-uri") << "/%64ocuments/x"_ba << "200 C"_ba;
    QTest::newRow("named-captures-in-proxy-uri") << "/users/42/profile"_ba << "7 6 -> /u/42?page=profile"_ba;
    QTest::newRow("directory-without-slash") << "/api?x=1"_ba << "301 http://site.test:8080/api/?x=1"_ba;
    QTest::newRow("returning-directory-no-redirect") << "/documents"_ba << "200 B /documents"_ba;
}

void tst_RequestRouter::locationSelection()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    RequestRouter router;
    QVERIFY(router.build(siteLab()));
    QCOMPARE(route(router, "GET " + path + " HTTP/1.1\r\nHost: site.test").result, expected);
}

void tst_RequestRouter::rewrites_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("server-last") << "/old/page?x=1"_ba << "200 new /new/page x=1"_ba;
    QTest::newRow("server-permanent") << "/perm/a?x=1"_ba << "301 http://site.test:8080/moved/a?x=1"_ba;
    QTest::newRow("args-appended") << "/args/keep?x=1"_ba << "200 /args/kept ? y=2&x=1"_ba;
    QTest::newRow("trailing-question-drops") << "/args/drop?x=1"_ba << "200 /args/dropped ? y=2"_ba;
    QTest::newRow("only-question-drops") << "/args/none?x=1"_ba << "200 /args/none2 ? "_ba;
    QTest::newRow("no-question-keeps") << "/args/plain?x=1"_ba << "200 /args/plain2 ? x=1"_ba;
    QTest::newRow("capture-escaped-in-args") << "/args/quoted/a%20b"_ba << "200 /args/q ? v=a%20b"_ba;
    QTest::newRow("capture-plain-when-unquoted") << "/args/quoted/ab"_ba << "200 /args/q ? v=ab"_ba;
    QTest::newRow("redirect-flag") << "/go/temp?x=1"_ba << "302 http://site.test:8080/target?x=1"_ba;
    QTest::newRow("absolute-replacement-redirects") << "/go/abs/p?x=1"_ba << "302 http://other.test/p?x=1"_ba;
    // The capture is escaped, then the Location unescaped as nginx does: %2f
    // and %3f come back as "/" and "?", a space stays %20.
    QTest::newRow("redirect-capture-escaping") << "/go/pct/a%2fb%20c%3fd"_ba << "302 http://site.test:8080/t/a/b%20c?d"_ba;
    QTest::newRow("redirect-capture-quoted") << "/go/q/a%20b?x=1"_ba << "302 http://site.test:8080/t?a=a%20b&x=1"_ba;
    QTest::newRow("redirect-with-args-adds-ampersand") << "/go/q/v?x=1"_ba << "302 http://site.test:8080/t?a=v&x=1"_ba;
    QTest::newRow("break-ignores-proxy-uri") << "/b/c%20d"_ba << "7 10 -> /x/c%20d"_ba;
    QTest::newRow("loop-500") << "/loop"_ba << "500"_ba;
    // break ends the rewrite module's directives, return included: nothing answers, a 404.
    QTest::newRow("break-skips-return") << "/go/stop"_ba << "404"_ba;
    QTest::newRow("no-flag-then-return") << "/then/x"_ba << "200 returned /api/x"_ba;
    QTest::newRow("last-finds-another-location") << "/moving/list?all"_ba << "7 5 -> /v1/list?all"_ba;
}

void tst_RequestRouter::rewrites()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    RequestRouter router;
    QVERIFY(router.build(siteLab()));
    QCOMPARE(route(router, "GET " + path + " HTTP/1.1\r\nHost: site.test").result, expected);
}

void tst_RequestRouter::tenUriChangesThenA500()
{
    // nginx: NGX_HTTP_MAX_URI_CHANGES is 10; the 11th lookup is "rewrite or
    // internal redirection cycle" and a 500.
    LabConfig lab = LabConfig::demo();
    Listener &l = lab.listeners[0];
    l.routes.clear();
    for (int i = 0; i < 12; ++i) {
        Route r = Route::proxyTo(u"/c%1/"_s.arg(i), u"backend"_s);
        r.rewrites = {{u"^/c%1/(\\d+)$"_s.arg(i), u"/c%1/$1"_s.arg(i + 1), RewriteRule::Flag::Last}};
        l.routes.append(r);
    }
    RequestRouter router;
    QVERIFY(router.build(lab));
    // From /c0/ each location sends the request on until /cN/ has no matching rewrite.
    QCOMPARE(route(router, "GET /c10/x HTTP/1.1\r\nHost: a").result, "0 10 -> /c10/x"_ba);
    Route &stop = l.routes[10];
    stop.rewrites.clear();
    QVERIFY(router.build(lab));
    QCOMPARE(route(router, "GET /c0/1 HTTP/1.1\r\nHost: a").result, "0 10 -> /c10/1"_ba); // 10 changes
    lab.listeners[0].routes[10].rewrites = {{u"^/c10/(\\d+)$"_s, u"/c11/$1"_s, RewriteRule::Flag::Last}};
    lab.listeners[0].routes[11].rewrites.clear();
    QVERIFY(router.build(lab));
    QCOMPARE(route(router, "GET /c0/1 HTTP/1.1\r\nHost: a").result, "500"_ba); // 11 changes
}

void tst_RequestRouter::upstreamTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    // proxy_pass without a URI sends the client's target as it came.
    QTest::newRow("unparsed") << "/a//b/../c%2F?x"_ba << "0 0 -> /a//b/../c%2F?x"_ba;
    // With a URI: it replaces the location's part of $uri; the rest is escaped if the client's was.
    QTest::newRow("uri-replaced") << "/api/users?id=7"_ba << "0 1 -> /v1/users?id=7"_ba;
    QTest::newRow("uri-escaped") << "/api/a%20b"_ba << "0 1 -> /v1/a%20b"_ba;
    QTest::newRow("uri-normalised-when-unquoted") << "/api/x//y"_ba << "0 1 -> /v1/x/y"_ba;
    QTest::newRow("empty-args-dropped") << "/api/x?"_ba << "0 1 -> /v1/x"_ba;
    QTest::newRow("escaped-question-mark") << "/api/a%3Fb"_ba << "0 1 -> /v1/a%3Fb"_ba;
}

void tst_RequestRouter::upstreamTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    LabConfig lab = LabConfig::demo();
    Route api = Route::proxyTo(u"/api/"_s, u"backend"_s);
    api.proxyUri = u"/v1/"_s;
    lab.listeners[0].routes.append(api);
    RequestRouter router;
    QVERIFY(router.build(lab));
    QCOMPARE(route(router, "GET " + target + " HTTP/1.1\r\nHost: a").result, expected);
}

void tst_RequestRouter::proxySetHeaderInheritance()
{
    LabConfig lab = LabConfig::demo();
    lab.proxy.headers.proxySetHeader = {{u"X-Http"_s, u"1"_s, false}, {u"Host"_s, u"$host"_s, false}};
    Listener &l = lab.listeners[0];
    l.routes.append(Route::proxyTo(u"/own/"_s, u"backend"_s));
    l.routes.last().headers.proxySetHeader = {{u"X-Loc"_s, u"$uri"_s, false}, {u"Accept"_s, QString(), false}};
    RequestRouter router;
    QVERIFY(router.build(lab));
    auto names = [](const QList<ProxyHeaders::Field> &fields) {
        QStringList out;
        for (const ProxyHeaders::Field &f : fields)
            out.append(QString::fromLatin1(f.name + ": " + f.value));
        return out;
    };
    const QByteArray request = " HTTP/1.1\r\nHost: Shop.Test:8080\r\nAccept: */*";
    // The http level's lines, then nginx's Connection default.
    QCOMPARE(names(route(router, "GET /x" + request).headers),
             (QStringList{u"X-Http: 1"_s, u"Host: shop.test"_s, u"Connection: close"_s}));
    // A location that sets any line replaces the whole list: no X-Http, Host back to $proxy_host;
    // an empty value sends nothing (and the client's Accept is not passed).
    QCOMPARE(names(route(router, "GET /own/y" + request).headers),
             (QStringList{u"X-Loc: /own/y"_s, u"Host: backend"_s, u"Connection: close"_s}));
    QVERIFY(router.location(route(router, "GET /own/y" + request).decision)->requestHeaders.replaces("accept"));
    QVERIFY(!router.location(route(router, "GET /x" + request).decision)->requestHeaders.replaces("accept"));
    // The server level in between.
    l.headers.proxySetHeader = {{u"X-Server"_s, u"$server_port"_s, false}};
    QVERIFY(router.build(lab));
    QCOMPARE(names(route(router, "GET /x" + request).headers),
             (QStringList{u"X-Server: 8080"_s, u"Host: backend"_s, u"Connection: close"_s}));
    // The lab's own defaults, as lines.
    QVERIFY(router.build(LabConfig::demo()));
    QCOMPARE(names(route(router, "GET /x HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 1.2.3.4").headers),
             (QStringList{u"Host: backend"_s, u"X-Real-IP: 10.0.0.7"_s, u"X-Forwarded-For: 1.2.3.4, 10.0.0.7"_s,
                          u"X-Forwarded-Proto: http"_s}));
    QCOMPARE(names(route(router, "GET /x HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: upgrade").headers),
             (QStringList{u"Host: backend"_s, u"Upgrade: websocket"_s, u"Connection: upgrade"_s, u"X-Real-IP: 10.0.0.7"_s,
                          u"X-Forwarded-For: 10.0.0.7"_s, u"X-Forwarded-Proto: http"_s}));
}

void tst_RequestRouter::addHeaderInheritanceAndStatuses()
{
    LabConfig lab = LabConfig::demo();
    lab.proxy.headers.addHeader = {{u"X-Http"_s, u"h"_s, false}};
    Listener &l = lab.listeners[0];
    l.headers.addHeader = {{u"X-Server"_s, u"$server_name"_s, false}, {u"X-Always"_s, u"a"_s, true}};
    l.serverNames = {u"shop.test"_s};
    l.routes.append(Route::returning(u"/own/"_s, 200, u"x"_s));
    l.routes.last().headers.addHeader = {{u"X-Loc"_s, u"$uri"_s, false}};
    RequestRouter router;
    QVERIFY(router.build(lab));
    auto added = [&](const QByteArray &path, int status) {
        const Routed r = route(router, "GET " + path + " HTTP/1.1\r\nHost: shop.test");
        RequestVariables vars;
        vars.uri = r.decision.state.uri;
        vars.serverName = router.server(r.decision.server).serverName;
        QStringList out;
        QByteArray lines;
        for (const ResponseRules::Field &f : router.responseRules(r.decision).addedFields(status, vars)) {
            out.append(QString::fromLatin1(f.name + ": " + f.value));
            lines += f.name + ": " + f.value + "\r\n";
        }
        // Appended into a head: the same lines, after what it holds.
        QByteArray head = "HTTP/1.1 200 OK\r\n";
        router.responseRules(r.decision).appendAddedFields(head, status, vars);
        if (head != "HTTP/1.1 200 OK\r\n" + lines)
            return QStringList{QString::fromLatin1(head)};
        return out;
    };
    QCOMPARE(added("/x", 200), (QStringList{u"X-Server: shop.test"_s, u"X-Always: a"_s}));
    QCOMPARE(added("/x", 404), QStringList{u"X-Always: a"_s}); // only `always` on an error
    QCOMPARE(added("/x", 302), (QStringList{u"X-Server: shop.test"_s, u"X-Always: a"_s}));
    QCOMPARE(added("/own/z", 200), QStringList{u"X-Loc: /own/z"_s});
    for (int status : {200, 201, 204, 206, 301, 302, 303, 304, 307, 308})
        QVERIFY(ResponseRules::addsOnStatus(status));
    for (int status : {202, 300, 400, 404, 500, 502})
        QVERIFY(!ResponseRules::addsOnStatus(status));
}

void tst_RequestRouter::upstreamVariablesRead()
{
    // A session builds $upstream_addr / $upstream_status only when add_header
    // or proxy_redirect reads them.
    LabConfig lab = LabConfig::demo();
    lab.proxy.headers.addHeader.clear();
    lab.proxy.headers.proxyRedirect.clear();
    Listener &l = lab.listeners[0];
    l.headers.addHeader.clear();
    l.headers.proxyRedirect.clear();
    l.routes = {Route::proxyTo(u"/"_s, u"backend"_s), Route::proxyTo(u"/a/"_s, u"backend"_s),
                Route::proxyTo(u"/s/"_s, u"backend"_s), Route::proxyTo(u"/r/"_s, u"backend"_s)};
    l.routes[1].headers.addHeader = {{u"X-Addr"_s, u"at $upstream_addr"_s, true}};
    l.routes[2].headers.addHeader = {{u"X-Status"_s, u"${upstream_status}"_s, false}};
    l.routes[3].headers.proxyRedirect = {u"http://x/ http://$upstream_addr/"_s};
    RequestRouter router;
    QVERIFY(router.build(lab));
    auto reads = [&](const QByteArray &path) -> QByteArray {
        const ResponseRules &rules = router.responseRules(route(router, "GET " + path + " HTTP/1.1\r\nHost: a").decision);
        return QByteArray(rules.readsUpstreamAddr() ? "addr" : "-") + ' ' + (rules.readsUpstreamStatus() ? "status" : "-");
    };
    QCOMPARE(reads("/"), "- -"_ba);
    QCOMPARE(reads("/a/"), "addr -"_ba);
    QCOMPARE(reads("/s/"), "- status"_ba);
    QCOMPARE(reads("/r/"), "addr -"_ba);
}

void tst_RequestRouter::hideAndPassHeaders()
{
    LabConfig lab = LabConfig::demo();
    lab.proxy.headers.proxyHideHeader = {u"X-Powered-By"_s};
    lab.listeners[0].routes.append(Route::proxyTo(u"/pass/"_s, u"backend"_s));
    lab.listeners[0].routes.last().headers.proxyPassHeader = {u"Server"_s};
    RequestRouter router;
    QVERIFY(router.build(lab));
    const ResponseRules &plain = router.responseRules(route(router, "GET / HTTP/1.1\r\nHost: a").decision);
    for (const char *name : {"Date", "server", "X-Pad", "X-Accel-Redirect", "x-powered-by"})
        QVERIFY2(plain.hides(name), name);
    QVERIFY(!plain.hides("Content-Type"));
    const ResponseRules &pass = router.responseRules(route(router, "GET /pass/ HTTP/1.1\r\nHost: a").decision);
    QVERIFY(!pass.hides("Server"));
    QVERIFY(pass.hides("Date"));
    QVERIFY(pass.hides("X-Powered-By")); // inherited: the location has no hide list of its own
}

void tst_RequestRouter::proxyRedirect_data()
{
    QTest::addColumn<QString>("proxyUri");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("expected"); // "-" = left as it is
    QTest::newRow("default-with-uri") << u"/v1/"_s << QStringList() << "http://backend/v1/x?y"_ba << "/api/x?y"_ba;
    QTest::newRow("default-without-uri") << QString() << QStringList() << "http://backend/api/x"_ba << "/api/x"_ba;
    QTest::newRow("default-other-host") << QString() << QStringList() << "http://elsewhere/x"_ba << "-"_ba;
    QTest::newRow("relative-untouched") << QString() << QStringList() << "/x"_ba << "-"_ba;
    QTest::newRow("off") << QString() << QStringList{u"off"_s} << "http://backend/x"_ba << "-"_ba;
    QTest::newRow("from-to") << QString() << QStringList{u"http://backend/ https://$host/"_s} << "http://backend/a"_ba
                             << "https://shop.test/a"_ba;
    QTest::newRow("first-match-wins") << QString() << QStringList{u"http://b/ /one/"_s, u"http://backend/ /two/"_s}
                                      << "http://backend/a"_ba << "/two/a"_ba;
    QTest::newRow("regex") << QString() << QStringList{u"~*^http://BACKEND/(.*)$ /r/$1"_s} << "http://backend/a/b"_ba
                           << "/r/a/b"_ba;
}

void tst_RequestRouter::proxyRedirect()
{
    QFETCH(QString, proxyUri);
    QFETCH(QStringList, rules);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, expected);
    LabConfig lab = LabConfig::demo();
    Route api = Route::proxyTo(u"/api/"_s, u"backend"_s);
    api.proxyUri = proxyUri;
    api.headers.proxyRedirect = rules;
    lab.listeners[0].routes.append(api);
    QVERIFY(LabValidator::validate(lab).isEmpty());
    RequestRouter router;
    QVERIFY(router.build(lab));
    const Routed r = route(router, "GET /api/x HTTP/1.1\r\nHost: shop.test");
    RequestVariables vars;
    vars.host = r.decision.host;
    const std::optional<QByteArray> rewritten = router.responseRules(r.decision).rewriteLocation(location, vars);
    QCOMPARE(rewritten.value_or("-"_ba), expected);
}

void tst_RequestRouter::variables()
{
    LabConfig lab = LabConfig::demo();
    Listener &l = lab.listeners[0];
    l.serverNames = {u"~^(?<sub>\\w+)\\.shop\\.test$"_s, u"x.test"_s};
    l.routes = {Route::returning(u"/"_s, 200,
                                 u"$host|$http_host|$server_name|$server_port|$sub|$request_uri|$uri|$args|$arg_b|"
                                 "$is_args|$request_method|$remote_addr|$scheme|$cookie_c|$http_x_y"_s)};
    Listener other;
    other.port = 8080;
    other.serverNames = {u".other.test"_s};
    other.routes = {Route::returning(u"/"_s, 200, u"$host $server_name"_s)};
    lab.listeners.append(other);
    QVERIFY(LabValidator::validate(lab).isEmpty());
    RequestRouter router;
    QVERIFY(router.build(lab));
    QCOMPARE(route(router, "GET /a/%2e%2e/b?a=1&B=2 HTTP/1.1\r\nHost: Eu.Shop.Test:8080\r\nCookie: c=3\r\nX-Y: z").result,
             "200 eu.shop.test|Eu.Shop.Test:8080|~^(?<sub>\\w+)\\.shop\\.test$|8080|eu|/a/%2e%2e/b?a=1&B=2|/b|a=1&B=2|2|?|"
             "GET|10.0.0.7|http|3|z"_ba);
    // Without a host, $host is the server's first name (the leading "." dropped).
    QCOMPARE(route(router, "GET / HTTP/1.0").result.left(4), "200 "_ba); // the first block has no "" name: the default
    QCOMPARE(route(router, "GET / HTTP/1.1\r\nHost: www.other.test").result, "200 www.other.test other.test"_ba);
}

void tst_RequestRouter::labValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("path");
    QTest::newRow("bad-server-name") << u"server_name *x.test"_s << u"listeners[0].server_name[0]"_s;
    QTest::newRow("bad-regex-name") << u"server_name ~(("_s << u"listeners[0].server_name[0]"_s;
    QTest::newRow("two-defaults") << u"two defaults"_s << u"listeners[1].default_server"_s;
    QTest::newRow("duplicate-listen") << u"duplicate listen"_s << u"listeners[0].also_listen[0]"_s;
    QTest::newRow("bad-location-regex") << u"location ~ ("_s << u"listeners[0].routes[0].location"_s;
    QTest::newRow("regex-location-uri") << u"regex proxy_uri"_s << u"listeners[0].routes[0].proxy_uri"_s;
    QTest::newRow("rewrite-regex") << u"rewrite (("_s << u"listeners[0].rewrite[0]"_s;
    QTest::newRow("rewrite-variable") << u"rewrite $nope"_s << u"listeners[0].routes[0].rewrite[0]"_s;
    QTest::newRow("header-name") << u"header name"_s << u"proxy.proxy_set_header[0]"_s;
    QTest::newRow("header-variable") << u"header variable"_s << u"listeners[0].add_header[0]"_s;
    QTest::newRow("always-on-proxy-set-header") << u"always"_s << u"listeners[0].routes[0].proxy_set_header[0]"_s;
    QTest::newRow("redirect-syntax") << u"proxy_redirect a b c"_s << u"listeners[0].routes[0].proxy_redirect[0]"_s;
    QTest::newRow("redirect-off-alone") << u"proxy_redirect off default"_s << u"listeners[0].routes[0].proxy_redirect[0]"_s;
}

void tst_RequestRouter::labValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, path);
    LabConfig lab = LabConfig::demo();
    Listener &l = lab.listeners[0];
    Route &r = l.routes[0];
    if (change == u"server_name *x.test")
        l.serverNames = {u"*x.test"_s};
    else if (change == u"server_name ~((")
        l.serverNames = {u"~(("_s};
    else if (change == u"two defaults") {
        l.defaultServer = true;
        lab.listeners.append(l);
    } else if (change == u"duplicate listen")
        l.moreListens = {{u"127.0.0.1"_s, 8080, false}};
    else if (change == u"location ~ (") {
        r.match = LocationMatch::Regex;
        r.location = u"("_s;
    } else if (change == u"regex proxy_uri") {
        r.match = LocationMatch::Regex;
        r.location = u"^/x"_s;
        r.proxyUri = u"/y"_s;
    } else if (change == u"rewrite ((")
        l.rewrites = {{u"(("_s, u"/x"_s, RewriteRule::Flag::None}};
    else if (change == u"rewrite $nope")
        r.rewrites = {{u"^"_s, u"/$nope"_s, RewriteRule::Flag::None}};
    else if (change == u"header name")
        lab.proxy.headers.proxySetHeader = {{u"Bad Name"_s, u"x"_s, false}};
    else if (change == u"header variable")
        l.headers.addHeader = {{u"X-A"_s, u"$nope"_s, false}};
    else if (change == u"always")
        r.headers.proxySetHeader = {{u"X-A"_s, u"1"_s, true}};
    else if (change == u"proxy_redirect a b c")
        r.headers.proxyRedirect = {u"a b c"_s};
    else if (change == u"proxy_redirect off default")
        r.headers.proxyRedirect = {u"off"_s, u"default"_s};
    const QList<ConfigIssue> issues = LabValidator::validate(lab);
    QStringList paths;
    for (const ConfigIssue &issue : issues)
        paths.append(issue.path);
    QVERIFY2(paths.contains(path), qPrintable(paths.join(u", "_s) + u" / "_s + issues.value(0).message));
}

void tst_RequestRouter::labJsonRoundTrip()
{
    LabConfig lab = siteLab();
    lab.listeners[0].headers.addHeader = {{u"X-A"_s, u"1"_s, false}, {u"X-B"_s, u"$upstream_status"_s, true}};
    lab.listeners[0].headers.proxyHideHeader = {u"X-Powered-By"_s};
    lab.listeners[0].headers.proxyPassHeader = {u"Server"_s};
    lab.listeners[0].headers.proxyRedirect = {u"default"_s, u"http://a/ /b/"_s};
    lab.listeners[0].routes[0].headers.proxySetHeader = {{u"Host"_s, u"$host"_s, false}, {u"Accept"_s, QString(), false}};
    lab.proxy.headers.proxySetHeader.clear(); // nginx's defaults
    const QList<ConfigIssue> issues = LabValidator::validate(lab);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
    const LabLoadResult loaded = LabJson::fromJson(LabJson::toJson(lab), u"site.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QCOMPARE(loaded.lab, lab);
}

void tst_RequestRouter::oldLabFileKeepsItsImplicitHeaders()
{
    // A lab written before header lines existed: a listener without server
    // blocks is one default server, and its implicit lines become explicit.
    const QByteArray old = R"({"format": 1, "name": "old",
        "listeners": [{"address": "127.0.0.1", "port": 8080, "routes": [{"location": "/", "upstream": "g"}]}],
        "upstreams": [{"name": "g", "servers": [{"address": "127.0.0.1:9001"}]}],
        "proxy": {"pass_client_host": true}})";
    const LabLoadResult loaded = LabJson::fromJson(old, u"old.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QCOMPARE(loaded.lab.proxy.headers.proxySetHeader, ProxySettings::labDefaultHeaders(true).proxySetHeader);
    QCOMPARE(loaded.lab.proxy.headers.proxySetHeader.first().value, u"$host"_s);
    QVERIFY(loaded.lab.listeners[0].serverNames.isEmpty());
    // pass_client_host next to proxy_set_header is a contradiction, said at its path.
    const LabLoadResult both = LabJson::fromJson(
        R"({"format": 1, "proxy": {"pass_client_host": true, "proxy_set_header": []}})", u"both.json"_s);
    QVERIFY(!both.ok);
    QVERIFY2(both.errorText.contains(u"proxy.pass_client_host"_s), qPrintable(both.errorText));
}

QTEST_GUILESS_MAIN(tst_RequestRouter)
#include "tst_requestrouter.moc"
