#include "uripath.h"

#include "httphead.h"

#include <QList>

namespace UriPath {

bool needsNormalizing(QByteArrayView path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == '%' || path[i] == '#')
            return true;
        if (path[i] == '/' && i + 1 < path.size() && (path[i + 1] == '/' || path[i + 1] == '.'))
            return true;
    }
    return false;
}

std::optional<QByteArray> normalized(QByteArrayView path)
{
    using Http::hexValue;
    // A fragment has no business in a request; nginx's $uri stops at it.
    if (const qsizetype hash = path.indexOf('#'); hash >= 0)
        path = path.first(hash);
    QByteArray decoded;
    decoded.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] != '%') {
            decoded.append(path[i]);
            continue;
        }
        if (i + 2 >= path.size() || hexValue(path[i + 1]) < 0 || hexValue(path[i + 2]) < 0)
            return std::nullopt;
        const char c = char(hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]));
        if (c == '\0')
            return std::nullopt;
        decoded.append(c);
        i += 2;
    }
    QList<QByteArray> segments;
    const QList<QByteArray> parts = decoded.split('/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &segment = parts[i];
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (segments.isEmpty())
                return std::nullopt;
            segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray out = "/" + segments.join('/');
    // A trailing "/", "/." or "/.." leaves a directory path, as in nginx.
    const bool directory = decoded.endsWith('/') || decoded.endsWith("/.") || decoded.endsWith("/..");
    if (directory && out.size() > 1)
        out.append('/');
    return out;
}

void appendEscaped(QByteArray &out, QByteArrayView path)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    // nginx 1.22's table, one bit per byte: 0x00-0x20, '"', '#', '%', '<', '>',
    // '?', '\\', '^', '`', '{', '|', '}', 0x7f-0xff.
    static constexpr quint32 escape[8] = {0xffffffff, 0xd000002d, 0x50000000, 0xb8000001,
                                          0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff};
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (escape[c >> 5] & (1u << (c & 0x1f))) {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
}

} // namespace UriPath
