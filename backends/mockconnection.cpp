#include "mockconnection.h"

#include "engine/socketinput.h"
#include "http/httpwriter.h"
#include "platform/socketshutdown.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 WriteHighWater = 256 * 1024;
constexpr int DripTickMs = 100;
} // namespace

MockConnection::MockConnection(MockBackend *backend, qintptr descriptor)
    : QObject(backend)
    , m_backend(backend)
    , m_socket(this)
    , m_parser(HttpParser::Kind::Request)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const StreamSocket::Batch batch;
        if (m_dripBudget >= 0) { // a drip tick
            m_dripBudget = qMax<qint64>(1, m_outcome.fault->bytesPerSecond * DripTickMs / 1000);
            pump();
        } else {
            execute();            // the latency has passed
        }
    });
    connect(backend, &MockBackend::resumed, this, [this] {
        if (std::exchange(m_waitingForResume, false)) {
            const StreamSocket::Batch batch;
            execute();
        }
    });
    // Input is read only while there is room for it (SocketInput::Cap): while a
    // request is being answered (or hangs), pipelined input waits in the
    // kernel, not in our memory. Nagle is off (adopt()).
    if (!m_socket.adopt(descriptor))
        m_closed = true;
}

MockConnection::~MockConnection() = default;

void MockConnection::finishAndClose()
{
    m_closing = true;
    if (isIdle() || m_hung)
        closeNow();
}

void MockConnection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_backend->disconnect(this);
    // What is still queued (an earlier response, an error answer) goes out
    // before the FIN; a peer that has gone gets nothing more.
    m_socket.flush();
    if (m_socket.bytesToWrite() > 0 && !m_socket.atEnd()) {
        m_flushing = true; // finished from streamBytesWritten or streamClosed
        return;
    }
    finishClose();
}

void MockConnection::finishClose()
{
    m_flushing = false;
    m_socket.abort();
    m_backend->connectionClosed(this);
}

void MockConnection::streamReadyRead(StreamSocket *)
{
    if (m_flushing) {
        m_socket.discardInput(); // only its end (or reset) matters now
        return;
    }
    processInput();
}

void MockConnection::streamBytesWritten(StreamSocket *)
{
    if (m_flushing) {
        if (m_socket.bytesToWrite() == 0)
            finishClose();
        return;
    }
    if (m_busy && !m_timer.isActive() && !m_waitingForResume && !m_hung)
        pump();
}

void MockConnection::streamClosed(StreamSocket *)
{
    // The client closed or reset: nothing more can be answered.
    if (m_flushing)
        finishClose();
    else
        closeNow();
}

void MockConnection::processInput()
{
    while (!m_closed) {
        SocketInput::readInto(m_socket, m_in, m_inPos);
        if (m_busy)
            return; // one request at a time, in order: the rest waits (bounded) in m_in
        parseInput();
        if (m_closed || m_busy || !m_socket.mayHaveMoreInput())
            break;
    }
    if (m_inPos == m_in.size())
        SocketInput::trim(m_in, m_inPos); // an idle connection keeps a small buffer
}

void MockConnection::parseInput()
{
    while (!m_closed && !m_busy) {
        const HttpParser::Step step = m_parser.parse(QByteArrayView(m_in.constData() + m_inPos, m_in.size() - m_inPos));
        m_inPos += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore:
            return;
        case HttpParser::Event::HeadComplete:
            continue;
        case HttpParser::Event::BodyData:
            m_backend->counterSink().countBytesIn(step.body.size()); // counted and dropped
            continue;
        case HttpParser::Event::MessageComplete:
            startRequest();
            continue;
        case HttpParser::Event::Error:
            m_socket.write(HttpWriter::errorResponse(m_parser.errorStatus(), true, m_parser.head().method() == "HEAD"));
            closeNow(); // sends it first
            return;
        }
    }
}

void MockConnection::startRequest()
{
    m_busy = true;
    m_started.start();
    m_outcome = m_backend->decide(m_parser.head().target());
    m_keepAlive = m_parser.head().keepAlive();
    if (m_outcome.delayMs > 0) {
        m_dripBudget = -1;
        m_timer.start(int(qMin<qint64>(m_outcome.delayMs, std::numeric_limits<int>::max())));
        return;
    }
    execute();
}

