#include "upstreambalancer.h"

UpstreamBalancer::UpstreamBalancer(const UpstreamGroup &group, const Clock *clock)
    : m_clock(clock)
{
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
        list.peers.push_back(p);
        list.totalWeight += s.weight;
        if (!s.down)
            ++list.tries;
    }
    m_single = m_lists[0].peers.size() == 1 && m_lists[1].peers.empty();
}

void UpstreamBalancer::begin(PeerSelection &selection, int triesCap) const
{
    selection.list = PeerSelection::Primary;
    selection.current = -1;
    selection.clearTried(int(m_lists[0].peers.size()));
    selection.triesLeft = m_lists[0].tries + m_lists[1].tries;
    if (triesCap > 0 && selection.triesLeft > triesCap)
        selection.triesLeft = triesCap;
}

// One smooth-WRR round (ngx_http_upstream_get_peer). Returns the index or -1.
int UpstreamBalancer::roundRobinRound(PeerSelection &selection, PeerList &list, qint64 now)
{
    PeerState *best = nullptr;
    int bestIndex = -1;
    int total = 0;
    for (int i = 0; i < int(list.peers.size()); ++i) {
        PeerState &p = list.peers[size_t(i)];
        if (selection.isTried(i) || !p.isUsable(now))
            continue;
        p.currentWeight += p.effectiveWeight;
        total += p.effectiveWeight;
        if (p.effectiveWeight < p.weight)
            ++p.effectiveWeight;
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

UpstreamBalancer::Pick UpstreamBalancer::pick(PeerSelection &selection)
{
    const qint64 now = m_clock->nowSeconds();
    int index = -1;
    if (m_single) {
        // A single server is taken unless down or full; never marked failed.
        PeerState &p = m_lists[0].peers.front();
        if (!p.down && !(p.maxConns != 0 && p.conns >= p.maxConns))
            index = 0;
    } else {
        index = roundRobinRound(selection, m_lists[selection.list], now);
        if (index < 0 && selection.list == PeerSelection::Primary && !m_lists[1].peers.empty()) {
            // The primaries gave nothing: switch to the backups for the rest of this request.
            selection.list = PeerSelection::Backup;
            selection.clearTried(int(m_lists[1].peers.size()));
            index = roundRobinRound(selection, m_lists[1], now);
        }
    }
    if (index < 0) {
        selection.current = -1;
        return {};
    }
    selection.current = index;
    PeerState &p = m_lists[selection.list].peers[size_t(index)];
    ++p.conns;
    return {selection.list, index, p.serverIndex};
}

void UpstreamBalancer::release(PeerSelection &selection, PeerOutcome outcome)
{
    if (selection.current < 0)
        return;
    PeerState &p = m_lists[selection.list].peers[size_t(selection.current)];
    selection.current = -1;
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
        p.fails = 0; // a success after a probe: the peer is live again
    }
    --p.conns;
    if (selection.triesLeft > 0)
        --selection.triesLeft;
}
