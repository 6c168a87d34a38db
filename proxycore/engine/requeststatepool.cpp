#include "requeststatepool.h"

std::unique_ptr<RequestState> RequestStatePool::take(const HttpParser::Limits &requestLimits)
{
    std::unique_ptr<RequestState> state;
    if (m_free.empty()) {
        state = std::make_unique<RequestState>();
    } else {
        state = std::move(m_free.back());
        m_free.pop_back();
    }
    state->requestParser.setLimits(requestLimits);
    return state;
}

void RequestStatePool::give(std::unique_ptr<RequestState> state)
{
    if (state && m_free.size() < MaxFree)
        m_free.push_back(std::move(state));
}
