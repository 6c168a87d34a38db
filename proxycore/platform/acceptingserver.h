#pragma once

#include <QTcpServer>
#include <QTimer>

class QSocketNotifier;

// A QTcpServer that accepts by itself: QTcpServer only binds and listens; a
// notifier on its socket accepts up to a batch per wake-up and hands each new
// descriptor to incomingConnection() (what subclasses override, as with
// QTcpServer). Out of descriptors it stops accepting for AcceptPauseMs, as
// nginx does, where Qt 6.4's own loop calls accept() again on every
// event-loop turn, silently, at 100 % CPU. The proxy's listeners and the mock
// backends accept this way.
class AcceptingServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptingServer)

public:
    // As nginx (ngx_event_accept's disable): out of descriptors, stop
    // accepting this long, then try again.
    static constexpr int AcceptPauseMs = 500;

    explicit AcceptingServer(QObject *parent = nullptr);
    ~AcceptingServer() override;

    // After listen(): accepts from here on. `label` names the server in the
    // warnings ("listener 127.0.0.1:8080").
    void startAccepting(const QString &label);
    // Takes every connection the kernel has already accepted (so that closing
    // the server loses none).
    void acceptAll();

private:
    void acceptPending(int limit);
    void pauseAfterAcceptError(int systemError, bool outOfDescriptors);

    QByteArray m_label;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resumeTimer;
    bool m_acceptFailing = false; // warned for this episode; a successful accept ends it
};
