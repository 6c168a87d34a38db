#pragma once

#include <QTcpServer>

class ProxyEngine;

// Accepts on one lab listener and hands each connection to a worker thread.
class ProxyListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyListener)

public:
    ProxyListener(ProxyEngine *engine, int index, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ProxyEngine *m_engine;
    int m_index;
};
