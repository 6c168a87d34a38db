#include "config/examplelabs.h"
#include "config/labjson.h"
#include "nginx/nginxexporter.h"
#include "nginx/nginximporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_NginxImport final : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void mapsAConfig();
    void serverLevelReturnAnswersEverything();
    void warnsWithFileAndLine();
    void keepaliveBeforeMethodIsOffLikeNginx();
    void includesRelativeToTheMainFile();
    void debianDefaultConfig();
    void serverBlocksByName();
    void locationKindsRewritesAndHeaderLines();
    void importedLabWithoutHeaderLinesHasNginxDefaults();
    void errors_data();
    void errors();
    void roundTrip_data();
    void roundTrip();
};

void tst_NginxImport::syntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty = parses
    QTest::newRow("quotes-and-escapes") << u"a \"x y\" 'p\\'q' \"t\\tu\" z\\;w;"_s << QString();
    QTest::newRow("variable-braces") << u"hash ${http_x}:$arg_k;"_s << QString();
    QTest::newRow("comment") << u"# hi\na b; # trailing\n"_s << QString();
    QTest::newRow("missing-semicolon") << u"events {}\nhttp { a b }"_s << u"t.conf:2:12: unexpected \"}\""_s;
    QTest::newRow("unclosed-block") << u"http {\n  a b;\n"_s << u"t.conf:3:1: unexpected end of file, expecting \"}\""_s;
    QTest::newRow("stray-close") << u"a b;\n}"_s << u"t.conf:2:1: unexpected \"}\""_s;
    QTest::newRow("unterminated-quote") << u"a \"b;\n"_s << u"t.conf:1:3: unexpected end of file inside a quoted string"_s;
    QTest::newRow("quote-then-letter") << u"a \"b\"c;"_s << u"t.conf:1:6: unexpected \"c\" after a quoted string"_s;
    QTest::newRow("eof-in-directive") << u"a b"_s << u"t.conf:1:4: unexpected end of file, expecting \";\" or \"}\""_s;
}

void tst_NginxImport::syntax()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const NginxParseResult r = NginxConfParser::parseText(text, u"t.conf"_s);
    QCOMPARE(r.ok, error.isEmpty());
    QCOMPARE(r.error, error);
    if (QTest::currentDataTag() == QByteArray("quotes-and-escapes"))
        QCOMPARE(r.directives.first().args, (QStringList{u"x y"_s, u"p'q"_s, u"t\tu"_s, u"z\\;w"_s})); // nginx keeps unknown escapes
    if (QTest::currentDataTag() == QByteArray("variable-braces"))
        QCOMPARE(r.directives.first().args, QStringList{u"${http_x}:$arg_k"_s});
}

