#pragma once

#include "config/labconfig.h"
#include "scriptvalue.h"

#include <QByteArray>
#include <QList>

// The header lines a location sends upstream, as nginx's proxy module builds
// them (ngx_http_proxy_init_headers): the proxy_set_header lines in force
// (the location's, else the server's, else the http level's), then nginx's
// defaults for the ones they do not name (Host $proxy_host, Connection close).
// Keep-Alive, TE, Expect and Upgrade are not passed unless a line sets them;
// the client's other fields follow as they came, except those these lines name.
// A line whose value comes out empty sends nothing.
class ProxyHeaders
{
public:
    struct Field {
        QByteArray name;
        QByteArray value;
    };

    bool compile(const QList<HeaderLine> &lines, const QSet<QString> &captureNames, QString *error = nullptr);

    // What the lines sent for one request, for the session's own decisions.
    struct Sent {
        bool upgrade = false;         // an Upgrade field went out
        bool connectionClose = false; // the Connection field said "close"
    };
    // The fields to send, in order, appended as "Name: value\r\n" lines: the
    // request's hot path (no allocation once `out` has room).
    void appendTo(QByteArray &out, const RequestVariables &vars, Sent *sent = nullptr) const;
    // The same fields as a list, for inspection.
    QList<Field> evaluate(const RequestVariables &vars) const;
    // Whether a client field of this name is left out (a line names it).
    bool replaces(QByteArrayView name) const;
    // What the Upgrade / Connection lines give for this request.
    QByteArray valueOf(QByteArrayView name, const RequestVariables &vars) const;

    // The lines in force at a location: nginx's inheritance.
    static const QList<HeaderLine> &inForce(const QList<HeaderLine> &http, const QList<HeaderLine> &server,
                                            const QList<HeaderLine> &location);

private:
    // What appendTo() reports of a line it sent (worked out once, not per request).
    enum class Role : quint8 { Other, Upgrade, Connection };
    struct Line {
        QByteArray name;
        QByteArray lowerName;
        QByteArray lineStart; // "Name: ", appended in one piece
        ScriptValue value;
        Role role = Role::Other;
    };
    QList<Line> m_lines;
    QList<QByteArray> m_skipped; // lower-case names not copied from the client
};
