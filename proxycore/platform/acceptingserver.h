#pragma once

#include <QTcpServer>

class SocketAcceptor;

// A QTcpServer that accepts by itself: QTcpServer only binds and listens; a
// SocketAcceptor on its socket accepts up to a batch per wake-up, pauses when
// out of descriptors, and hands each new descriptor to incomingConnection()
// (what subclasses override, as with QTcpServer). The mock backends accept
// this way; the proxy's listeners accept in every worker (ProxyWorker).
class AcceptingServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptingServer)

public:
    explicit AcceptingServer(QObject *parent = nullptr);
    ~AcceptingServer() override;

    // After listen(): accepts from here on. `label` names the server in the
    // warnings ("mock backend alpha").
    void startAccepting(const QString &label);
    // Takes every connection the kernel has already accepted (so that closing
    // the server loses none).
    void acceptAll();

private:
    SocketAcceptor *m_acceptor = nullptr;
};
