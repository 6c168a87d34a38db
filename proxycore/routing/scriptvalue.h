#pragma once

#include "http/complexvalue.h"
#include "routeregex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

class HttpHead;

// What the variables of a routed request read: the head, the URI and
// arguments as the rewrites left them, the captures of the last regex, and
// what routing and proxying chose.
struct RequestVariables {
    const HttpHead *head = nullptr;
    QByteArrayView requestUri;     // $request_uri: the target as the client sent it
    QByteArrayView uri;            // $uri: decoded, normalised, as rewritten
    QByteArrayView args;           // $args, as rewritten
    QByteArrayView remoteAddr;     // $remote_addr (after realip)
    QByteArrayView host;           // $host: the request's host, else the server's name
    QByteArrayView serverName;     // $server_name: the chosen block's first name
    QByteArrayView serverPort;     // $server_port
    QByteArrayView proxyHost;      // $proxy_host: the proxied group's name
    QByteArrayView upstreamAddr;   // $upstream_addr: every server tried, ", "-separated
    QByteArrayView upstreamStatus; // $upstream_status: each one's status
    const RegexCaptures *captures = nullptr;
    QByteArray *requestId = nullptr; // $request_id, made on first use (32 hex digits)
};

// A value with nginx variables ("$host$request_uri", "${http_x_a}-$1"),
// parsed once per lab and evaluated per request, with the variables nginx's
// routing and proxying use: $1..$9 and named captures, $uri, $args,
// $arg_NAME, $is_args, $request_uri, $host, $http_NAME, $cookie_NAME,
// $remote_addr, $scheme, $request_method, $server_name, $server_port,
// $proxy_host, $proxy_add_x_forwarded_for, $connection_upgrade, $request_id,
// $upstream_addr and $upstream_status.
class ScriptValue
{
public:
    ScriptValue() = default;
    // False, with nginx's message, for an unknown variable. `captureNames`:
    // the named groups of the lab's regexes (nginx makes each a variable).
    bool parse(const QString &text, QString *error = nullptr, const QSet<QString> &captureNames = {});
    QByteArray evaluate(const RequestVariables &vars) const;
    // The same, appended to `out`: no allocation once `out` has room.
    void appendTo(QByteArray &out, const RequestVariables &vars) const;
    // A header line with this as its value: `lineStart` ("Name: "), the value,
    // CRLF. An empty value writes nothing, as nginx sends no field then
    // (proxy_set_header, add_header). The value as written, else an empty view.
    QByteArrayView appendField(QByteArray &out, QByteArrayView lineStart, const RequestVariables &vars) const;
    bool isEmpty() const { return m_parts.isEmpty(); }
    bool hasVariables() const;
    bool usesCaptures() const;
    // Whether it reads $upstream_addr / $upstream_status (which a session
    // then builds for the response).
    bool readsUpstreamAddr() const { return uses(Kind::UpstreamAddr); }
    bool readsUpstreamStatus() const { return uses(Kind::UpstreamStatus); }

    // A rewrite's replacement (ngx_http_script_regex_*_code): for an internal
    // rewrite a "?" written in the text starts the arguments (`argsStart` is
    // set to where, without the "?"); captures in the arguments, or anywhere
    // in a redirect, are escaped when the request's path was percent-encoded
    // or had a "+" (`quotedUri`).
    QByteArray evaluateReplacement(const RequestVariables &vars, bool redirect, bool quotedUri,
                                   qsizetype *argsStart) const;

    static QStringList supportedVariables();

private:
    enum class Kind {
        Literal, Capture, NamedCapture, Uri, Args, IsArgs, Arg, RequestUri, Host, Header, RemoteAddr, Scheme,
        Method, ServerName, ServerPort, ProxyHost, ProxyAddForwardedFor, ConnectionUpgrade, RequestId,
        UpstreamAddr, UpstreamStatus,
    };
    struct Part {
        Kind kind = Kind::Literal;
        QByteArray text;  // literal text, capture name, or argument name
        int number = 0;   // $1..$9
        ComplexValue header;  // $http_NAME, $cookie_NAME (read from the head)
    };
    bool uses(Kind kind) const;
    void appendPart(QByteArray &out, const Part &part, const RequestVariables &vars) const;
    QList<Part> m_parts;
};
