#include "socketaccept.h"

#include <QHostAddress>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace SocketAccept {

namespace {
void setPeer(const sockaddr_storage &storage, QHostAddress *peer, quint16 *peerPort)
{
    if (!peer)
        return;
    quint16 port = 0;
    if (storage.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    else if (storage.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    peer->setAddress(reinterpret_cast<const sockaddr *>(&storage));
    if (peerPort)
        *peerPort = port;
}
} // namespace

Result accept(qintptr listener, qintptr *descriptor, int *systemError, QHostAddress *peer, quint16 *peerPort)
{
    *descriptor = -1;
    *systemError = 0;
    sockaddr_storage storage{};
    sockaddr *address = peer ? reinterpret_cast<sockaddr *>(&storage) : nullptr;
#ifdef Q_OS_WIN
    int length = int(sizeof storage);
    const SOCKET s = ::accept(SOCKET(listener), address, peer ? &length : nullptr);
    if (s != INVALID_SOCKET) {
        u_long nonBlocking = 1;
        if (::ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
            ::closesocket(s); // this connection's fault: the next may work
            return Result::Retry;
        }
        *descriptor = qintptr(s);
        setPeer(storage, peer, peerPort);
        return Result::Accepted;
    }
    *systemError = WSAGetLastError();
    switch (*systemError) {
    case WSAEWOULDBLOCK: return Result::WouldBlock;
    case WSAECONNRESET:
    case WSAEINTR: return Result::Retry;
    case WSAEMFILE: return Result::OutOfDescriptors;
    default: return Result::Failed;
    }
#else
    socklen_t length = sizeof storage;
    socklen_t *lengthOut = peer ? &length : nullptr;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_NETBSD) || defined(Q_OS_OPENBSD)
    // Non-blocking from the start: two fcntl() calls fewer per connection.
    const int fd = ::accept4(int(listener), address, lengthOut, SOCK_CLOEXEC | SOCK_NONBLOCK);
#else
    const int fd = ::accept(int(listener), address, lengthOut);
    if (fd >= 0) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) {
            ::close(fd); // this connection's fault: the next may work
            return Result::Retry;
        }
    }
#endif
    if (fd >= 0) {
        *descriptor = fd;
        setPeer(storage, peer, peerPort);
        return Result::Accepted;
    }
    *systemError = errno;
    switch (*systemError) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return Result::WouldBlock;
    case EINTR:
    case ECONNABORTED:
    case EPROTO:
        return Result::Retry;
    case EMFILE:
    case ENFILE:
        return Result::OutOfDescriptors;
    default:
        return Result::Failed;
    }
#endif
}

} // namespace SocketAccept
