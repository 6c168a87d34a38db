#include "requesttarget.h"

#include "http/httphead.h"
#include "http/uripath.h"
#include "platform/byteappend.h"

RequestTarget::Error RequestTarget::parse(QByteArrayView target)
{
    clear();
    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 §3.2.2): its authority replaces Host. Either
        // way the request only ever goes to the lab's own upstreams.
        if (target.size() <= 7 || !Http::equalsIgnoreCase(target.first(7), "http://"))
            return Error::Unsupported;
        const QByteArrayView rest = target.sliced(7);
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '/' && rest[end] != '?')
            ++end;
        m_authority = rest.first(end);
        target = rest.sliced(end);
        if (m_authority.isEmpty() || target.isEmpty() || target.front() != '/') {
            m_authority = {};
            return Error::Unsupported;
        }
    }
    m_origin = target;
    m_path = target;
    if (const qsizetype q = target.indexOf('?'); q >= 0) {
        m_path = target.first(q);
        m_query = target.sliced(q);
    }
    if (UriPath::needsNormalizing(m_path)) {
        UriPath::Problem problem = UriPath::Problem::None;
        const auto n = UriPath::normalized(m_path, &problem);
        if (!n)
            return problem == UriPath::Problem::BadEscape ? Error::BadEscape : Error::ClimbsAboveRoot;
        m_normalized = *n;
        m_normalizedUri = true;
    }
    return Error::None;
}

void RequestTarget::clear()
{
    m_origin = m_authority = m_path = m_query = {};
    m_normalizedUri = false;
    ByteAppend::emptyForReuse(m_normalized);
}

QByteArrayView RequestTarget::redirectHost(QByteArrayView hostField, QByteArrayView localAddress)
{
    QByteArrayView host = hostField;
    if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0 && !host.endsWith(']'))
        host.truncate(colon);
    return host.isEmpty() ? localAddress : host;
}
