#pragma once

#include "config/labconfig.h"
#include "routeregex.h"
#include "scriptvalue.h"

#include <QByteArray>
#include <QList>

#include <memory>

// What a location does to the responses it sends: add_header lines (only on
// 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 unless `always`), the
// upstream fields it hides (nginx hides Date, Server, X-Pad and X-Accel-*
// and sends its own Date and Server; proxy_hide_header adds to them,
// proxy_pass_header lets one through) and proxy_redirect's rewriting of an
// upstream's Location ("default": the proxy_pass URL becomes the location).
// Each kind is inherited from http to server to location on its own, a
// level that sets any replacing the list.
class ResponseRules
{
public:
    struct Field {
        QByteArray name;
        QByteArray value;
    };
    // How the location proxies, for proxy_redirect default.
    struct ProxyPass {
        QString url;      // "http://group" or "http://group/uri" as written; empty: does not proxy
        QString location; // the location's name ("" for a regex location)
        bool hasUri = false;
        bool hasVariables = false;
    };

    bool compile(const HeaderRules &http, const HeaderRules &server, const HeaderRules &location,
                 const ProxyPass &proxyPass, const QSet<QString> &captureNames, QString *error = nullptr);

    // The add_header fields for a response with this status, in order.
    QList<Field> addedFields(int status, const RequestVariables &vars) const;
    // The same appended to a head being built, as "Name: value\r\n" lines:
    // the response's hot path (no list, no allocation once `out` has room).
    void appendAddedFields(QByteArray &out, int status, const RequestVariables &vars) const;
    bool hasAddedFields() const { return !m_added.isEmpty(); }
    // Whether add_header or proxy_redirect read $upstream_addr / $upstream_status.
    bool readsUpstreamAddr() const { return m_readsUpstreamAddr; }
    bool readsUpstreamStatus() const { return m_readsUpstreamStatus; }
    // Whether an upstream response field is kept from the client.
    bool hides(QByteArrayView name) const;
    // An upstream Location rewritten by proxy_redirect; nullopt when no rule
    // applies (nginx then leaves it as it is, even relative).
    std::optional<QByteArray> rewriteLocation(QByteArrayView value, const RequestVariables &vars) const;

    // nginx's check of one proxy_redirect entry ("default", "off", "FROM TO").
    static bool validateRedirect(const QString &entry, const QSet<QString> &captureNames, QString *error);
    static bool addsOnStatus(int status);

private:
    struct Added {
        QByteArray name;
        QByteArray lineStart; // "Name: ", appended in one piece
        ScriptValue value;
        bool always = false;
    };
    struct Redirect {
        ScriptValue from;                          // a prefix (with variables)
        std::shared_ptr<const RouteRegex> regex;   // or "~regex" / "~*regex"
        ScriptValue to;
    };
    QList<Added> m_added;
    QList<QByteArray> m_hidden; // lower case
    quint64 m_hiddenLengths = 0; // bit n: a hidden name n bytes long (n < 64); most fields are ruled out by it
    QList<Redirect> m_redirects;
    bool m_readsUpstreamAddr = false;
    bool m_readsUpstreamStatus = false;
};
