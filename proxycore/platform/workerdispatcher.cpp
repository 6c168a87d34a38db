#include "workerdispatcher.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QThread>

#ifdef Q_OS_LINUX
#include "epolleventdispatcher.h"
#endif

#include <atomic>

namespace WorkerDispatcher {

namespace {
// Constant-initialised (no static constructor); written by main() before any
// thread exists, read by whoever starts workers.
std::atomic<bool> s_keepQtDispatcher{false};
} // namespace

void chooseBeforeThreads()
{
    const bool glib = !qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS");
    s_keepQtDispatcher.store(glib || !qEnvironmentVariableIsEmpty("UPSTREAMLAB_QT_DISPATCHER"));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!glib && qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
#endif
}

void install(QThread *thread)
{
    Q_ASSERT(thread && !thread->isRunning());
#ifdef Q_OS_LINUX
    if (s_keepQtDispatcher.load())
        return;
    auto *dispatcher = new EpollEventDispatcher;
    if (!dispatcher->isValid()) { // out of descriptors: the thread gets Qt's, as before
        delete dispatcher;
        return;
    }
    thread->setEventDispatcher(dispatcher); // the thread owns it from here
#else
    // macOS: a kqueue dispatcher would be installed here. Elsewhere Qt's own.
    Q_UNUSED(thread);
#endif
}

void descriptorClosing(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    if (auto *epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()))
        epoll->descriptorClosing(descriptor);
#else
    Q_UNUSED(descriptor);
#endif
}

bool canShareListeningSockets()
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    return false;
#else
    return true;
#endif
}

void setWakeOneReader(qintptr descriptor, bool on)
{
#ifdef Q_OS_LINUX
    if (auto *epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()))
        epoll->setWakeOneReader(descriptor, on);
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(on);
#endif
}

QString nameOf(const QThread *thread)
{
    const QAbstractEventDispatcher *dispatcher = thread ? thread->eventDispatcher() : nullptr;
    return dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : QString();
}

} // namespace WorkerDispatcher
