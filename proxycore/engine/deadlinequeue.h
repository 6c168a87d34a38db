#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

// The timeouts of one worker thread's connections, on one QTimer.
//
// A connection pushes its deadline back on every read, so a restart must be
// cheap. Every restart of a given duration lands after every earlier one
// (now + ms only grows), so entries of one duration stay sorted if each
// restart moves the entry to the back of its duration's list: a restart is a
// few pointer writes, and the earliest deadline is the head of one of a
// handful of lists (one per timeout the lab sets). An idle connection holds
// its timeouts as two Deadline members, not two QObjects with their own
// QTimer, connections and dispatcher registrations (about 2 KiB before).
class DeadlineQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineQueue)

    struct Lane;

public:
    // One timeout, owned by whoever times out; not copyable, unlinked when destroyed.
    class Deadline
    {
        Q_DISABLE_COPY_MOVE(Deadline)

    public:
        Deadline(DeadlineQueue *queue, std::function<void()> expired)
            : m_queue(queue)
            , m_expired(std::move(expired))
        {
        }
        ~Deadline() { stop(); }

        // (Re)starts the timeout: `expired` runs once, about `ms` from now.
        void start(int ms) { m_queue->schedule(this, ms); }
        void stop()
        {
            if (m_lane)
                m_queue->unlink(this);
        }
        bool isActive() const { return m_lane != nullptr; }

    private:
        friend class DeadlineQueue;
        DeadlineQueue *m_queue;
        std::function<void()> m_expired; // a lambda capturing `this` fits without a heap block
        Lane *m_lane = nullptr;
        Deadline *m_prev = nullptr;
        Deadline *m_next = nullptr;
        qint64 m_at = 0; // steady clock, ms
    };

    explicit DeadlineQueue(QObject *parent = nullptr);
    ~DeadlineQueue() override;

    // Entries waiting (counts them: for tests).
    int pendingCount() const;

private:
    // The entries of one duration, earliest first.
    struct Lane {
        int ms = 0;
        Deadline *head = nullptr;
        Deadline *tail = nullptr;
    };

    static qint64 nowMs();
    void schedule(Deadline *d, int ms);
    static void append(Lane *lane, Deadline *d);
    void unlink(Deadline *d);
    void expire();
    void arm(qint64 at, qint64 now);

    std::vector<std::unique_ptr<Lane>> m_lanes; // few: one per timeout value in use
    QTimer m_timer{this}; // a child, so it follows the queue to the worker thread
    qint64 m_firesAt = 0;
};
