#pragma once

#include <QByteArray>
#include <QVarLengthArray>
#include <QtGlobal>

struct PickDecision;

// Per-request balancer state (nginx's ngx_http_upstream_rr_peer_data_t plus
// pc->tries and each method's own peer data): which list is in use, which
// peers were tried, how many tries remain, and the method's running hash.
class PeerSelection
{
public:
    enum List { Primary = 0, Backup = 1 };

    int list = Primary;
    int current = -1; // index in the current list of the peer in use, -1 if none
    int triesLeft = 0;

    // Method state, carried across the attempts of one request.
    QByteArray key;         // hash key, or the client address bytes for ip_hash
    quint32 hash = 0;       // ip_hash's running h, hash's accumulator
    int rehash = 0;         // hash: the decimal prefix of the next candidate
    qsizetype point = 0;    // consistent hash: the ring position
    int methodTries = 0;    // > 20 means: fall back to round robin
    // Set by the caller around one pick() to have it explained; null: not recorded.
    PickDecision *decision = nullptr;

    bool isTried(int i) const { return (m_tried[i / 64] >> (i % 64)) & 1u; }
    void setTried(int i) { m_tried[i / 64] |= quint64(1) << (i % 64); }
    void clearTried(int peerCount)
    {
        m_tried.resize((peerCount + 63) / 64);
        for (quint64 &w : m_tried)
            w = 0;
    }

private:
    QVarLengthArray<quint64, 2> m_tried;
};
