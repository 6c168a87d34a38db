#pragma once

#include "http/httpparser.h"
#include "requeststate.h"

#include <memory>
#include <vector>

// One worker's free list of RequestStates. A busy connection takes one per
// request and gives it back when it turns idle, so the states (and the
// buffers they keep) are reused across connections and a steady load
// allocates none; only as many exist as requests are in flight at once.
class RequestStatePool
{
    Q_DISABLE_COPY_MOVE(RequestStatePool)

public:
    // Free states kept beyond this are deleted: a burst of 10 000 clients
    // must not pin 10 000 states for ever.
    static constexpr size_t MaxFree = 1024;

    RequestStatePool() = default;

    std::unique_ptr<RequestState> take(const HttpParser::Limits &requestLimits);
    // `state` must be reset() already (the session resets it as it goes idle).
    void give(std::unique_ptr<RequestState> state);

    size_t freeCount() const { return m_free.size(); }

private:
    std::vector<std::unique_ptr<RequestState>> m_free;
};
