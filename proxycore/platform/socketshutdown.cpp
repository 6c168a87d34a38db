#include "socketshutdown.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace SocketShutdown {

bool shutdownWrite(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
#ifdef Q_OS_WIN
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#endif
}

} // namespace SocketShutdown
