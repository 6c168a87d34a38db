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
    m_origin.start();
    scheduleNext();
}

void MockTimeline::fireDue()
{
    while (m_next < m_steps.size() && m_steps[m_next].atMs <= m_origin.elapsed()) {
        const MockTimelineStep step = m_steps[m_next++];
        if (step.action == MockTimelineStep::Action::Repeat) {
            // A repeat at 0 would spin; the earliest restart is 1 ms later.
            m_origin.start();
            m_next = 0;
            if (step.atMs == 0) {
                m_timer.start(1);
                return;
            }
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
    m_timer.start(int(qMax<qint64>(0, m_steps[m_next].atMs - m_origin.elapsed())));
}
