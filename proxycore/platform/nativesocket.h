#pragma once

#include <QHostAddress>
#include <QtGlobal>

// A non-blocking TCP client socket as a bare descriptor, for the traffic
// generator's connections: QTcpSocket reports a reset and an orderly close
// alike (RemoteHostClosedError), asks FIONREAD before every read and keeps a
// 16 KiB buffer per socket; the generator needs the exact errno, one read into
// a shared scratch buffer, and little memory per connection. POSIX sockets
// here; Winsock behind the same functions on Windows. Readiness comes from a
// QSocketNotifier on the descriptor, so Qt's event loop still drives it.
namespace NativeSocket {

enum class Result {
    Ok,
    WouldBlock,     // try again when the notifier fires
    Refused,        // ECONNREFUSED
    Reset,          // ECONNRESET, EPIPE
    TimedOut,       // ETIMEDOUT
    AddressInUse,   // no local port for this source address
    Failed,         // anything else (errorText() says what)
};

// Creates a non-blocking socket, binds `source` (if not null) and starts a
// connect to address:port. Returns the descriptor, or -1 with *result set.
// *result is Ok (connected at once) or WouldBlock (wait for writability).
qintptr connectTo(const QHostAddress &address, quint16 port, const QHostAddress &source, Result *result);
// After the descriptor became writable: the outcome of the connect (and,
// when it failed, the system's error code in *systemError).
Result connectResult(qintptr descriptor, int *systemError = nullptr);
// > 0: bytes read; 0: the peer closed its side; -1: *result says why.
qint64 read(qintptr descriptor, char *data, qint64 size, Result *result);
// ≥ 0: bytes written (maybe fewer than size); -1: *result says why.
qint64 write(qintptr descriptor, const char *data, qint64 size, Result *result);
void close(qintptr descriptor);
// An accepted descriptor (non-blocking already: SocketAccept::accept) made
// ready for the proxy: Nagle off.
void prepareAccepted(qintptr descriptor);
// The connection's two ends (null when the descriptor is not a connected socket).
QHostAddress peerAddress(qintptr descriptor, quint16 *port);
QHostAddress localAddress(qintptr descriptor, quint16 *port);
// The last error's text (strerror), for logs.
QString errorText();
// The last socket call's error code (errno, or WSAGetLastError on Windows), and a code's text.
int lastErrorCode();
QString errorText(int code);

} // namespace NativeSocket
