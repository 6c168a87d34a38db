#pragma once

#include "config/mockbehaviour.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Replays a backend's chaos timeline: each step fires at its offset from
// start(), measured from one origin so steps do not drift; "repeat" starts
// the list again from a new origin.
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

    QList<MockTimelineStep> m_steps;
    qsizetype m_next = 0;
    QElapsedTimer m_origin;
    QTimer m_timer;
};
