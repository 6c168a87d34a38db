#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

class ClientSession;
class UpstreamPool;
class UpstreamRuntime;

// One TCP connection to an upstream server. Its socket's signals are wired once
// and forwarded to whoever uses the connection now: a ClientSession while a
// request runs on it, or the pool while it idles (so reuse costs no reconnects
// of signals).
class UpstreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    UpstreamConnection(const UpstreamRuntime *group, int serverIndex, QObject *parent);
    ~UpstreamConnection() override;

    QTcpSocket *socket() { return &m_socket; }
    const UpstreamRuntime *group() const { return m_group; }
    int serverIndex() const { return m_serverIndex; }

    void connectToPeer();

    void attach(ClientSession *session) { m_session = session; m_pool = nullptr; }
    void park(UpstreamPool *pool);
    // Taken out of the pool: until a session attaches, nothing calls back.
    void unpark() { m_pool = nullptr; }
    // Stops all callbacks and closes the socket; the object deletes itself later.
    void discard();

    int requestsServed = 0;
    bool reused = false;
    QElapsedTimer idleSince;

private:
    void handleConnected();
    void handleReadyRead();
    void handleBytesWritten();
    void handleError(QAbstractSocket::SocketError error);
    void handleDisconnected();

    QTcpSocket m_socket;
    const UpstreamRuntime *m_group;
    int m_serverIndex;
    ClientSession *m_session = nullptr;
    UpstreamPool *m_pool = nullptr;
    bool m_discarded = false;
};
