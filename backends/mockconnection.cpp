#include "mockconnection.h"

#include "http/httpwriter.h"
#include "mockbackend.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

MockConnection::MockConnection(MockBackend *backend, QTcpSocket *socket)
    : QObject(backend)
    , m_backend(backend)
    , m_socket(socket)
    , m_parser(HttpParser::Kind::Request)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &MockConnection::handleReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &MockConnection::closeNow);
    connect(socket, &QTcpSocket::bytesWritten, this, &MockConnection::writeFiller);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &MockConnection::handleReadyRead, Qt::QueuedConnection);
}

MockConnection::~MockConnection() = default;

bool MockConnection::isIdle() const
{
    return m_parser.isIdle() && m_in.isEmpty() && m_fillerLeft == 0;
}

void MockConnection::finishAndClose()
{
    m_closing = true;
    if (isIdle())
        closeNow();
}

void MockConnection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket->disconnect(this);
    if (m_socket->bytesToWrite() > 0)
        m_socket->disconnectFromHost(); // flushes first
    else
        m_socket->abort();
    m_backend->connectionClosed(this);
}

void MockConnection::handleReadyRead()
{
    if (m_closed)
        return;
    m_in.append(m_socket->readAll());
    while (!m_closed && m_fillerLeft == 0) { // one response at a time
        const HttpParser::Step step = m_parser.parse(m_in);
        m_in.remove(0, step.consumed);
        switch (step.event) {
        case HttpParser::Event::NeedMore:
            return;
        case HttpParser::Event::HeadComplete:
            continue;
        case HttpParser::Event::BodyData:
            m_backend->addBodyBytes(step.body.size()); // bodies are counted and dropped
            continue;
        case HttpParser::Event::MessageComplete:
            respond();
            continue;
        case HttpParser::Event::Error:
            m_socket->write(HttpWriter::errorResponse(m_parser.errorStatus(), m_parser.errorText(), true));
            closeNow();
            return;
        }
    }
}

void MockConnection::respond()
{
    const HttpHead &head = m_parser.head();
    const quint64 number = m_backend->nextRequestNumber();
    const int status = m_backend->config().status;
    QJsonObject json;
    json.insert(u"backend"_s, m_backend->name());
    json.insert(u"port"_s, int(m_backend->port()));
    json.insert(u"method"_s, QString::fromLatin1(head.method()));
    json.insert(u"uri"_s, QString::fromLatin1(head.target()));
    json.insert(u"request"_s, qint64(number));
    const qint64 fillerSize = m_backend->config().bodySize;
    const QByteArray body = fillerSize >= 0 ? QByteArray() : QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    const qint64 bodyLength = fillerSize >= 0 ? fillerSize : body.size();
    const bool keepAlive = head.keepAlive() && !m_closing;

    QByteArray out;
    out.reserve(256 + body.size());
    out.append("HTTP/1.1 ");
    HttpWriter::appendNumber(out, status);
    out.append(' ').append(Http::reasonPhrase(status)).append("\r\nServer: upstreamlab-mock\r\nDate: ");
    out.append(HttpWriter::currentDate());
    out.append("\r\nContent-Type: application/json\r\nX-Backend-Name: ").append(m_backend->name().toUtf8());
    const bool noBody = head.method() == "HEAD" || status == 204 || status == 304;
    if (status != 204 && status != 304) {
        out.append("\r\nContent-Length: ");
        HttpWriter::appendNumber(out, bodyLength);
    }
    if (!keepAlive)
        out.append("\r\nConnection: close");
    else if (!head.isHttp11())
        out.append("\r\nConnection: keep-alive");
    out.append("\r\n\r\n");
    if (!noBody)
        out.append(body);
    m_socket->write(out);
    emit m_backend->requestServed(m_backend->name(), head.method().toByteArray(), head.target().toByteArray(), status);
    m_parser.reset();
    if (!noBody && fillerSize > 0) {
        // Streamed as the socket drains: a large body never sits in memory.
        m_fillerLeft = fillerSize;
        m_closeAfterFiller = !keepAlive;
        writeFiller();
        return;
    }
    m_socket->flush();
    if (!keepAlive)
        closeNow();
}

void MockConnection::writeFiller()
{
    if (m_closed || m_fillerLeft == 0)
        return;
    static const QByteArray block(64 * 1024, 'x');
    while (m_fillerLeft > 0 && m_socket->bytesToWrite() < 256 * 1024) {
        const qint64 n = qMin<qint64>(m_fillerLeft, block.size());
        m_socket->write(block.constData(), n);
        m_fillerLeft -= n;
    }
    if (m_fillerLeft > 0)
        return;
    m_socket->flush();
    if (m_closeAfterFiller || m_closing) {
        closeNow();
        return;
    }
    if (!m_in.isEmpty()) // pipelined requests waited for this body
        QMetaObject::invokeMethod(this, &MockConnection::handleReadyRead, Qt::QueuedConnection);
}
