#pragma once

#include <QtGlobal>

// The time as of this thread's event loop turn, as nginx's cached
// ngx_current_msec and ngx_timeofday(): once a dispatcher that calls
// newTurn() after each wait runs the thread (EpollEventDispatcher), the
// handlers of one turn share one clock read, made when the first of them asks.
// A proxied request read the clock about twelve times before (its timers,
// timeouts, the pick's fail accounting, the pool's idle stamp, the record's
// times: 26 ns each on this VM's kvm-clock). Durations so measured are
// turn-grained, as nginx's $upstream_response_time. Elsewhere (Qt's
// dispatchers, the GUI thread) every call reads the clock.
class LoopClock
{
public:
    // Steady clock (std::chrono::steady_clock's epoch, as QElapsedTimer's on Linux).
    static qint64 nowNs()
    {
        if (t_steadyNs < 0)
            return cacheSteady();
        return t_steadyNs;
    }
    static qint64 nowUs() { return nowNs() / 1000; }
    static qint64 nowMs() { return nowNs() / 1'000'000; }
    // Wall clock, milliseconds since the Unix epoch.
    static qint64 wallMs()
    {
        if (t_wallMs < 0)
            return cacheWall();
        return t_wallMs;
    }

    // From the dispatcher, after each wait: the next read starts a new turn's
    // time, and from then on this thread's reads are cached.
    static void newTurn()
    {
        t_caching = true;
        t_steadyNs = -1;
        t_wallMs = -1;
    }

    // A fresh read, never cached.
    static qint64 readSteadyNs();

private:
    static qint64 cacheSteady();
    static qint64 cacheWall();

    static inline thread_local bool t_caching = false;
    static inline thread_local qint64 t_steadyNs = -1;
    static inline thread_local qint64 t_wallMs = -1;
};
