#pragma once

#include "mockbehaviour.h"
#include "nextupstreamconditions.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The lab model: one description read by the engine, edited by the UI, saved as
// JSON and written as nginx.conf. Names follow nginx's directives.

enum class BalancingMethod {
    RoundRobin, // nginx default (smooth weighted round robin)
    LeastConn,
    IpHash,
    Hash,       // hash KEY [consistent]
    Random,     // random [two [least_conn]]
    LeastTime,  // NGINX Plus least_time header|last_byte, simulated
};

struct UpstreamServer {
    QString name;     // shown in the log and in X-Upstream-Name
    QString address;  // "host:port" as written (consistent hash uses this text)
    int weight = 1;
    int maxFails = 1;
    int failTimeoutSec = 10;
    bool backup = false;
    bool down = false;
    int maxConns = 0;  // 0 = unlimited
    // Beyond nginx open source (NGINX Plus parameters, simulated by the lab):
    int slowStartSec = 0; // slow_start: ramp the weight up over this time after recovering
    bool drain = false;   // drain: no new requests (requests in flight finish)

    friend bool operator==(const UpstreamServer &, const UpstreamServer &) = default;
};

// NGINX Plus active health checks (health_check + match), simulated by the lab.
struct HealthCheck {
    bool enabled = false;
    int intervalMs = 5000;       // interval=5s
    int passes = 1;              // consecutive passes to become healthy
    int fails = 1;               // consecutive failures to become unhealthy
    QString uri = QStringLiteral("/");
    int statusMin = 200;         // match { status 200-399; } (Plus's default: 2xx or 3xx)
    int statusMax = 399;

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

struct UpstreamGroup {
    QString name;
    BalancingMethod method = BalancingMethod::RoundRobin;
    QString hashKey;           // for Hash
    bool hashConsistent = false;
    bool randomTwo = false;    // random two
    bool randomLeastConn = false; // random two least_conn
    bool leastTimeLastByte = false; // least_time last_byte (else header)
    int keepalive = 32;        // idle upstream connections kept per worker; 0 = off
    QList<UpstreamServer> servers;
    HealthCheck healthCheck;

    friend bool operator==(const UpstreamGroup &, const UpstreamGroup &) = default;
};

// A header line of proxy_set_header (sent upstream) or add_header (added to
// the response). The value may use variables; when it comes out empty the
// field is not sent, as in nginx.
struct HeaderLine {
    QString name;
    QString value;
    bool always = false; // add_header ... always: also on 4xx/5xx answers

    friend bool operator==(const HeaderLine &, const HeaderLine &) = default;
};

// The per-level header and redirect rules nginx inherits from http to server
// to location: a level that sets any line of a kind replaces the whole list
// of that kind it would inherit; an empty list inherits.
struct HeaderRules {
    QList<HeaderLine> proxySetHeader;  // proxy_set_header NAME VALUE (none anywhere: Host $proxy_host, Connection close)
    QList<HeaderLine> addHeader;       // add_header NAME VALUE [always]
    QStringList proxyHideHeader;       // proxy_hide_header NAME (beyond Date, Server, X-Pad, X-Accel-*)
    QStringList proxyPassHeader;       // proxy_pass_header NAME (lets one of those through)
    QStringList proxyRedirect;         // "default", "off" or "FROM TO" (none anywhere: default)

    bool isEmpty() const
    {
        return proxySetHeader.isEmpty() && addHeader.isEmpty() && proxyHideHeader.isEmpty()
               && proxyPassHeader.isEmpty() && proxyRedirect.isEmpty();
    }
    friend bool operator==(const HeaderRules &, const HeaderRules &) = default;
};

// rewrite REGEX REPLACEMENT [last|break|redirect|permanent]
struct RewriteRule {
    enum class Flag { None, Last, Break, Redirect, Permanent };
    QString regex;
    QString replacement;
    Flag flag = Flag::None;

    static QString flagName(Flag flag);
    static std::optional<Flag> flagFromName(const QString &name);
    friend bool operator==(const RewriteRule &, const RewriteRule &) = default;
};

// How a location matches nginx's $uri.
enum class LocationMatch {
    Prefix,        // location /prefix
    Exact,         // location = /path: checked first
    PrefixNoRegex, // location ^~ /prefix: if it is the longest prefix, regexes are not checked
    Regex,         // location ~ REGEX: in config order, after the longest prefix
    RegexCaseless, // location ~* REGEX
};

// One nginx location of a server block: it proxies to a group, or answers
// itself like nginx's `return`. Its rewrites run first.
struct Route {
    QString location = QStringLiteral("/"); // a path prefix, the whole path when exact, or a regex
    LocationMatch match = LocationMatch::Prefix;
    QString upstream;                       // group name; empty when it returns
    QString proxyUri;                       // proxy_pass http://GROUP/URI: replaces the matched location part
    int returnStatus = 0;                   // > 0: `return CODE [TEXT]` instead of proxying
    QString returnText;                     // the body, or the Location URL for 301/302/303/307/308
    QList<RewriteRule> rewrites;            // before return / proxy_pass, in order
    HeaderRules headers;