void MockConnection::execute()
{
    if (m_closed)
        return;
    if (m_backend->isPaused()) { // accepted, answered only when resumed
        m_waitingForResume = true;
        return;
    }
    const HttpHead &request = m_parser.head();
    m_backend->buildResponse(request, m_outcome, &m_response);
    const int status = m_outcome.status;
    const bool bodiless = status == 204 || status == 304 || (status >= 100 && status < 200);
    const bool noBody = bodiless || request.method() == "HEAD";
    const bool keepAlive = m_keepAlive && !m_closing;
    // A HEAD answer announces the length the GET would have (RFC 9110 §9.3.2);
    // a template body is rendered for it, then not sent.
    const qint64 bodyLength = bodiless ? 0 : m_response.body.size() + m_response.filler;
    qint64 declaredLength = bodyLength;
    m_fillerLeft = noBody ? 0 : m_response.filler;
    m_dripBudget = -1;
    m_closeAfterResponse = !keepAlive;
    m_pending.clear();
    m_body.clear();
    m_bodyOffset = 0;

    if (m_outcome.fault) {
        const MockFault::Kind kind = m_outcome.fault->kind;
        m_backend->counterSink().countFault(kind);
        switch (kind) {
        case MockFault::Kind::Reset:
            log(0);
            SocketShutdown::resetOnClose(m_socket.descriptor());
            m_socket.abort(); // anything queued is dropped with the connection
            closeNow();
            return;
        case MockFault::Kind::Close:
            log(0);
            closeNow(); // FIN (after anything an earlier response left to flush)
            return;
        case MockFault::Kind::Hang:
            log(0);
            m_hung = true; // the connection stays open; nothing is ever sent
            return;
        case MockFault::Kind::Malformed:
            m_pending = "HTTP/1.1 2OO Broken\r\nthis is not a header line\r\n\r\n";
            m_closeAfterResponse = true;
            pump();
            return;
        case MockFault::Kind::BadChunk:
            m_pending = m_response.head + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\nnot-a-size\r\n";
            m_fillerLeft = 0;
            m_closeAfterResponse = true;
            pump();
            return;
        case MockFault::Kind::MidBody:
            // The full length is promised, half is sent, then FIN: a short read.
            if (m_fillerLeft > 0)
                m_fillerLeft /= 2;
            else
                m_response.body.truncate(m_response.body.size() / 2);
            m_closeAfterResponse = true;
            break;
        case MockFault::Kind::WrongLength:
            // Fewer bytes promised than sent: the rest corrupts the next response.
            declaredLength = bodyLength / 2;
            if (bodyLength == 0 && !noBody)
                m_response.body = "unexpected bytes";
            break;
        case MockFault::Kind::Drip:
            m_dripBudget = qMax<qint64>(1, m_outcome.fault->bytesPerSecond * DripTickMs / 1000);
            break;
        }
    }
    m_pending.reserve(m_response.head.size() + 64);
    m_pending.append(m_response.head);
    if (status != 204 && status != 304 && status >= 200) {
        m_pending.append("\r\nContent-Length: ");
        HttpWriter::appendNumber(m_pending, declaredLength);
    }
    if (!keepAlive || m_closeAfterResponse)
        m_pending.append("\r\nConnection: close");
    else if (!request.isHttp11())
        m_pending.append("\r\nConnection: keep-alive");
    m_pending.append("\r\n\r\n");
    // The body is sent from the response itself (a file body is shared, never copied).
    m_body = !noBody || (m_outcome.fault && m_outcome.fault->kind == MockFault::Kind::WrongLength) ? m_response.body : QByteArray();
    m_bodyOffset = 0;
    pump();
}

void MockConnection::pump()
{
    if (m_closed || !m_busy)
        return;
    static const QByteArray block(64 * 1024, 'x');
    qint64 written = 0;
    const auto bodyLeft = [this] { return m_body.size() - m_bodyOffset; };
    while ((!m_pending.isEmpty() || bodyLeft() > 0 || m_fillerLeft > 0) && m_socket.bytesToWrite() < WriteHighWater
           && m_dripBudget != 0) {
        qint64 n = m_dripBudget > 0 ? m_dripBudget : std::numeric_limits<qint64>::max();
        if (!m_pending.isEmpty()) {
            n = qMin<qint64>(n, m_pending.size());
            m_socket.write(m_pending.constData(), n);
            m_pending.remove(0, n); // the head: small
        } else if (bodyLeft() > 0) {
            n = qMin<qint64>(qMin<qint64>(n, bodyLeft()), block.size());
            m_socket.write(m_body.constData() + m_bodyOffset, n);
            m_bodyOffset += n;
        } else {
            n = qMin<qint64>(qMin<qint64>(n, m_fillerLeft), block.size());
            m_socket.write(block.constData(), n);
            m_fillerLeft -= n;
        }
        written += n;
        if (m_dripBudget > 0)
            m_dripBudget -= n;
    }
    m_backend->counterSink().countBytesOut(written);
    if (!m_pending.isEmpty() || bodyLeft() > 0 || m_fillerLeft > 0) {
        if (m_dripBudget == 0)
            m_timer.start(DripTickMs);
        return; // bytesWritten or the next drip tick goes on
    }
    finishResponse();
}

void MockConnection::finishResponse()
{
    const bool faulted = m_outcome.fault.has_value();
    const bool malformed = faulted && m_outcome.fault->kind == MockFault::Kind::Malformed;
    if (!m_outcome.health && !malformed)
        m_backend->counterSink().countStatus(m_outcome.status);
    log(malformed ? 0 : m_outcome.status);
    m_busy = false;
    m_dripBudget = -1;
    m_parser.reset();
    if (m_closeAfterResponse || m_closing) {
        closeNow();
        return;
    }
    // Pipelined requests waited for this response. Handled from the event
    // loop, which keeps this from recursing once per pipelined request; the
    // response itself goes out when the current event's handling ends.
    if (m_inPos < m_in.size() || m_socket.mayHaveMoreInput()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                const StreamSocket::Batch batch;
                processInput();
            },
            Qt::QueuedConnection);
    }
}

void MockConnection::log(int status)
{
    if (!m_backend->logsRequests())
        return;
    MockRequestLog entry;
    if (m_clientText.isEmpty()) {
        quint16 port = 0;
        const QHostAddress address = m_socket.peerAddress(&port);
        m_clientText = address.toString() + u':' + QString::number(port);
    }
    entry.client = m_clientText;
    entry.method = m_parser.head().method().toByteArray();
    entry.uri = m_parser.head().target().toByteArray();
    entry.status = status;
    entry.durationMs = m_started.elapsed();
    entry.fault = m_outcome.fault ? int(m_outcome.fault->kind) : -1;
    m_backend->logRequest(std::move(entry));
}
