#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <vector>

// N distinct client addresses, so that ip_hash and $remote_addr see many
// clients. Where the platform routes all of 127.0.0.0/8 to loopback (Linux,
// Windows), connections really come from those addresses: each client has
// its own /24 network, since ip_hash keys on the first three octets. Where it
// does not (macOS has only 127.0.0.1 on lo0), the generator connects from the
// default address and names the client in X-Forwarded-For instead, which the
// lab trusts when its realip settings name the generator (see
// TrafficGenerator::trustForwardedFor).
class ClientPopulation
{
public:
    enum class Via { SourceAddress, ForwardedFor };

    ClientPopulation() = default;
    // `count` addresses drawn from `seed`; `forceForwardedFor` skips the probe.
    ClientPopulation(int count, quint64 seed, bool forceForwardedFor);

    int count() const { return int(m_addresses.size()); }
    bool isEmpty() const { return m_addresses.empty(); }
    Via via() const { return m_via; }
    const QHostAddress &address(int index) const { return m_addresses[size_t(index)]; }
    // "203.0.113.7"-style text of client i, for X-Forwarded-For.
    const QByteArray &text(int index) const { return m_texts[size_t(index)]; }

    static const char *viaName(Via via) { return via == Via::SourceAddress ? "source-address" : "x-forwarded-for"; }
    // Whether a socket can bind 127.a.b.c (not just 127.0.0.1) on this machine.
    static bool sourceAddressesWork();

private:
    std::vector<QHostAddress> m_addresses;
    std::vector<QByteArray> m_texts;
    Via m_via = Via::SourceAddress;
};
