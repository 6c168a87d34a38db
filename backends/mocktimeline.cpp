#include "mocktimeline.h"

MockTimeline::MockTimeline(QList<MockTimelineStep> steps, QObject *parent)
    : QObject(parent)
    , m_steps(std::move(steps))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MockTimeline::fireDue);
}

void MockTimeline::start()
{
    m_next = 0;
    m_clock.start();
    m_cycleStartMs = 0;
    scheduleNext();
}

qint64 MockTimeline::cycleElapsed() const
{
    return m_clock.elapsed() - m_cycleStartMs;
}

void MockTimeline::fireDue()
{
    while (m_next < m_steps.size() && m_steps[m_next].atMs <= cycleElapsed()) {
        const MockTimelineStep step = m_steps[m_next++];
        if (step.action == MockTimelineStep::Action::Repeat) {
            m_next = 0;
            if (step.atMs == 0) {
                // A repeat at 0 would spin; the earliest restart is 1 ms later.
                m_cycleStartMs = m_clock.elapsed() + 1;
                m_timer.start(1);
                return;
            }
            // The next cycle starts when this one was due to end, not when the
            // timer happened to fire: a late timer does not shift later cycles.
            m_cycleStartMs += step.atMs;
            continue;
        }
        emit stepReached(step);
    }
    scheduleNext();
}

void MockTimeline::scheduleNext()
{
    if (m_next >= m_steps.size())
        return;
    m_timer.start(int(qMax<qint64>(0, m_steps[m_next].atMs - cycleElapsed())));
}
