#pragma once

#include "http/httpparser.h"

#include <QObject>
#include <QTcpSocket>

class MockBackend;

// One client connection to a mock backend: parses requests with the shared
// strict parser, discards bodies, answers each in order.
class MockConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockConnection)

public:
    MockConnection(MockBackend *backend, QTcpSocket *socket);
    ~MockConnection() override;

    bool isIdle() const;
    // Stop accepting requests: close now if idle, else after the current response.
    void finishAndClose();
    void closeNow();

private:
    void handleReadyRead();
    void respond();
    void writeFiller();

    MockBackend *m_backend;
    QTcpSocket *m_socket;
    HttpParser m_parser;
    QByteArray m_in;
    bool m_closing = false;
    qint64 m_fillerLeft = 0;   // filler body bytes still to send
    bool m_closeAfterFiller = false;
    bool m_closed = false;
};
