#include "upstreambalancer.h"

#include "consistenthashstrategy.h"
#include "hashstrategy.h"
#include "iphashstrategy.h"
#include "leastconnstrategy.h"
#include "leasttimestrategy.h"
#include "randomstrategy.h"
#include "roundrobinstrategy.h"

UpstreamBalancer::UpstreamBalancer(const UpstreamGroup &group, const Clock *clock, RandomSource *random)
    : m_clock(clock)
    , m_random(random)
{
    if (!m_random) {
        m_ownRandom = std::make_unique<SystemRandomSource>();
        m_random = m_ownRandom.get();
    }
    for (int i = 0; i < group.servers.size(); ++i) {
        const UpstreamServer &s = group.servers[i];
        PeerList &list = m_lists[s.backup ? 1 : 0];
        PeerState p;
        p.serverIndex = i;
        p.weight = s.weight;
        p.effectiveWeight = s.weight;
        p.maxConns = s.maxConns;
        p.maxFails = s.maxFails;
        p.failTimeout = s.failTimeoutSec;
        p.down = s.down;
        p.drain = s.drain;
        p.slowStart = s.slowStartSec;
        list.peers.push_back(p);
        m_names.append(s.name);
        list.totalWeight += s.weight;
        if (!s.down)
            ++list.tries;
    }
    m_single = m_lists[0].peers.size() == 1 && m_lists[1].peers.empty();

    using M = PickDecision::Method;
    switch (group.method) {
    case BalancingMethod::RoundRobin:
        m_strategy = std::make_unique<RoundRobinStrategy>();
        m_decisionMethod = M::RoundRobin;
        break;
    case BalancingMethod::LeastConn:
        m_strategy = std::make_unique<LeastConnStrategy>();
        m_decisionMethod = M::LeastConn;
        break;
    case BalancingMethod::IpHash:
        m_strategy = std::make_unique<IpHashStrategy>();
        m_decisionMethod = M::IpHash;
        break;
    case BalancingMethod::Hash:
        if (group.hashConsistent)
            m_strategy = std::make_unique<ConsistentHashStrategy>(group, m_lists[0]);
        else
            m_strategy = std::make_unique<HashStrategy>();
        m_decisionMethod = group.hashConsistent ? M::ConsistentHash : M::Hash;
        break;
    case BalancingMethod::Random:
        m_strategy = std::make_unique<RandomStrategy>(group.randomTwo);
        m_decisionMethod = group.randomTwo ? M::RandomTwo : M::Random;
        break;
    case BalancingMethod::LeastTime:
        m_strategy = std::make_unique<LeastTimeStrategy>();
        m_lastByte = group.leastTimeLastByte;
        m_decisionMethod = M::LeastTime;
        break;
    }
}

UpstreamBalancer::~UpstreamBalancer() = default;

void UpstreamBalancer::begin(PeerSelection &selection, int triesCap, QByteArrayView key)
{
    selection.list = PeerSelection::Primary;
    selection.current = -1;
    selection.clearTried(int(m_lists[0].peers.size()));
    selection.triesLeft = m_lists[0].tries + m_lists[1].tries;
    if (triesCap > 0 && selection.triesLeft > triesCap)
        selection.triesLeft = triesCap;
    selection.key = key.toByteArray();
    selection.hash = 0;
    selection.rehash = 0;
    selection.point = 0;
    selection.methodTries = 0;
    m_strategy->begin(*this, selection);
}

int UpstreamBalancer::roundRobinRound(PeerSelection &selection, PeerList &list, qint64 now)
{
    PeerState *best = nullptr;
    int bestIndex = -1;
    int total = 0;
    for (int i = 0; i < int(list.peers.size()); ++i) {
        PeerState &p = list.peers[size_t(i)];
        if (!isEligible(selection, p, i, now))
            continue;
        total += joinRound(selection, p, i, now);
        // Strict ">" : ties go to the earliest peer in config order.
        if (!best || p.currentWeight > best->currentWeight) {
            best = &p;
            bestIndex = i;
        }
    }
    if (!best)
        return -1;
    selection.setTried(bestIndex);
    best->currentWeight -= total;
    if (now - best->checked > best->failTimeout)
        best->checked = now; // the "probe" stamp
    return bestIndex;
}

