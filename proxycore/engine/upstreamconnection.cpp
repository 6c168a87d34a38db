#include "upstreamconnection.h"

#include "clientsession.h"
#include "labruntime.h"
#include "platform/loopclock.h"
#include "upstreampool.h"

#include <QTimer>

UpstreamConnection::UpstreamConnection(const UpstreamRuntime *group, int serverIndex, QObject *parent)
    : QObject(parent)
    , m_socket(this)
    , m_group(group)
    , m_serverIndex(serverIndex)
{
}

UpstreamConnection::~UpstreamConnection() = default;

void UpstreamConnection::connectToPeer()
{
    const UpstreamRuntime::Peer &peer = m_group->peer(m_serverIndex);
    if (!m_socket.connectTo(peer.address, peer.port)) {
        // Failed before any packet (no descriptor left, no route): reported
        // from the event loop like any other connect failure.
        QTimer::singleShot(0, this, &UpstreamConnection::reportFailure);
    }
}

void UpstreamConnection::park(UpstreamPool *pool)
{
    m_session = nullptr;
    m_pool = pool;
    idleSinceMs = LoopClock::nowMs();
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

void UpstreamConnection::closeWhenFlushed()
{
    m_session = nullptr;
    m_pool = nullptr;
    m_closeWhenFlushed = true;
    if (m_socket.bytesToWrite() == 0)
        discard();
}

void UpstreamConnection::streamConnected(StreamSocket *)
{
    if (m_session)
        m_session->upstreamConnected(this);
}

void UpstreamConnection::streamReadyRead(StreamSocket *)
{
    if (m_session)
        m_session->upstreamReadyRead(this);
    else if (m_pool)
        m_pool->drop(this); // an idle upstream must not send anything
    else if (m_closeWhenFlushed)
        m_socket.discardInput();
}

void UpstreamConnection::streamBytesWritten(StreamSocket *)
{
    if (m_session)
        m_session->upstreamBytesWritten(this);
    else if (m_closeWhenFlushed && m_socket.bytesToWrite() == 0)
        discard();
}

void UpstreamConnection::streamClosed(StreamSocket *)
{
    reportFailure();
}

void UpstreamConnection::reportFailure()
{
    if (m_session)
        m_session->upstreamFailed(this, m_socket.error());
    else if (m_pool)
        m_pool->drop(this);
    else if (m_closeWhenFlushed)
        discard();
}
