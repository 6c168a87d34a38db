#include "acceptingserver.h"

#include "fdlimit.h"
#include "socketaccept.h"

#include <QSocketNotifier>

#include <cstring>
#include <limits>
#include <utility>

namespace {
constexpr int AcceptBatch = 64; // per wake-up, so a connection storm cannot starve the open connections
}

AcceptingServer::AcceptingServer(QObject *parent)
    : QTcpServer(parent)
    , m_resumeTimer(this)
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(AcceptPauseMs);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

AcceptingServer::~AcceptingServer()
{
    delete m_notifier; // before QTcpServer closes the descriptor it watches
}

void AcceptingServer::startAccepting(const QString &label)
{
    m_label = label.toUtf8();
    // QTcpServer's own accept loop is paused for good; this notifier on the
    // same socket takes over.
    pauseAccepting();
    delete m_notifier;
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { acceptPending(AcceptBatch); });
}

void AcceptingServer::acceptAll()
{
    if (isListening())
        acceptPending(std::numeric_limits<int>::max());
}

void AcceptingServer::acceptPending(int limit)
{
    for (int i = 0; i < limit; ++i) {
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

void AcceptingServer::pauseAfterAcceptError(int systemError, bool outOfDescriptors)
{
    // Open connections go on; the backlog is tried again after the pause.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_resumeTimer.start();
    }
    if (std::exchange(m_acceptFailing, true))
        return; // said once per episode, not once per retry
    if (outOfDescriptors) {
        qWarning("%s: accept() failed: too many open files (limit %lld); pausing accepts for %d ms",
                 m_label.constData(), FdLimit::openFileLimit(), AcceptPauseMs);
    } else {
        qWarning("%s: accept() failed: %s; pausing accepts for %d ms", m_label.constData(),
                 std::strerror(systemError), AcceptPauseMs);
    }
}
