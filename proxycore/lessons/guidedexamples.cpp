#include "guidedexamples.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace GuidedExamples {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GuidedExamples)
};

// Every example listens where the demo does (the app moves a lab whose ports
// are taken) and numbers its mocks from 127.0.0.1:9001.
MockBackendConfig mock(const QString &name, int port)
{
    MockBackendConfig m;
    m.name = name;
    m.listen = u"127.0.0.1:%1"_s.arg(port);
    return m;
}

UpstreamServer server(const QString &name, int port, int failTimeoutSec = 10)
{
    UpstreamServer s;
    s.name = name;
    s.address = u"127.0.0.1:%1"_s.arg(port);
    s.failTimeoutSec = failTimeoutSec;
    return s;
}

// The mock answers with the request as it received it, for the log's side-by-side view.
void echoRequest(MockBackendConfig &m)
{
    m.behaviour.headers.append(MockBehaviour::echoRequestHeader());
}

Listener listener(const QList<Route> &routes)
{
    Listener l;
    l.port = 8080;
    l.routes = routes;
    return l;
}

TrafficPreset preset(const QString &name, const QString &description, double rate, int connections, const QByteArray &path)
{
    TrafficPreset p;
    p.name = name;
    p.description = description;
    p.rate = rate;
    p.connections = connections;
    p.path = path;
    return p;
}

GuideStep step(const QString &text, const QString &lookFor, const QList<GuideCheck> &checks, const QString &actionLabel = {})
{
    return GuideStep{text, lookFor, checks, actionLabel};
}

GuidedExample basics()
{
    GuidedExample e;
    e.name = u"basics"_s;
    e.title = Tr::tr("Reverse proxy basics");
    e.summary = Tr::tr("One listener in front of one backend. The proxy takes each request and sends it on, rewritten: "
                       "Host becomes the upstream's name, X-Real-IP and X-Forwarded-For carry the client's address, and "
                       "proxy_pass http://app/; cuts /shop/ off the URI. The backend echoes what it received, so the "
                       "log shows both requests side by side.");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    MockBackendConfig app = mock(u"app"_s, 9001);
    app.behaviour.body = u"hello from {{name}}: you asked for {{uri}}\n"_s;
    echoRequest(app);
    lab.backends = {app};
    UpstreamGroup group;
    group.name = u"app"_s;
    group.servers = {server(u"app"_s, 9001)};
    lab.upstreams = {group};
    Route shop = Route::proxyTo(u"/shop/"_s, u"app"_s);
    shop.proxyUri = u"/"_s;
    lab.listeners = {listener({shop, Route::proxyTo(u"/"_s, u"app"_s)})};

    e.traffic = preset(Tr::tr("Example: shop visitors"), Tr::tr("10 requests per second to /shop/item-N from 3 client addresses"),
                       10, 2, "/shop/item-{n}");
    e.traffic.clients = 3;

    e.steps = {
        step(Tr::tr("Press Start traffic: ten requests a second go to the proxy's /shop/ location."),
             Tr::tr("Every request is answered by app. The topology shows the path: clients → listener → location → the "
                    "app group → app."),
             {GuideCheck::served(u"app"_s, 10)}),
        step(Tr::tr("Select a request in the Request Log."),
             Tr::tr("The details show the request as the client sent it beside the request as app received it. The "
                    "proxy's lines are blue: Host: app (nginx's default, $proxy_host), X-Real-IP and X-Forwarded-For "
                    "with the client's address, and GET /item-N — proxy_pass http://app/; replaced the matched /shop/ "
                    "with /."),
             {GuideCheck::requestInspected()}),
        step(Tr::tr("Pass the client's Host on: proxy_set_header Host $host."),
             Tr::tr("Select a newer request: app now receives the host the client asked for, 127.0.0.1 ($host is the "
                    "name without the port; $http_host would pass the field as sent). Applications that build links or "
                    "pick a site from Host need this. Written in the listener's Server header lines instead, this one "
                    "line replaces every proxy_set_header line the server would inherit: X-Real-IP and X-Forwarded-For "
                    "are gone, as in nginx."),
             {GuideCheck::requestHeader(u"/shop/"_s, u"Host"_s, u"$host"_s), GuideCheck::requests(5)},
             Tr::tr("Set Host $host")),
        step(Tr::tr("Stop app in the Backends panel (or from its card's menu)."),
             Tr::tr("With its only server gone, the proxy answers 502 Bad Gateway itself: each request tries app, the "
                    "connection is refused, and there is no other server. (nginx never marks the only server of a group "
                    "failed: it keeps trying it.)"),
             {GuideCheck::mockStopped(u"app"_s), GuideCheck::clientErrors(5)}),
        step(Tr::tr("Start app again."), Tr::tr("The next request connects: the clients get their answers at once."),
             {GuideCheck::mockRunning(u"app"_s), GuideCheck::served(u"app"_s, 5)}),
    };
    e.lookFor = {
        Tr::tr("The log's Tries column: one server per request, ✓ when it answered, ✗ when it failed."),
        Tr::tr("nginx.conf: the same lab as an nginx configuration, with the proxy_set_header lines the lab applies."),
    };
    return e;
}

