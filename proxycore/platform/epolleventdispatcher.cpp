#include "epolleventdispatcher.h"

#include "loopclock.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

// epoll_event.data of the wake-up eventfd; descriptors carry (generation << 32 | fd).
constexpr quint64 WakeUpMarker = ~quint64(0);
constexpr qint64 NsPerMs = 1000 * 1000;
constexpr qint64 NsPerSecond = 1000 * NsPerMs;
// Events per epoll_wait; more ready descriptors simply come back on the next turn.
constexpr int MaxEvents = 256;

struct NotifierKind
{
    QSocketNotifier::Type type;
    quint32 interest; // what to ask epoll for
    quint32 reported; // what activates it (as Qt's poll() dispatcher: errors and hang-ups wake every kind)
};
constexpr NotifierKind Kinds[] = {
    {QSocketNotifier::Read, EPOLLIN, EPOLLIN | EPOLLHUP | EPOLLERR},
    {QSocketNotifier::Write, EPOLLOUT, EPOLLOUT | EPOLLHUP | EPOLLERR},
    {QSocketNotifier::Exception, EPOLLPRI, EPOLLPRI | EPOLLHUP | EPOLLERR},
};

qint64 roundToNearest(qint64 value, qint64 step)
{
    return (value + step / 2) / step * step;
}

// Coarse timers may fire up to 5 % early or late (Qt's contract); rounding
// their deadlines to a step of at most 5 % of the interval lets timers of one
// thread share wake-ups, as Qt's own coarse timers do.
qint64 coarseStepNs(qint64 intervalMs)
{
    static constexpr qint64 StepsMs[] = {1000, 500, 250, 100, 50, 25, 10, 5, 2, 1};
    for (qint64 step : StepsMs) {
        if (step * 20 <= intervalMs)
            return step * NsPerMs;
    }
    return 0;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wakeFd < 0) {
        qErrnoWarning("EpollEventDispatcher: cannot create its epoll or eventfd descriptor");
        return;
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = WakeUpMarker;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) < 0)
        qErrnoWarning("EpollEventDispatcher: cannot watch its eventfd");
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollEventDispatcher::isValid() const
{
    return m_epoll >= 0 && m_wakeFd >= 0;
}

qint64 EpollEventDispatcher::nowNs()
{
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * NsPerSecond + now.tv_nsec;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    LoopClock::newTurn(); // what this turn delivers reads the time afresh, once
    emit awake();
    // Anything posted from another thread from now on also writes the
    // eventfd, so the wait below returns at once and the next turn delivers
    // it; what this thread posts while delivering keeps the turn from waiting.
    m_postedFromOwnThread = false;
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (mayWait)
        emit aboutToBlock();
    if (m_interrupted.loadRelaxed())
        return false;

    qint64 timeoutNs = 0;
    if (mayWait && !m_postedFromOwnThread && !(includeNotifiers && !m_alwaysReady.empty()))
        timeoutNs = includeTimers ? nextTimerTimeoutNs() : -1;

    int handled = 0;
    if (includeNotifiers) {
        applyNotifierChanges();
        handled += waitAndActivateNotifiers(timeoutNs);
        handled += activateAlwaysReady();
    } else {
        waitForWakeUpOnly(timeoutNs);
    }
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

// --- socket notifiers --------------------------------------------------------

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier && notifier->thread() == thread() && thread() == QThread::currentThread());
    const qintptr fd = notifier->socket();
    if (fd < 0 || fd > INT_MAX) {
        qWarning("EpollEventDispatcher: invalid socket %lld", qlonglong(fd));
        return;
    }
    if (size_t(fd) >= m_descriptors.size())
        m_descriptors.resize(std::max(size_t(fd) + 1, m_descriptors.size() * 2));
    Descriptor &d = m_descriptors[size_t(fd)];
    QSocketNotifier *&slot = d.notifiers[notifier->type()];
    if (slot && slot != notifier)
        qWarning("EpollEventDispatcher: multiple socket notifiers for socket %d and type %d", int(fd), int(notifier->type()));
    slot = notifier;
    markChanged(int(fd));
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier && notifier->thread() == thread() && thread() == QThread::currentThread());
    const qintptr fd = notifier->socket();
    if (fd < 0 || size_t(fd) >= m_descriptors.size())
        return;
    Descriptor &d = m_descriptors[size_t(fd)];
    QSocketNotifier *&slot = d.notifiers[notifier->type()];
    if (slot != notifier)
        return;
    slot = nullptr;
    // Once a descriptor has no notifier left, its number may be closed and
    // reused: readiness already read for the old one must not reach the new one.
    if (!d.notifiers[0] && !d.notifiers[1] && !d.notifiers[2])
        ++d.generation;
    markChanged(int(fd));
}

