#pragma once

#include "config/mockbehaviour.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Replays a backend's chaos timeline: each step fires at its offset from its
// cycle's start, measured on one clock so steps do not drift; "repeat" at T
// starts the list again at the cycle's start + T (missed steps fire late, in order).
class MockTimeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockTimeline)

public:
    explicit MockTimeline(QList<MockTimelineStep> steps, QObject *parent = nullptr);

    void start();

signals:
    void stepReached(const MockTimelineStep &step);

private:
    void fireDue();
    void scheduleNext();
    qint64 cycleElapsed() const;

    QList<MockTimelineStep> m_steps;
    qsizetype m_next = 0;
    QElapsedTimer m_clock;
    qint64 m_cycleStartMs = 0;
    QTimer m_timer;
};