GuidedExample inFrontOfAnApp()
{
    GuidedExample e;
    e.name = u"app"_s;
    e.title = Tr::tr("A reverse proxy in front of an app");
    e.summary = Tr::tr("One address, three locations: /api/ goes to the api group with proxy_pass http://api/; (the "
                       "/api/ prefix is cut off), everything else to the web group, and location = /healthz is answered "
                       "by the proxy itself with return 200 \"ok\"; — no backend involved.");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    MockBackendConfig api1 = mock(u"api1"_s, 9001);
    MockBackendConfig api2 = mock(u"api2"_s, 9002);
    for (MockBackendConfig *m : {&api1, &api2}) {
        m->behaviour.headers.append({u"Content-Type"_s, u"application/json"_s});
        m->behaviour.body = u"{\"service\":\"api\",\"backend\":\"{{name}}\",\"uri\":\"{{uri}}\"}\n"_s;
        echoRequest(*m);
    }
    MockBackendConfig web = mock(u"web"_s, 9003);
    web.behaviour.headers.append({u"Content-Type"_s, u"text/html"_s});
    web.behaviour.body = u"<!doctype html><title>web</title><h1>{{uri}}</h1><p>served by {{name}}</p>\n"_s;
    echoRequest(web);
    lab.backends = {api1, api2, web};
    UpstreamGroup api;
    api.name = u"api"_s;
    api.servers = {server(u"api1"_s, 9001), server(u"api2"_s, 9002)};
    UpstreamGroup site;
    site.name = u"web"_s;
    site.servers = {server(u"web"_s, 9003)};
    lab.upstreams = {api, site};
    Route apiRoute = Route::proxyTo(u"/api/"_s, u"api"_s);
    apiRoute.proxyUri = u"/"_s;
    lab.listeners = {listener({Route::returning(u"/healthz"_s, 200, u"ok"_s, true), apiRoute, Route::proxyTo(u"/"_s, u"web"_s)})};

    e.traffic = preset(Tr::tr("Example: app visitors"), Tr::tr("30 requests per second for /api/users/N, / and /healthz"),
                       30, 4, "/api/users/{n}|/|/healthz");

    e.steps = {
        step(Tr::tr("Press Start traffic: requests for /api/users/N, / and /healthz arrive at one address."),
             Tr::tr("/api/ requests go to api1 and api2 in turn, / to web, and /healthz never reaches a server: the "
                    "log's Tries column is empty for it."),
             {GuideCheck::served(u"api1"_s, 5), GuideCheck::served(u"api2"_s, 5), GuideCheck::served(u"web"_s, 5),
              GuideCheck::answeredByProxy(5)}),
        step(Tr::tr("Select an /api/ request in the Request Log (type api in its filter)."),
             Tr::tr("The client asked for /api/users/N; api1 or api2 received /users/N. A proxy_pass with a URI "
                    "(http://api/) replaces the part of the path the location matched."),
             {GuideCheck::requestInspected()}),
        step(Tr::tr("In the listener's routes, change the /api/ route's group from api/ to api (no trailing slash)."),
             Tr::tr("Select a newer /api/ request: the backend now receives /api/users/N unchanged. proxy_pass without a "
                    "URI passes the client's URI as it is."),
             {GuideCheck::routeUri(u"/api/"_s, QString()), GuideCheck::served(u"api1"_s, 3)},
             Tr::tr("Use proxy_pass http://api;")),
        step(Tr::tr("Stop web in the Backends panel."),
             Tr::tr("/ now gets 502 Bad Gateway while /api/ keeps working, and /healthz still says ok: a health "
                    "endpoint the proxy answers itself says nothing about the app behind it."),
             {GuideCheck::mockStopped(u"web"_s), GuideCheck::clientErrors(3), GuideCheck::answeredByProxy(3)}),
        step(Tr::tr("Start web again."), Tr::tr("/ is answered again."),
             {GuideCheck::mockRunning(u"web"_s), GuideCheck::served(u"web"_s, 3)}),
    };
    e.lookFor = {
        Tr::tr("nginx.conf: one server block with three locations; location = /healthz is matched before the prefixes."),
    };
    return e;
}

