#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>

class UpstreamConnection;
class UpstreamRuntime;

// Idle keep-alive connections of one worker (nginx's upstream "keepalive N"):
// per group, at most N idle connections, least recently used evicted first.
// The balancer picks first; the pool only saves the connect.
class UpstreamPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    // Most recently parked idle connection to that server, or nullptr.
    UpstreamConnection *take(const UpstreamRuntime *group, int serverIndex);
    void put(UpstreamConnection *connection, int capacity);
    // The idle connection closed or sent something unsolicited: drop it.
    void drop(UpstreamConnection *connection);
    void clear();

    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

private:
    void expire();

    QHash<const UpstreamRuntime *, std::deque<UpstreamConnection *>> m_idle;
    QTimer m_sweep;
    int m_idleTimeoutMs = 60000; // nginx keepalive_timeout (upstream) default
};