void EpollEventDispatcher::descriptorClosing(qintptr fd)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (fd < 0 || size_t(fd) >= m_descriptors.size())
        return;
    Descriptor &d = m_descriptors[size_t(fd)];
    if (d.notifiers[0] || d.notifiers[1] || d.notifiers[2] || d.alwaysReady)
        return; // still watched: the usual path undoes it
    d.kernelEvents = 0; // applyChange() then has nothing to undo
}

void EpollEventDispatcher::setWakeOneReader(qintptr fd, bool on)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (fd < 0 || fd > INT_MAX)
        return;
    if (size_t(fd) >= m_descriptors.size())
        m_descriptors.resize(std::max(size_t(fd) + 1, m_descriptors.size() * 2));
    m_descriptors[size_t(fd)].wakeOne = on;
}

void EpollEventDispatcher::markChanged(int fd)
{
    Descriptor &d = m_descriptors[size_t(fd)];
    if (!d.changed) {
        d.changed = true;
        m_changed.push_back(fd);
    }
}

void EpollEventDispatcher::applyNotifierChanges()
{
    for (int fd : m_changed)
        applyChange(fd);
    m_changed.clear();
}

void EpollEventDispatcher::applyChange(int fd)
{
    Descriptor &d = m_descriptors[size_t(fd)];
    d.changed = false;
    quint32 wanted = 0;
    for (const NotifierKind &kind : Kinds) {
        if (d.notifiers[kind.type])
            wanted |= kind.interest;
    }
    if (d.alwaysReady) {
        if (wanted && d.kernelGeneration == d.generation)
            return;
        d.alwaysReady = false;
        m_alwaysReady.erase(std::find(m_alwaysReady.begin(), m_alwaysReady.end(), fd));
    }
    // The common case: switched on and off again within one turn.
    if (wanted == d.kernelEvents && (!wanted || d.kernelGeneration == d.generation))
        return;
    if (!wanted) {
        // Closed already (then the kernel dropped it itself): nothing to undo.
        ++m_controlCalls;
        if (epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr) < 0 && errno != ENOENT && errno != EBADF)
            qErrnoWarning("EpollEventDispatcher: cannot stop watching socket %d", fd);
        d.kernelEvents = 0;
        return;
    }
    epoll_event event{};
    event.events = wanted;
    event.data.u64 = quint64(d.generation) << 32 | quint32(fd);
    if (d.wakeOne && wanted == EPOLLIN) {
        // EPOLL_CTL_MOD refuses an exclusive entry: take it out and add it anew.
        if (d.kernelEvents) {
            ++m_controlCalls;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
            d.kernelEvents = 0;
        }
        event.events |= EPOLLEXCLUSIVE;
        ++m_controlCalls;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0) {
            d.kernelGeneration = d.generation;
            d.kernelEvents = wanted;
            return;
        }
        event.events = wanted; // refused (it should not be): watched as any other, every waiter wakes
    }
    int operation = d.kernelEvents ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    ++m_controlCalls;
    int result = epoll_ctl(m_epoll, operation, fd, &event);
    if (result < 0 && ((operation == EPOLL_CTL_MOD && errno == ENOENT) || (operation == EPOLL_CTL_ADD && errno == EEXIST))) {
        // The number was closed and reused behind our back, or is still there.
        operation = operation == EPOLL_CTL_MOD ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
        ++m_controlCalls;
        result = epoll_ctl(m_epoll, operation, fd, &event);
    }
    d.kernelGeneration = d.generation;
    if (result == 0) {
        d.kernelEvents = wanted;
        return;
    }
    d.kernelEvents = 0;
    if (errno == EPERM) {
        // A regular file or a directory: poll() calls it always ready, so do we.
        d.alwaysReady = true;
        m_alwaysReady.push_back(fd);
        return;
    }
    qErrnoWarning("EpollEventDispatcher: cannot watch socket %d", fd);
}

