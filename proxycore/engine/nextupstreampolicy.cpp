#include "nextupstreampolicy.h"

#include "config/labconfig.h"
#include "config/nextupstreamconditions.h"

namespace NextUpstreamPolicy {

quint32 conditionForStatus(int status)
{
    return NextUpstreamConditions::flagForStatus(status);
}

int finalStatusFor(quint32 condition)
{
    if (condition == NextTimeout)
        return 504;
    const int status = NextUpstreamConditions::status(condition);
    return status != 0 ? status : 502;
}

bool countsAsFailure(quint32 condition)
{
    return condition != NextHttp403 && condition != NextHttp404;
}

bool shouldRetry(const Facts &facts, quint32 condition)
{
    if (condition == 0 || (facts.nextUpstream & condition) == 0)
        return false;
    // A non-idempotent request that reached a server is not repeated unless
    // the person said so (proxy_next_upstream non_idempotent).
    if (facts.requestSent && facts.nonIdempotent && (facts.nextUpstream & NextNonIdempotent) == 0)
        return false;
    return facts.triesLeft > 0 && !facts.timedOut && facts.replayable;
}

} // namespace NextUpstreamPolicy
