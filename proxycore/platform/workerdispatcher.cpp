#include "workerdispatcher.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QThread>

namespace WorkerDispatcher {

void chooseBeforeThreads()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("UPSTREAMLAB_GLIB_WORKERS") && qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
#endif
}

QString nameOf(const QThread *thread)
{
    const QAbstractEventDispatcher *dispatcher = thread ? thread->eventDispatcher() : nullptr;
    return dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : QString();
}

} // namespace WorkerDispatcher
