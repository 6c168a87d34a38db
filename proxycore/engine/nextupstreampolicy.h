#pragma once

#include <QtGlobal>

// The one place that decides, after an upstream attempt went wrong, whether
// nginx's proxy_next_upstream tries another server or which status the client
// gets instead (ngx_http_upstream_next, nginx-upstream-spec.md §10). Pure: the
// session gathers the facts, this answers.
namespace NextUpstreamPolicy {

// The proxy_next_upstream condition (NextHttp502...) a response status stands
// for, or 0 for a status that is never retried.
quint32 conditionForStatus(int status);

// The status a client gets when the attempt that failed with `condition` is
// the last one (spec §10.2 step 3): 504 for timeouts, the status itself for
// http_5xx/403/404/429, else 502.
int finalStatusFor(quint32 condition);

// 403 and 404 move on to the next server without counting as the server's
// failure (max_fails), as nginx does.
bool countsAsFailure(quint32 condition);

struct Facts {
    quint32 nextUpstream = 0;   // the configured conditions (ProxySettings::nextUpstream)
    int triesLeft = 0;          // tries still allowed after the failed one
    bool requestSent = false;   // some of the request reached the server
    bool nonIdempotent = false; // POST, LOCK, PATCH
    bool timedOut = false;      // proxy_next_upstream_timeout has passed
    bool replayable = true;     // the request body is still held for a retry
};

// True when the failure (`condition`) should be retried on the next server.
bool shouldRetry(const Facts &facts, quint32 condition);

} // namespace NextUpstreamPolicy
