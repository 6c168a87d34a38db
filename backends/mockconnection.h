#pragma once

#include "http/httpparser.h"
#include "mockbackend.h"

#include "platform/streamsocket.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// One client connection to a mock backend: parses requests with the shared
// strict parser, counts and drops bodies, and answers each in order after the
// backend's latency, with its status, body and (maybe) a connection fault.
// On a StreamSocket, as the proxy's connections: the accepted descriptor is
// read into the connection's own buffer, and what one event writes (head and
// body) goes out in one send.
class MockConnection final : public QObject, private StreamSocket::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockConnection)

public:
    // Takes the accepted descriptor (closed at once when it cannot be used: isOpen() is false).
    MockConnection(MockBackend *backend, qintptr descriptor);
    ~MockConnection() override;

    bool isOpen() const { return !m_closed; }
    bool isIdle() const { return !m_busy && m_inPos == m_in.size() && m_parser.isIdle(); }
    // Stop accepting requests: close now if idle, else after the current response
    // (a hung request is dropped: it would never finish).
    void finishAndClose();
    void closeNow();

private:
    void streamConnected(StreamSocket *) override {}
    void streamReadyRead(StreamSocket *) override;
    void streamBytesWritten(StreamSocket *) override;
    void streamClosed(StreamSocket *) override;
    void processInput();
    void parseInput();
    void startRequest();
    void execute();
    void pump();
    void finishResponse();
    void finishClose();
    void log(int status);

    MockBackend *m_backend;
    StreamSocket m_socket;
    HttpParser m_parser;
    QByteArray m_in;          // input; unparsed from m_inPos
    qsizetype m_inPos = 0;
    QTimer m_timer;           // latency, then drip ticks
    QElapsedTimer m_started;
    MockOutcome m_outcome;
    MockResponse m_response;
    QByteArray m_pending;     // the framed head not yet handed to the socket
    QByteArray m_body;        // the body being sent (shared with the response, not copied)
    QString m_clientText;     // "address:port" for the request log, found on first use
    qsizetype m_bodyOffset = 0;
    qint64 m_fillerLeft = 0;
    qint64 m_dripBudget = -1; // bytes allowed this tick; -1 = unlimited
    bool m_busy = false;      // a request is being answered
    bool m_waitingForResume = false;
    bool m_hung = false;
    bool m_keepAlive = true;
    bool m_closeAfterResponse = false;
    bool m_closing = false;
    bool m_closed = false;    // no more requests; the socket may still be flushing
    bool m_flushing = false;  // closed, sending what is left before the FIN
};
