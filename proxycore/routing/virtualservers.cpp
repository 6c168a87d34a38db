#include "virtualservers.h"

void VirtualServers::add(int server, const QList<ServerName> &names, bool isDefault)
{
    m_servers.append(server);
    if (m_first < 0)
        m_first = server;
    if (isDefault && m_default < 0)
        m_default = server;
    auto claimWildcard = [server](QList<Wildcard> &list, const ServerName &name) {
        for (const Wildcard &w : std::as_const(list)) {
            if (w.key == name.key() && w.bare == name.matchesBareDomain())
                return; // conflicting: the first keeps it
        }
        list.append({name.key(), name.matchesBareDomain(), server});
    };
    if (names.isEmpty()) {
        if (!m_exact.contains(QByteArray("")))
            m_exact.insert(QByteArray(""), server); // nginx's implicit server_name ""
        return;
    }
    for (const ServerName &name : names) {
        switch (name.kind()) {
        case ServerName::Kind::Exact:
            if (!m_exact.contains(name.key()))
                m_exact.insert(name.key(), server);
            break;
        case ServerName::Kind::LeadingWildcard:
            if (name.matchesBareDomain() && !m_exact.contains(name.key().mid(1)))
                m_exact.insert(name.key().mid(1), server);
            claimWildcard(m_leading, name);
            break;
        case ServerName::Kind::TrailingWildcard:
            claimWildcard(m_trailing, name);
            break;
        case ServerName::Kind::Regex:
            m_regexes.append({name, server});
            break;
        }
    }
}

int VirtualServers::find(QByteArrayView host, RegexCaptures *captures) const
{
    // One block on the address and no regex name (whose captures count):
    // every rule below picks it.
    if (m_servers.size() == 1 && m_regexes.isEmpty())
        return m_first;
    // Looked up without a copy of the host (the key only lives for the lookup).
    if (const auto it = m_exact.constFind(QByteArray::fromRawData(host.data(), host.size())); it != m_exact.cend())
        return it.value();
    if (!host.isEmpty()) {
        // The most specific wildcard wins, whatever the order written.
        const Wildcard *best = nullptr;
        for (const Wildcard &w : m_leading) {
            if (host.size() > w.key.size() && host.endsWith(w.key) && (!best || w.key.size() > best->key.size()))
                best = &w;
        }
        if (best)
            return best->server;
        for (const Wildcard &w : m_trailing) {
            if (host.size() > w.key.size() && host.startsWith(w.key) && (!best || w.key.size() > best->key.size()))
                best = &w;
        }
        if (best)
            return best->server;
        for (const RegexName &r : m_regexes) {
            if (r.name.regex().match(host, captures))
                return r.server;
        }
    }
    return defaultServer();
}
