#pragma once

#include "balancing/peerselection.h"
#include "deadlinetimer.h"
#include "http/httpparser.h"
#include "labruntime.h"
#include "requestrecord.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>
#include <memory>

class ProxyWorker;
class UpstreamConnection;

// One client connection in a worker thread: reads requests (keep-alive and
// pipelined, one at a time), picks upstream servers through the group's
// balancer, streams bodies both ways with back-pressure, and retries the next
// server exactly when nginx's proxy_next_upstream would.
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    // `openConnections` is the listener's count (released when the session
    // closes); over the limit, the session only answers 503 and closes.
    ClientSession(ProxyWorker *worker, qintptr descriptor, int listenerIndex,
                  std::shared_ptr<std::atomic<int>> openConnections, bool overLimit);
    ~ClientSession() override;

    bool isValid() const { return m_state != State::Closed; }
    // Worker shutdown: drop everything now.
    void abortSession();

    // Called by the UpstreamConnection this session uses.
    void upstreamConnected(UpstreamConnection *connection);
    void upstreamReadyRead(UpstreamConnection *connection);
    void upstreamBytesWritten(UpstreamConnection *connection);
    void upstreamFailed(UpstreamConnection *connection, QAbstractSocket::SocketError error);

private:
    enum class State {
        ReadingHead, // idle keep-alive, or a head is arriving
        Proxying,    // a request is in flight
        Tunnel,      // after a 101: bytes both ways until either side closes
        Closing,     // the last response is being flushed, then close
        Closed,
    };
    enum class Phase { None, Connecting, Sending, Reading };

    // Client side
    void handleClientReadyRead();
    void handleClientBytesWritten();
    void handleClientDisconnected();
    void handleClientTimeout();
    void readClient();
    void processClient();
    void startRequest();
    QByteArray balancingKey(const HttpHead &req, QByteArrayView target) const;
    void respondLocally(int status, QByteArrayView detail, bool close);
    // target: the origin-form target (an absolute-form one without its authority).
    void respondFromLocation(const LabRuntime::RouteEntry &route, const HttpHead &req, QByteArrayView target);
    // The request being answered is a HEAD: the proxy's own answers keep their
    // head (Content-Length too) and drop the body, as nginx's header_only.
    bool requestIsHead() const;
    // Writes a response the proxy made itself, logs it, then keeps or closes the connection.
    void sendOwnResponse(const QByteArray &response, int status, bool close, bool flushNow = false);
    void forwardRequestBody();
    void closeAfterFlush();
    void closeNow();
    void resetClientTimer();

    // Upstream side
    void connectUpstream();
    void sendRequest();
    void processUpstream();
    bool beginResponse();
    void writeResponseBody(QByteArrayView data);
    void completeExchange();
    void beginTunnel();
    void pumpTunnel();
    void endTunnel(const QString &reason);
    void failAttempt(UpstreamAttempt::Outcome outcome, quint32 condition, int upstreamStatus);
    void finishWithError(int status, QByteArrayView detail);
    void abortAfterResponseStarted(const QString &error);
    void releaseUpstream(bool reusable);
    void handleUpstreamTimeout();
    void startUpstreamTimer(Phase phase);
    bool nextUpstreamTimedOut() const;

    // Bookkeeping
    void pushAttempt(UpstreamAttempt::Outcome outcome, int status);
    void finishRecord(int status);
    void prepareForNextRequest();

    ProxyWorker *m_worker;
    std::shared_ptr<std::atomic<int>> m_openConnections;
    QTcpSocket m_client;
    int m_listenerIndex;
    State m_state = State::ReadingHead;
    QString m_clientText;
    QByteArray m_clientIp;
    QHostAddress m_clientAddress;  // the connection's peer
    QHostAddress m_remoteAddress;  // this request's client ($remote_addr, after realip)
    QByteArray m_remoteIp;
    int m_requestsOnConnection = 0;
    DeadlineTimer m_clientTimer;
    DeadlineTimer m_upstreamTimer;

    // Client input: bytes not yet consumed start at m_inPos.
    QByteArray m_in;
    qsizetype m_inPos = 0;
    HttpParser m_requestParser;

    // The request in flight
    LabRuntimePtr m_runtime;
    UpstreamRuntime *m_group = nullptr;
    PeerSelection m_selection;
    std::shared_ptr<PickDecision> m_pickDecision; // the current attempt's, when recorded
    UpstreamConnection *m_upstream = nullptr;
    Phase m_phase = Phase::None;
    HttpParser m_responseParser;
    QByteArray m_up;
    qsizetype m_upPos = 0;
    QByteArray m_upstreamHead;
    QByteArray m_replay; // body bytes already sent upstream, for a retry
    bool m_replayable = true;
    bool m_requestBodyDone = false;
    bool m_requestSent = false;
    bool m_sentContinue = false;
    bool m_chunkedUpstreamBody = false;
    bool m_responseStarted = false;
    bool m_chunkedToClient = false;
    bool m_keepAliveClient = false;
    bool m_upstreamClosed = false;
    bool m_nonIdempotent = false;
    bool m_upgradeRequested = false;
    bool m_processingClient = false;
    bool m_processingUpstream = false;
    int m_responseStatus = 0;
    qint64 m_headerTimeUs = -1; // this attempt's time to the response head (least_time)
    RequestRecord m_record;
    QElapsedTimer m_requestTimer;
    QElapsedTimer m_attemptTimer;
};
