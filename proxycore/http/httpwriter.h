#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace HttpWriter {
// RFC 9110 IMF-fixdate for now, formatted at most once per second per thread.
QByteArrayView currentDate();
// nginx's small HTML page for a status ("<h1>502 Bad Gateway</h1>"), with
// "upstreamlab" where nginx names itself.
QByteArray statusPage(int status);
// A complete error response with that page as its body. Why it failed goes to
// the request log, not to the client (as nginx's error log). `headOnly`: the
// answer to a HEAD request, the same head (Content-Length too), no body.
QByteArray errorResponse(int status, bool close, bool headOnly);
// A response the proxy writes itself (nginx's `return`): `location` adds a
// Location header (redirects); `headOnly` omits the body of a HEAD answer but
// keeps its length. 1xx, 204 and 304 carry neither body nor length.
QByteArray localResponse(int status, QByteArrayView contentType, QByteArrayView location, QByteArrayView body,
                         bool close, bool headOnly);
void appendNumber(QByteArray &out, qint64 n);
// out.append(bytes) for the heads built per request: one resize and one
// copy, where Qt 6.4's append goes through the general QByteArray::insert
// (about twice the instructions). `bytes` must not point into `out`.
inline void append(QByteArray &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype at = out.size();
    out.resize(at + bytes.size());
    std::memcpy(out.data() + at, bytes.data(), size_t(bytes.size()));
}
// "name: value\r\n", in one resize.
void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value);
void appendHex(QByteArray &out, quint64 n);
} // namespace HttpWriter
