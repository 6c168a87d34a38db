#include "httpwriter.h"

#include "httphead.h"
#include "platform/byteappend.h"

#include <QDateTime>
#include <QLocale>

#include <cstring>

namespace HttpWriter {

QByteArrayView currentDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local char buffer[40];
    thread_local qsizetype length = 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        const QByteArray text = QLocale::c()
                                    .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        length = qMin<qsizetype>(text.size(), sizeof(buffer));
        memcpy(buffer, text.constData(), size_t(length));
    }
    return QByteArrayView(buffer, length);
}

void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    const qsizetype at = out.size();
    ByteAppend::resize(out, at + name.size() + value.size() + 4);
    char *p = out.data() + at;
    if (!name.isEmpty())
        std::memcpy(p, name.data(), size_t(name.size()));
    p += name.size();
    *p++ = ':';
    *p++ = ' ';
    if (!value.isEmpty())
        std::memcpy(p, value.data(), size_t(value.size()));
    p += value.size();
    *p++ = '\r';
    *p = '\n';
}

void appendNumber(QByteArray &out, qint64 n)
{
    // Written backwards into a buffer, then appended at once.
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    quint64 v = n < 0 ? 0 - quint64(n) : quint64(n); // -n overflows for the smallest qint64
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (n < 0)
        *--p = '-';
    out.append(p, end - p);
}

void appendHex(QByteArray &out, quint64 n)
{
    static constexpr char hex[] = "0123456789abcdef";
    char digits[20];
    int len = 0;
    do {
        digits[len++] = hex[n & 15];
        n >>= 4;
    } while (n);
    while (len)
        out.append(digits[--len]);
}

QByteArray statusPage(int status)
{
    QByteArray title;
    appendNumber(title, status);
    if (const char *reason = Http::reasonPhrase(status); *reason)
        title.append(' ').append(reason);
    QByteArray page;
    page.reserve(128 + 2 * title.size());
    page.append("<html>\r\n<head><title>").append(title).append("</title></head>\r\n<body>\r\n<center><h1>");
    page.append(title).append("</h1></center>\r\n<hr><center>upstreamlab</center>\r\n</body>\r\n</html>\r\n");
    return page;
}

QByteArray errorResponse(int status, bool close, bool headOnly)
{
    return localResponse(status, "text/html", {}, statusPage(status), close, headOnly);
}

QByteArray localResponse(int status, QByteArrayView contentType, QByteArrayView location, QByteArrayView body,
                         bool close, bool headOnly)
{
    // nginx frames a `return 5` (no 1xx meaning) with a Content-Length like any other answer.
    const bool bodiless = (status >= 100 && status < 200) || status == 204 || status == 304;
    QByteArray out;
    out.reserve(200 + location.size() + (headOnly ? 0 : body.size()));
    out.append("HTTP/1.1 ");
    // Three digits whatever the code, as nginx writes it ("%03ui"): `return 5` sends "005".
    out.append(char('0' + status / 100 % 10)).append(char('0' + status / 10 % 10)).append(char('0' + status % 10));
    out.append(' ').append(Http::reasonPhrase(status)).append("\r\nServer: upstreamlab\r\nDate: ").append(currentDate());
    if (!location.isEmpty())
        out.append("\r\nLocation: ").append(location);
    if (!bodiless) {
        if (!contentType.isEmpty())
            out.append("\r\nContent-Type: ").append(contentType);
        out.append("\r\nContent-Length: ");
        appendNumber(out, body.size());
    }
    out.append(close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n");
    if (!bodiless && !headOnly)
        out.append(body);
    return out;
}

} // namespace HttpWriter
