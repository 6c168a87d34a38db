#include "loadconnection.h"

#include "platform/nativesocket.h"
#include "trafficworker.h"

#include <QSocketNotifier>

namespace {
TrafficStats::ErrorKind errorKind(NativeSocket::Result result)
{
    switch (result) {
    case NativeSocket::Result::Refused:
        return TrafficStats::ErrorKind::Refused;
    case NativeSocket::Result::Reset:
        return TrafficStats::ErrorKind::Reset;
    case NativeSocket::Result::TimedOut:
        return TrafficStats::ErrorKind::Timeout;
    default:
        return TrafficStats::ErrorKind::Other;
    }
}
} // namespace

LoadConnection::LoadConnection(TrafficWorker *worker)
    : m_worker(worker)
{
}

LoadConnection::~LoadConnection()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = m_writeNotifier = nullptr;
    NativeSocket::close(m_fd);
}

void LoadConnection::close()
{
    // Called from the notifiers' own signals: disable now (before the
    // descriptor closes), delete once the event loop is out of them.
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    m_readNotifier = m_writeNotifier = nullptr;
    NativeSocket::close(m_fd);
    m_fd = -1;
    m_connecting = false;
    m_busy = false;
    m_boundClient = -1;
    m_in.resize(0);
    m_parser.reset();
}

void LoadConnection::send(qint64 index, int clientIndex, qint64 originNs, qint64 nowNs)
{
    // Another client address needs another connection (ip_hash keys on it).
    if (m_fd >= 0 && clientIndex != m_boundClient && m_worker->bindsSourceAddresses())
        close();
    m_busy = true;
    m_index = index;
    m_backend.resize(0);
    m_responseStarted = false;
    m_status = 0;
    m_upstream.resize(0);
    m_originNs = originNs;
    m_deadlineNs = nowNs + m_worker->timeoutNs();
    m_out.resize(0);
    m_worker->buildRequest(index, clientIndex, m_out);
    m_outPos = 0;
    m_parser.reset();
    m_parser.setRequestWasHead(m_worker->isHeadRequest());
    m_in.resize(0);
    if (m_fd < 0) {
        m_boundClient = clientIndex;
        connectSocket(nowNs);
        return;
    }
    writePending();
}

void LoadConnection::connectSocket(qint64 nowNs)
{
    Q_UNUSED(nowNs);
    NativeSocket::Result result;
    m_fd = NativeSocket::connectTo(m_worker->targetAddress(), m_worker->targetPort(),
                                   m_worker->sourceAddress(m_boundClient), &result);
    if (m_fd < 0) {
        fail(errorKind(result));
        return;
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read);
    QObject::connect(m_readNotifier, &QSocketNotifier::activated, m_readNotifier, [this] { onReadable(); });
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write);
    QObject::connect(m_writeNotifier, &QSocketNotifier::activated, m_writeNotifier, [this] { onWritable(); });
    m_connecting = result == NativeSocket::Result::WouldBlock;
    if (m_connecting)
        return; // the write notifier tells when the connect is done
    writePending();
}

bool LoadConnection::finishConnect()
{
    m_connecting = false;
    const NativeSocket::Result result = NativeSocket::connectResult(m_fd);
    if (result == NativeSocket::Result::Ok)
        return true;
    fail(errorKind(result));
    return false;
}

void LoadConnection::onWritable()
{
    if (m_connecting && !finishConnect())
        return;
    writePending();
}

void LoadConnection::writePending()
{
    while (m_outPos < m_out.size()) {
        NativeSocket::Result result;
        const qint64 n = NativeSocket::write(m_fd, m_out.constData() + m_outPos, m_out.size() - m_outPos, &result);
        if (n < 0) {
            fail(errorKind(result));
            return;
        }
        if (n == 0)
            break;
        m_outPos += n;
    }
    // Watch for writability only while something is left to write.
    m_writeNotifier->setEnabled(m_outPos < m_out.size());
}

void LoadConnection::onReadable()
{
    // A refused connect can show as readable (an error) before writable.
    if (m_connecting) {
        if (!finishConnect())
            return;
        writePending();
        if (m_fd < 0)
            return;
    }
    char *scratch = m_worker->scratch();
    const qint64 size = m_worker->scratchSize();
    for (;;) {
        NativeSocket::Result result;
        const qint64 n = NativeSocket::read(m_fd, scratch, size, &result);
        if (n > 0) {
            if (!m_busy) {
                // Bytes nobody asked for: the connection is out of step.
                close();
                return;
            }
            m_responseStarted = true;
            process(QByteArrayView(scratch, n));
            if (m_fd < 0 || n < size)
                return;
            continue;
        }
        if (n == 0) {
            // The peer closed: ends a close-delimited body, else the answer is cut short.
            if (m_busy && m_responseStarted) {
                const HttpParser::Step step = m_parser.finish();
                if (step.event == HttpParser::Event::MessageComplete) {
                    m_keepAlive = false;
                    complete();
                    return;
                }
            }
            if (m_busy)
                fail(TrafficStats::ErrorKind::Closed);
            else
                close();
            return;
        }
        if (result == NativeSocket::Result::WouldBlock)
            return;
        if (m_busy)
            fail(errorKind(result));
        else
            close();
        return;
    }
}

void LoadConnection::process(QByteArrayView data)
{
    // Present earlier unconsumed bytes again, followed by the new ones.
    QByteArrayView input = data;
    if (!m_in.isEmpty()) {
        m_in.append(data);
        input = m_in;
    }
    qsizetype consumed = 0;
    for (;;) {
        const HttpParser::Step step = m_parser.parse(input.sliced(consumed));
        consumed += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore:
            if (input.data() == m_in.constData())
                m_in.remove(0, consumed);
            else
                m_in = input.sliced(consumed).toByteArray();
            return;
        case HttpParser::Event::HeadComplete:
            m_status = m_parser.head().statusCode();
            if (m_status >= 200) {
                m_upstream.resize(0);
                m_upstream.append(m_parser.head().value("X-Upstream-Name"));
                if (m_worker->recordsOutcomes())
                    m_backend = m_parser.head().value("X-Backend-Name").toByteArray();
                m_keepAlive = m_parser.head().keepAlive();
            }
            break;
        case HttpParser::Event::BodyData:
            break;
        case HttpParser::Event::MessageComplete:
            if (m_status < 200) { // 100 Continue and friends: the answer follows
                m_parser.reset();
                m_parser.setRequestWasHead(m_worker->isHeadRequest());
                break;
            }
            m_in.resize(0);
            complete();
            return;
        case HttpParser::Event::Error:
            fail(TrafficStats::ErrorKind::BadResponse);
            return;
        }
    }
}

void LoadConnection::complete()
{
    m_busy = false;
    if (!m_keepAlive || !m_worker->keepAlive())
        close();
    m_worker->responseReceived(this, m_status, m_upstream, m_originNs);
}

void LoadConnection::fail(TrafficStats::ErrorKind kind)
{
    close();
    m_worker->requestFailed(this, kind, m_originNs);
}

void LoadConnection::checkDeadline(qint64 nowNs)
{
    if (m_busy && nowNs >= m_deadlineNs)
        fail(TrafficStats::ErrorKind::Timeout);
}
