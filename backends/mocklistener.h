#pragma once

#include "platform/acceptingserver.h"

#include <functional>

// A mock backend's listening socket: accepts as the proxy's listeners do
// (AcceptingServer) and hands each connection on as a bare descriptor, so no
// QTcpSocket is made per connection.
class MockListener final : public AcceptingServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockListener)

public:
    using Accepted = std::function<void(qintptr descriptor)>;

    // `accepted` takes each new connection's descriptor.
    explicit MockListener(Accepted accepted, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Accepted m_accepted;
};
