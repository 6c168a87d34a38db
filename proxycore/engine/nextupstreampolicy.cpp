#include "nextupstreampolicy.h"

#include "config/labconfig.h"

namespace NextUpstreamPolicy {

quint32 conditionForStatus(int status)
{
    switch (status) {
    case 500: return NextHttp500;
    case 502: return NextHttp502;
    case 503: return NextHttp503;
    case 504: return NextHttp504;
    case 403: return NextHttp403;
    case 404: return NextHttp404;
    case 429: return NextHttp429;
    default: return 0;
    }
}

int finalStatusFor(quint32 condition)
{
    switch (condition) {
    case NextTimeout:
    case NextHttp504: return 504;
    case NextHttp500: return 500;
    case NextHttp503: return 503;
    case NextHttp403: return 403;
    case NextHttp404: return 404;
    case NextHttp429: return 429;
    default: return 502;
    }
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
