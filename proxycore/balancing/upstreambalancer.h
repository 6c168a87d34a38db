#pragma once

#include "balancingstrategy.h"
#include "clock.h"
#include "peerselection.h"
#include "pickdecision.h"
#include "peerstate.h"
#include "randomsource.h"

#include "config/labconfig.h"

#include <memory>

// How an attempt on a peer ended, as nginx frees the peer.
enum class PeerOutcome {
    Success, // state 0 (including a 5xx passed through to the client)
    Failed,  // NGX_PEER_FAILED: error, timeout, invalid header, a retried http_5xx/429
    Next,    // http_403/http_404 retried: not a failure
};

// The balancing state of one upstream group: peers, counters and the method.
// Pure logic, not thread-safe: the engine holds the group's lock around
// begin(), pick() and release(), like nginx's zone lock.
class UpstreamBalancer
{
public:
    struct Pick {
        int list = -1;  // PeerSelection::Primary or Backup, -1 = none ("no live upstreams")
        int index = -1; // position in that list
        int serverIndex = -1;
        bool isValid() const { return list >= 0; }
    };

    // `random` may be null: the system source is used.
    UpstreamBalancer(const UpstreamGroup &group, const Clock *clock, RandomSource *random = nullptr);
    ~UpstreamBalancer();

    // Starts a request: tries = primary.tries + backup.tries, capped by
    // proxy_next_upstream_tries when that is non-zero. `key` is the evaluated
    // hash key (hash), or the client address bytes (ip_hash: 4 or 16 bytes).
    void begin(PeerSelection &selection, int triesCap, QByteArrayView key = {});
    Pick pick(PeerSelection &selection);
    // `timeUs` (>= 0) feeds least_time's average: time to the response head or
    // to its last byte, as the group measures.
    void release(PeerSelection &selection, PeerOutcome outcome, qint64 timeUs = -1);
    bool measuresLastByte() const { return m_lastByte; }
    // Active health check verdict for a server (both lists).
    void setHealthy(int serverIndex, bool healthy);

    bool isSingle() const { return m_single; }
    const PeerList &primary() const { return m_lists[0]; }
    const PeerList &backup() const { return m_lists[1]; }
    const PeerState &peer(int list, int index) const { return m_lists[list].peers[size_t(index)]; }
    const Clock *clock() const { return m_clock; }

    // Building blocks the methods share (nginx's round robin functions).
    PeerList &list(int which) { return m_lists[which]; }
    RandomSource &random() { return *m_random; }
    // ngx_http_upstream_get_round_robin_peer: single rule, backup switch.
    int roundRobin(PeerSelection &selection, qint64 now);
    // ngx_http_upstream_get_peer: one smooth-WRR round over `list`.
    int roundRobinRound(PeerSelection &selection, PeerList &list, qint64 now);
    static bool isEligible(const PeerSelection &selection, const PeerState &peer, int index, qint64 now)
    {
        return !selection.isTried(index) && peer.isUsable(now);
    }
    // The peer owning slot w of the list's weight range (down peers included).
    static int indexAtWeight(const PeerList &list, quint64 w);
    // Runs `pass` on the current list and, when it finds nothing there, once on
    // the backups (for the methods that allow backup servers).
    int withBackupFallback(PeerSelection &selection, qint64 now, int (*pass)(PeerSelection &, PeerList &, qint64));
    // The common tail of the hash and random methods' picks.
    static void choose(PeerSelection &selection, PeerState &peer, int index, qint64 now);
    // A peer's part in a smooth-WRR round, noted in the decision when one is recorded.
    static int joinRound(PeerSelection &selection, PeerState &peer, int index, qint64 now)
    {
        const int added = peer.takePartInRound(now);
        if (selection.decision) [[unlikely]]
            noteRound(*selection.decision, selection.list, index, added);
        return added;
    }
    // Round robin instead of the method, for `why` (noted when recorded).
    int roundRobinFallback(PeerSelection &selection, qint64 now, PickDecision::Fallback why)
    {
        if (selection.decision) [[unlikely]]
            selection.decision->fallback = why;
        return roundRobin(selection, now);
    }
    // The group's server names, by server index (for decisions).
    const QString &serverName(int serverIndex) const { return m_names[serverIndex]; }

private:
    static void noteRound(PickDecision &decision, int list, int index, int added);
    void beginDecision(PickDecision &decision, const PeerSelection &selection, qint64 now) const;
    void endDecision(PickDecision &decision, const PeerSelection &selection, int index) const;

    const Clock *m_clock;
    std::unique_ptr<RandomSource> m_ownRandom;
    RandomSource *m_random;
    PeerList m_lists[2];
    bool m_single = false;
    bool m_lastByte = false;
    PickDecision::Method m_decisionMethod = PickDecision::Method::RoundRobin;
    QStringList m_names;
    std::unique_ptr<BalancingStrategy> m_strategy;
};
