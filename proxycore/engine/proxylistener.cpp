#include "proxylistener.h"

#include "platform/fdlimit.h"
#include "platform/socketaccept.h"
#include "proxyengine.h"

#include <QSocketNotifier>

#include <utility>

#include <cstring>

namespace {
constexpr int AcceptBatch = 64; // per wake-up, so one busy listener cannot starve the worker's sessions
}

ProxyListener::ProxyListener(ProxyEngine *engine, int index, int maxConnections, QObject *parent)
    : QTcpServer(parent)
    , m_engine(engine)
    , m_index(index)
    , m_maxConnections(maxConnections)
    , m_resumeTimer(this)
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(AcceptPauseMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

void ProxyListener::startAccepting()
{
    // QTcpServer's own accept loop cannot back off: on EMFILE Qt 6.4 calls
    // accept() again on every event-loop turn, silently, at 100 % CPU. It is
    // paused for good; this notifier on the same socket takes over.
    pauseAccepting();
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ProxyListener::acceptPending);
}

void ProxyListener::acceptPending()
{
    for (int i = 0; i < AcceptBatch; ++i) {
        qintptr descriptor = -1;
        int systemError = 0;
        switch (SocketAccept::accept(socketDescriptor(), &descriptor, &systemError)) {
        case SocketAccept::Result::Accepted:
            m_acceptFailing = false;
            incomingConnection(descriptor);
            continue;
        case SocketAccept::Result::Retry:
            continue;
        case SocketAccept::Result::WouldBlock:
            return;
        case SocketAccept::Result::OutOfDescriptors:
            pauseAfterAcceptError(systemError, true);
            return;
        case SocketAccept::Result::Failed:
            pauseAfterAcceptError(systemError, false);
            return;
        }
    }
}

void ProxyListener::pauseAfterAcceptError(int systemError, bool outOfDescriptors)
{
    // Connections already open go on; the ones waiting in the backlog are
    // tried again after the pause (nginx: ngx_event_accept's 500 ms disable).
    m_notifier->setEnabled(false);
    m_resumeTimer.start();
    if (std::exchange(m_acceptFailing, true))
        return; // said once per episode, not once per retry
    const QByteArray where = serverAddress().toString().toLatin1() + ':' + QByteArray::number(serverPort());
    if (outOfDescriptors) {
        qWarning("listener %s: accept() failed: too many open files (limit %lld); pausing accepts for %d ms",
                 where.constData(), FdLimit::openFileLimit(), AcceptPauseMs);
    } else {
        qWarning("listener %s: accept() failed: %s; pausing accepts for %d ms", where.constData(),
                 std::strerror(systemError), AcceptPauseMs);
    }
}

void ProxyListener::incomingConnection(qintptr descriptor)
{
    // Counted here, released by the session when it closes.
    const int open = m_open->fetch_add(1) + 1;
    const bool overLimit = m_maxConnections > 0 && open > m_maxConnections;
    m_engine->dispatchConnection(descriptor, m_index, m_open, overLimit);
}
