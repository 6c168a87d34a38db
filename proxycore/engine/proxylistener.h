#pragma once

#include "platform/acceptingserver.h"

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

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ProxyEngine *m_engine;
    int m_index;
    int m_maxConnections;
    std::shared_ptr<std::atomic<int>> m_open = std::make_shared<std::atomic<int>>(0);
};
