#include "signalwatcher.h"

#include <QMetaObject>
#include <QPointer>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
QPointer<SignalWatcher> instance;
#ifndef Q_OS_WIN
int signalPipe[2] = {-1, -1};

void handleSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}
#else
BOOL WINAPI handleConsole(DWORD)
{
    if (instance)
        QMetaObject::invokeMethod(instance.data(), &SignalWatcher::terminationRequested, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(handleConsole, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        ::fcntl(signalPipe[1], F_SETFL, O_NONBLOCK);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[16];
            [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], buffer, sizeof(buffer));
            emit terminationRequested();
        });
        struct sigaction action = {};
        action.sa_handler = handleSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifndef Q_OS_WIN
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
#endif
}
