#pragma once

#include "clock.h"
#include "peerselection.h"
#include "peerstate.h"

#include "config/labconfig.h"

// How an attempt on a peer ended, as nginx frees the peer.
enum class PeerOutcome {
    Success, // state 0 (including a 5xx passed through to the client)
    Failed,  // NGX_PEER_FAILED: error, timeout, invalid header, a retried http_5xx/429
    Next,    // http_403/http_404 retried: not a failure
};

// The balancing state of one upstream group: peers, counters and the method.
// Pure logic, not thread-safe: the engine holds the group's lock around
// pick() and release(), like nginx's zone lock.
class UpstreamBalancer
{
public:
    struct Pick {
        int list = -1;  // PeerSelection::Primary or Backup, -1 = none ("no live upstreams")
        int index = -1; // position in that list
        int serverIndex = -1;
        bool isValid() const { return list >= 0; }
    };

    UpstreamBalancer(const UpstreamGroup &group, const Clock *clock);

    // Starts a request: tries = primary.tries + backup.tries, capped by
    // proxy_next_upstream_tries when that is non-zero.
    void begin(PeerSelection &selection, int triesCap) const;
    Pick pick(PeerSelection &selection);
    void release(PeerSelection &selection, PeerOutcome outcome);

    bool isSingle() const { return m_single; }
    const PeerList &primary() const { return m_lists[0]; }
    const PeerList &backup() const { return m_lists[1]; }
    const PeerState &peer(int list, int index) const { return m_lists[list].peers[size_t(index)]; }
    const Clock *clock() const { return m_clock; }

private:
    int roundRobinRound(PeerSelection &selection, PeerList &list, qint64 now);

    const Clock *m_clock;
    PeerList m_lists[2];
    bool m_single = false;
};
