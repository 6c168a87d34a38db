#include "nativesocket.h"

#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace NativeSocket {
namespace {

int lastError()
{
#ifdef Q_OS_WIN
    return WSAGetLastError();
#else
    return errno;
#endif
}

Result classify(int error)
{
    switch (error) {
#ifdef Q_OS_WIN
    case WSAEWOULDBLOCK:
    case WSAEINPROGRESS:
        return Result::WouldBlock;
    case WSAECONNREFUSED:
        return Result::Refused;
    case WSAECONNRESET:
    case WSAECONNABORTED:
        return Result::Reset;
    case WSAETIMEDOUT:
        return Result::TimedOut;
    case WSAEADDRINUSE:
    case WSAEADDRNOTAVAIL:
        return Result::AddressInUse;
#else
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EINPROGRESS:
    case EINTR:
        return Result::WouldBlock;
    case ECONNREFUSED:
        return Result::Refused;
    case ECONNRESET:
    case EPIPE:
        return Result::Reset;
    case ETIMEDOUT:
        return Result::TimedOut;
    case EADDRINUSE:
    case EADDRNOTAVAIL:
        return Result::AddressInUse;
#endif
    default:
        return Result::Failed;
    }
}

bool toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage, socklen_t *length)
{
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        *length = sizeof(sockaddr_in6);
        return true;
    }
    bool ok = false;
    const quint32 ip = address.toIPv4Address(&ok);
    if (!ok)
        return false;
    auto *in = reinterpret_cast<sockaddr_in *>(storage);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr.s_addr = htonl(ip);
    *length = sizeof(sockaddr_in);
    return true;
}

} // namespace

qintptr connectTo(const QHostAddress &address, quint16 port, const QHostAddress &source, Result *result)
{
#ifdef Q_OS_WIN
    // Winsock must be started before the first socket(); Qt starts it only for its own sockets.
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(started);
#endif
    sockaddr_storage peer;
    socklen_t peerLength = 0;
    if (!toSockaddr(address, port, &peer, &peerLength)) {
        *result = Result::Failed;
        return -1;
    }
#ifdef Q_OS_WIN
    const SOCKET s = ::socket(peer.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET) {
        *result = classify(lastError());
        return -1;
    }
    u_long nonBlocking = 1;
    ::ioctlsocket(s, FIONBIO, &nonBlocking);
    const qintptr fd = qintptr(s);
    const char one = 1;
    ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#else
    const int s = ::socket(peer.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (s < 0) {
        *result = classify(lastError());
        return -1;
    }
    const qintptr fd = s;
    const int one = 1;
    ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#endif
    if (!source.isNull()) {
#if defined(IP_BIND_ADDRESS_NO_PORT)
        // Linux: pick the local port at connect(), per destination, so many
        // connections from one source address do not exhaust its ports.
        ::setsockopt(s, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
#endif
        sockaddr_storage local;
        socklen_t localLength = 0;
        if (!toSockaddr(source, 0, &local, &localLength)
            || ::bind(s, reinterpret_cast<const sockaddr *>(&local), localLength) != 0) {
            *result = classify(lastError());
            if (*result == Result::WouldBlock)
                *result = Result::Failed;
            close(fd);
            return -1;
        }
    }
    if (::connect(s, reinterpret_cast<const sockaddr *>(&peer), peerLength) == 0) {
        *result = Result::Ok;
        return fd;
    }
    *result = classify(lastError());
    if (*result != Result::WouldBlock) {
        close(fd);
        return -1;
    }
    return fd;
}

Result connectResult(qintptr descriptor, int *systemError)
{
    int error = 0;
    socklen_t length = sizeof error;
#ifdef Q_OS_WIN
    if (::getsockopt(SOCKET(descriptor), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length) != 0)
#else
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
#endif
    {
        if (systemError)
            *systemError = lastError();
        return classify(lastError());
    }
    if (error == 0)
        return Result::Ok;
    if (systemError)
        *systemError = error;
    const Result r = classify(error);
    return r == Result::WouldBlock ? Result::Failed : r;
}

qint64 read(qintptr descriptor, char *data, qint64 size, Result *result)
{
#ifdef Q_OS_WIN
    const int n = ::recv(SOCKET(descriptor), data, int(qMin<qint64>(size, INT_MAX)), 0);
#else
    const ssize_t n = ::recv(int(descriptor), data, size_t(size), 0);
#endif
    if (n >= 0) {
        *result = Result::Ok;
        return n;
    }
    *result = classify(lastError());
    return -1;
}

qint64 write(qintptr descriptor, const char *data, qint64 size, Result *result)
{
#ifdef Q_OS_WIN
    const int n = ::send(SOCKET(descriptor), data, int(qMin<qint64>(size, INT_MAX)), 0);
#else
    // MSG_NOSIGNAL: a peer that is gone is an EPIPE here, not a SIGPIPE.
    const ssize_t n = ::send(int(descriptor), data, size_t(size), MSG_NOSIGNAL);
#endif
    if (n >= 0) {
        *result = Result::Ok;
        return n;
    }
    *result = classify(lastError());
    if (*result == Result::WouldBlock)
        return 0;
    return -1;
}

void close(qintptr descriptor)
{
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

void prepareAccepted(qintptr descriptor)
{
#ifdef Q_OS_WIN
    const char one = 1;
    ::setsockopt(SOCKET(descriptor), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#else
    const int one = 1;
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
#endif
}

namespace {
QHostAddress endpoint(qintptr descriptor, quint16 *port, bool peer)
{
    sockaddr_storage storage;
    socklen_t length = sizeof storage;
    std::memset(&storage, 0, sizeof storage);
#ifdef Q_OS_WIN
    const SOCKET s = SOCKET(descriptor);
    int winLength = int(length);
    const int rc = peer ? ::getpeername(s, reinterpret_cast<sockaddr *>(&storage), &winLength)
                        : ::getsockname(s, reinterpret_cast<sockaddr *>(&storage), &winLength);
#else
    const int s = int(descriptor);
    const int rc = peer ? ::getpeername(s, reinterpret_cast<sockaddr *>(&storage), &length)
                        : ::getsockname(s, reinterpret_cast<sockaddr *>(&storage), &length);
#endif
    *port = 0;
    if (rc != 0)
        return {};
    if (storage.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    else if (storage.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    return QHostAddress(reinterpret_cast<const sockaddr *>(&storage));
}
} // namespace

QHostAddress peerAddress(qintptr descriptor, quint16 *port)
{
    return endpoint(descriptor, port, true);
}

QHostAddress localAddress(qintptr descriptor, quint16 *port)
{
    return endpoint(descriptor, port, false);
}

QString errorText()
{
#ifdef Q_OS_WIN
    return QStringLiteral("Winsock error %1").arg(WSAGetLastError());
#else
    return QString::fromLocal8Bit(std::strerror(errno));
#endif
}

int lastErrorCode()
{
    return lastError();
}

QString errorText(int code)
{
#ifdef Q_OS_WIN
    return QStringLiteral("Winsock error %1").arg(code);
#else
    return QString::fromLocal8Bit(std::strerror(code));
#endif
}

} // namespace NativeSocket
