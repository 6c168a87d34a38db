#include "proxylistener.h"

#include "proxyengine.h"

ProxyListener::ProxyListener(ProxyEngine *engine, int index, int maxConnections, QObject *parent)
    : AcceptingServer(parent)
    , m_engine(engine)
    , m_index(index)
    , m_maxConnections(maxConnections)
{
}

void ProxyListener::incomingConnection(qintptr descriptor)
{
    if (!m_localKnown) {
        m_localKnown = true;
        const QHostAddress address = serverAddress();
        if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6) {
            auto local = std::make_shared<LocalAddress>();
            local->ip = address.toString().toLatin1();
            local->port = serverPort();
            local->portText = QByteArray::number(local->port);
            m_local = std::move(local);
        }
    }
    // Counted here, released by the session when it closes.
    const int open = m_open->fetch_add(1) + 1;
    const bool overLimit = m_maxConnections > 0 && open > m_maxConnections;
    m_engine->dispatchConnection(descriptor, m_index, m_open, m_local, overLimit);
}
