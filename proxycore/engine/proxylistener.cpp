#include "proxylistener.h"

#include "config/hostport.h"

using namespace Qt::StringLiterals;

ProxyListener::ProxyListener(const Endpoint &endpoint, int maxConnections, QObject *parent)
    : QTcpServer(parent)
{
    m_share.endpoint = std::make_shared<const Endpoint>(endpoint);
    m_share.maxConnections = maxConnections;
    m_share.open = std::make_shared<std::atomic<int>>(0);
}

bool ProxyListener::bind(const QHostAddress &address, quint16 port)
{
    if (!listenAt(address, port))
        return false;
    m_requestedPort = port;
    m_share.label = u"listener "_s + HostPort{address, serverPort()}.toString();
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6) {
        auto local = std::make_shared<LocalAddress>();
        local->ip = address.toString().toLatin1();
        local->port = serverPort();
        local->portText = QByteArray::number(local->port);
        m_share.local = std::move(local);
    }
    return true;
}

bool ProxyListener::listenAt(const QHostAddress &address, quint16 port)
{
    setListenBacklogSize(511); // nginx's default backlog
    if (!listen(address, port))
        return false;
    // The workers' acceptors take over; QTcpServer's own loop stays off.
    pauseAccepting();
    m_share.descriptor = socketDescriptor();
    m_address = address;
    m_port = serverPort();
    return true;
}

bool ProxyListener::serves(const QHostAddress &address, quint16 port) const
{
    return isListening() && m_address == address && (port == m_requestedPort || port == m_port);
}

void ProxyListener::reassign(const Endpoint &endpoint, int maxConnections)
{
    // Sessions accepted before keep the old name; one no lab has any more
    // (port 0 now named by its number) routes as a dropped listener's: 404.
    if (endpoint.address != m_share.endpoint->address || endpoint.port != m_share.endpoint->port)
        m_share.endpoint = std::make_shared<const Endpoint>(endpoint);
    m_share.maxConnections = maxConnections;
}

void ProxyListener::suspend()
{
    close();
    m_share.descriptor = -1;
}

bool ProxyListener::resume()
{
    return isListening() || listenAt(m_address, m_port);
}