void tst_NginxImport::mapsAConfig()
{
    const QString conf = uR"(
user www-data;
worker_processes 2;
events { worker_connections 768; }
http {
    proxy_read_timeout 5s;
    client_max_body_size 8m;
    upstream app {
        least_conn;
        server 127.0.0.1:9001 weight=3 max_fails=2 fail_timeout=30s;   # primary
        server 127.0.0.1:9002 max_conns=5 backup;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:8088 backlog=511;
        server_name lab.local;
        location /api/ {
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
        }
        location / {
            proxy_pass http://127.0.0.1:9003;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_set_header Host $host;
        }
        location = /healthz { return 200 "ok\n"; }
        location =/exact { proxy_pass http://app/v2/; proxy_next_upstream error timeout http_502 http_503;
                           proxy_next_upstream_tries 2; proxy_set_header Host $host; }
        location ^~ /old/ { return 301 /new/; }
        location /away { return https://example.org/; }
        location /drop { return 444; }
    }
}
)"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"site.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    const LabConfig &lab = r.lab;
    QCOMPARE(lab.name, u"site"_s);
    QCOMPARE(lab.proxy.workers, 2);
    QCOMPARE(lab.proxy.readTimeoutMs, 5000);
    QCOMPARE(lab.proxy.clientMaxBodySize, 8 * 1024 * 1024);
    QCOMPARE(lab.proxy.nextUpstream, quint32(NextError | NextTimeout | NextHttp502 | NextHttp503));
    QCOMPARE(lab.proxy.nextUpstreamTries, 2);
    // No proxy_set_header at the http level: nginx's defaults; each location keeps its own lines.
    QVERIFY(lab.proxy.headers.proxySetHeader.isEmpty());
    QVERIFY(lab.listeners[0].routes[0].headers.proxySetHeader.contains(HeaderLine{u"Host"_s, u"$host"_s, false}));
    const UpstreamGroup *app = lab.findUpstream(u"app"_s);
    QVERIFY(app);
    QCOMPARE(app->method, BalancingMethod::LeastConn);
    QCOMPARE(app->keepalive, 16);
    QCOMPARE(app->servers.size(), 2);
    QCOMPARE(app->servers[0].name, u"primary"_s);
    QCOMPARE(app->servers[0].weight, 3);
    QCOMPARE(app->servers[0].maxFails, 2);
    QCOMPARE(app->servers[0].failTimeoutSec, 30);
    QCOMPARE(app->servers[1].name, u"127.0.0.1:9002"_s);
    QCOMPARE(app->servers[1].maxConns, 5);
    QVERIFY(app->servers[1].backup);
    const UpstreamGroup *implicit = lab.findUpstream(u"127.0.0.1_9003"_s);
    QVERIFY(implicit);
    QCOMPARE(implicit->keepalive, 0);
    QCOMPARE(lab.listeners.size(), 1);
    QCOMPARE(lab.listeners[0].port, 8088);
    const QList<Route> &routes = lab.listeners[0].routes;
    QCOMPARE(routes.size(), 7);
    QCOMPARE(routes[0].location, u"/api/"_s);
    QCOMPARE(routes[0].match, LocationMatch::Prefix);
    QVERIFY(routes[2].isExact());
    QCOMPARE(routes[2].location, u"/healthz"_s);
    QCOMPARE(routes[2].returnStatus, 200);
    QCOMPARE(routes[2].returnText, u"ok\n"_s);
    QVERIFY(routes[3].isExact());
    QCOMPARE(routes[3].upstream, u"app"_s);
    QCOMPARE(routes[3].proxyUri, u"/v2/"_s);
    QCOMPARE(routes[4].match, LocationMatch::PrefixNoRegex);
    QCOMPARE(routes[4].returnStatus, 301);
    QCOMPARE(routes[4].returnText, u"/new/"_s);
    QCOMPARE(routes[5].returnStatus, 302); // "return URL" is a 302, as in nginx
    QCOMPARE(routes[5].returnText, u"https://example.org/"_s);
    QCOMPARE(routes[6].returnStatus, 444);
    const QString exported = NginxExporter::exportLab(lab);
    QVERIFY(exported.contains(u"location = /healthz {\n"_s));
    QVERIFY(exported.contains(u"proxy_pass http://app/v2/;\n"_s));
    QVERIFY(exported.contains(u"return 200 \"ok\\n\";\n"_s));
    QVERIFY2(!exported.contains(u"treated as a prefix"_s), qPrintable(exported));
}

void tst_NginxImport::serverLevelReturnAnswersEverything()
{
    const QString conf = u"events {}\nhttp {\n  upstream app { server 127.0.0.1:9001; }\n  server {\n    listen 127.0.0.1:8080;\n"
                         u"    return 301 https://$host$request_uri;\n    location / { proxy_pass http://app; }\n  }\n}\n"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"redirect.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<Route> &routes = r.lab.listeners[0].routes;
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes[0].location, u"/"_s);
    QCOMPARE(routes[0].returnStatus, 301);
    QCOMPARE(routes[0].returnText, u"https://$host$request_uri"_s);
    bool noted = false;
    for (const NginxImportIssue &issue : r.issues)
        noted = noted || (issue.line == 7 && issue.message.contains(u"never used"_s));
    QVERIFY(noted);
    // A variable the lab cannot expand is refused with the ones it can.
    const NginxImportResult bad = NginxImporter::importText(
        u"http { server { listen 127.0.0.1:8080; location / { return 200 $request_length; } } }"_s, u"bad.conf"_s);
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(u"unsupported variable \"$request_length\""_s), qPrintable(bad.error));
}

