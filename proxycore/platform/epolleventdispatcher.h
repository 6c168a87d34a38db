#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>

#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

struct epoll_event;

// An event dispatcher on Linux's epoll, for the worker threads that hold many
// sockets. Qt 6.4's own dispatchers poll() every registered descriptor on each
// loop turn, so every idle keep-alive client makes every request dearer; epoll
// hands back only the ready ones. QTcpSocket switches its write notifier on
// and off around each buffered write: here that only marks the descriptor, and
// the net change is handed to epoll_ctl just before epoll_wait, so a toggle
// that ends where it began costs no system call.
//
// It serves everything QAbstractEventDispatcher promises, so QTimer, queued
// calls, deleteLater() and QThread::quit() work as under Qt's dispatcher:
// socket notifiers (level-triggered, like poll()), timers (precise, coarse
// within 5 %, very coarse to the second), posted events each loop turn, and
// wakeUp()/interrupt() from any thread through an eventfd. Workers have no
// user input, so ExcludeUserInputEvents has nothing to exclude.
//
// Install it with QThread::setEventDispatcher() before the thread starts
// (WorkerDispatcher::install does, where it applies).
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    using QAbstractEventDispatcher::registerTimer;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // `fd` is about to be closed with no notifier left on it: forget its
    // registration without an epoll_ctl() (closing removes it from the set;
    // the proxy's descriptors are close-on-exec and never duplicated).
    void descriptorClosing(qintptr fd);
    // `fd` is a listening socket other threads' dispatchers watch too: add
    // its read notifier with EPOLLEXCLUSIVE, so that a connection wakes one of
    // the waiting threads (kernels before 4.5 ignore the flag: then all wake).
    // Set before the notifier registers; cleared with false once it is gone.
    void setWakeOneReader(qintptr fd, bool on);
    // False when its epoll or eventfd descriptor could not be created (out of
    // descriptors): then do not install it.
    bool isValid() const;

    // epoll_ctl calls made so far (from this dispatcher's thread): shows that
    // notifier toggles within one loop turn cost none.
    quint64 controlCallCount() const { return m_controlCalls; }
    // Writes to the wake-up eventfd so far (from any thread): shows that
    // events posted from this dispatcher's own thread cost none.
    quint64 wakeUpWriteCount() const { return m_wakeUpWrites.loadRelaxed(); }

private:
    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 deadlineNs = 0;
        quint64 serial = 0; // tells a re-registered id from the one being fired
        bool inEvent = false; // its QTimerEvent is being delivered: no recursion
    };
    // One descriptor's notifiers (read, write, exception) and what epoll has.
    struct Descriptor
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        quint32 generation = 0; // bumped when the last notifier goes: stale events are dropped
        quint32 kernelEvents = 0; // the events registered with epoll (0: not registered)
        quint32 kernelGeneration = 0;
        bool changed = false; // listed in m_changed
        bool alwaysReady = false; // epoll refused it (a regular file): ready on every turn, like poll()
        bool wakeOne = false; // registered with EPOLLEXCLUSIVE, which epoll_ctl cannot modify
    };

    void markChanged(int fd);
    void applyNotifierChanges();
    void applyChange(int fd);
    int wait(epoll_event *events, qint64 timeoutNs);
    int waitAndActivateNotifiers(qint64 timeoutNs);
    int activateNotifiers(int fd, quint32 generation, quint32 events);
    int activateAlwaysReady();
    void waitForWakeUpOnly(qint64 timeoutNs);
    void drainWakeUps();
    void schedule(int timerId, Timer &timer, qint64 fromNs, qint64 now);
    qint64 nextTimerTimeoutNs() const; // -1: no timer
    int activateTimers();
    static qint64 nowNs();

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUpPending;
    QAtomicInteger<quint64> m_wakeUpWrites;
    // Something was posted from this thread since the top of the current
    // turn: the turn must not wait (see wakeUp()).
    bool m_postedFromOwnThread = false;
    QAtomicInt m_interrupted;
    quint64 m_controlCalls = 0;
    bool m_havePwait2 = true;

    std::vector<Descriptor> m_descriptors; // by descriptor number
    std::vector<int> m_changed; // descriptors whose notifiers changed since the last wait
    std::vector<int> m_alwaysReady;

    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_timerQueue; // (deadline, id), soonest first
    std::unordered_multimap<QObject *, int> m_timersByObject;
    quint64 m_nextSerial = 0;
};
