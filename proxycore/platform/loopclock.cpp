#include "loopclock.h"

#include <QDateTime>

#include <chrono>

qint64 LoopClock::readSteadyNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 LoopClock::cacheSteady()
{
    const qint64 now = readSteadyNs();
    if (t_caching)
        t_steadyNs = now;
    return now;
}

qint64 LoopClock::cacheWall()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (t_caching)
        t_wallMs = now;
    return now;
}
