#pragma once

#include <QtGlobal>

class QHostAddress;

// accept() on a non-blocking listening socket, with its failure classified.
// Qt 6.4's QTcpServer retries a failing accept() on every event-loop turn
// (100 % CPU when out of descriptors) and tells no one; callers of this can
// back off instead.
namespace SocketAccept {
enum class Result {
    Accepted,         // *descriptor is the new connection (non-blocking, close-on-exec)
    WouldBlock,       // nothing left to accept now
    Retry,            // this one was aborted by its client; the next may work
    OutOfDescriptors, // EMFILE / ENFILE: the process or the system is full
    Failed,           // anything else (ENOBUFS, ENOMEM…): *systemError says what
};
// With `peer`, also the client's address and port as accept() reports them
// (saving a getpeername()); a v4-mapped client of a dual-stack socket stays IPv6.
Result accept(qintptr listener, qintptr *descriptor, int *systemError, QHostAddress *peer = nullptr,
              quint16 *peerPort = nullptr);
} // namespace SocketAccept
