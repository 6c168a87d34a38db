#pragma once

#include "http/httpparser.h"
#include "mockbackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

// One client connection to a mock backend: parses requests with the shared
// strict parser, counts and drops bodies, and answers each in order after the
// backend's latency, with its status, body and (maybe) a connection fault.
class MockConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockConnection)

public:
    MockConnection(MockBackend *backend, QTcpSocket *socket);
    ~MockConnection() override;

    bool isIdle() const { return !m_busy && m_in.isEmpty() && m_parser.isIdle(); }
    // Stop accepting requests: close now if idle, else after the current response
    // (a hung request is dropped: it would never finish).
    void finishAndClose();
    void closeNow();

private:
    void handleReadyRead();
    void processInput();
    void startRequest();
    void execute();
    void pump();
    void finishResponse();
    void log(int status);

    MockBackend *m_backend;
    QTcpSocket *m_socket;
    HttpParser m_parser;
    QByteArray m_in;
    QTimer m_timer;           // latency, then drip ticks
    QElapsedTimer m_started;
    MockOutcome m_outcome;
    MockResponse m_response;
    QByteArray m_pending;     // the framed head not yet handed to the socket
    QByteArray m_body;        // the body being sent (shared with the response, not copied)
    qsizetype m_bodyOffset = 0;
    qint64 m_fillerLeft = 0;
    qint64 m_dripBudget = -1; // bytes allowed this tick; -1 = unlimited
    bool m_busy = false;      // a request is being answered
    bool m_waitingForResume = false;
    bool m_hung = false;
    bool m_keepAlive = true;
    bool m_closeAfterResponse = false;
    bool m_closing = false;
    bool m_closed = false;
};
