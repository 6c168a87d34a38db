#include "upstreampool.h"

#include "platform/loopclock.h"
#include "upstreamconnection.h"

#include <algorithm>

UpstreamPool::UpstreamPool(QObject *parent)
    : QObject(parent)
    , m_sweep(this)
{
    m_sweep.setInterval(1000);
    m_sweep.setTimerType(Qt::CoarseTimer);
    connect(&m_sweep, &QTimer::timeout, this, &UpstreamPool::expire);
}

UpstreamPool::~UpstreamPool()
{
    clear();
}

UpstreamConnection *UpstreamPool::take(const UpstreamRuntime *group, int serverIndex)
{
    auto it = m_idle.find(group);
    if (it == m_idle.end())
        return nullptr;
    std::deque<UpstreamConnection *> &list = it.value();
    // Most recently cached first, like nginx's keepalive cache.
    for (auto rit = list.rbegin(); rit != list.rend(); ++rit) {
        UpstreamConnection *c = *rit;
        if (c->serverIndex() == serverIndex) {
            list.erase(std::next(rit).base());
            c->unpark(); // the pool may be gone before the connection is
            return c;
        }
    }
    return nullptr;
}

void UpstreamPool::put(UpstreamConnection *connection, int capacity)
{
    if (capacity <= 0) {
        connection->discard();
        return;
    }
    std::deque<UpstreamConnection *> &list = m_idle[connection->group()];
    while (int(list.size()) >= capacity) {
        UpstreamConnection *oldest = list.front();
        list.pop_front();
        oldest->discard();
    }
    connection->park(this);
    list.push_back(connection);
    if (!m_sweep.isActive())
        m_sweep.start();
}

void UpstreamPool::drop(UpstreamConnection *connection)
{
    auto it = m_idle.find(connection->group());
    if (it != m_idle.end()) {
        std::deque<UpstreamConnection *> &list = it.value();
        list.erase(std::remove(list.begin(), list.end(), connection), list.end());
    }
    connection->discard();
}

void UpstreamPool::clear()
{
    for (auto &list : m_idle) {
        for (UpstreamConnection *c : list)
            c->discard();
    }
    m_idle.clear();
    m_sweep.stop();
}

void UpstreamPool::expire()
{
    bool any = false;
    for (auto &list : m_idle) {
        while (!list.empty() && LoopClock::nowMs() - list.front()->idleSinceMs > m_idleTimeoutMs) {
            list.front()->discard();
            list.pop_front();
        }
        any = any || !list.empty();
    }
    if (!any)
        m_sweep.stop();
}
