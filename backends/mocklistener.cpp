#include "mocklistener.h"

#include "platform/fdlimit.h"
#include "platform/socketaccept.h"

#include <QSocketNotifier>

#include <cstring>
#include <limits>
#include <utility>

namespace {
constexpr int AcceptBatch = 64; // per wake-up, so a connection storm cannot starve the open connections
}

MockListener::MockListener(const QString &name, Accepted accepted, QObject *parent)
    : QTcpServer(parent)
    , m_name(name)
    , m_accepted(std::move(accepted))
    , m_resumeTimer(this)
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(AcceptPauseMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

MockListener::~MockListener()
{
    delete m_notifier; // before QTcpServer closes the descriptor it watches
}

void MockListener::startAccepting()
{
    // QTcpServer's own accept loop is paused for good; this notifier on the
    // same socket takes over.
    pauseAccepting();
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { acceptPending(AcceptBatch); });
}

void MockListener::acceptAll()
{
    if (isListening())
        acceptPending(std::numeric_limits<int>::max());
}

void MockListener::acceptPending(int limit)
{
    for (int i = 0; i < limit; ++i) {
        qintptr descriptor = -1;
        int systemError = 0;
        switch (SocketAccept::accept(socketDescriptor(), &descriptor, &systemError)) {
        case SocketAccept::Result::Accepted:
            m_acceptFailing = false;
            m_accepted(descriptor);
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

void MockListener::pauseAfterAcceptError(int systemError, bool outOfDescriptors)
{
    // Open connections go on; the backlog is tried again after the pause.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_resumeTimer.start();
    }
    if (std::exchange(m_acceptFailing, true))
        return; // said once per episode, not once per retry
    const QByteArray name = m_name.toUtf8();
    if (outOfDescriptors) {
        qWarning("mock backend %s: accept() failed: too many open files (limit %lld); pausing accepts for %d ms",
                 name.constData(), FdLimit::openFileLimit(), AcceptPauseMs);
    } else {
        qWarning("mock backend %s: accept() failed: %s; pausing accepts for %d ms", name.constData(),
                 std::strerror(systemError), AcceptPauseMs);
    }
}

void MockListener::incomingConnection(qintptr descriptor)
{
    m_accepted(descriptor); // only if QTcpServer accepted before startAccepting()
}
