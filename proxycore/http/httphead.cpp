#include "httphead.h"

#include "platform/byteappend.h"

namespace Http {

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.sliced(b, e - b);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

const char *reasonPhrase(int status)
{
    // RFC 9110 §15 and RFC 6585's phrases.
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 205: return "Reset Content";
    case 206: return "Partial Content";
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 305: return "Use Proxy";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 417: return "Expectation Failed";
    case 421: return "Misdirected Request";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    case 511: return "Network Authentication Required";
    // None, as nginx writes "HTTP/1.1 599 " (the phrase is optional, RFC 9112 §4).
    default: return "";
    }
}

} // namespace Http

QByteArrayView HttpHead::value(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (Http::equalsIgnoreCase(view(f.name), name))
            return view(f.value);
    }
    return {};
}

bool HttpHead::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (Http::equalsIgnoreCase(view(f.name), name))
            return true;
    }
    return false;
}

bool HttpHead::hasToken(QByteArrayView name, QByteArrayView token) const
{
    bool found = false;
    for (const Field &f : m_fields) {
        if (!Http::equalsIgnoreCase(view(f.name), name))
            continue;
        Http::forEachListElement(view(f.value), [&](QByteArrayView e) {
            if (Http::equalsIgnoreCase(e, token))
                found = true;
        });
    }
    return found;
}

bool HttpHead::keepAlive() const
{
    if (m_connectionClose)
        return false;
    if (m_framing == BodyFraming::UntilClose)
        return false;
    return isHttp11() || m_connectionKeepAlive;
}

void HttpHead::clear()
{
    // The bytes' buffer is kept for the next head unless someone shares it
    // (a request log record) or it grew large: a response head then costs no
    // allocation on a keep-alive connection.
    if (m_raw.capacity() <= KeptRawCapacity)
        ByteAppend::emptyForReuse(m_raw);
    else
        m_raw = QByteArray();
    m_method = m_target = m_reason = {};
    m_statusCode = 0;
    m_versionMinor = 1;
    m_fields.clear();
    m_framing = BodyFraming::None;
    m_contentLength = 0;
    m_connectionClose = m_connectionKeepAlive = m_expectContinue = m_upgrade = false;
    m_hasContentLength = m_connectionNamesOthers = false;
}
