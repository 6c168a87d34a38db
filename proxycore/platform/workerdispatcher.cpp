#include "workerdispatcher.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QThread>

#ifdef Q_OS_LINUX
#include "epolleventdispatcher.h"
#endif

namespace WorkerDispatcher {

void chooseBeforeThreads()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS") && qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
#endif
}

void install(QThread *thread)
{
    Q_ASSERT(thread && !thread->isRunning());
#ifdef Q_OS_LINUX
    if (!qEnvironmentVariableIsEmpty("UPSTREAMLAB_QT_DISPATCHER") || !qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS"))
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

QString nameOf(const QThread *thread)
{
    const QAbstractEventDispatcher *dispatcher = thread ? thread->eventDispatcher() : nullptr;
    return dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : QString();
}

} // namespace WorkerDispatcher
