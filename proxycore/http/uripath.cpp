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

std::optional<QByteArray> normalized(QByteArrayView path, Problem *problem)
{
    using Http::hexValue;
    const auto fail = [problem](Problem why) -> std::optional<QByteArray> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (problem)
        *problem = Problem::None;
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
            return fail(Problem::BadEscape);
        const char c = char(hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]));
        if (c == '\0')
            return fail(Problem::BadEscape);
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
                return fail(Problem::ClimbsAboveRoot);
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

namespace {

// nginx's ngx_escape_uri tables (src/core/ngx_string.c): one bit per byte.
constexpr quint32 uriTable[] = {0xffffffff, 0xd000002d, 0x50000000, 0xb8000001,
                                0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff};
constexpr quint32 argsTable[] = {0xffffffff, 0xd800086d, 0x50000000, 0xb8000001,
                                 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff};

void appendWithTable(QByteArray &out, QByteArrayView text, const quint32 *table)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (table[c >> 5] & (1u << (c & 0x1f))) {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
}

} // namespace

void appendEscaped(QByteArray &out, QByteArrayView path)
{
    appendWithTable(out, path, uriTable);
}

void appendEscapedArgs(QByteArray &out, QByteArrayView text)
{
    appendWithTable(out, text, argsTable);
}

} // namespace UriPath
