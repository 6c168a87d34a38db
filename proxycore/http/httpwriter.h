#pragma once

#include "platform/byteappend.h"

#include <QByteArray>
#include <QByteArrayView>

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
// out.append(bytes) for the heads built per request without Qt 6.4's general
// QByteArray::insert (platform/byteappend.h).
using ByteAppend::append;
// "name: value\r\n", in one resize.
void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value);
void appendHex(QByteArray &out, quint64 n);
} // namespace HttpWriter