GuidedExample backupServers()
{
    GuidedExample e;
    e.name = u"backup"_s;
    e.title = Tr::tr("Backup servers");
    e.summary = Tr::tr("Two primaries, alpha and beta, share the requests; spare is a backup server: nginx sends it "
                       "nothing while a primary can answer, and everything when none can. The servers have "
                       "fail_timeout=3s (nginx's default is 10s) so that a recovered server is back soon.");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    lab.backends = {mock(u"alpha"_s, 9001), mock(u"beta"_s, 9002), mock(u"spare"_s, 9003)};
    UpstreamGroup group;
    group.name = u"backend"_s;
    group.servers = {server(u"alpha"_s, 9001, 3), server(u"beta"_s, 9002, 3), server(u"spare"_s, 9003, 3)};
    group.servers[2].backup = true;
    lab.upstreams = {group};
    lab.listeners = {listener({Route::proxyTo(u"/"_s, u"backend"_s)})};

    e.traffic = preset(Tr::tr("Example: steady 40/s"), Tr::tr("40 requests per second over 4 connections"), 40, 4, "/");

    e.steps = {
        step(Tr::tr("Press Start traffic."),
             Tr::tr("alpha and beta take turns. spare's card says backup, waiting, and its count stays at 0."),
             {GuideCheck::served(u"alpha"_s, 10), GuideCheck::served(u"beta"_s, 10), GuideCheck::servedNone(u"spare"_s)}),
        step(Tr::tr("Stop alpha in the Backends panel (or from its card's menu)."),
             Tr::tr("beta takes every request. The first request sent to alpha was refused and retried on beta (the log "
                    "shows alpha ✗ → beta ✓); then alpha is skipped for fail_timeout. spare still takes nothing: one "
                    "primary is enough."),
             {GuideCheck::mockStopped(u"alpha"_s), GuideCheck::served(u"beta"_s, 20), GuideCheck::servedNone(u"alpha"_s),
              GuideCheck::servedNone(u"spare"_s)}),
        step(Tr::tr("Stop beta too, with alpha still stopped."),
             Tr::tr("With both primaries down, spare takes every request. The clients see no errors: a refused try "
                    "moves on to the next server."),
             {GuideCheck::mockStopped(u"alpha"_s), GuideCheck::mockStopped(u"beta"_s), GuideCheck::served(u"spare"_s, 20),
              GuideCheck::noClientErrors()}),
        step(Tr::tr("Start alpha again."),
             Tr::tr("Within fail_timeout (3 s here) the proxy tries alpha again, and the traffic returns to it: spare "
                    "waits again."),
             {GuideCheck::mockRunning(u"alpha"_s), GuideCheck::served(u"alpha"_s, 20)}),
    };
    e.lookFor = {
        Tr::tr("The Distribution tab: each server's state over time — up, failed, backup in use."),
        Tr::tr("nginx.conf: server … backup; a backup cannot be used with hash, ip_hash or random."),
    };
    return e;
}

