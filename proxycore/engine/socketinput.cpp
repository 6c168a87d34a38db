#include "socketinput.h"

#include <QTcpSocket>

#include <cstring>

namespace SocketInput {

void readInto(QTcpSocket &socket, QByteArray &buf, qsizetype &pos)
{
    const qsizetype unconsumed = buf.size() - pos;
    if (unconsumed >= Cap)
        return;
    if (pos > 0) {
        if (unconsumed == 0) {
            buf.resize(0);
        } else {
            memmove(buf.data(), buf.constData() + pos, size_t(unconsumed));
            buf.resize(unconsumed);
        }
        pos = 0;
    }
    const qint64 available = socket.bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype want = qsizetype(qMin<qint64>(available, Cap - unconsumed));
    const qsizetype old = buf.size();
    buf.resize(old + want);
    const qint64 got = socket.read(buf.data() + old, want);
    buf.resize(old + qsizetype(qMax<qint64>(got, 0)));
}

void trim(QByteArray &buf, qsizetype &pos)
{
    pos = 0;
    if (buf.capacity() > KeptCapacity)
        buf.clear();
    else
        buf.resize(0);
}

} // namespace SocketInput