void tst_NginxImport::warnsWithFileAndLine()
{
    const QString conf = u"events {}\nhttp {\n  gzip on;\n  upstream u { server 127.0.0.1:1 slow_start=30s; least_time header; }\n"
                         "  server { listen 127.0.0.1:8000; location / { proxy_pass http://u; expires 1h; } }\n}\n"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"w.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QStringList texts;
    for (const NginxImportIssue &i : r.issues)
        texts.append(i.toString());
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"w.conf:3: note: \"gzip\" is accepted and ignored"_s), qPrintable(all));
    QVERIFY2(all.contains(u"w.conf:4: note: \"slow_start\" is NGINX Plus only (open source rejects it); the lab simulates it"_s), qPrintable(all));
    QVERIFY2(all.contains(u"w.conf:4: note: \"least_time\" is NGINX Plus only in 1.22; the lab simulates it"_s), qPrintable(all));
    QVERIFY2(all.contains(u"w.conf:5: warning: \"expires\" is not modelled"_s), qPrintable(all));
}

void tst_NginxImport::keepaliveBeforeMethodIsOffLikeNginx()
{
    const QString conf = u"http { upstream u { keepalive 8; least_conn; server 127.0.0.1:1; }\n"
                         "server { listen 127.0.0.1:8000; location / { proxy_pass http://u; } } }"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"k.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.lab.upstreams[0].keepalive, 0);
    QCOMPARE(r.lab.upstreams[0].method, BalancingMethod::LeastConn);
}

void tst_NginxImport::includesRelativeToTheMainFile()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"conf.d"_s);
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(u"nginx.conf"_s, "events {}\nhttp {\n    include conf.d/*.conf;\n}\n");
    write(u"conf.d/a-upstream.conf"_s, "upstream u {\n    server 127.0.0.1:9001;\n}\n");
    write(u"conf.d/b-site.conf"_s, "server {\n  listen 127.0.0.1:8000;\n  location / { proxy_pass http://u; bogus 1; }\n}\n");
    const NginxImportResult r = NginxImporter::importFile(dir.filePath(u"nginx.conf"_s));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.lab.upstreams.size(), 1);
    QCOMPARE(r.lab.listeners.size(), 1);
    bool found = false;
    for (const NginxImportIssue &i : r.issues)
        found = found || (i.file.endsWith(u"conf.d/b-site.conf"_s) && i.line == 3);
    QVERIFY(found);

    write(u"broken.conf"_s, "http { include missing.conf; }\n");
    const NginxImportResult missing = NginxImporter::importFile(dir.filePath(u"broken.conf"_s));
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(u"missing.conf"_s), qPrintable(missing.error));
}

