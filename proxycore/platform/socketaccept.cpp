#include "socketaccept.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace SocketAccept {

Result accept(qintptr listener, qintptr *descriptor, int *systemError)
{
    *descriptor = -1;
    *systemError = 0;
#ifdef Q_OS_WIN
    const SOCKET s = ::accept(SOCKET(listener), nullptr, nullptr);
    if (s != INVALID_SOCKET) {
        u_long nonBlocking = 1;
        if (::ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
            ::closesocket(s); // this connection's fault: the next may work
            return Result::Retry;
        }
        *descriptor = qintptr(s);
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
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_NETBSD) || defined(Q_OS_OPENBSD)
    // Non-blocking from the start: two fcntl() calls fewer per connection.
    const int fd = ::accept4(int(listener), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
#else
    const int fd = ::accept(int(listener), nullptr, nullptr);
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
