#include "deadlinequeue.h"

#include "platform/loopclock.h"

#include <algorithm>
#include <limits>

DeadlineQueue::DeadlineQueue(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::expire);
}

DeadlineQueue::~DeadlineQueue()
{
    // Entries that outlive the queue must not unlink into freed lanes.
    for (const auto &lane : m_lanes) {
        for (Deadline *d = lane->head; d;) {
            Deadline *next = d->m_next;
            d->m_lane = nullptr;
            d->m_prev = d->m_next = nullptr;
            d = next;
        }
    }
}

int DeadlineQueue::pendingCount() const
{
    int n = 0;
    for (const auto &lane : m_lanes)
        for (const Deadline *d = lane->head; d; d = d->m_next)
            ++n;
    return n;
}

qint64 DeadlineQueue::nowMs()
{
    // The turn's cached time: scheduling a deadline costs no clock read.
    return LoopClock::nowMs();
}

void DeadlineQueue::schedule(Deadline *d, int ms)
{
    ms = qMax(ms, 0);
    const qint64 now = nowMs();
    d->m_at = now + ms;
    Lane *lane = d->m_lane;
    if (!lane || lane->ms != ms) {
        lane = nullptr;
        for (const auto &l : m_lanes) {
            if (l->ms == ms) {
                lane = l.get();
                break;
            }
        }
        if (!lane) {
            m_lanes.push_back(std::make_unique<Lane>());
            lane = m_lanes.back().get();
            lane->ms = ms;
        }
    }
    if (d->m_lane != lane || lane->tail != d) {
        if (d->m_lane)
            unlink(d);
        append(lane, d);
    }
    if (!m_timer.isActive() || d->m_at < m_firesAt)
        arm(d->m_at, now);
}

void DeadlineQueue::append(Lane *lane, Deadline *d)
{
    d->m_lane = lane;
    d->m_prev = lane->tail;
    d->m_next = nullptr;
    if (lane->tail)
        lane->tail->m_next = d;
    else
        lane->head = d;
    lane->tail = d;
}

void DeadlineQueue::unlink(Deadline *d)
{
    Lane *lane = d->m_lane;
    (d->m_prev ? d->m_prev->m_next : lane->head) = d->m_next;
    (d->m_next ? d->m_next->m_prev : lane->tail) = d->m_prev;
    d->m_lane = nullptr;
    d->m_prev = d->m_next = nullptr;
}

void DeadlineQueue::arm(qint64 at, qint64 now)
{
    m_firesAt = at;
    m_timer.start(int(qBound(qint64(0), at - now, qint64(std::numeric_limits<int>::max()))));
}

void DeadlineQueue::expire()
{
    const qint64 now = nowMs();
    // First take every due entry out of its lane, earliest first (a late
    // turn fires them in the order they fell due), so that what the handlers
    // start or stop cannot loop here: a restarted entry waits for the next turn.
    Lane due;
    due.ms = -1; // no duration: a restart from a handler never lands here
    for (;;) {
        Lane *earliest = nullptr;
        for (const auto &lane : m_lanes) {
            if (lane->head && lane->head->m_at <= now && (!earliest || lane->head->m_at < earliest->head->m_at))
                earliest = lane.get();
        }
        if (!earliest)
            break;
        Deadline *d = earliest->head;
        unlink(d);
        append(&due, d);
    }
    while (Deadline *d = due.head) {
        unlink(d);
        d->m_expired(); // may delete other entries, start or stop any of them
    }
    // Forget durations no longer in use (a reload may have changed them all).
    std::erase_if(m_lanes, [](const std::unique_ptr<Lane> &lane) { return lane->head == nullptr; });
    qint64 next = std::numeric_limits<qint64>::max();
    for (const auto &lane : m_lanes)
        next = qMin(next, lane->head->m_at);
    if (next != std::numeric_limits<qint64>::max())
        arm(next, LoopClock::readSteadyNs() / 1'000'000); // after the handlers: afresh, or the timer runs late by their time
    else
        m_timer.stop();
}