GuidedExample handlingDownServers()
{
    GuidedExample e;
    e.name = u"failures"_s;
    e.title = Tr::tr("Handling down servers");
    e.summary = Tr::tr("gamma's mock fails 30 % of its requests with 502 Bad Gateway. What the clients see depends on "
                       "proxy_next_upstream: by default (error timeout) a refused connection is retried on another "
                       "server but a 502 answer is passed on. gamma's max_fails=3 and fail_timeout=3s (nginx's defaults "
                       "are 1 and 10s) take a failing server out for a while; down takes it out by hand.");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    MockBackendConfig gamma = mock(u"gamma"_s, 9003);
    gamma.behaviour.errorRate = 0.3;
    gamma.behaviour.errorStatus = 502;
    lab.backends = {mock(u"alpha"_s, 9001), mock(u"beta"_s, 9002), gamma};
    UpstreamGroup group;
    group.name = u"backend"_s;
    group.servers = {server(u"alpha"_s, 9001, 3), server(u"beta"_s, 9002, 3), server(u"gamma"_s, 9003, 3)};
    group.servers[2].maxFails = 3;
    lab.upstreams = {group};
    lab.listeners = {listener({Route::proxyTo(u"/"_s, u"backend"_s)})};

    e.traffic = preset(Tr::tr("Example: steady 40/s"), Tr::tr("40 requests per second over 4 connections"), 40, 4, "/");

    e.steps = {
        step(Tr::tr("Press Start traffic."),
             Tr::tr("About one request in ten gets 502 Bad Gateway: gamma's. 502 is not in the default "
                    "proxy_next_upstream error timeout, so the proxy passes the answer on."),
             {GuideCheck::requests(40), GuideCheck::clientErrors(2)}),
        step(Tr::tr("Retry failed answers: add http_502 to proxy_next_upstream."),
             Tr::tr("The clients see no more errors: a 502 from gamma is retried on the next server (the log shows "
                    "gamma ✗ → alpha ✓). It now counts as a failure too: after three within fail_timeout (max_fails=3) "
                    "gamma rests for fail_timeout — its card says failed until … — and gets fewer requests."),
             {GuideCheck::nextUpstreamHas(NextHttp502), GuideCheck::requests(40), GuideCheck::retries(1),
              GuideCheck::noClientErrors()},
             Tr::tr("Set proxy_next_upstream error timeout http_502")),
        step(Tr::tr("Take gamma out by hand: mark it down (⏻ on its card, or Down in the group editor)."),
             Tr::tr("gamma gets nothing at all, so nothing is retried: down is for maintenance, nginx does not even "
                    "try the server."),
             {GuideCheck::serverDown(u"backend"_s, u"gamma"_s), GuideCheck::requests(30), GuideCheck::servedNone(u"gamma"_s),
              GuideCheck::retries(0, 0)}),
        step(Tr::tr("Now crash a server: stop alpha in the Backends panel."),
             Tr::tr("A refused connection is an error, retried by default: the clients still see no errors. alpha is "
                    "failed and tried again after each fail_timeout; beta takes the requests."),
             {GuideCheck::mockStopped(u"alpha"_s), GuideCheck::served(u"beta"_s, 20), GuideCheck::noClientErrors()}),
        step(Tr::tr("Turn retries off: proxy_next_upstream off."),
             Tr::tr("Each time the proxy tries alpha again (every fail_timeout) a client gets 502 Bad Gateway: with "
                    "retries off nobody else is asked. That is why the default retries errors and timeouts."),
             {GuideCheck::nextUpstreamOff(), GuideCheck::mockStopped(u"alpha"_s), GuideCheck::clientErrors(1)},
             Tr::tr("Set proxy_next_upstream off")),
    };
    e.lookFor = {
        Tr::tr("Select a retried request: Why this server lists each try and why a server was skipped (down, failed "
               "until …, already tried)."),
        Tr::tr("nginx.conf: proxy_next_upstream in each location, max_fails and fail_timeout on each server."),
    };
    return e;
}

