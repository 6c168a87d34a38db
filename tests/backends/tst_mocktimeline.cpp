#include "mocktimeline.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

// A backend's chaos timeline: "0 status 500, 30ms status 200, 60ms repeat".
class tst_MockTimeline final : public QObject
{
    Q_OBJECT

private slots:
    void stepsFireInOrderNotBeforeTheirTime();
    void nothingFiresInsideStart();
    void stepsAtTheSameTimeFireInListOrder();
    void repeatReplaysTheListFromANewOrigin();
    void repeatAtZeroWaitsAMillisecond();
    void aLateTimerDoesNotShiftLaterCycles();
    void startAgainBeginsAgain();
    void emptyTimelineDoesNothing();
    void destroyedTimelineStops();
};

namespace {

using Action = MockTimelineStep::Action;

MockTimelineStep step(qint64 atMs, Action action, int status = 0)
{
    MockTimelineStep s;
    s.atMs = atMs;
    s.action = action;
    s.status = status;
    return s;
}

// What the timeline emitted and when, measured from before start().
struct Recorder {
    struct Fired {
        MockTimelineStep step;
        qint64 atMs;
    };
    QList<Fired> fired;
    QElapsedTimer clock;

    void attach(MockTimeline &timeline)
    {
        QObject::connect(&timeline, &MockTimeline::stepReached, &timeline,
                         [this](const MockTimelineStep &s) { fired.append({s, clock.elapsed()}); });
    }
    void start(MockTimeline &timeline)
    {
        clock.start();
        timeline.start();
    }
    QList<int> statuses() const
    {
        QList<int> out;
        for (const Fired &f : fired)
            out.append(f.step.status);
        return out;
    }
};

} // namespace

void tst_MockTimeline::stepsFireInOrderNotBeforeTheirTime()
{
    MockTimeline timeline({step(0, Action::Stop), step(60, Action::Start), step(120, Action::Status, 503)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QTRY_COMPARE(r.fired.size(), 3);
    QCOMPARE(r.fired[0].step, step(0, Action::Stop));
    QCOMPARE(r.fired[1].step, step(60, Action::Start));
    QCOMPARE(r.fired[2].step, step(120, Action::Status, 503));
    for (const Recorder::Fired &f : std::as_const(r.fired))
        QVERIFY2(f.atMs >= f.step.atMs, qPrintable(QString::number(f.atMs)));
}

void tst_MockTimeline::nothingFiresInsideStart()
{
    // Even a step at 0 comes from the event loop, after whoever started the
    // timeline has finished setting up.
    MockTimeline timeline({step(0, Action::Pause)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QCOMPARE(r.fired.size(), 0);
    QTRY_COMPARE(r.fired.size(), 1);
}

void tst_MockTimeline::stepsAtTheSameTimeFireInListOrder()
{
    MockTimeline timeline({step(20, Action::Status, 500), step(20, Action::Status, 502), step(20, Action::Status, 503),
                           step(40, Action::Status, 200)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QTRY_COMPARE(r.fired.size(), 4);
    QCOMPARE(r.statuses(), (QList<int>{500, 502, 503, 200}));
}

void tst_MockTimeline::repeatReplaysTheListFromANewOrigin()
{
    MockTimeline timeline({step(0, Action::Status, 500), step(30, Action::Status, 200), step(60, Action::Repeat)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QTRY_VERIFY(r.fired.size() >= 5);
    // The repeat itself is the timeline's business: listeners see only the steps.
    QCOMPARE(r.statuses().mid(0, 5), (QList<int>{500, 200, 500, 200, 500}));
    // Cycle n starts no earlier than n times the repeat's time.
    for (int i = 0; i < 5; ++i) {
        const qint64 earliest = (i / 2) * 60 + r.fired[i].step.atMs;
        QVERIFY2(r.fired[i].atMs >= earliest, qPrintable(u"step %1 at %2 ms, due at %3"_s.arg(i).arg(r.fired[i].atMs).arg(earliest)));
    }
}

void tst_MockTimeline::aLateTimerDoesNotShiftLaterCycles()
{
    MockTimeline timeline({step(0, Action::Status, 500), step(30, Action::Status, 200), step(60, Action::Repeat)});
    Recorder r;
    r.attach(timeline);
    bool blocked = false;
    // The first step's listener keeps the event loop busy for 250 ms, as a
    // loaded machine would: every timer after it fires late.
    QObject::connect(&timeline, &MockTimeline::stepReached, &timeline, [&blocked] {
        if (std::exchange(blocked, true))
            return;
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 250) {
        }
    });
    r.start(timeline);
    const auto fiveHundreds = [&r] { return r.statuses().count(500); };
    QTRY_VERIFY_WITH_TIMEOUT(fiveHundreds() >= 8, 5000);
    // Cycle 7 is due at 420 ms: the missed cycles fired late, in order, and the
    // later ones kept to their times (restarting the origin at each repeat
    // would put cycle 7 at 250 + 6 * 60 = 610 ms or later).
    qint64 cycle7 = -1;
    int seen = 0;
    for (const Recorder::Fired &f : std::as_const(r.fired)) {
        if (f.step.status == 500 && ++seen == 8) {
            cycle7 = f.atMs;
            break;
        }
    }
    QVERIFY2(cycle7 >= 420 && cycle7 < 540, qPrintable(QString::number(cycle7)));
    QCOMPARE(r.statuses().mid(0, 8), (QList<int>{500, 200, 500, 200, 500, 200, 500, 200}));
}

void tst_MockTimeline::repeatAtZeroWaitsAMillisecond()
{
    // The lab's rules refuse "0 repeat"; the timeline still must not spin on it.
    MockTimeline timeline({step(0, Action::Status, 500), step(0, Action::Repeat)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QTRY_VERIFY(r.fired.size() >= 20);
    QVERIFY2(r.fired[19].atMs >= 19, qPrintable(QString::number(r.fired[19].atMs)));
}

void tst_MockTimeline::startAgainBeginsAgain()
{
    MockTimeline timeline({step(0, Action::Status, 500), step(100000, Action::Status, 200)});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    QTRY_COMPARE(r.fired.size(), 1);
    timeline.start();
    QTRY_COMPARE(r.fired.size(), 2);
    QCOMPARE(r.statuses(), (QList<int>{500, 500}));
}

void tst_MockTimeline::emptyTimelineDoesNothing()
{
    MockTimeline timeline({});
    Recorder r;
    r.attach(timeline);
    r.start(timeline);
    // A later timeline that does fire shows the event loop ran meanwhile.
    MockTimeline witness({step(50, Action::Reset)});
    Recorder w;
    w.attach(witness);
    w.start(witness);
    QTRY_COMPARE(w.fired.size(), 1);
    QCOMPARE(r.fired.size(), 0);
}

void tst_MockTimeline::destroyedTimelineStops()
{
    auto timeline = std::make_unique<MockTimeline>(QList<MockTimelineStep>{step(0, Action::Stop), step(40, Action::Start)});
    Recorder r;
    r.attach(*timeline);
    r.start(*timeline);
    QTRY_COMPARE(r.fired.size(), 1);
    timeline.reset();
    MockTimeline witness({step(80, Action::Reset)});
    Recorder w;
    w.attach(witness);
    w.start(witness);
    QTRY_COMPARE(w.fired.size(), 1);
    QCOMPARE(r.fired.size(), 1);
}

QTEST_GUILESS_MAIN(tst_MockTimeline)
#include "tst_mocktimeline.moc"
