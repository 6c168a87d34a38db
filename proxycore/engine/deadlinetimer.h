#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// A timeout that is cheap to push back. Restarting a QTimer on every read
// costs a timer unregistration and registration in the event dispatcher;
// here start() only moves a deadline, and the underlying timer is re-armed
// when it fires early or when the new deadline is sooner than the armed one.
class DeadlineTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineTimer)

public:
    explicit DeadlineTimer(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &DeadlineTimer::handleTimer);
    }

    void start(int ms)
    {
        const qint64 now = nowMs();
        m_deadline = now + ms;
        m_armed = true;
        if (!m_timer.isActive() || m_deadline < m_firesAt) {
            m_firesAt = m_deadline;
            m_timer.start(ms);
        }
    }
    // Lazy: the underlying timer may still fire once and is then ignored.
    void stop() { m_armed = false; }
    bool isActive() const { return m_armed; }

signals:
    void timeout();

private:
    static qint64 nowMs()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    void handleTimer()
    {
        if (!m_armed)
            return;
        const qint64 now = nowMs();
        if (now < m_deadline) {
            m_firesAt = m_deadline;
            m_timer.start(int(m_deadline - now));
            return;
        }
        m_armed = false;
        emit timeout();
    }

    QTimer m_timer{this};
    qint64 m_deadline = 0;
    qint64 m_firesAt = 0;
    bool m_armed = false;
};
