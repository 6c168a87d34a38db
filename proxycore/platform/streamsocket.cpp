#include "streamsocket.h"

#include "nativesocket.h"
#include "workerdispatcher.h"

#include "byteappend.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSocketNotifier>


namespace {

// Queued output an emptied socket keeps for the next response; more is freed,
// so an idle keep-alive connection holds little memory.
constexpr qsizetype KeptOutputCapacity = 4 * 1024;

// The thread's open Batch depth and the sockets with output queued in it.
// Each worker thread has its own (sockets never change threads).
thread_local int t_batchDepth = 0;
thread_local StreamSocket *t_pendingHead = nullptr;

StreamSocket::Error errorFor(NativeSocket::Result result)
{
    switch (result) {
    case NativeSocket::Result::Refused:
        return StreamSocket::Error::Refused;
    case NativeSocket::Result::Reset:
        return StreamSocket::Error::Reset;
    case NativeSocket::Result::TimedOut:
        return StreamSocket::Error::TimedOut;
    default:
        return StreamSocket::Error::Other;
    }
}

int systemError()
{
    return NativeSocket::lastErrorCode();
}

} // namespace

// Delivers the notifier's activation straight to the socket: no signal, no
// connection object per socket.
class StreamSocket::Notifier final : public QSocketNotifier
{
public:
    Notifier(StreamSocket *owner, qintptr descriptor, Type type)
        : QSocketNotifier(descriptor, type)
        , m_owner(owner)
    {
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != QEvent::SockAct)
            return QSocketNotifier::event(e);
        if (type() == Read)
            m_owner->handleReadable();
        else
            m_owner->handleWritable();
        return true;
    }

private:
    StreamSocket *m_owner;
};

StreamSocket::Batch::Batch()
{
    ++t_batchDepth;
}

StreamSocket::Batch::~Batch()
{
    if (--t_batchDepth == 0 && t_pendingHead)
        StreamSocket::flushPending();
}

StreamSocket::StreamSocket(Handler *handler)
    : m_handler(handler)
{
}

StreamSocket::~StreamSocket()
{
    abort();
    delete m_readNotifier;
    delete m_writeNotifier;
}

bool StreamSocket::adopt(qintptr descriptor)
{
    Q_ASSERT(m_fd < 0);
    if (descriptor < 0)
        return false;
    NativeSocket::prepareAccepted(descriptor);
    m_fd = descriptor;
    m_state = State::Connected;
    watchInput(true);
    return true;
}

bool StreamSocket::connectTo(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(m_fd < 0);
    NativeSocket::Result result = NativeSocket::Result::Failed;
    const qintptr fd = NativeSocket::connectTo(address, port, QHostAddress(), &result);
    if (fd < 0) {
        m_error = errorFor(result);
        m_systemError = systemError();
        m_atEnd = true;
        return false;
    }
    m_fd = fd;
    m_state = State::Connecting;
    // Connected at once or not, the outcome is reported from the event loop.
    watchOutput(true);
    return true;
}

QString StreamSocket::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::RemoteClosed:
        return QStringLiteral("the remote host closed the connection");
    default:
        return NativeSocket::errorText(m_systemError);
    }
}

qint64 StreamSocket::read(char *data, qint64 size)
{
    m_readCalled = true;
    m_lastReadFull = false;
    if (m_fd < 0 || m_atEnd || m_state != State::Connected)
        return 0;
    watchInput(true);
    NativeSocket::Result result = NativeSocket::Result::Ok;
    const qint64 n = NativeSocket::read(m_fd, data, size, &result);
    if (n > 0) {
        m_lastReadFull = n == size;
        return n;
    }
    if (n == 0) {
        // The peer's FIN. Reported by streamClosed once the current handling
        // is over (input stays watched: an ended stream is always readable).
        m_atEnd = true;
        if (m_error == Error::None)
            m_error = Error::RemoteClosed;
        return 0;
    }
    if (result != NativeSocket::Result::WouldBlock)
        fail(errorFor(result), systemError());
    return 0;
}

void StreamSocket::discardInput()
{
    char scratch[16 * 1024];
    while (read(scratch, sizeof scratch) > 0) {
    }
}

void StreamSocket::write(const char *data, qint64 size)
{
    if (m_fd < 0 || size <= 0 || m_error == Error::Reset || m_error == Error::Other)
        return;
    if (m_outPos == m_out.size()) {
        ByteAppend::resize(m_out, 0);
        m_outPos = 0;
        if (t_batchDepth == 0 && m_state == State::Connected) {
            // Nothing queued and no batch open: straight to the kernel, no copy.
            NativeSocket::Result result = NativeSocket::Result::Ok;
            const qint64 n = NativeSocket::write(m_fd, data, size, &result);
            if (n < 0) {
                fail(errorFor(result), systemError());
                return;
            }
            if (n == size)
                return;
            data += n;
            size -= n;
            ByteAppend::append(m_out, QByteArrayView(data, size));
            watchOutput(true);
            return;
        }
    } else if (m_outPos > KeptOutputCapacity && m_outPos * 2 > m_out.size()) {
        m_out.remove(0, m_outPos); // the sent front is the larger part: drop it before growing
        m_outPos = 0;
    }
    ByteAppend::append(m_out, QByteArrayView(data, size));
    if (m_state != State::Connected)
        return; // sent once connected
    if (t_batchDepth > 0)
        markPending();
    else
        flush();
}

void StreamSocket::flush()
{
    if (m_fd < 0 || m_state != State::Connected || bytesToWrite() == 0)
        return;
    if (sendQueued())
        watchOutput(bytesToWrite() > 0);
}

