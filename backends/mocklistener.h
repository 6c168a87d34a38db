#pragma once

#include <QTcpServer>
#include <QTimer>

#include <functional>

class QSocketNotifier;

// A mock backend's listening socket. QTcpServer only listens: connections are
// accepted here (SocketAccept on a notifier, as the proxy's ProxyListener) and
// handed on as bare descriptors, so no QTcpSocket is made per connection, and
// out of descriptors it pauses instead of retrying at 100 % CPU as Qt 6.4's
// QTcpServer does.
class MockListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockListener)

public:
    // As nginx: out of descriptors, stop accepting this long, then try again.
    static constexpr int AcceptPauseMs = 500;
    using Accepted = std::function<void(qintptr descriptor)>;

    // `name` is for warnings; `accepted` takes each new connection's descriptor.
    MockListener(const QString &name, Accepted accepted, QObject *parent = nullptr);
    ~MockListener() override;

    // After listen(): accepts from here on.
    void startAccepting();
    // Takes every connection the kernel has already accepted (stopping loses none).
    void acceptAll();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending(int limit);
    void pauseAfterAcceptError(int systemError, bool outOfDescriptors);

    QString m_name;
    Accepted m_accepted;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resumeTimer;
    bool m_acceptFailing = false; // warned for this episode; a successful accept ends it
};
