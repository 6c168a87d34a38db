#pragma once

#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <memory>

class ProxyEngine;
class QSocketNotifier;

// Accepts on one lab listener and hands each connection to a worker thread.
class ProxyListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyListener)

public:
    // As nginx: out of descriptors, stop accepting this long, then try again.
    static constexpr int AcceptPauseMs = 500;

    ProxyListener(ProxyEngine *engine, int index, int maxConnections, QObject *parent = nullptr);

    // After listen(): accepts from here on (see acceptPending()).
    void startAccepting();
    // Open connections, shared with the sessions in every worker.
    std::shared_ptr<std::atomic<int>> openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending();
    void pauseAfterAcceptError(int systemError, bool outOfDescriptors);

    ProxyEngine *m_engine;
    int m_index;
    int m_maxConnections;
    std::shared_ptr<std::atomic<int>> m_open = std::make_shared<std::atomic<int>>(0);
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resumeTimer;
    bool m_acceptFailing = false; // warned for this episode; a successful accept ends it
};