int UpstreamBalancer::roundRobin(PeerSelection &selection, qint64 now)
{
    if (m_single) {
        // A single server is taken unless down or full; never marked failed.
        if (selection.decision) [[unlikely]]
            selection.decision->fallback = PickDecision::Fallback::SingleServer;
        const PeerState &p = m_lists[0].peers.front();
        if (p.down || (p.maxConns != 0 && p.conns >= p.maxConns))
            return -1;
        return 0;
    }
    int index = roundRobinRound(selection, m_lists[selection.list], now);
    if (index < 0 && selection.list == PeerSelection::Primary && !m_lists[1].peers.empty()) {
        // The primaries gave nothing: switch to the backups for the rest of this request.
        selection.list = PeerSelection::Backup;
        selection.clearTried(int(m_lists[1].peers.size()));
        index = roundRobinRound(selection, m_lists[1], now);
    }
    return index;
}

int UpstreamBalancer::withBackupFallback(PeerSelection &selection, qint64 now,
                                          int (*pass)(PeerSelection &, PeerList &, qint64))
{
    int index = pass(selection, m_lists[selection.list], now);
    if (index < 0 && selection.list == PeerSelection::Primary && !m_lists[1].peers.empty()) {
        selection.list = PeerSelection::Backup;
        selection.clearTried(int(m_lists[1].peers.size()));
        index = pass(selection, m_lists[1], now);
    }
    return index;
}

int UpstreamBalancer::indexAtWeight(const PeerList &list, quint64 w)
{
    int i = 0;
    while (i + 1 < int(list.peers.size()) && w >= quint64(list.peers[size_t(i)].weight)) {
        w -= quint64(list.peers[size_t(i)].weight);
        ++i;
    }
    return i;
}

void UpstreamBalancer::choose(PeerSelection &selection, PeerState &peer, int index, qint64 now)
{
    if (now - peer.checked > peer.failTimeout)
        peer.checked = now;
    selection.setTried(index);
}

UpstreamBalancer::Pick UpstreamBalancer::pick(PeerSelection &selection)
{
    const qint64 now = m_clock->nowSeconds();
    PickDecision *decision = selection.decision;
    if (decision) [[unlikely]]
        beginDecision(*decision, selection, now);
    const int index = m_strategy->pick(*this, selection, now);
    if (decision) [[unlikely]]
        endDecision(*decision, selection, index);
    if (index < 0) {
        selection.current = -1;
        return {};
    }
    selection.current = index;
    PeerState &p = m_lists[selection.list].peers[size_t(index)];
    ++p.conns;
    return {selection.list, index, p.serverIndex};
}

void UpstreamBalancer::setHealthy(int serverIndex, bool healthy)
{
    for (PeerList &list : m_lists) {
        for (PeerState &p : list.peers) {
            if (p.serverIndex != serverIndex || p.unhealthy == !healthy)
                continue;
            p.unhealthy = !healthy;
            if (healthy && p.slowStart > 0)
                p.recoveredAt = m_clock->nowSeconds(); // slow_start ramps from here
        }
    }
}

