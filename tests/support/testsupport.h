#pragma once

// Helpers shared by the integration tests: a blocking raw HTTP/1.1 client
// (used from the test thread while the proxy and mocks run in their own
// threads) and a lab whose mocks listen on ephemeral loopback ports.

#include "config/labconfig.h"
#include "http/httpparser.h"
#include "mockbackend.h"
#include "mockbackendhost.h"

#include <QElapsedTimer>
#include <QTcpSocket>

struct TestResponse {
    int status = 0;           // 0 = no complete response
    QByteArray head;
    QByteArray body;
    bool connectionClosed = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && Http::equalsIgnoreCase(QByteArrayView(line).first(colon), name))
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

class TestClient
{
public:
    explicit TestClient(quint16 port, const QHostAddress &address = QHostAddress::LocalHost,
                        const QHostAddress &source = {})
    {
        // Binding another loopback source (127.x.y.z) simulates distinct clients.
        if (!source.isNull())
            m_socket.bind(source, 0);
        m_socket.connectToHost(address, port);
        m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &raw)
    {
        m_socket.write(raw);
        m_socket.flush();
    }

    // Reads one response (or until the connection closes / the time is up).
    TestResponse read(int timeoutMs = 10000, bool requestWasHead = false)
    {
        TestResponse r;
        HttpParser parser(HttpParser::Kind::Response);
        parser.setRequestWasHead(requestWasHead);
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const HttpParser::Step step = parser.parse(m_buffer);
            if (step.event == HttpParser::Event::BodyData)
                r.body.append(step.body.data(), step.body.size());
            if (step.event == HttpParser::Event::HeadComplete)
                r.head = parser.head().raw();
            m_buffer.remove(0, step.consumed);
            if (step.event == HttpParser::Event::MessageComplete) {
                if (parser.head().statusCode() >= 100 && parser.head().statusCode() < 200) {
                    parser.reset();
                    parser.setRequestWasHead(requestWasHead);
                    continue;
                }
                r.status = parser.head().statusCode();
                break;
            }
            if (step.event == HttpParser::Event::Error)
                break;
            if (step.event != HttpParser::Event::NeedMore)
                continue;
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0) {
                r.connectionClosed = true;
                if (parser.finish().event == HttpParser::Event::MessageComplete)
                    r.status = parser.head().statusCode();
                return r;
            }
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0)
                return r;
            if (m_socket.bytesAvailable() == 0)
                m_socket.waitForReadyRead(qMin(left, 200));
            m_buffer.append(m_socket.readAll());
        }
        return r;
    }

    TestResponse request(const QByteArray &raw, int timeoutMs = 10000)
    {
        send(raw);
        return read(timeoutMs, raw.startsWith("HEAD "));
    }

    TestResponse get(const QByteArray &path, const QByteArray &extraHeaders = {})
    {
        return request("GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n");
    }

    // True once the peer closed the connection (within the time).
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(100);
            m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// The demo lab's shape with mocks on ephemeral ports (never fixed ports in tests).
inline LabConfig startDemoMocks(MockBackendHost &host, QStringList names = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")})
{
    LabConfig lab = LabConfig::demo();
    lab.backends.clear();
    lab.upstreams[0].servers.clear();
    for (const QString &name : names) {
        MockBackendConfig mock;
        mock.name = name;
        mock.listen = QStringLiteral("127.0.0.1:0");
        MockBackend *backend = host.add(mock);
        QString error;
        host.start(backend, &error);
        UpstreamServer server;
        server.name = name;
        server.address = QStringLiteral("127.0.0.1:%1").arg(backend->port());
        lab.upstreams[0].servers.append(server);
    }
    lab.listeners[0].port = 0;
    lab.proxy.workers = 2;
    return lab;
}
