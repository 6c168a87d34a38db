#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QSocketNotifier;

// Accepts connections from a listening socket it does not own, in its own
// thread: a read notifier on the socket takes up to a batch per wake-up and
// hands each new descriptor (non-blocking, close-on-exec) to its handler.
// Out of descriptors it stops accepting for PauseMs, as nginx does, where
// Qt 6.4's QTcpServer calls accept() again on every event-loop turn, silently,
// at 100 % CPU.
//
// Several acceptors, one per worker thread, may share one listening socket,
// as nginx's workers do, where the platform lets threads watch one socket
// together (WorkerDispatcher::canShareListeningSockets). Shared, it asks the
// thread's dispatcher to wake only one waiting worker per connection where it
// can (EPOLLEXCLUSIVE); under poll() every worker wakes and the others find
// nothing.
class SocketAcceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketAcceptor)

public:
    // As nginx (ngx_event_accept's disable): out of descriptors, stop
    // accepting this long, then try again.
    static constexpr int PauseMs = 500;

    struct Connection
    {
        qintptr descriptor = -1;
        // From accept() itself, when asked for (WantPeer): no getpeername().
        QHostAddress peer;
        quint16 peerPort = 0;
    };
    using Handler = std::function<void(const Connection &)>;

    enum Option {
        NoOptions = 0,
        Shared = 1,   // other threads accept from the same socket
        WantPeer = 2, // fill Connection::peer and peerPort
    };
    Q_DECLARE_FLAGS(Options, Option)

    // Accepts from `listener` at once. `label` names it in the warnings
    // ("listener 127.0.0.1:8080").
    SocketAcceptor(qintptr listener, const QString &label, Options options, Handler handler,
                   QObject *parent = nullptr);
    // Stops watching the socket, which it leaves open.
    ~SocketAcceptor() override;

    // Takes every connection the kernel has already accepted (so that closing
    // the socket loses none).
    void acceptAll();

private:
    void acceptPending(int limit);
    void pauseAfterAcceptError(int systemError, bool outOfDescriptors);

    qintptr m_listener;
    Options m_options;
    Handler m_handler;
    QByteArray m_label;
    QSocketNotifier *m_notifier;
    QTimer m_resumeTimer;
    bool m_acceptFailing = false; // warned for this episode; a successful accept ends it
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SocketAcceptor::Options)