void tst_NginxImport::debianDefaultConfig()
{
    // Debian 12's /etc/nginx/nginx.conf and sites-enabled/default (comments
    // dropped, the absolute includes made relative to the temporary folder).
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"sites-enabled"_s);
    QDir(dir.path()).mkpath(u"conf.d"_s);
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(u"nginx.conf"_s, "user www-data;\nworker_processes auto;\npid /run/nginx.pid;\nerror_log /var/log/nginx/error.log;\n"
                           "events {\n\tworker_connections 768;\n}\nhttp {\n\tsendfile on;\n\ttcp_nopush on;\n"
                           "\ttypes_hash_max_size 2048;\n\tinclude mime.types;\n\tdefault_type application/octet-stream;\n"
                           "\tssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; # Dropping SSLv3, ref: POODLE\n"
                           "\tssl_prefer_server_ciphers on;\n\taccess_log /var/log/nginx/access.log;\n\tgzip on;\n"
                           "\tinclude conf.d/*.conf;\n\tinclude sites-enabled/*;\n}\n");
    write(u"mime.types"_s, "types {\n    text/html html htm shtml;\n}\n");
    write(u"sites-enabled/default"_s, "server {\n\tlisten 80 default_server;\n\tlisten [::]:80 default_server;\n"
                                      "\troot /var/www/html;\n\tindex index.html index.htm index.nginx-debian.html;\n"
                                      "\tserver_name _;\n\tlocation / {\n\t\ttry_files $uri $uri/ =404;\n\t}\n}\n");
    const NginxImportResult r = NginxImporter::importFile(dir.filePath(u"nginx.conf"_s));
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const NginxImportIssue &i : r.issues) {
        QVERIFY2(!i.message.contains(u"another server"_s) && !i.message.contains(u"uses the first"_s), qPrintable(i.toString()));
        if (i.file.endsWith(u"default"_s) && (i.line == 2 || i.line == 3))
            QVERIFY2(i.severity == NginxImportIssue::Severity::Note, qPrintable(i.toString()));
    }
    QCOMPARE(r.lab.listeners.size(), 1);
    const Listener &l = r.lab.listeners[0];
    QCOMPARE(l.listens(), (QList<ListenAddress>{{u"127.0.0.1"_s, 80, true}, {u"::1"_s, 80, true}}));
    QCOMPARE(l.serverNames, QStringList{u"_"_s});
}

