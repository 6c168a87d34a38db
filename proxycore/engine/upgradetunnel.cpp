#include "upgradetunnel.h"

#include "socketinput.h"
#include "upstreamconnection.h"

#include "platform/streamsocket.h"

namespace UpgradeTunnel {

namespace {
qint64 relay(Side from, StreamSocket &to, qint64 highWater)
{
    if (from.pos >= from.input.size() || to.bytesToWrite() > highWater)
        return 0;
    const qsizetype n = from.input.size() - from.pos;
    to.write(from.input.constData() + from.pos, n);
    from.pos = from.input.size();
    return n;
}
} // namespace

Moved pump(Side client, Side upstream, qint64 highWater)
{
    Moved moved;
    for (;;) {
        moved.toClient += relay(upstream, client.socket, highWater);
        moved.toUpstream += relay(client, upstream.socket, highWater);
        const qsizetype upBefore = upstream.input.size() - upstream.pos;
        const qsizetype inBefore = client.input.size() - client.pos;
        if (client.socket.bytesToWrite() <= highWater)
            SocketInput::readInto(upstream.socket, upstream.input, upstream.pos);
        if (upstream.socket.bytesToWrite() <= highWater)
            SocketInput::readInto(client.socket, client.input, client.pos);
        if (upstream.input.size() - upstream.pos == upBefore && client.input.size() - client.pos == inBefore)
            return moved;
    }
}

bool finishGracefully(UpstreamConnection *connection)
{
    StreamSocket *up = connection->socket();
    if (up->state() != StreamSocket::State::Connected || up->bytesToWrite() == 0)
        return false;
    connection->closeWhenFlushed();
    return true;
}

} // namespace UpgradeTunnel