    static Route proxyTo(const QString &location, const QString &upstream)
    {
        Route r;
        r.location = location;
        r.upstream = upstream;
        return r;
    }
    static Route returning(const QString &location, int status, const QString &text, bool exact = false)
    {
        Route r;
        r.location = location;
        r.returnStatus = status;
        r.returnText = text;
        r.match = exact ? LocationMatch::Exact : LocationMatch::Prefix;
        return r;
    }
    bool returns() const { return returnStatus > 0; }
    bool isExact() const { return match == LocationMatch::Exact; }
    bool isRegex() const { return match == LocationMatch::Regex || match == LocationMatch::RegexCaseless; }
    // Redirect codes take a URL, as in nginx.
    static bool isRedirect(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }
    // nginx's location modifier: "", "=", "^~", "~" or "~*".
    static QString modifierName(LocationMatch match);
    static std::optional<LocationMatch> matchFromModifier(const QString &modifier);
    // How nginx writes the location's argument(s): "/api/", "= /healthz", "~* \.png$".
    QString nginxLocation() const
    {
        const QString modifier = modifierName(match);
        return modifier.isEmpty() ? location : modifier + u' ' + location;
    }

    friend bool operator==(const Route &, const Route &) = default;
};

// One more `listen` of a server block.
struct ListenAddress {
    QString address = QStringLiteral("127.0.0.1");
    int port = 8080;
    bool defaultServer = false; // listen ... default_server

    friend bool operator==(const ListenAddress &, const ListenAddress &) = default;
};

// One nginx server block: where it listens, the names it answers to, its
// rewrites, header rules and locations. Several server blocks may share an
// address and port; the request's Host picks one, as nginx does.
struct Listener {
    QString address = QStringLiteral("127.0.0.1"); // the first listen
    int port = 8080;
    bool defaultServer = false;                    // default_server on the first listen
    QList<ListenAddress> moreListens;              // further listen lines ([::1]:8080...)
    QStringList serverNames;                       // server_name: exact, *.wildcard, wildcard.*, ~regex
    int maxConnections = 0;  // open client connections at once; 0 = no limit
    QList<RewriteRule> rewrites; // server-level rewrites: before a location is chosen
    HeaderRules headers;
    QList<Route> routes;

    // Every listen of this block, the first one first.
    QList<ListenAddress> listens() const;

    friend bool operator==(const Listener &, const Listener &) = default;
};

// Proxy behaviour; defaults are nginx 1.22's unless noted.
struct ProxySettings {
    int connectTimeoutMs = 60000;       // proxy_connect_timeout
    int sendTimeoutMs = 60000;          // proxy_send_timeout
    int readTimeoutMs = 60000;          // proxy_read_timeout
    int clientHeaderTimeoutMs = 60000;  // client_header_timeout
    int clientBodyTimeoutMs = 60000;    // client_body_timeout
    int keepaliveTimeoutMs = 75000;     // keepalive_timeout
    int keepaliveRequests = 1000;       // keepalive_requests
    qint64 clientMaxBodySize = 1 << 20; // client_max_body_size; 0 = unlimited
    int maxUriLength = 8192;            // large_client_header_buffers size: request line
    int maxHeaderSize = 32768;          // large_client_header_buffers number × size: whole head
    quint32 nextUpstream = NextError | NextTimeout; // proxy_next_upstream
    int nextUpstreamTries = 0;          // proxy_next_upstream_tries; 0 = unlimited
    int nextUpstreamTimeoutMs = 0;      // proxy_next_upstream_timeout; 0 = unlimited
    bool upstreamNameHeader = true;     // X-Upstream-Name on responses (lab only)
    int workers = 0;                    // worker threads; 0 = one per core
    QString realIpHeader;               // real_ip_header; empty = the peer's address
    QStringList realIpFrom;             // set_real_ip_from (addresses or CIDRs)
    bool realIpRecursive = false;       // real_ip_recursive
    // The http level's header rules. A new lab states the lab's own choices
    // as lines (keep-alive and upgrades to upstreams, X-Real-IP,
    // X-Forwarded-For, X-Forwarded-Proto); an empty list is nginx's default.
    HeaderRules headers = labDefaultHeaders();

    static HeaderRules labDefaultHeaders(bool clientHost = false);

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

struct MockBackendConfig {
    QString name;
    QString listen;           // "127.0.0.1:9001"
    bool autostart = true;
    bool paused = false;      // accepts connections but answers nothing until resumed
    QString color;            // "#RRGGBB" for the UI; empty = automatic
    MockBehaviour behaviour;
    QList<MockTimelineStep> timeline; // replayed from the lab's start
    quint64 seed = 0;         // random draws; 0 = derived from the name (reproducible)
    QString healthPath = QStringLiteral("/health"); // built-in health answer; empty = none

    friend bool operator==(const MockBackendConfig &, const MockBackendConfig &) = default;
};

struct LabConfig {
    static constexpr int FormatVersion = 1;

    QString name = QStringLiteral("Untitled lab");
    QList<Listener> listeners;
    QList<UpstreamGroup> upstreams;
    ProxySettings proxy;
    QList<MockBackendConfig> backends;

    const UpstreamGroup *findUpstream(const QString &name) const;
    // Replaces backends[index]; servers that pointed at it (its address, and
    // its name where they shared it) follow a new address or name.
    void replaceBackend(qsizetype index, const MockBackendConfig &backend);

    // The built-in demo: proxy on 127.0.0.1:8080, mocks alpha/beta/gamma on
    // 127.0.0.1:9001–9003, round robin.
    static LabConfig demo();

    friend bool operator==(const LabConfig &, const LabConfig &) = default;
};

using LabConfigPtr = std::shared_ptr<const LabConfig>;

QString balancingMethodName(BalancingMethod method);
Q_DECLARE_METATYPE(LabConfig)