int EpollEventDispatcher::wait(epoll_event *events, qint64 timeoutNs)
{
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 35)
    // To the nanosecond, as Qt's ppoll(): epoll_wait() takes milliseconds, and
    // rounding up would make every precise timer half a millisecond late on average.
    if (m_havePwait2) {
        timespec timeout{time_t(timeoutNs / NsPerSecond), long(timeoutNs % NsPerSecond)};
        const int count = epoll_pwait2(m_epoll, events, MaxEvents, timeoutNs < 0 ? nullptr : &timeout, nullptr);
        if (count >= 0 || errno != ENOSYS)
            return count;
        m_havePwait2 = false; // a kernel before 5.11
    }
#endif
    // Rounded up: waking before a precise timer's deadline would only wait again.
    const int timeoutMs = timeoutNs < 0 ? -1 : int(std::min<qint64>((timeoutNs + NsPerMs - 1) / NsPerMs, INT_MAX));
    return epoll_wait(m_epoll, events, MaxEvents, timeoutMs);
}

int EpollEventDispatcher::waitAndActivateNotifiers(qint64 timeoutNs)
{
    // On the stack: a handler may run a nested event loop, which waits too.
    epoll_event events[MaxEvents];
    const int count = wait(events, timeoutNs);
    LoopClock::newTurn();
    if (count < 0) {
        if (errno != EINTR)
            qErrnoWarning("EpollEventDispatcher: epoll_wait");
        return 0;
    }
    int handled = 0;
    for (int i = 0; i < count; ++i) {
        const quint64 data = events[i].data.u64;
        if (data == WakeUpMarker) {
            drainWakeUps();
            continue;
        }
        // Stop when the loop is told to quit; level-triggered, so nothing ready is lost.
        if (m_interrupted.loadRelaxed())
            break;
        handled += activateNotifiers(int(quint32(data)), quint32(data >> 32), events[i].events);
    }
    return handled;
}

