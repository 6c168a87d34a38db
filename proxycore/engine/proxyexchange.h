#pragma once

#include "balancing/peerselection.h"
#include "labruntime.h"
#include "requestrecord.h"
#include "platform/loopclock.h"

#include <memory>

class UpstreamConnection;
struct PickDecision;

// Everything one request through the proxy knows, from its head to its last
// byte. A session starts each request with a fresh one (`= ProxyExchange()`),
// so no flag can leak from one request into the next; buffers whose capacity
// is worth keeping between requests stay in the session.
struct ProxyExchange {
    // Where the attempt on the current upstream connection is.
    enum class Phase { None, Connecting, Sending, Reading };

    LabRuntimePtr runtime;             // the snapshot this request started with
    UpstreamRuntime *group = nullptr;  // null for a request answered locally
    PeerSelection selection;
    std::shared_ptr<PickDecision> pickDecision; // the current attempt's, when recorded
    UpstreamConnection *upstream = nullptr;
    Phase phase = Phase::None;

    QByteArray remoteIp;        // $remote_addr (the peer, or a trusted proxy's header)

    // Routing: the server block and location, $uri, $args and captures after
    // the rewrites; the location's compiled plan and the response rules in force.
    RequestRouter::Decision route;
    const RequestRouter::LocationPlan *plan = nullptr;
    const ResponseRules *responseRules = nullptr;
    QByteArray requestId;       // $request_id, made when first used
    QByteArray upstreamAddrs;   // $upstream_addr: every server tried, ", "-separated
    QByteArray upstreamStatuses; // $upstream_status
    bool closeUpstream = false; // the Connection line sent upstream says close: no keep-alive

    // The request
    bool nonIdempotent = false;      // POST, LOCK, PATCH
    bool upgradeRequested = false;   // Connection: upgrade
    bool chunkedUpstreamBody = false;
    bool requestBodyDone = true;     // all of the client's body was read
    bool requestSent = false;        // the current attempt sent its head
    bool sentContinue = false;       // "100 Continue" went to the client
    bool replayable = true;          // the body so far is held for a retry
    bool keepAliveClient = false;    // the client's connection outlives this request
    bool recordsHead = false;        // its head parsed: finishRecord() copies it into the record
    bool recorded = false;           // its record goes to the log: read once as it starts, so a
                                     // switch (ProxyEngine::setRecordRequests) never splits a request

    // The response
    bool upstreamClosed = false;     // the current upstream connection closed
    bool responseStarted = false;    // bytes of a response reached the client
    bool chunkedToClient = false;
    int responseStatus = 0;
    qint64 headerTimeUs = -1;        // this attempt's time to the response head (least_time)

    RequestRecord record;
    qint64 requestStartNs = 0;       // LoopClock: when the request's head was in
    qint64 attemptStartNs = 0;       // LoopClock: when this attempt began

    // Turn-grained, as nginx's $request_time and $upstream_response_time.
    qint64 requestElapsedUs() const { return (LoopClock::nowNs() - requestStartNs) / 1000; }
    qint64 attemptElapsedUs() const { return (LoopClock::nowNs() - attemptStartNs) / 1000; }
};
