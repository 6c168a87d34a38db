#include "proxylistener.h"

#include "proxyengine.h"

ProxyListener::ProxyListener(ProxyEngine *engine, int index, QObject *parent)
    : QTcpServer(parent)
    , m_engine(engine)
    , m_index(index)
{
}

void ProxyListener::incomingConnection(qintptr descriptor)
{
    m_engine->dispatchConnection(descriptor, m_index);
}
