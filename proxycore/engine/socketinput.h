#pragma once

#include <QByteArray>

class StreamSocket;

// A session's input buffers: bytes not yet consumed start at `pos`, at most
// `Cap` are held, and idle connections give large buffers back.
namespace SocketInput {

constexpr qsizetype Cap = 64 * 1024;               // unconsumed bytes held per side
constexpr qsizetype KeptCapacity = 16 * 1024;      // an idle connection keeps at most this

// Reads what `socket` has into `buf` after `pos` (compacting consumed space
// first), keeping at most Cap unconsumed bytes. True when bytes arrived.
bool readInto(StreamSocket &socket, QByteArray &buf, qsizetype &pos);
// Empties `buf`, freeing it when it grew past KeptCapacity.
void trim(QByteArray &buf, qsizetype &pos);
inline qsizetype pending(const QByteArray &buf, qsizetype pos) { return buf.size() - pos; }

} // namespace SocketInput
