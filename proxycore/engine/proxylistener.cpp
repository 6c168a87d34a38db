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
    // Counted here, released by the session when it closes.
    const int open = m_open->fetch_add(1) + 1;
    const bool overLimit = m_maxConnections > 0 && open > m_maxConnections;
    m_engine->dispatchConnection(descriptor, m_index, m_open, overLimit);
}
