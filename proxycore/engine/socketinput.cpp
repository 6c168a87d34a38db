#include "socketinput.h"

#include "platform/byteappend.h"
#include "platform/streamsocket.h"

#include <cstring>
#include <memory>

namespace SocketInput {

namespace {
// Below this much spare room the read goes through the thread's scratch
// buffer: a connection's buffer then grows only by what arrived, so idle
// connections do not each hold a 64 KiB buffer.
constexpr qsizetype MinDirectRead = 2048;

char *scratch()
{
    thread_local std::unique_ptr<char[]> buffer;
    if (!buffer)
        buffer.reset(new char[Cap]);
    return buffer.get();
}
} // namespace

bool readInto(StreamSocket &socket, QByteArray &buf, qsizetype &pos)
{
    const qsizetype unconsumed = buf.size() - pos;
    if (unconsumed >= Cap)
        return false;
    if (pos > 0) {
        if (unconsumed == 0) {
            ByteAppend::resize(buf, 0);
        } else {
            memmove(buf.data(), buf.constData() + pos, size_t(unconsumed));
            ByteAppend::resize(buf, unconsumed);
        }
        pos = 0;
    }
    const qsizetype room = Cap - unconsumed;
    const qsizetype old = buf.size();
    const qsizetype spare = buf.capacity() - old;
    if (spare >= MinDirectRead) {
        const qsizetype want = qMin(spare, room);
        ByteAppend::resize(buf, old + want); // within the capacity: no allocation
        const qint64 got = socket.read(buf.data() + old, want);
        ByteAppend::resize(buf, old + qsizetype(got)); // read() gives 0 on EOF, EAGAIN or error
        return got > 0;
    }
    char *data = scratch();
    const qint64 got = socket.read(data, room);
    if (got <= 0)
        return false;
    ByteAppend::append(buf, QByteArrayView(data, qsizetype(got)));
    return true;
}

void trim(QByteArray &buf, qsizetype &pos)
{
    pos = 0;
    if (buf.capacity() > KeptCapacity)
        buf.clear();
    else
        ByteAppend::resize(buf, 0);
}

} // namespace SocketInput
