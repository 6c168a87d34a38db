#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

class QSocketNotifier;

// One TCP connection on a bare non-blocking descriptor, for the proxy's hot
// path (client and upstream connections). What it saves over QTcpSocket: no
// FIONREAD before each read and no 16 KiB read buffer per connection (the
// owner reads straight into its own buffer), no signal emissions (a Handler
// is called), and writes made while an event is handled go out together in
// one send() when the handling ends, instead of one per write() or a
// write-notifier round trip. Readiness still comes from QSocketNotifiers, so
// it runs on any Qt event dispatcher (the epoll one on Linux workers).
//
// Reading is the owner's choice: when a readable event is handled without a
// read(), the socket stops watching for input until the next read() (so a
// paused side costs no wake-ups); the end of the stream, or an error, is
// reported once through Handler::streamClosed after the owner has read what
// came before it.
class StreamSocket final
{
    Q_DISABLE_COPY_MOVE(StreamSocket)

public:
    class Handler
    {
    public:
        virtual void streamConnected(StreamSocket *socket) = 0;
        virtual void streamReadyRead(StreamSocket *socket) = 0;
        // Some buffered output went out (from the event loop, never from write()/flush()).
        virtual void streamBytesWritten(StreamSocket *socket) = 0;
        // The peer closed (error() is RemoteClosed) or the connection failed.
        virtual void streamClosed(StreamSocket *socket) = 0;

    protected:
        ~Handler() = default;
    };

    enum class State { Unconnected, Connecting, Connected };
    enum class Error { None, RemoteClosed, Refused, Reset, TimedOut, Other };

    explicit StreamSocket(Handler *handler = nullptr);
    ~StreamSocket();

    void setHandler(Handler *handler) { m_handler = handler; }

    // Takes a descriptor SocketAccept::accept returned (non-blocking); false
    // for an invalid one.
    bool adopt(qintptr descriptor);
    // Starts a connect; the outcome arrives as streamConnected or streamClosed
    // (always from the event loop, never from inside this call). False when it
    // failed at once (error() says why; no callback follows).
    bool connectTo(const QHostAddress &address, quint16 port);

    State state() const { return m_state; }
    qintptr descriptor() const { return m_fd; }
    Error error() const { return m_error; }
    QString errorString() const;

    // Up to `size` bytes: > 0 read; 0 nothing now, or the stream has ended
    // (atEnd()). Re-arms input watching.
    qint64 read(char *data, qint64 size);
    // The last read() filled its buffer: the kernel may hold more.
    bool mayHaveMoreInput() const { return m_lastReadFull; }
    bool atEnd() const { return m_atEnd; }
    // Reads and drops what has arrived (a lingering close).
    void discardInput();

    // Queues bytes: sent at once, or when the current event's handling ends,
    // or when the socket can take them.
    void write(const char *data, qint64 size);
    void write(QByteArrayView data) { write(data.data(), data.size()); }
    qint64 bytesToWrite() const { return m_out.size() - m_outPos; }
    // With nothing queued: swaps the output buffer (emptied, its capacity
    // kept) with `spare`, so that an owner can lend a connection a buffer
    // only while it is busy.
    void swapOutputBuffer(QByteArray &spare);
    // Sends what is queued now, as far as the socket takes it.
    void flush();
    // Closes now: queued output is dropped, no more callbacks.
    void abort();

    QHostAddress peerAddress(quint16 *port) const;
    QHostAddress localAddress(quint16 *port) const;

    // Writes made inside a Batch are sent together when the outermost Batch
    // ends. Notifier events open one themselves; owners open one around work
    // started from elsewhere (a timer, a queued call).
    class Batch
    {
        Q_DISABLE_COPY_MOVE(Batch)
    public:
        Batch();
        ~Batch();
    };

private:
    class Notifier;
    friend class Notifier;

    void handleReadable();
    void handleWritable();
    void finishConnect();
    // Sends from the queue; false when the connection failed.
    bool sendQueued();
    void watchOutput(bool on);
    void watchInput(bool on);
    void fail(Error error, int systemError);
    void deliverClosed();
    void markPending();
    void unlinkPending();
    static void flushPending();

    Handler *m_handler;
    qintptr m_fd = -1;
    State m_state = State::Unconnected;
    Error m_error = Error::None;
    int m_systemError = 0;
    Notifier *m_readNotifier = nullptr;
    Notifier *m_writeNotifier = nullptr;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    StreamSocket *m_nextPending = nullptr;
    bool m_pending = false;
    bool m_readCalled = false;
    bool m_lastReadFull = false;
    bool m_atEnd = false;
    bool m_closedDelivered = false;
};
