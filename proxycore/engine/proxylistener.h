#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QTcpServer>

#include <atomic>
#include <memory>

// Binds one of the lab's addresses and holds its listening socket. It accepts
// nothing itself: every worker accepts from the socket (ProxyWorker::
// startAccepting), so a connection is served by the thread that took it, as
// in nginx, with no hop between threads.
class ProxyListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyListener)

public:
    // The address its connections arrive at, when the listener's own says
    // it (not a wildcard): the sessions share these texts instead of calling
    // getsockname() and formatting them for every connection.
    struct LocalAddress {
        QByteArray ip;       // $server_addr
        quint16 port = 0;    // $server_port
        QByteArray portText;
    };
    // The router's endpoint it serves, as the lab names it (canonical
    // address, port as configured). Not an index: a reload renumbers the
    // endpoints, and a connection may outlive the lab it was accepted in.
    struct Endpoint {
        QString address;
        int port = 0;
    };
    // What the workers' acceptors share; nothing in it changes but the count.
    struct Share {
        qintptr descriptor = -1;
        std::shared_ptr<const Endpoint> endpoint;
        int maxConnections = 0; // 0: no limit
        QString label;          // "listener 127.0.0.1:8080", for warnings
        std::shared_ptr<std::atomic<int>> open; // counted at accept, released by the session
        std::shared_ptr<const LocalAddress> local; // null for a wildcard listener
    };

    ProxyListener(const Endpoint &endpoint, int maxConnections, QObject *parent = nullptr);

    // Listens with nginx's backlog; false: errorString() says why.
    bool bind(const QHostAddress &address, quint16 port);
    const Share &share() const { return m_share; }
    // Whether this socket is what a lab asking for `address`:`port` needs
    // (port 0: one that was asked for port 0), so that a reload keeps it open.
    bool serves(const QHostAddress &address, quint16 port) const;
    // Where it listens, or listened while suspended.
    quint16 port() const { return m_port; }
    // A reloaded lab's endpoint on this socket, and its limit.
    void reassign(const Endpoint &endpoint, int maxConnections);
    // Closes the socket for a moment, to let a reload bind an address that
    // clashes with it; resume() binds again where it was (false: errorString()).
    void suspend();
    bool resume();
    // Open connections, shared with the sessions in every worker.
    std::shared_ptr<std::atomic<int>> openConnections() const { return m_share.open; }

private:
    bool listenAt(const QHostAddress &address, quint16 port);

    Share m_share;
    QHostAddress m_address;
    quint16 m_port = 0;          // where it listens (or listened, suspended)
    quint16 m_requestedPort = 0; // as the lab asked: 0 for any

};
