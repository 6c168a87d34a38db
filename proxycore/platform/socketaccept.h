#pragma once

#include <QtGlobal>

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
Result accept(qintptr listener, qintptr *descriptor, int *systemError);
} // namespace SocketAccept
