#include "engine/deadlinequeue.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

// The worker's timeouts: each fires once, no sooner than its time, restarts
// push it back, stops cancel it, and handlers may change any entry.
class tst_DeadlineQueue : public QObject
{
    Q_OBJECT

private slots:
    void firesOnceNoSoonerThanItsTime()
    {
        DeadlineQueue queue;
        int fired = 0;
        qint64 firedAfter = -1;
        QElapsedTimer clock;
        DeadlineQueue::Deadline d(&queue, [&] {
            ++fired;
            firedAfter = clock.elapsed();
        });
        clock.start();
        d.start(30);
        QVERIFY(d.isActive());
        QCOMPARE(queue.pendingCount(), 1);
        QTRY_COMPARE(fired, 1);
        QVERIFY2(firedAfter >= 29, qPrintable(QString::number(firedAfter)));
        QVERIFY(!d.isActive());
        QCOMPARE(queue.pendingCount(), 0);
        // Nothing is left to fire again.
        DeadlineQueue::Deadline later(&queue, [&] { ++fired; });
        later.start(60);
        QTRY_COMPARE(fired, 2);
    }

    void aRestartPushesItBack()
    {
        DeadlineQueue queue;
        QElapsedTimer clock;
        qint64 firedAfter = -1;
        DeadlineQueue::Deadline slow(&queue, [&] { firedAfter = clock.elapsed(); });
        // `fast` restarts `slow` when 20 ms have passed, as a read on the connection would.
        DeadlineQueue::Deadline fast(&queue, [&] { slow.start(40); });
        clock.start();
        slow.start(40);
        fast.start(20);
        QTRY_VERIFY(firedAfter >= 0);
        QVERIFY2(firedAfter >= 59, qPrintable(QString::number(firedAfter)));
    }

    void aStoppedEntryNeverFires()
    {
        DeadlineQueue queue;
        bool stoppedFired = false;
        bool otherFired = false;
        DeadlineQueue::Deadline stopped(&queue, [&] { stoppedFired = true; });
        DeadlineQueue::Deadline other(&queue, [&] { otherFired = true; });
        stopped.start(10);
        other.start(40);
        stopped.stop();
        QVERIFY(!stopped.isActive());
        QTRY_VERIFY(otherFired);
        QVERIFY(!stoppedFired);
    }

    void aShorterTimeoutStartedLaterFiresFirst()
    {
        DeadlineQueue queue;
        QList<int> order;
        DeadlineQueue::Deadline keepalive(&queue, [&] { order.append(1); });
        DeadlineQueue::Deadline header(&queue, [&] { order.append(2); });
        DeadlineQueue::Deadline read(&queue, [&] { order.append(3); });
        keepalive.start(150);
        header.start(60);
        read.start(10);
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order, (QList<int>{3, 2, 1}));
    }

    void aLateTurnFiresInDeadlineOrder()
    {
        // The loop is busy past every deadline: they fire in the order they
        // fell due, and a handler's restart still counts (a read that came in
        // before the timeout was handled).
        DeadlineQueue queue;
        QList<int> order;
        DeadlineQueue::Deadline keepalive(&queue, [&] { order.append(1); });
        DeadlineQueue::Deadline header(&queue, [&] {
            order.append(2);
            keepalive.start(30);
        });
        DeadlineQueue::Deadline read(&queue, [&] { order.append(3); });
        keepalive.start(40);
        header.start(20);
        read.start(5);
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 60) {
            // the worker thread is busy; no events are handled
        }
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order, (QList<int>{3, 2, 1}));
        QCOMPARE(queue.pendingCount(), 0);
    }

    void manyEntriesEachFireOnceAfterTheirDeadline()
    {
        DeadlineQueue queue;
        constexpr int Count = 600;
        const int durations[] = {5, 25, 45};
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<DeadlineQueue::Deadline>> entries;
        std::vector<int> fired(Count, 0);
        std::vector<qint64> due(Count), at(Count);
        for (int i = 0; i < Count; ++i) {
            entries.push_back(std::make_unique<DeadlineQueue::Deadline>(&queue, [&, i] {
                ++fired[size_t(i)];
                at[size_t(i)] = clock.elapsed();
            }));
            const int ms = durations[i % 3];
            due[size_t(i)] = clock.elapsed() + ms;
            entries.back()->start(ms);
            // Some entries are restarted from the middle of their lane to its back.
            if (i >= 3 && i % 3 == 1) {
                due[size_t(i - 3)] = clock.elapsed() + ms;
                entries[size_t(i - 3)]->start(ms);
            }
        }
        QTRY_COMPARE(queue.pendingCount(), 0);
        for (int i = 0; i < Count; ++i) {
            QCOMPARE(fired[size_t(i)], 1);
            QVERIFY2(at[size_t(i)] >= due[size_t(i)] - 1, qPrintable(QString::number(i)));
        }
    }

    void aHandlerMayDestroyAnotherDueEntry()
    {
        DeadlineQueue queue;
        int fired = 0;
        auto second = std::make_unique<DeadlineQueue::Deadline>(&queue, [&] { ++fired; });
        DeadlineQueue::Deadline first(&queue, [&] {
            ++fired;
            second.reset(); // a session closing another's connection
        });
        first.start(0);
        second->start(0);
        QTRY_VERIFY(!second);
        QCOMPARE(fired, 1);
        QCOMPARE(queue.pendingCount(), 0);
    }

    void aHandlerMayRestartItselfWithoutLoopingHere()
    {
        DeadlineQueue queue;
        int fired = 0;
        std::unique_ptr<DeadlineQueue::Deadline> self;
        self = std::make_unique<DeadlineQueue::Deadline>(&queue, [&] {
            if (++fired < 3)
                self->start(0);
        });
        self->start(0);
        QTRY_COMPARE(fired, 3);
        QVERIFY(!self->isActive());
    }

    void anEntryMayOutliveItsQueue()
    {
        auto queue = std::make_unique<DeadlineQueue>();
        DeadlineQueue::Deadline d(queue.get(), [] {});
        d.start(1000);
        queue.reset();
        QVERIFY(!d.isActive());
        d.stop(); // no use of the freed queue (ASan checks)
    }
};

QTEST_GUILESS_MAIN(tst_DeadlineQueue)
#include "tst_deadlinequeue.moc"
