#pragma once

#include <QString>
#include <QtGlobal>

class QThread;

// Which Qt event dispatcher the proxy's and the mocks' worker threads run.
//
// On Linux, Qt 6.4 gives every thread the glib dispatcher by default. It costs
// the proxy about a third of its CPU per request: glib writes its wake-up
// eventfd whenever a socket notifier is switched on or off, which QTcpSocket
// does on each buffered write. Qt's own poll() dispatcher (QEventDispatcherUNIX)
// has no such cost. bench/run.sh 6 50 on 2 cores: 43.2 µs CPU per request with
// glib, 32.6 µs without (nginx: 24.4 µs).
//
// Qt picks a thread's dispatcher when the thread starts, from the environment:
// QT_NO_THREADED_GLIB selects the poll() dispatcher for threads other than the
// main one, so the GUI thread keeps glib (GTK dialogs and themes need it). That
// variable is set while no thread exists yet (so nothing reads the environment
// meanwhile): first thing in main(), and for the tests before QTest's main() by
// tests/support/workerdispatcherinit.cpp, linked into every test. The libraries
// do not change the process environment themselves. UPSTREAMLAB_GLIB_WORKERS=1
// keeps glib everywhere. Other platforms have no glib; this does nothing there.
namespace WorkerDispatcher {
// Sets QT_NO_THREADED_GLIB unless the user chose already. Only call it before
// any thread starts.
void chooseBeforeThreads();
// The class name of the dispatcher `thread` runs ("QEventDispatcherUNIX"),
// or empty while it has none yet.
QString nameOf(const QThread *thread);
} // namespace WorkerDispatcher
