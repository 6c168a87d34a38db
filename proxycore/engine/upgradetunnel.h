#pragma once

#include <QByteArray>

class StreamSocket;
class UpstreamConnection;

// After a 101 both sides speak another protocol (WebSocket...): bytes are
// relayed as they are, each way only while the other side's write buffer has
// room (the same back-pressure as bodies).
namespace UpgradeTunnel {

struct Side {
    StreamSocket &socket;
    QByteArray &input; // bytes read from this side, not yet relayed
    qsizetype &pos;
};

struct Moved {
    qint64 toClient = 0;
    qint64 toUpstream = 0;
    bool any() const { return toClient > 0 || toUpstream > 0; }
};

// Relays until neither side has anything more that the other can take now.
Moved pump(Side client, Side upstream, qint64 highWater);

// Ends the upstream side: what the client sent last is delivered before the
// connection goes (it deletes itself then); returns false when there was
// nothing left to deliver and the caller should discard the connection.
bool finishGracefully(UpstreamConnection *connection);

} // namespace UpgradeTunnel
