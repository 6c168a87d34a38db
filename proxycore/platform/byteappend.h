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

// QByteArray::resize, inline where the room is already there and nobody
// shares the buffer (the buffers the proxy keeps from one request to the
// next): Qt's out-of-line resize() was about 40 instructions a call, two dozen
// calls per request. New bytes are uninitialized.
inline void resize(QByteArray &out, qsizetype n)
{
    QByteArray::DataPointer &d = out.data_ptr();
    if (n < 0 || d.needsDetach() || n > d.size + d.freeSpaceAtEnd()) {
        out.resize(n);
        return;
    }
    d.size = n;
    d.data()[n] = '\0';
}

// Empties `out` for appending again: an unshared buffer keeps its room; a
// shared or null one is let go. (QByteArray::resize(0) would allocate for
// those: an empty block, only to grow it at the first append.)
inline void emptyForReuse(QByteArray &out)
{
    if (out.isDetached())
        resize(out, 0);
    else
        out = QByteArray();
}

} // namespace ByteAppend