GuidedExample algorithmsCompared()
{
    GuidedExample e;
    e.name = u"algorithms"_s;
    e.title = Tr::tr("Balancing algorithms compared");
    e.summary = Tr::tr("One group, five methods. alpha has weight 2; gamma answers in 100 ms while alpha and beta answer "
                       "at once. Switch the group's method step by step and watch the shares move, then let Compare "
                       "send the same seeded traffic through each method side by side.");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    MockBackendConfig gamma = mock(u"gamma"_s, 9003);
    gamma.behaviour.latency.kind = MockLatency::Kind::Fixed;
    gamma.behaviour.latency.a = 100;
    lab.backends = {mock(u"alpha"_s, 9001), mock(u"beta"_s, 9002), gamma};
    UpstreamGroup group;
    group.name = u"pool"_s;
    group.servers = {server(u"alpha"_s, 9001), server(u"beta"_s, 9002), server(u"gamma"_s, 9003)};
    group.servers[0].weight = 2;
    lab.upstreams = {group};
    lab.listeners = {listener({Route::proxyTo(u"/"_s, u"pool"_s)})};

    e.traffic = preset(Tr::tr("Example: 30 clients, 100 keys"),
                       Tr::tr("50 requests per second from 30 client addresses over 100 paths /item/key-N"), 50, 10, "/item/{key}");
    e.traffic.clients = 30;
    e.traffic.keys = 100;
    e.compareMethods = {u"round_robin"_s, u"least_conn"_s, u"ip_hash"_s, u"hash:$request_uri"_s,
                        u"hash:$request_uri:consistent"_s, u"random:two:least_conn"_s};

    const QString pool = u"pool"_s;
    e.steps = {
        step(Tr::tr("Press Start traffic. The group starts with round robin, nginx's default."),
             Tr::tr("alpha takes half of the requests (weight 2 of 4), beta and gamma a quarter each: smooth weighted "
                    "round robin follows the weights and ignores gamma's slowness."),
             {GuideCheck::requests(60), GuideCheck::servedShare(u"alpha"_s, 40, 60), GuideCheck::servedShare(u"gamma"_s, 15, 35)}),
        step(Tr::tr("Switch the group to least_conn (Method in the group editor)."),
             Tr::tr("gamma holds each request longer, so it has more in flight and least_conn sends it fewer; alpha and "
                    "beta share the rest by weight."),
             {GuideCheck::methodIs(pool, BalancingMethod::LeastConn), GuideCheck::requests(60),
              GuideCheck::servedShare(u"gamma"_s, 0, 15)},
             Tr::tr("Use least_conn")),
        step(Tr::tr("Switch to ip_hash."),
             Tr::tr("Each client address now always reaches the same server (ip_hash keys on the first three octets). "
                    "The shares follow how the 30 addresses hash, roughly by weight."),
             {GuideCheck::methodIs(pool, BalancingMethod::IpHash), GuideCheck::sessionsKept(QString(), 15),
              GuideCheck::sessionsMoved(QString(), 0, 0)},
             Tr::tr("Use ip_hash")),
        step(Tr::tr("Switch to hash $request_uri consistent (hash KEY consistent, key $request_uri)."),
             Tr::tr("Each path always goes to the same server: servers and keys sit on one ring, a key belongs to the "
                    "next server point after it."),
             {GuideCheck::hashIs(pool, u"$request_uri"_s, true), GuideCheck::requests(50)},
             Tr::tr("Use hash $request_uri consistent")),
        step(Tr::tr("Mark beta down: a server removed."),
             Tr::tr("Only beta's paths move, to the next server on the ring; every other path stays where it was. "
                    "Without consistent, most paths would move."),
             {GuideCheck::hashIs(pool, u"$request_uri"_s, true), GuideCheck::serverDown(pool, u"beta"_s),
              GuideCheck::requests(50), GuideCheck::servedNone(u"beta"_s)}),
        step(Tr::tr("Bring beta back (untick down) and switch to random two least_conn."),
             Tr::tr("Two servers drawn at random by weight, the one with fewer requests in flight wins: nearly "
                    "least_conn's result without comparing every server."),
             {GuideCheck::serverDown(pool, u"beta"_s, false), GuideCheck::randomTwoLeastConn(pool), GuideCheck::requests(60),
              GuideCheck::servedShare(u"gamma"_s, 0, 20)},
             Tr::tr("Use random two least_conn")),
        step(Tr::tr("Open the Compare tab (Lab ▸ Compare Methods) and press Compare."),
             Tr::tr("The same seeded traffic through each method, one after another on copies of the mocks: "
                    "round_robin follows the weights, least_conn and random two least_conn spare slow gamma, ip_hash "
                    "and hash follow their keys, and Keys moved shows how many keys change server when one server "
                    "goes: far fewer with consistent."),
             {GuideCheck::comparisonFinished()}),
    };
    e.lookFor = {
        Tr::tr("Select a request: Why this server shows each method's numbers (current_weight, connections per "
               "weight, the hash and its slot or ring point, the two random draws)."),
    };
    return e;
}

