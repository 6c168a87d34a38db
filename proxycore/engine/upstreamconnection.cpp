#include "upstreamconnection.h"

#include "clientsession.h"
#include "labruntime.h"
#include "upstreampool.h"

UpstreamConnection::UpstreamConnection(const UpstreamRuntime *group, int serverIndex, QObject *parent)
    : QObject(parent)
    , m_socket(this)
    , m_group(group)
    , m_serverIndex(serverIndex)
{
    // Bounded read buffer: when the client is slow, Qt stops reading the
    // upstream and TCP flow control pushes back (no whole body in memory).
    m_socket.setReadBufferSize(64 * 1024);
    connect(&m_socket, &QTcpSocket::connected, this, &UpstreamConnection::handleConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::handleReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &UpstreamConnection::handleBytesWritten);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &UpstreamConnection::handleError);
    connect(&m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::handleDisconnected);
}

UpstreamConnection::~UpstreamConnection() = default;

void UpstreamConnection::connectToPeer()
{
    const UpstreamRuntime::Peer &peer = m_group->peer(m_serverIndex);
    m_socket.connectToHost(peer.address, peer.port);
}

void UpstreamConnection::park(UpstreamPool *pool)
{
    m_session = nullptr;
    m_pool = pool;
    idleSince.start();
}

void UpstreamConnection::discard()
{
    if (m_discarded)
        return;
    m_discarded = true;
    m_session = nullptr;
    m_pool = nullptr;
    m_socket.abort();
    deleteLater();
}

void UpstreamConnection::handleConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_session)
        m_session->upstreamConnected(this);
}

void UpstreamConnection::handleReadyRead()
{
    if (m_session)
        m_session->upstreamReadyRead(this);
    else if (m_pool)
        m_pool->drop(this); // an idle upstream must not send anything
}

void UpstreamConnection::handleBytesWritten()
{
    if (m_session)
        m_session->upstreamBytesWritten(this);
}

void UpstreamConnection::handleError(QAbstractSocket::SocketError error)
{
    if (m_session)
        m_session->upstreamFailed(this, error);
    else if (m_pool)
        m_pool->drop(this);
}

void UpstreamConnection::handleDisconnected()
{
    if (m_session)
        m_session->upstreamFailed(this, QAbstractSocket::RemoteHostClosedError);
    else if (m_pool)
        m_pool->drop(this);
}
