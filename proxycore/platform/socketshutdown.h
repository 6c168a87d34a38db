#pragma once

#include <QtGlobal>

// Half-close (send FIN, keep reading) — Qt's sockets have no API for it.
namespace SocketShutdown {
bool shutdownWrite(qintptr descriptor);
}