void UpstreamBalancer::release(PeerSelection &selection, PeerOutcome outcome, qint64 timeUs)
{
    // Every method frees through round robin (ngx_http_upstream_free_round_robin_peer).
    if (selection.current < 0)
        return;
    PeerState &p = m_lists[selection.list].peers[size_t(selection.current)];
    selection.current = -1;
    if (timeUs >= 0 && outcome == PeerOutcome::Success) {
        // Exponential moving average, as a load balancer tracks latency.
        p.averageTimeUs = p.averageTimeUs == 0 ? double(timeUs) : p.averageTimeUs * 0.8 + double(timeUs) * 0.2;
    }
    if (m_single) {
        --p.conns;
        selection.triesLeft = 0;
        return;
    }
    if (outcome == PeerOutcome::Failed) {
        const qint64 now = m_clock->nowSeconds();
        ++p.fails;
        p.accessed = now;
        p.checked = now;
        if (p.maxFails != 0)
            p.effectiveWeight -= p.weight / p.maxFails;
        if (p.effectiveWeight < 0)
            p.effectiveWeight = 0;
    } else if (p.accessed < p.checked) {
        // A success after a probe: the peer is live again.
        if (p.slowStart > 0 && p.maxFails != 0 && p.fails >= p.maxFails)
            p.recoveredAt = m_clock->nowSeconds(); // slow_start ramps from here
        p.fails = 0;
    }
    --p.conns;
    if (selection.triesLeft > 0)
        --selection.triesLeft;
}

// ---------------------------------------------------------------------------
// Decisions: only when the caller asked (PeerSelection::decision), never on
// the plain path.

void UpstreamBalancer::noteRound(PickDecision &decision, int list, int index, int added)
{
    PickDecision::Candidate &c = decision.candidates[decision.candidateIndex(list, index)];
    c.inRound = true;
    c.added = added;
}

void UpstreamBalancer::beginDecision(PickDecision &decision, const PeerSelection &selection, qint64 now) const
{
    using Skip = PickDecision::Skip;
    decision.method = m_decisionMethod;
    decision.now = now;
    decision.primaryCount = int(m_lists[0].peers.size());
    decision.candidates.clear();
    for (int l = 0; l < 2; ++l) {
        const PeerList &list = m_lists[l];
        for (int i = 0; i < int(list.peers.size()); ++i) {
            const PeerState &p = list.peers[size_t(i)];
            PickDecision::Candidate c;
            c.name = m_names[p.serverIndex];
            c.serverIndex = p.serverIndex;
            c.backup = l == PeerSelection::Backup;
            c.conns = p.conns;
            c.weight = p.weightNow(now);
            c.configuredWeight = p.weight;
            c.effectiveWeight = p.effectiveWeight;
            c.currentWeightBefore = c.currentWeightAfter = p.currentWeight;
            c.averageTimeUs = p.averageTimeUs;
            c.maxFails = p.maxFails;
            c.failTimeout = p.failTimeout;
            c.maxConns = p.maxConns;
            // The tried bits belong to the list in use; the primaries left
            // behind for the backups were each tried or unusable.
            if (l == selection.list ? selection.isTried(i) : (l == 0 && p.isUsable(now)))
                c.skip = Skip::Tried;
            else if (p.down)
                c.skip = Skip::Down;
            else if (p.drain)
                c.skip = Skip::Draining;
            else if (p.unhealthy)
                c.skip = Skip::Unhealthy;
            else if (p.maxFails != 0 && p.fails >= p.maxFails && now - p.checked <= p.failTimeout) {
                c.skip = Skip::Failed;
                c.failedUntil = p.checked + p.failTimeout + 1;
            } else if (p.maxConns != 0 && p.conns >= p.maxConns)
                c.skip = Skip::MaxConns;
            decision.candidates.append(c);
        }
    }
}

void UpstreamBalancer::endDecision(PickDecision &decision, const PeerSelection &selection, int index) const
{
    for (int l = 0; l < 2; ++l) {
        const PeerList &list = m_lists[l];
        for (int i = 0; i < int(list.peers.size()); ++i) {
            PickDecision::Candidate &c = decision.candidates[decision.candidateIndex(l, i)];
            c.currentWeightAfter = list.peers[size_t(i)].currentWeight;
            if (l == PeerSelection::Backup && selection.list == PeerSelection::Primary && c.skip == PickDecision::Skip::None)
                c.skip = PickDecision::Skip::BackupUnused;
        }
    }
    decision.usedBackups = selection.list == PeerSelection::Backup;
    decision.chosen = index < 0 ? -1 : decision.candidateIndex(selection.list, index);
}
