#pragma once

#include <QString>
#include <QtGlobal>

class QThread;

// Which event dispatcher the proxy's, the mocks' and the traffic generator's
// worker threads run: the one seam between them and the platform's notifier.
//
// On Linux the workers run EpollEventDispatcher. Qt 6.4's own dispatchers
// poll() every socket on each loop turn, so each idle keep-alive client makes
// every request dearer (bench/run.sh's idle row), and glib's, the default for
// every thread, also writes its wake-up eventfd whenever a socket notifier is
// switched on or off, which QTcpSocket does on each buffered write.
// On macOS, a kqueue dispatcher would go in install() the same way; Windows
// and the other platforms keep Qt's dispatcher.
//
// Environment, read once by chooseBeforeThreads():
//   UPSTREAMLAB_QT_DISPATCHER=1  workers keep Qt's poll() dispatcher
//                                (QEventDispatcherUNIX), for comparison;
//   UPSTREAMLAB_GLIB_WORKERS=1   workers keep glib's, as every thread has by default.
// The GUI thread always keeps glib (GTK dialogs and themes need it).
//
// Qt picks the dispatcher of a thread that has none when it starts, from
// QT_NO_THREADED_GLIB: set, threads other than the main one get the poll()
// dispatcher. chooseBeforeThreads() sets it, and records the workers' choice,
// while no thread exists yet (so nothing reads the environment meanwhile):
// first thing in main(), and for the tests before QTest's main() by
// tests/support/workerdispatcherinit.cpp. The libraries neither read nor change
// the process environment themselves; without that call the workers get epoll.
namespace WorkerDispatcher {
// Reads the variables above, records which dispatcher the workers get, and
// sets QT_NO_THREADED_GLIB unless the user chose glib. Only call it before any
// thread starts.
void chooseBeforeThreads();
// Gives `thread`, not started yet, the workers' dispatcher as chosen (see
// above); does nothing where Qt's is the choice. The engine, the mocks' host
// and the traffic generator call it for each worker thread.
void install(QThread *thread);
// `descriptor`, which no socket notifier watches any more, is about to be
// closed: the current thread's epoll dispatcher forgets it without the
// EPOLL_CTL_DEL it would make next turn (close() takes a descriptor out of an
// epoll set itself, as nginx relies on). Nothing to do under Qt's dispatchers.
void descriptorClosing(qintptr descriptor);
// Whether several worker threads may each watch one listening socket with a
// notifier of their own. Not on Windows, where Qt's dispatcher watches a
// socket with WSAAsyncSelect, which keeps one registration per socket: the
// last thread to register would get every notification. Not on macOS either,
// until it is tried there: its worker threads get Qt's poll() dispatcher, but
// QT_EVENT_DISPATCHER_CORE_FOUNDATION=1 gives them Core Foundation's, which
// keeps one CFSocket per descriptor.
bool canShareListeningSockets();
// Several threads watch listening socket `descriptor` for reading (each
// worker accepts from it): the current thread's epoll dispatcher registers it
// with EPOLLEXCLUSIVE, so one connection wakes one waiting worker, not all
// (nginx's default since 1.11.3). Call it with `on` before the notifier is
// made and with false after it is gone. Under Qt's poll() and glib's
// dispatchers every waiting thread wakes and all but one find nothing.
void setWakeOneReader(qintptr descriptor, bool on);
// The class name of the dispatcher `thread` runs ("EpollEventDispatcher",
// "QEventDispatcherUNIX", "QEventDispatcherGlib"), or empty while it has none yet.
QString nameOf(const QThread *thread);
} // namespace WorkerDispatcher