GuidedExample stickySessions()
{
    GuidedExample e;
    e.name = u"sticky"_s;
    e.title = Tr::tr("Sticky sessions without NGINX Plus");
    e.summary = Tr::tr("NGINX Plus has sticky cookie; open-source nginx gets the effect from hash $cookie_session: the "
                       "session cookie the application set picks the server, so a visitor stays where their session "
                       "is. Twenty visitors keep their cookies (session=s0 … s19). fail_timeout=3s here (nginx's "
                       "default is 10s).");
    LabConfig &lab = e.lab;
    lab.name = e.title;
    lab.backends = {mock(u"app1"_s, 9001), mock(u"app2"_s, 9002), mock(u"app3"_s, 9003)};
    UpstreamGroup group;
    group.name = u"app"_s;
    group.method = BalancingMethod::Hash;
    group.hashKey = u"$cookie_session"_s;
    group.servers = {server(u"app1"_s, 9001, 3), server(u"app2"_s, 9002, 3), server(u"app3"_s, 9003, 3)};
    lab.upstreams = {group};
    lab.listeners = {listener({Route::proxyTo(u"/"_s, u"app"_s)})};

    e.traffic = preset(Tr::tr("Example: 20 visitors with cookies"),
                       Tr::tr("50 requests per second from 20 visitors, each sending its own session cookie"), 50, 4, "/cart");
    e.traffic.clients = 20;
    e.traffic.headers = {"Cookie: session=s{client}"};

    const QString cookie = u"session"_s;
    e.steps = {
        step(Tr::tr("Press Start traffic."),
             Tr::tr("Each visitor's requests land on one server. Select a request and read Why this server: the key is "
                    "the cookie's value, and its hash picks the server."),
             {GuideCheck::sessionsKept(cookie, 10), GuideCheck::sessionsMoved(cookie, 0, 0)}),
        step(Tr::tr("Switch the group to round robin, to see what stickiness prevents."),
             Tr::tr("Visitors now hop from server to server: a session kept in one server's memory would be lost on "
                    "the next request."),
             {GuideCheck::methodIs(u"app"_s, BalancingMethod::RoundRobin), GuideCheck::sessionsMoved(cookie, 5)},
             Tr::tr("Use round robin")),
        step(Tr::tr("Switch back to hash $cookie_session."), Tr::tr("Every visitor stays on one server again."),
             {GuideCheck::hashIs(u"app"_s, u"$cookie_session"_s, false), GuideCheck::sessionsKept(cookie, 10),
              GuideCheck::sessionsMoved(cookie, 0, 0)},
             Tr::tr("Use hash $cookie_session")),
        step(Tr::tr("Stop app2 in the Backends panel."),
             Tr::tr("Only app2's visitors move (their first request is refused and retried, then app2 is skipped); "
                    "everyone else stays. The sessions app2 held are lost: the price of keeping them on one server."),
             {GuideCheck::mockStopped(u"app2"_s), GuideCheck::servedNone(u"app2"_s), GuideCheck::sessionsKept(cookie, 10),
              GuideCheck::sessionsMoved(cookie, 0, 0)}),
        step(Tr::tr("Start app2 again."),
             Tr::tr("After fail_timeout app2 gets its visitors back. Requests without the cookie (a first visit) have "
                    "an empty key, which nginx balances by round robin."),
             {GuideCheck::mockRunning(u"app2"_s), GuideCheck::served(u"app2"_s, 5)}),
    };
    e.lookFor = {
        Tr::tr("hash … consistent keeps most visitors in place when servers are added or removed from the group; "
               "without it most of them move."),
        Tr::tr("nginx.conf: hash $cookie_session; in the upstream block — no NGINX Plus directive needed."),
    };
    return e;
}

} // namespace

QList<GuidedExample> all()
{
    return {basics(), inFrontOfAnApp(), backupServers(), handlingDownServers(), algorithmsCompared(), stickySessions()};
}

QStringList names()
{
    QStringList out;
    for (const GuidedExample &e : all())
        out.append(e.name);
    return out;
}

std::optional<GuidedExample> find(const QString &name)
{
    for (const GuidedExample &e : all()) {
        if (e.name == name)
            return e;
    }
    return std::nullopt;
}

} // namespace GuidedExamples