void StreamSocket::swapOutputBuffer(QByteArray &spare)
{
    Q_ASSERT(bytesToWrite() == 0);
    m_out.swap(spare);
    m_outPos = 0;
    ByteAppend::emptyForReuse(m_out);
}

void StreamSocket::abort()
{
    unlinkPending();
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    if (m_fd >= 0) {
        WorkerDispatcher::descriptorClosing(m_fd);
        NativeSocket::close(m_fd);
        m_fd = -1;
    }
    m_state = State::Unconnected;
    m_closedDelivered = true;
    m_out.clear();
    m_outPos = 0;
}

QHostAddress StreamSocket::peerAddress(quint16 *port) const
{
    return NativeSocket::peerAddress(m_fd, port);
}

QHostAddress StreamSocket::localAddress(quint16 *port) const
{
    return NativeSocket::localAddress(m_fd, port);
}

void StreamSocket::handleReadable()
{
    if (m_fd < 0)
        return;
    if (m_atEnd) {
        deliverClosed();
        return;
    }
    Batch batch;
    m_readCalled = false;
    if (m_handler)
        m_handler->streamReadyRead(this);
    if (m_fd < 0)
        return;
    if (m_atEnd)
        deliverClosed();
    else if (!m_readCalled)
        watchInput(false); // the owner is not reading now; its next read() resumes
}

void StreamSocket::handleWritable()
{
    if (m_fd < 0)
        return;
    if (m_state == State::Connecting) {
        finishConnect();
        return;
    }
    Batch batch;
    const qint64 before = bytesToWrite();
    if (!sendQueued()) {
        deliverClosed();
        return;
    }
    watchOutput(bytesToWrite() > 0);
    if (bytesToWrite() < before && m_handler)
        m_handler->streamBytesWritten(this);
}

void StreamSocket::finishConnect()
{
    int error = 0;
    const NativeSocket::Result result = NativeSocket::connectResult(m_fd, &error);
    if (result != NativeSocket::Result::Ok) {
        m_systemError = error;
        m_error = errorFor(result);
        m_atEnd = true;
        deliverClosed();
        return;
    }
    m_state = State::Connected;
    Batch batch;
    watchOutput(false);
    watchInput(true);
    if (bytesToWrite() > 0)
        markPending();
    if (m_handler)
        m_handler->streamConnected(this);
}

bool StreamSocket::sendQueued()
{
    while (m_outPos < m_out.size()) {
        NativeSocket::Result result = NativeSocket::Result::Ok;
        const qint64 n = NativeSocket::write(m_fd, m_out.constData() + m_outPos, m_out.size() - m_outPos, &result);
        if (n < 0) {
            fail(errorFor(result), systemError());
            return false;
        }
        if (n == 0)
            return true; // the kernel's buffer is full
        m_outPos += n;
    }
    m_outPos = 0;
    if (m_out.capacity() > KeptOutputCapacity)
        m_out.clear();
    else
        ByteAppend::resize(m_out, 0);
    return true;
}

void StreamSocket::watchOutput(bool on)
{
    if (m_fd < 0)
        return;
    if (!m_writeNotifier) {
        if (!on)
            return;
        m_writeNotifier = new Notifier(this, m_fd, QSocketNotifier::Write);
        return; // created enabled
    }
    m_writeNotifier->setEnabled(on);
}

void StreamSocket::watchInput(bool on)
{
    if (m_fd < 0)
        return;
    if (!m_readNotifier) {
        if (!on)
            return;
        m_readNotifier = new Notifier(this, m_fd, QSocketNotifier::Read);
        return;
    }
    m_readNotifier->setEnabled(on);
}

void StreamSocket::fail(Error error, int systemError)
{
    // A failed send drops the output; the failure is reported as
    // streamClosed from the event loop (a broken socket is always readable).
    if (m_error == Error::None || m_error == Error::RemoteClosed) {
        m_error = error;
        m_systemError = systemError;
    }
    m_atEnd = true;
    m_out.clear();
    m_outPos = 0;
    unlinkPending();
    watchOutput(false);
    watchInput(true);
}

void StreamSocket::deliverClosed()
{
    if (m_closedDelivered)
        return;
    m_closedDelivered = true;
    watchInput(false);
    watchOutput(false);
    if (m_handler) {
        Batch batch;
        m_handler->streamClosed(this);
    }
}

void StreamSocket::markPending()
{
    if (m_pending)
        return;
    m_pending = true;
    m_nextPending = t_pendingHead;
    t_pendingHead = this;
}

void StreamSocket::unlinkPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    for (StreamSocket **link = &t_pendingHead; *link; link = &(*link)->m_nextPending) {
        if (*link == this) {
            *link = m_nextPending;
            break;
        }
    }
    m_nextPending = nullptr;
}

void StreamSocket::flushPending()
{
    // The outermost Batch has ended. Callbacks below run in a Batch of their
    // own, so what they write joins the list and is sent in this same loop.
    ++t_batchDepth;
    while (StreamSocket *s = t_pendingHead) {
        t_pendingHead = s->m_nextPending;
        s->m_nextPending = nullptr;
        s->m_pending = false;
        if (s->m_fd < 0 || s->m_state != State::Connected || s->bytesToWrite() == 0)
            continue;
        const qint64 before = s->bytesToWrite();
        if (!s->sendQueued())
            continue; // reported from the event loop
        s->watchOutput(s->bytesToWrite() > 0);
        if (s->bytesToWrite() < before && s->m_handler)
            s->m_handler->streamBytesWritten(s);
    }
    --t_batchDepth;
}
