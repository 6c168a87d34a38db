#pragma once

#include "balancingstrategy.h"

#include "config/labconfig.h"

#include <QByteArray>

#include <vector>

struct PeerList;
struct PickDecision;

// hash KEY consistent (ketama, as ngx_http_upstream_init_chash builds it):
// weight × 160 points per server, each the CRC-32 of host, NUL, port and the
// previous point; a key goes to the first point at or after its CRC-32.
class ConsistentHashStrategy final : public BalancingStrategy
{
public:
    struct Point {
        quint32 hash;
        int server; // index into m_servers (distinct server texts)
    };

    ConsistentHashStrategy(const UpstreamGroup &group, const PeerList &primary);

    void begin(UpstreamBalancer &balancer, PeerSelection &selection) const override;
    int pick(UpstreamBalancer &balancer, PeerSelection &selection, qint64 now) override;

    const std::vector<Point> &points() const { return m_points; }
    // The continuum nginx builds for one server line (for tests).
    static std::vector<quint32> pointsFor(const QByteArray &serverText, int weight);

private:
    void noteProbe(PickDecision &decision, const PeerSelection &selection, int server, int chosenIndex) const;

    std::vector<Point> m_points;
    std::vector<int> m_peerServer; // per primary peer: its server text's index
};
