#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace ByteAppend {

// Appends like QByteArray::append, which in Qt 6.4 goes through the general
// insert() (about 100 instructions a call, dozens of calls per request on the
// proxy's hot path). Where the room is already there this is a memcpy and the
// size moved directly: QByteArray::resize, an out-of-line call of about 30
// instructions, was 6 % of the proxy's user-space instructions when measured.
// A QByteArray always holds one byte more than its capacity for the
// terminating '\0', which resize() writes too. Bytes that point into `out`
// itself stay valid: nothing moves when there is room, and append() handles
// the rest.
inline void append(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    if (n == 0)
        return;
    QByteArray::DataPointer &d = out.data_ptr();
    if (d.needsDetach() || d.freeSpaceAtEnd() < n) {
        out.append(bytes);
        return;
    }
    std::memcpy(d.data() + d.size, bytes.data(), size_t(n));
    d.size += n;
    d.data()[d.size] = '\0';
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