void tst_NginxImport::serverBlocksByName()
{
    const QString conf = uR"(
http {
    upstream a { server 127.0.0.1:9001; }
    upstream b { server 127.0.0.1:9002; }
    server { listen 127.0.0.1:8080; server_name shop.test www.shop.test; location / { proxy_pass http://a; } }
    server {
        listen 127.0.0.1:8080 default_server;
        listen [::1]:8080;
        server_name *.img.test img.* "~^api(\d+)\.test$";
        location / { proxy_pass http://b; }
    }
    server { listen 127.0.0.1:8081; location / { proxy_pass http://a; } }
}
)"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"names.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const NginxImportIssue &i : r.issues)
        QVERIFY2(i.severity == NginxImportIssue::Severity::Note, qPrintable(i.toString()));
    QCOMPARE(r.lab.listeners.size(), 3);
    QCOMPARE(r.lab.listeners[0].serverNames, (QStringList{u"shop.test"_s, u"www.shop.test"_s}));
    QVERIFY(!r.lab.listeners[0].defaultServer);
    const Listener &second = r.lab.listeners[1];
    QVERIFY(second.defaultServer);
    QCOMPARE(second.moreListens, (QList<ListenAddress>{{u"::1"_s, 8080, false}}));
    QCOMPARE(second.serverNames, (QStringList{u"*.img.test"_s, u"img.*"_s, u"~^api(\\d+)\\.test$"_s}));
    QCOMPARE(r.lab.listeners[2].port, 8081);
    // And back: nginx's text again, then the same lab.
    const NginxImportResult again = NginxImporter::importText(NginxExporter::exportLab(r.lab), u"again.conf"_s);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.lab.listeners, r.lab.listeners);
}

void tst_NginxImport::locationKindsRewritesAndHeaderLines()
{
    const QString conf = uR"(
http {
    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    add_header X-Frame-Options DENY;
    upstream app { server 127.0.0.1:9001; }
    server {
        listen 127.0.0.1:8080;
        rewrite ^/old/(.*)$ /new/$1 permanent;
        proxy_hide_header X-Powered-By;
        location ^~ /static/ { proxy_pass http://app/assets/; }
        location ~* \.(png|jpg)$ { proxy_pass http://app; add_header Cache-Control "max-age=60" always; }
        location ~ ^/users/(\d+)$ { proxy_pass http://app/u/$1; }
        location /api/ {
            rewrite ^/api/v1/(.*)$ /api/$1 break;
            proxy_pass http://app/v2/;
            proxy_set_header X-Api "";
            proxy_redirect http://app/v2/ /api/;
            proxy_pass_header Server;
        }
        location @named { proxy_pass http://app; }
        location / { proxy_pass http://app; proxy_redirect off; }
    }
}
)"_s;
    const NginxImportResult r = NginxImporter::importText(conf, u"kinds.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    const LabConfig &lab = r.lab;
    QCOMPARE(lab.proxy.headers.proxySetHeader,
             (QList<HeaderLine>{{u"Host"_s, u"$host"_s, false}, {u"X-Real-IP"_s, u"$remote_addr"_s, false}}));
    QCOMPARE(lab.proxy.headers.addHeader, (QList<HeaderLine>{{u"X-Frame-Options"_s, u"DENY"_s, false}}));
    const Listener &l = lab.listeners[0];
    QCOMPARE(l.rewrites, (QList<RewriteRule>{{u"^/old/(.*)$"_s, u"/new/$1"_s, RewriteRule::Flag::Permanent}}));
    QCOMPARE(l.headers.proxyHideHeader, QStringList{u"X-Powered-By"_s});
    QCOMPARE(l.routes.size(), 5); // the named location is skipped (try_files and error_page reach it)
    QCOMPARE(l.routes[0].match, LocationMatch::PrefixNoRegex);
    QCOMPARE(l.routes[0].proxyUri, u"/assets/"_s);
    QCOMPARE(l.routes[1].match, LocationMatch::RegexCaseless);
    QCOMPARE(l.routes[1].location, u"\\.(png|jpg)$"_s);
    QCOMPARE(l.routes[1].headers.addHeader, (QList<HeaderLine>{{u"Cache-Control"_s, u"max-age=60"_s, true}}));
    QCOMPARE(l.routes[2].match, LocationMatch::Regex);
    QCOMPARE(l.routes[2].proxyUri, u"/u/$1"_s);
    const Route &api = l.routes[3];
    QCOMPARE(api.rewrites, (QList<RewriteRule>{{u"^/api/v1/(.*)$"_s, u"/api/$1"_s, RewriteRule::Flag::Break}}));
    QCOMPARE(api.headers.proxySetHeader, (QList<HeaderLine>{{u"X-Api"_s, QString(), false}}));
    QCOMPARE(api.headers.proxyRedirect, QStringList{u"http://app/v2/ /api/"_s});
    QCOMPARE(api.headers.proxyPassHeader, QStringList{u"Server"_s});
    QCOMPARE(l.routes[4].headers.proxyRedirect, QStringList{u"off"_s});
    bool named = false;
    for (const NginxImportIssue &i : r.issues)
        named = named || (i.line == 21 && i.message.contains(u"named location"_s));
    QVERIFY(named);
    // The same lab comes back from its own export.
    const NginxImportResult again = NginxImporter::importText(NginxExporter::exportLab(lab), u"again.conf"_s);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.lab.listeners, lab.listeners);
    QCOMPARE(again.lab.proxy.headers, lab.proxy.headers);
}

void tst_NginxImport::importedLabWithoutHeaderLinesHasNginxDefaults()
{
    const NginxImportResult r = NginxImporter::importText(
        u"http { upstream u { server 127.0.0.1:9001; } server { listen 127.0.0.1:8080; location / { proxy_pass http://u; } } }"_s,
        u"plain.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    // No lines: nginx's own (Host $proxy_host, Connection close), nothing of the lab's.
    QVERIFY(r.lab.proxy.headers.isEmpty());
    QVERIFY(LabConfig().proxy.headers.proxySetHeader.size() > 2); // a new lab states its lines
}

void tst_NginxImport::errors_data()
{
    QTest::addColumn<QString>("conf");
    QTest::addColumn<QString>("error");
    const QString site = u"server { listen 127.0.0.1:8000; location / { proxy_pass http://u; } }"_s;
    QTest::newRow("unknown-upstream") << u"http { server { listen 127.0.0.1:8000; location / { proxy_pass http://nope; } } }"_s
                                     << u"e.conf:1:53: host not found in upstream \"nope\""_s;
    QTest::newRow("backup-with-hash") << u"http { upstream u { hash $uri; server 127.0.0.1:1 backup; } "_s + site + u"}"_s
                                      << u"balancing method does not support parameter \"backup\""_s;
    QTest::newRow("fail-timeout-ms") << u"http { upstream u { server 127.0.0.1:1 fail_timeout=500ms; } "_s + site + u"}"_s
                                     << u"invalid parameter \"fail_timeout=500ms\""_s;
    QTest::newRow("hostname") << u"http { upstream u { server backend.example.com:80; } "_s + site + u"}"_s
                              << u"the lab needs an IP address"_s;
    QTest::newRow("bad-weight") << u"http { upstream u { server 127.0.0.1:1 weight=0; } "_s + site + u"}"_s
                                << u"e.conf:1:21: invalid parameter \"weight=0\""_s;
    QTest::newRow("bad-return-code") << u"http { upstream u { server 127.0.0.1:1; } server { listen 127.0.0.1:8000; location / { return abc; } } }"_s
                                     << u"e.conf:1:88: invalid return code \"abc\""_s;
    QTest::newRow("redirect-without-url") << u"http { upstream u { server 127.0.0.1:1; } server { listen 127.0.0.1:8000; location / { return 301; } } }"_s
                                          << u"a redirect (301) needs the URL"_s;
    QTest::newRow("regex-location-with-uri") << u"http { upstream u { server 127.0.0.1:1; } server { listen 127.0.0.1:8000; location ~ ^/x { proxy_pass http://u/y; } } }"_s
                                             << u"cannot have URI part in location given by regular expression"_s;
    QTest::newRow("bad-server-name") << u"http { upstream u { server 127.0.0.1:1; } server { listen 127.0.0.1:8000; server_name *x; location / { proxy_pass http://u; } } }"_s
                                     << u"server name \"*x\" is invalid"_s;
    QTest::newRow("bad-rewrite-flag") << u"http { upstream u { server 127.0.0.1:1; } server { listen 127.0.0.1:8000; rewrite ^ /x forever; location / { proxy_pass http://u; } } }"_s
                                      << u"invalid parameter \"forever\""_s;
    QTest::newRow("route-to-empty-group") << u"http { upstream u { } "_s + site + u"}"_s
                                          << u"e.conf: upstreams[0].servers: an upstream needs at least one server"_s;
}

void tst_NginxImport::errors()
{
    QFETCH(QString, conf);
    QFETCH(QString, error);
    const NginxImportResult r = NginxImporter::importText(conf, u"e.conf"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
}

void tst_NginxImport::roundTrip_data()
{
    QTest::addColumn<LabConfig>("lab");
    for (const QString &name : ExampleLabs::names())
        QTest::addRow("example-%s", qPrintable(name)) << *ExampleLabs::lab(name);
    LabConfig rich = LabConfig::demo();
    rich.name = u"Rich \"lab\""_s;
    rich.upstreams[0].method = BalancingMethod::LeastConn;
    rich.upstreams[0].servers[0].weight = 4;
    rich.upstreams[0].servers[0].name = u"big box"_s;
    rich.upstreams[0].servers[1].maxFails = 0;
    rich.upstreams[0].servers[1].failTimeoutSec = 90;
    rich.upstreams[0].servers[2].backup = true;
    rich.upstreams[0].servers[2].maxConns = 9;
    rich.upstreams[0].servers[1].slowStartSec = 30;
    rich.upstreams[0].servers[0].drain = true;
    rich.upstreams[0].healthCheck = {true, 250, 2, 3, u"/healthz"_s, 200, 204};
    UpstreamGroup hashed;
    hashed.name = u"hashed"_s;
    hashed.method = BalancingMethod::Hash;
    hashed.hashKey = u"${http_x_tenant} $arg_k"_s;
    hashed.hashConsistent = true;
    hashed.keepalive = 0;
    hashed.servers = {rich.upstreams[0].servers[0], rich.upstreams[0].servers[1]};
    hashed.servers[0].down = true;
    for (UpstreamServer &s : hashed.servers) {
        s.slowStartSec = 0; // NGINX Plus: not with hash
        s.drain = false;
    }
    rich.upstreams.append(hashed);
    UpstreamGroup random;
    random.name = u"rnd"_s;
    random.method = BalancingMethod::Random;
    random.randomTwo = true;
    random.randomLeastConn = true;
    random.servers = {rich.upstreams[0].servers[1]};
    random.servers[0].slowStartSec = 0;
    rich.upstreams.append(random);
    Listener second;
    second.address = u"127.0.0.2"_s;
    second.port = 8081;
    second.maxConnections = 64;
    Route exactApi = Route::proxyTo(u"/api/v1"_s, u"hashed"_s);
    exactApi.match = LocationMatch::Exact;
    exactApi.proxyUri = u"/v1-internal/"_s;
    second.routes = {Route::proxyTo(u"/api/"_s, u"hashed"_s), Route::proxyTo(u"/r"_s, u"rnd"_s), exactApi,
                     Route::returning(u"/healthz"_s, 200, u"ok \"fine\"\n\ttab\\"_s, true),
                     Route::returning(u"/old/"_s, 301, u"https://example.org/new?a=1&b=2"_s),
                     Route::returning(u"/gone"_s, 410, {}), Route::returning(u"/drop"_s, 444, {})};
    rich.listeners.append(second);
    rich.proxy.readTimeoutMs = 1500;
    rich.proxy.keepaliveTimeoutMs = 0;
    rich.proxy.nextUpstream = NextError | NextHttp429 | NextNonIdempotent;
    rich.proxy.nextUpstreamTries = 4;
    rich.proxy.nextUpstreamTimeoutMs = 30000;
    rich.proxy.clientMaxBodySize = 0;
    rich.proxy.maxUriLength = 4096;
    rich.proxy.maxHeaderSize = 16384;
    rich.proxy.headers = ProxySettings::labDefaultHeaders(true);
    rich.proxy.upstreamNameHeader = false;
    rich.proxy.workers = 3;
    rich.proxy.realIpHeader = u"X-Forwarded-For"_s;
    rich.proxy.realIpFrom = {u"127.0.0.0/8"_s, u"::1"_s};
    rich.proxy.realIpRecursive = true;
    rich.backends[1].autostart = false;
    rich.backends[2].behaviour.status = 503;
    rich.backends[0].behaviour.body = u"{\"from\": \"{{name}}\"}\n# not a comment"_s;
    rich.backends[0].behaviour.latency = {MockLatency::Kind::Uniform, 10, 50, 1};
    rich.backends[0].behaviour.faults = {{MockFault::Kind::Hang, 0.01, 1024}};
    QString stepError;
    rich.backends[0].timeline = {*MockSyntax::parseStep(u"5s pause"_s, &stepError), *MockSyntax::parseStep(u"6s resume"_s, &stepError)};
    QTest::newRow("rich") << rich;
    LabConfig timed = LabConfig::demo();
    timed.upstreams[0].method = BalancingMethod::LeastTime;
    timed.upstreams[0].leastTimeLastByte = true;
    timed.upstreams[0].servers[2].backup = true;
    QTest::newRow("least-time") << timed;
}

void tst_NginxImport::roundTrip()
{
    QFETCH(LabConfig, lab);
    QVERIFY(LabValidator::validate(lab).isEmpty());
    const QString conf = NginxExporter::exportLab(lab);
    const NginxImportResult r = NginxImporter::importText(conf, u"export.conf"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const NginxImportIssue &i : r.issues)
        QVERIFY2(i.severity == NginxImportIssue::Severity::Note, qPrintable(i.toString())); // no warnings on our own output
    if (!(r.lab == lab)) {
        const QStringList got = QString::fromUtf8(LabJson::toJson(r.lab)).split(u'\n');
        const QStringList want = QString::fromUtf8(LabJson::toJson(lab)).split(u'\n');
        for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i)
            QCOMPARE(got[i], want[i]);
        QCOMPARE(got.size(), want.size());
        QFAIL("labs differ outside their JSON form");
    }
}

QTEST_GUILESS_MAIN(tst_NginxImport)
#include "tst_nginximport.moc"
