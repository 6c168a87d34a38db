#pragma once

#include <QByteArray>
#include <QByteArrayView>

// What a request's target says, worked out without sockets: the origin-form
// target of an origin- or absolute-form request (RFC 9112 §3.2), nginx's $uri
// that locations match (decoded, "//" merged, dot segments resolved) and its
// arguments. What goes upstream is RequestRouter's (routing/).
//
// The views point into the request head (which must outlive them) or into this
// object's own buffer, reused from request to request so the common path does
// not allocate.
class RequestTarget
{
public:
    enum class Error {
        None,
        Unsupported,     // not origin-form nor "http://authority/..." (400)
        ClimbsAboveRoot, // ".." above "/" (400)
        BadEscape,       // a '%' without two hex digits, or "%00" (400)
    };

    RequestTarget() = default;
    Q_DISABLE_COPY_MOVE(RequestTarget)

    Error parse(QByteArrayView target);
    void clear();

    // "/path?args": where an absolute-form target's path starts.
    QByteArrayView originForm() const { return m_origin; }
    // The authority of an absolute-form target (it replaces Host), else empty.
    QByteArrayView authority() const { return m_authority; }
    // nginx's $uri.
    QByteArrayView uri() const { return m_normalizedUri ? QByteArrayView(m_normalized) : m_path; }
    // "?args" as the client sent it (with its '?'), or empty.
    QByteArrayView query() const { return m_query; }

    // The host part of a redirect nginx builds for a relative `return` URL
    // (absolute_redirect on, server_name_in_redirect off): the Host field's
    // name without its port, else `localAddress`.
    static QByteArrayView redirectHost(QByteArrayView hostField, QByteArrayView localAddress);

private:
    QByteArrayView m_origin;
    QByteArrayView m_authority;
    QByteArrayView m_path;
    QByteArrayView m_query;
    QByteArray m_normalized;
    bool m_normalizedUri = false;
};
