#pragma once

#include <atomic>

// What the workers put in the request log, switched from any thread. The
// engine and its workers share one (a worker may outlive a stop() by a
// moment); a worker reads it with a relaxed load as each request starts, so a
// switch applies to the requests that start after it.
struct RecordingSwitches
{
    // A record per request, for the log (the GUI, `run`, `proxy` without -q).
    // Off, a request leaves nothing behind, as nginx with access_log off.
    std::atomic<bool> requests{true};
    // Each pick's decision in the records ("why this server", --explain).
    std::atomic<bool> decisions{false};
};
