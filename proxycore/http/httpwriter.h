#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace HttpWriter {
// RFC 9110 IMF-fixdate for now, formatted at most once per second per thread.
QByteArrayView currentDate();
// A small, complete error response ("502 Bad Gateway: no live upstreams").
QByteArray errorResponse(int status, QByteArrayView detail, bool close);
// A response the proxy writes itself (nginx's `return`): `location` adds a
// Location header (redirects); `headOnly` omits the body of a HEAD answer but
// keeps its length. 1xx, 204 and 304 carry neither body nor length.
QByteArray localResponse(int status, QByteArrayView contentType, QByteArrayView location, QByteArrayView body,
                         bool close, bool headOnly);
void appendNumber(QByteArray &out, qint64 n);
void appendHex(QByteArray &out, quint64 n);
} // namespace HttpWriter
