#include "consistenthashstrategy.h"

#include "crc32.h"
#include "upstreambalancer.h"

#include <algorithm>

namespace {

// Splits "host:port" the way nginx does: digits scanned back from the end up
// to a ':' are the port; "unix:" paths have none. "127.0.0.1" and
// "127.0.0.1:80" are different texts and get different points.
void splitServer(const QByteArray &s, QByteArrayView *host, QByteArrayView *port)
{
    if (s.size() >= 5 && QByteArrayView(s).first(5).compare("unix:", Qt::CaseInsensitive) == 0) {
        *host = QByteArrayView(s).sliced(5);
        *port = {};
        return;
    }
    for (qsizetype j = 0; j < s.size(); ++j) {
        const char c = s[s.size() - j - 1];
        if (c == ':') {
            *host = QByteArrayView(s).first(s.size() - j - 1);
            *port = QByteArrayView(s).sliced(s.size() - j);
            return;
        }
        if (c < '0' || c > '9')
            break;
    }
    *host = s;
    *port = {};
}

} // namespace

std::vector<quint32> ConsistentHashStrategy::pointsFor(const QByteArray &serverText, int weight)
{
    QByteArrayView host;
    QByteArrayView port;
    splitServer(serverText, &host, &port);
    Crc32 base;
    base.update(host);
    base.update(QByteArrayView("\0", 1));
    base.update(port);
    std::vector<quint32> points;
    points.reserve(size_t(weight) * 160);
    quint32 prev = 0;
    for (int j = 0; j < weight * 160; ++j) {
        Crc32 crc = base;
        const char bytes[4] = {char(prev & 0xff), char((prev >> 8) & 0xff), char((prev >> 16) & 0xff),
                               char((prev >> 24) & 0xff)};
        crc.update(QByteArrayView(bytes, 4));
        prev = crc.value();
        points.push_back(prev);
    }
    return points;
}

ConsistentHashStrategy::ConsistentHashStrategy(const UpstreamGroup &group, const PeerList &primary)
{
    std::vector<QByteArray> texts;
    for (const PeerState &peer : primary.peers) {
        const QByteArray text = group.servers[peer.serverIndex].address.toUtf8();
        auto it = std::find(texts.begin(), texts.end(), text);
        const int server = int(it - texts.begin());
        if (it == texts.end())
            texts.push_back(text);
        m_peerServer.push_back(server);
        // Down peers get points too (they still own their share of the ring).
        for (quint32 h : pointsFor(text, peer.weight))
            m_points.push_back({h, server});
    }
    // nginx sorts with qsort and keeps the first of equal hashes; a stable sort
    // makes that "first in config order" (spec §18).
    std::stable_sort(m_points.begin(), m_points.end(), [](const Point &a, const Point &b) { return a.hash < b.hash; });
    m_points.erase(std::unique(m_points.begin(), m_points.end(),
                               [](const Point &a, const Point &b) { return a.hash == b.hash; }),
                   m_points.end());
}

void ConsistentHashStrategy::begin(UpstreamBalancer &, PeerSelection &selection) const
{
    if (selection.key.isEmpty() || m_points.empty())
        return;
    const quint32 hash = Crc32::of(selection.key);
    // The first point whose hash is >= the key's (may be one past the end: wraps).
    selection.point = std::lower_bound(m_points.begin(), m_points.end(), hash,
                                       [](const Point &p, quint32 h) { return p.hash < h; })
                      - m_points.begin();
}

int ConsistentHashStrategy::pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now)
{
    if (selection.methodTries > 20 || balancer.isSingle() || selection.key.isEmpty() || m_points.empty()) {
        using F = PickDecision::Fallback;
        return balancer.roundRobinFallback(selection, now, balancer.isSingle() ? F::SingleServer
                                                           : selection.methodTries > 20 ? F::TwentyMisses
                                                                                        : F::EmptyKey);
    }
    PeerList &list = balancer.list(selection.list);
    if (selection.decision) [[unlikely]] {
        selection.decision->key = selection.key;
        selection.decision->keyHash = Crc32::of(selection.key);
        selection.decision->ringPoints = int(m_points.size());
    }
    for (;;) {
        const int server = m_points[size_t(selection.point) % m_points.size()].server;
        // A smooth-WRR round among the usable peers of that server line.
        PeerState *best = nullptr;
        int bestIndex = -1;
        int total = 0;
        for (int i = 0; i < int(list.peers.size()); ++i) {
            PeerState &p = list.peers[size_t(i)];
            if (!UpstreamBalancer::isEligible(selection, p, i, now) || m_peerServer[size_t(i)] != server)
                continue;
            total += p.takePartInRound(now);
            if (!best || p.currentWeight > best->currentWeight) {
                best = &p;
                bestIndex = i;
            }
        }
        if (selection.decision) [[unlikely]]
            noteProbe(*selection.decision, selection, server, bestIndex);
        if (best) {
            best->currentWeight -= total;
            UpstreamBalancer::choose(selection, *best, bestIndex, now);
            return bestIndex;
        }
        ++selection.point;
        if (++selection.methodTries > 20)
            return balancer.roundRobinFallback(selection, now, PickDecision::Fallback::TwentyMisses);
    }
}

void ConsistentHashStrategy::noteProbe(PickDecision &decision, const PeerSelection &selection, int server,
                                       int chosenIndex) const
{
    const size_t at = size_t(selection.point) % m_points.size();
    auto firstPeerOf = [this](int s) {
        return int(std::find(m_peerServer.begin(), m_peerServer.end(), s) - m_peerServer.begin());
    };
    const int index = chosenIndex >= 0 ? chosenIndex : firstPeerOf(server);
    decision.addProbe(m_points[at].hash, quint32(at), selection.list, index, chosenIndex >= 0);
    if (chosenIndex < 0)
        return;
    // Where a retry, or this key without this server, would go next.
    decision.ringNext.clear();
    for (size_t step = 1; step < m_points.size() && decision.ringNext.size() < 2; ++step) {
        const int next = m_points[(at + step) % m_points.size()].server;
        const int candidate = decision.candidateIndex(selection.list, firstPeerOf(next));
        if (next != server && !decision.ringNext.contains(candidate))
            decision.ringNext.append(candidate);
    }
}
