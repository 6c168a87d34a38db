#include "clientpopulation.h"

#include "trafficplan.h"

#include <QUdpSocket>

#include <algorithm>
#include <unordered_set>

ClientPopulation::ClientPopulation(int count, quint64 seed, bool forceForwardedFor)
{
    if (count <= 0)
        return;
    m_via = !forceForwardedFor && sourceAddressesWork() ? Via::SourceAddress : Via::ForwardedFor;
    // 127.A.B.C with A.B unique per client (254 × 254 networks), C from the
    // seed; 127.0.x.x is left out so the lab's own 127.0.0.1 is never a client.
    const quint32 networks = 254u * 254u;
    count = int(std::min<quint32>(quint32(count), networks));
    std::unordered_set<quint32> taken;
    m_addresses.reserve(size_t(count));
    m_texts.reserve(size_t(count));
    for (quint64 i = 0; m_addresses.size() < size_t(count); ++i) {
        const quint64 bits = TrafficPlan::mix(seed, 7, i);
        const quint32 network = quint32(bits % networks);
        if (!taken.insert(network).second)
            continue;
        const quint32 a = 1 + network / 254, b = 1 + network % 254, c = 1 + quint32((bits >> 32) % 254);
        const quint32 ip = (127u << 24) | (a << 16) | (b << 8) | c;
        m_addresses.emplace_back(ip);
        m_texts.push_back(m_addresses.back().toString().toLatin1());
    }
}

bool ClientPopulation::sourceAddressesWork()
{
    // A datagram socket is enough to ask whether the address can be bound.
    QUdpSocket probe;
    return probe.bind(QHostAddress(QStringLiteral("127.1.2.3")), 0);
}