int EpollEventDispatcher::activateNotifiers(int fd, quint32 generation, quint32 events)
{
    int handled = 0;
    for (const NotifierKind &kind : Kinds) {
        if (!(events & kind.reported))
            continue;
        // Looked up afresh each time: the previous handler may have switched
        // off, deleted or replaced any notifier (and grown the table).
        if (size_t(fd) >= m_descriptors.size())
            break;
        const Descriptor &d = m_descriptors[size_t(fd)];
        if (d.generation != generation || m_interrupted.loadRelaxed())
            break;
        QSocketNotifier *notifier = d.notifiers[kind.type];
        if (!notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++handled;
    }
    return handled;
}

int EpollEventDispatcher::activateAlwaysReady()
{
    int handled = 0;
    const std::vector<int> ready = m_alwaysReady; // handlers may change the list
    for (int fd : ready) {
        if (size_t(fd) < m_descriptors.size() && m_descriptors[size_t(fd)].alwaysReady)
            handled += activateNotifiers(fd, m_descriptors[size_t(fd)].generation, EPOLLIN | EPOLLOUT);
    }
    return handled;
}

void EpollEventDispatcher::waitForWakeUpOnly(qint64 timeoutNs)
{
    // Socket notifiers are excluded this turn: wait for a wake-up or a timer only.
    pollfd wake{m_wakeFd, POLLIN, 0};
    const timespec timeout{time_t(timeoutNs / NsPerSecond), long(timeoutNs % NsPerSecond)};
    const int ready = ::ppoll(&wake, 1, timeoutNs < 0 ? nullptr : &timeout, nullptr);
    LoopClock::newTurn();
    if (ready > 0)
        drainWakeUps();
}

// --- wake-ups ------------------------------------------------------------------

void EpollEventDispatcher::wakeUp()
{
    // Posted from this thread, which is running a handler, not waiting: the
    // next turn sends posted events first, and a turn does not wait when its
    // own delivery posted more. Qt's dispatchers write the eventfd anyway, a
    // write() and a read() for each deleteLater() or queued call a worker
    // makes to itself (every closed connection's session).
    if (QThread::currentThread() == thread()) {
        m_postedFromOwnThread = true;
        return;
    }
    // One write until the loop has seen it: posting many events costs one system call.
    if (m_wakeUpPending.testAndSetAcquire(0, 1)) {
        m_wakeUpWrites.fetchAndAddRelaxed(1);
        const eventfd_t one = 1;
        while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    eventfd_t value;
    while (::read(m_wakeFd, &value, sizeof value) < 0 && errno == EINTR) {
    }
    m_wakeUpPending.storeRelease(0);
}

// --- timers --------------------------------------------------------------------

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Q_ASSERT(timerId > 0 && interval >= 0 && object);
    Q_ASSERT(object->thread() == thread() && thread() == QThread::currentThread());
    Timer timer;
    timer.object = object;
    timer.intervalMs = interval;
    timer.type = timerType;
    timer.serial = ++m_nextSerial;
    if (timerType == Qt::VeryCoarseTimer)
        timer.intervalMs = roundToNearest(interval, 1000); // whole seconds, as Qt's
    const auto [it, inserted] = m_timers.insert_or_assign(timerId, timer);
    Q_ASSERT(inserted); // Qt hands out each id once until it is released
    Q_UNUSED(inserted);
    m_timersByObject.emplace(object, timerId);
    const qint64 now = nowNs();
    schedule(timerId, it->second, now, now);
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, qint64 fromNs, qint64 now)
{
    qint64 intervalNs = timer.intervalMs * NsPerMs;
    qint64 deadline = fromNs + intervalNs;
    if (deadline < now) // fell behind (a slow handler): skip the missed ticks, as Qt does
        deadline = now + intervalNs;
    switch (timer.type) {
    case Qt::PreciseTimer:
        break;
    case Qt::CoarseTimer:
        if (timer.intervalMs >= 20 * 1000)
            deadline = std::max(now, roundToNearest(deadline, NsPerSecond));
        else if (const qint64 step = coarseStepNs(timer.intervalMs))
            deadline = roundToNearest(deadline, step);
        break;
    case Qt::VeryCoarseTimer:
        deadline = std::max(now, roundToNearest(deadline, NsPerSecond));
        break;
    }
    timer.deadlineNs = deadline;
    m_timerQueue.emplace(deadline, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_timerQueue.erase({it->second.deadlineNs, timerId});
    auto [first, last] = m_timersByObject.equal_range(it->second.object);
    for (; first != last; ++first) {
        if (first->second == timerId) {
            m_timersByObject.erase(first);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    auto [first, last] = m_timersByObject.equal_range(object);
    if (first == last)
        return false;
    for (auto it = first; it != last; ++it) {
        const auto timer = m_timers.find(it->second);
        m_timerQueue.erase({timer->second.deadlineNs, it->second});
        m_timers.erase(timer);
    }
    m_timersByObject.erase(first, last);
    return true;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    auto [first, last] = m_timersByObject.equal_range(object);
    for (; first != last; ++first) {
        const Timer &timer = m_timers.at(first->second);
        list.append(TimerInfo(first->second, int(timer.intervalMs), timer.type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 left = it->second.deadlineNs - nowNs();
    return left <= 0 ? 0 : int(std::min<qint64>(left / NsPerMs, INT_MAX));
}

qint64 EpollEventDispatcher::nextTimerTimeoutNs() const
{
    if (m_timerQueue.empty())
        return -1;
    return std::max<qint64>(0, m_timerQueue.begin()->first - nowNs());
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timerQueue.empty())
        return 0;
    const qint64 now = nowNs();
    // The timers due now, soonest first. One a handler registers or re-arms
    // waits for the next turn, so a 0 ms timer cannot starve the loop.
    QVarLengthArray<std::pair<int, quint64>, 16> due;
    for (auto it = m_timerQueue.begin(); it != m_timerQueue.end() && it->first <= now; ++it)
        due.append({it->second, m_timers.at(it->second).serial});
    int handled = 0;
    for (const auto &[timerId, serial] : due) {
        auto it = m_timers.find(timerId);
        if (it == m_timers.end() || it->second.serial != serial)
            continue; // killed (and maybe its id reused) by an earlier handler
        Timer &timer = it->second;
        // Re-armed before its event: the handler may kill or restart it.
        m_timerQueue.erase({timer.deadlineNs, timerId});
        schedule(timerId, timer, timer.deadlineNs, now);
        if (timer.inEvent)
            continue; // a nested loop inside its own handler
        timer.inEvent = true;
        if (timer.intervalMs > 0)
            ++handled;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer.object, &event);
        it = m_timers.find(timerId);
        if (it != m_timers.end() && it->second.serial == serial)
            it->second.inEvent = false;
    }
    return handled;
}
