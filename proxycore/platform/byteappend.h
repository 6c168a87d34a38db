#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace ByteAppend {

// Appends like QByteArray::append, which in Qt 6.4 goes through the general
// insert() (about 100 instructions a call, dozens of calls per request on the
// proxy's hot path); where the room is already there this is a resize within
// the capacity and a memcpy.
inline void append(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype old = out.size();
    const qsizetype n = bytes.size();
    if (n == 0)
        return;
    if (out.capacity() - old < n || !out.isDetached()) {
        out.append(bytes);
        return;
    }
    out.resize(old + n);
    std::memcpy(out.data() + old, bytes.data(), size_t(n));
}

inline void append(QByteArray &out, char c)
{
    append(out, QByteArrayView(&c, 1));
}

// Empties `out` for appending again: an unshared buffer keeps its room; a
// shared or null one is let go. (QByteArray::resize(0) would allocate for
// those: an empty block, only to grow it at the first append.)
inline void emptyForReuse(QByteArray &out)
{
    if (out.isDetached())
        out.resize(0);
    else
        out = QByteArray();
}

} // namespace ByteAppend
