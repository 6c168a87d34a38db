#pragma once

#include "config/labconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <atomic>

class QTcpServer;
class MockConnection;

// A mock HTTP backend: answers every request with its status and a small JSON
// body naming itself. Lives in one of MockBackendHost's threads; counters are
// atomics so any thread can read them without locks.
class MockBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockBackend)

public:
    explicit MockBackend(const MockBackendConfig &config, QObject *parent = nullptr);
    ~MockBackend() override;

    QString name() const { return m_config.name; }
    const MockBackendConfig &config() const { return m_config; }

    // Thread-safe reads.
    bool isRunning() const { return m_running.load(); }
    quint16 port() const { return m_port.load(); }
    quint64 requestCount() const { return m_requests.load(); }
    quint64 connectionCount() const { return m_connections.load(); }
    int activeConnections() const { return m_active.load(); }
    quint64 bodyBytesReceived() const { return m_bodyBytes.load(); }

    // In the backend's thread (MockBackendHost marshals these).
    bool startListening(QString *error);
    void stopListening();
    void setStatus(int status) { m_config.status = status; }

    // Used by MockConnection.
    quint64 nextRequestNumber() { return ++m_requests; }
    void addBodyBytes(qint64 n) { m_bodyBytes += quint64(n); }
    void connectionClosed(MockConnection *connection);

signals:
    void requestServed(const QString &backend, const QByteArray &method, const QByteArray &uri, int status);

private:
    void acceptConnections();

    MockBackendConfig m_config;
    QTcpServer *m_server = nullptr;
    QSet<MockConnection *> m_openConnections;
    std::atomic<bool> m_running{false};
    std::atomic<quint16> m_port{0};
    std::atomic<quint64> m_requests{0};
    std::atomic<quint64> m_connections{0};
    std::atomic<int> m_active{0};
    std::atomic<quint64> m_bodyBytes{0};
};
