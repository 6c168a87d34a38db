#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace HttpWriter {
// RFC 9110 IMF-fixdate for now, formatted at most once per second per thread.
QByteArrayView currentDate();
// A small, complete error response ("502 Bad Gateway: no live upstreams").
QByteArray errorResponse(int status, QByteArrayView detail, bool close);
void appendNumber(QByteArray &out, qint64 n);
void appendHex(QByteArray &out, quint64 n);
} // namespace HttpWriter
