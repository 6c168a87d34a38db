#pragma once

#include "http/httpparser.h"
#include "trafficstats.h"

#include <QByteArray>
#include <QtGlobal>

class QSocketNotifier;
class TrafficWorker;

// One client connection of the traffic generator: a non-blocking descriptor
// (platform/nativesocket) driven by socket notifiers in its worker's thread,
// the shared strict parser for the answers, one request at a time. It keeps
// the connection between requests (keep-alive) while the next request comes
// from the same client address, and reports each outcome to its worker.
class LoadConnection
{
    Q_DISABLE_COPY_MOVE(LoadConnection)

public:
    explicit LoadConnection(TrafficWorker *worker);
    ~LoadConnection();

    bool isBusy() const { return m_busy; }
    qint64 requestIndex() const { return m_index; }
    // The answering mock (X-Backend-Name), kept when outcomes are recorded.
    const QByteArray &backend() const { return m_backend; }
    // Sends request `index` of the plan from client `clientIndex`; latency
    // counts from `originNs` (the planned time in an open loop).
    void send(qint64 index, int clientIndex, qint64 originNs, qint64 nowNs);
    // Fails the request in flight as a timeout when its deadline has passed.
    void checkDeadline(qint64 nowNs);
    // Drops the connection (a request in flight is abandoned, not counted).
    void close();

private:
    void connectSocket(qint64 nowNs);
    bool finishConnect();
    void onReadable();
    void onWritable();
    void writePending();
    void process(QByteArrayView data);
    void complete();
    void fail(TrafficStats::ErrorKind kind);

    TrafficWorker *m_worker;
    qintptr m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_connecting = false;
    bool m_busy = false;
    bool m_responseStarted = false; // bytes of the answer have arrived
    int m_boundClient = -1;         // the client address the socket is bound to
    HttpParser m_parser{HttpParser::Kind::Response};
    QByteArray m_in;  // received bytes the parser has not consumed yet
    QByteArray m_out; // the request being written (its capacity is reused)
    qsizetype m_outPos = 0;
    QByteArray m_upstream; // X-Upstream-Name of the answer
    QByteArray m_backend;  // X-Backend-Name, when outcomes are recorded
    qint64 m_index = 0;
    int m_status = 0;
    bool m_keepAlive = true;
    qint64 m_originNs = 0;
    qint64 m_deadlineNs = 0;
};
