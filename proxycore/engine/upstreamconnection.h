#pragma once

#include "platform/streamsocket.h"

#include <QObject>

class ClientSession;
class UpstreamPool;
class UpstreamRuntime;

// One TCP connection to an upstream server. Its socket's events go to whoever
// uses the connection now: a ClientSession while a request runs on it, or the
// pool while it idles.
class UpstreamConnection final : public QObject, private StreamSocket::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    UpstreamConnection(const UpstreamRuntime *group, int serverIndex, QObject *parent);
    ~UpstreamConnection() override;

    StreamSocket *socket() { return &m_socket; }
    const UpstreamRuntime *group() const { return m_group; }
    int serverIndex() const { return m_serverIndex; }

    void connectToPeer();

    void attach(ClientSession *session) { m_session = session; m_pool = nullptr; }
    void park(UpstreamPool *pool);
    // Taken out of the pool: until a session attaches, nothing calls back.
    void unpark() { m_pool = nullptr; }
    // Stops all callbacks and closes the socket; the object deletes itself later.
    void discard();
    // Detaches from its session; what is queued is sent, then the connection
    // closes and deletes itself (a tunnel's last bytes).
    void closeWhenFlushed();

    int requestsServed = 0;
    bool reused = false;
    qint64 idleSinceMs = 0; // LoopClock

private:
    void streamConnected(StreamSocket *socket) override;
    void streamReadyRead(StreamSocket *socket) override;
    void streamBytesWritten(StreamSocket *socket) override;
    void streamClosed(StreamSocket *socket) override;
    void reportFailure();

    StreamSocket m_socket;
    const UpstreamRuntime *m_group;
    int m_serverIndex;
    ClientSession *m_session = nullptr;
    UpstreamPool *m_pool = nullptr;
    bool m_discarded = false;
    bool m_closeWhenFlushed = false;
};
