#include "acceptingserver.h"

#include "socketacceptor.h"

AcceptingServer::AcceptingServer(QObject *parent)
    : QTcpServer(parent)
{
}

AcceptingServer::~AcceptingServer()
{
    delete m_acceptor; // before QTcpServer closes the descriptor it watches
}

void AcceptingServer::startAccepting(const QString &label)
{
    // QTcpServer's own accept loop is paused for good; the acceptor's
    // notifier on the same socket takes over.
    pauseAccepting();
    delete m_acceptor;
    m_acceptor = new SocketAcceptor(socketDescriptor(), label, SocketAcceptor::NoOptions,
                                    [this](const SocketAcceptor::Connection &c) { incomingConnection(c.descriptor); },
                                    this);
}

void AcceptingServer::acceptAll()
{
    if (isListening() && m_acceptor)
        m_acceptor->acceptAll();
}
