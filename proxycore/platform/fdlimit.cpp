#include "fdlimit.h"

#ifndef Q_OS_WIN
#include <sys/resource.h>
#ifdef Q_OS_MACOS
#include <climits> // OPEN_MAX
#endif
#endif

namespace FdLimit {

qint64 openFileLimit()
{
#ifdef Q_OS_WIN
    return -1;
#else
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
#endif
}

qint64 raiseOpenFileLimit()
{
#ifndef Q_OS_WIN
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        rlim_t wanted = limit.rlim_max;
#ifdef Q_OS_MACOS
        if (wanted == RLIM_INFINITY || wanted > rlim_t(OPEN_MAX))
            wanted = rlim_t(OPEN_MAX);
#endif
        if (limit.rlim_cur != RLIM_INFINITY && wanted > limit.rlim_cur) {
            limit.rlim_cur = wanted;
            ::setrlimit(RLIMIT_NOFILE, &limit); // on failure the old limit stays, and is returned
        }
    }
#endif
    return openFileLimit();
}

} // namespace FdLimit
