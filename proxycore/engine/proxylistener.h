#pragma once

#include "platform/acceptingserver.h"

#include <QByteArray>

#include <atomic>
#include <memory>

class ProxyEngine;

// Accepts on one lab listener and hands each connection to a worker thread.
class ProxyListener final : public AcceptingServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyListener)

public:
    ProxyListener(ProxyEngine *engine, int index, int maxConnections, QObject *parent = nullptr);

    // Open connections, shared with the sessions in every worker.
    std::shared_ptr<std::atomic<int>> openConnections() const { return m_open; }

    // The address its connections arrive at, when the listener's own says
    // it (not a wildcard): the sessions share these texts instead of calling
    // getsockname() and formatting them for every connection.
    struct LocalAddress {
        QByteArray ip;       // $server_addr
        quint16 port = 0;    // $server_port
        QByteArray portText;
    };

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ProxyEngine *m_engine;
    int m_index;
    int m_maxConnections;
    std::shared_ptr<std::atomic<int>> m_open = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<const LocalAddress> m_local; // null for a wildcard listener
    bool m_localKnown = false;                    // m_local was worked out (after listen())
};
