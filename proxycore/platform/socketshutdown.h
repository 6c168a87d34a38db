#pragma once

#include <QtGlobal>

// What Qt's sockets have no API for: half-close, and abortive close.
namespace SocketShutdown {
// Send FIN, keep reading.
bool shutdownWrite(qintptr descriptor);
// Make the next close send RST instead of FIN (SO_LINGER with a zero timeout).
bool resetOnClose(qintptr descriptor);
}
