#include "socketacceptor.h"

#include "fdlimit.h"
#include "socketaccept.h"
#include "workerdispatcher.h"

#include <QSocketNotifier>

#include <cstring>
#include <limits>
#include <utility>

namespace {
constexpr int AcceptBatch = 64; // per wake-up, so a connection storm cannot starve the open connections
}

SocketAcceptor::SocketAcceptor(qintptr listener, const QString &label, Options options, Handler handler,
                               QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_options(options)
    , m_handler(std::move(handler))
    , m_label(label.toUtf8())
    , m_resumeTimer(this)
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(PauseMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] { m_notifier->setEnabled(true); });
    // Before the notifier registers: the dispatcher adds it to its set then.
    if (m_options & Shared)
        WorkerDispatcher::setWakeOneReader(listener, true);
    m_notifier = new QSocketNotifier(listener, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { acceptPending(AcceptBatch); });
}

SocketAcceptor::~SocketAcceptor()
{
    delete m_notifier;
    if (m_options & Shared)
        WorkerDispatcher::setWakeOneReader(m_listener, false);
}

void SocketAcceptor::acceptAll()
{
    acceptPending(std::numeric_limits<int>::max());
}

void SocketAcceptor::acceptPending(int limit)
{
    Connection connection;
    const bool wantPeer = m_options & WantPeer;
    for (int i = 0; i < limit; ++i) {
        int systemError = 0;
        switch (SocketAccept::accept(m_listener, &connection.descriptor, &systemError,
                                     wantPeer ? &connection.peer : nullptr, &connection.peerPort)) {
        case SocketAccept::Result::Accepted:
            m_acceptFailing = false;
            m_handler(connection);
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

void SocketAcceptor::pauseAfterAcceptError(int systemError, bool outOfDescriptors)
{
    // Open connections go on; the backlog is tried again after the pause.
    m_notifier->setEnabled(false);
    m_resumeTimer.start();
    if (std::exchange(m_acceptFailing, true))
        return; // said once per episode, not once per retry
    if (outOfDescriptors) {
        qWarning("%s: accept() failed: too many open files (limit %lld); pausing accepts for %d ms",
                 m_label.constData(), FdLimit::openFileLimit(), PauseMs);
    } else {
        qWarning("%s: accept() failed: %s; pausing accepts for %d ms", m_label.constData(),
                 std::strerror(systemError), PauseMs);
    }
}
