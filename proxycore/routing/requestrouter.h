#pragma once

#include "config/labconfig.h"
#include "locationtable.h"
#include "proxyheaders.h"
#include "responserules.h"
#include "rewriterules.h"
#include "scriptvalue.h"
#include "virtualservers.h"

#include <QByteArray>
#include <QList>
#include <QString>

// nginx's request routing for a whole lab, without sockets: which server
// block a request's host picks on the address it came to, the server's
// rewrites, the location (and its rewrites, looked up again after `last` or
// a changed URI, at most 10 times, then a 500), and what the location does:
// answer itself (return, a redirect, an error) or proxy, with the URI,
// header lines and response rules in force there.
class RequestRouter
{
public:
    // One location, compiled.
    struct LocationPlan {
        QByteArray prefix;          // the location's name, which proxy_pass's URI replaces ("" for a regex)
        QString upstream;           // the group; empty when the location returns
        QByteArray proxyUri;        // proxy_pass's URI part, as written
        ScriptValue proxyUriValue;  // ... when it has variables (then sent as evaluated, nothing added)
        bool proxyUriHasVariables = false;
        int returnStatus = 0;
        ScriptValue returnText;
        RewriteRules rewrites;
        ProxyHeaders requestHeaders;
        ResponseRules response;
    };
    // One server block, compiled.
    struct ServerPlan {
        QByteArray serverName;      // $server_name: the first name
        RewriteRules rewrites;
        LocationTable locations;
        QList<LocationPlan> locationPlans; // by the block's route index
        ResponseRules response;     // the server level's, for answers no location gives
    };
    // One address and port the lab listens on, and the blocks there.
    struct Endpoint {
        QString address;
        int port = 0;
        int maxConnections = 0;     // the strictest limit of its blocks; 0 = none
        VirtualServers servers;
    };

    struct Request {
        int endpoint = 0;
        bool hostGiven = false;       // a Host field or an absolute-form authority was sent
        QByteArrayView host;          // its value, as sent
        QByteArrayView path;          // $uri: decoded and normalised
        QByteArrayView rawPath;       // the path as sent (for "%" and "+")
        QByteArrayView args;          // the query, without "?"
        QByteArrayView localAddress;  // names the host of a redirect when the request has none
        int localPort = 0;
        RequestVariables vars;        // head, request URI, remote address, server port, request id
    };

    struct Decision {
        enum class Kind { Proxy, Answer } kind = Kind::Answer;
        int server = -1;              // the lab's listener (server block) index
        int location = -1;            // its route index; -1: answered before a location was chosen
        int status = 0;               // for an answer
        QByteArray text;              // an answer's body text, or a redirect's absolute Location
        const char *reason = nullptr; // why routing answered itself (for the log), or null
        RouteState state;             // $uri, $args, captures after the rewrites; until a rewrite
                                      // changes them, $uri and $args view the request's bytes
        // $host, and the request's own host, validated ("" without one),
        // which redirects name: views of the request's host (which must
        // outlive them), of the server's name, or of `loweredHost`.
        QByteArrayView host;
        QByteArrayView requestHost;
        QByteArray loweredHost;       // the request's host when it had to be lower-cased
    };

    // False, with where and what, when the lab does not compile (a lab that
    // passed validation always does).
    bool build(const LabConfig &lab, QString *error = nullptr);

    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    int endpointIndex(const QString &address, int port) const;
    // The same for an address already canonical (an Endpoint's): allocates nothing.
    int findEndpoint(const QString &canonicalAddress, int port) const;
    const ServerPlan &server(int listener) const { return m_servers[listener]; }
    const LocationPlan *location(const Decision &d) const;
    // The add_header / hide / redirect rules for what the decision answered.
    const ResponseRules &responseRules(const Decision &d) const;

    Decision route(const Request &request) const;

    // The request target proxy_pass sends (ngx_http_proxy_create_request):
    // the client's own when no rewrite matched and proxy_pass has no URI;
    // else the URI part, then the rest of $uri (escaped when the client's
    // path was or a rewrite made it), then "?args".
    static QByteArray upstreamTarget(const LocationPlan &plan, const RouteState &state, QByteArrayView clientTarget,
                                     const RequestVariables &vars);
    // The same, appended to `out` (a buffer kept from request to request
    // allocates nothing).
    static void appendUpstreamTarget(QByteArray &out, const LocationPlan &plan, const RouteState &state,
                                     QByteArrayView clientTarget, const RequestVariables &vars);
    // nginx's header filter: a Location starting with "/" gets
    // "http://HOST[:PORT]" (the request's host, else the local address; the
    // port unless 80).
    static QByteArray absoluteLocation(QByteArrayView location, QByteArrayView host, QByteArrayView localAddress,
                                       int localPort);
    // The named groups of every regex in the lab (nginx makes each a variable).
    static QSet<QString> captureNames(const LabConfig &lab);

private:
    QList<Endpoint> m_endpoints;
    QList<ServerPlan> m_servers;
};
