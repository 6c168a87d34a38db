#include "mockbackend.h"

#include "config/hostport.h"
#include "mockconnection.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

MockBackend::MockBackend(const MockBackendConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

MockBackend::~MockBackend()
{
    stopListening();
    const QSet<MockConnection *> open = m_openConnections;
    for (MockConnection *c : open)
        delete c;
}

bool MockBackend::startListening(QString *error)
{
    if (m_server)
        return true;
    const auto hp = HostPort::parse(m_config.listen, 0);
    if (!hp) {
        if (error)
            *error = tr("%1: invalid listen address \"%2\"").arg(m_config.name, m_config.listen);
        return false;
    }
    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(511);
    // "Any free port" is chosen once: started again, a backend comes back where it was.
    const quint16 port = hp->port != 0 ? hp->port : m_port.load();
    if (!m_server->listen(hp->address, port)) {
        if (error)
            *error = tr("%1: cannot listen on %2: %3").arg(m_config.name, m_config.listen, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &MockBackend::acceptConnections);
    m_port = m_server->serverPort();
    m_running = true;
    return true;
}

void MockBackend::stopListening()
{
    if (!m_server)
        return;
    // Stopped = connection refused from now on; requests already accepted are
    // answered, idle keep-alive connections are closed.
    m_server->close();
    delete m_server;
    m_server = nullptr;
    m_running = false;
    const QSet<MockConnection *> open = m_openConnections;
    for (MockConnection *c : open)
        c->finishAndClose();
}

void MockBackend::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        ++m_active;
        auto *connection = new MockConnection(this, socket);
        m_openConnections.insert(connection);
    }
}

void MockBackend::connectionClosed(MockConnection *connection)
{
    if (m_openConnections.remove(connection))
        --m_active;
    connection->deleteLater();
}
