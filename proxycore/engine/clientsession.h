#pragma once

#include "deadlinequeue.h"
#include "labruntime.h"
#include "nextupstreampolicy.h"
#include "proxyexchange.h"
#include "proxylistener.h"
#include "requestrecord.h"
#include "requeststate.h"

#include "platform/socketacceptor.h"
#include "platform/streamsocket.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class ProxyWorker;
class UpstreamConnection;

// One client connection in a worker thread: reads requests (keep-alive and
// pipelined, one at a time), picks upstream servers through the group's
// balancer, streams bodies both ways with back-pressure, and retries the next
// server when NextUpstreamPolicy says nginx would. The pure parts live beside
// it: RequestTarget (target, $uri, proxy_pass URI, Host), NextUpstreamPolicy,
// LocalResponse (return, error pages), UpgradeTunnel; the request's state is
// one RequestState (its parsers, buffers and ProxyExchange), held only while
// a request is in flight.
class ClientSession final : public QObject, private StreamSocket::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    // `connection` came from `listener`, whose open count it holds (counted
    // at accept, released when the session closes); over the listener's
    // limit, the session only answers 503 and closes. The peer comes from
    // accept(), the local address from the listener when it is fixed.
    ClientSession(ProxyWorker *worker, const SocketAcceptor::Connection &connection,
                  const ProxyListener::Share &listener, bool overLimit);
    ~ClientSession() override;

    bool isValid() const { return m_state != State::Closed; }
    // Worker shutdown: drop everything now.
    void abortSession();

    // Called by the UpstreamConnection this session uses.
    void upstreamConnected(UpstreamConnection *connection);
    void upstreamReadyRead(UpstreamConnection *connection);
    void upstreamBytesWritten(UpstreamConnection *connection);
    void upstreamFailed(UpstreamConnection *connection, StreamSocket::Error error);

private:
    enum class State {
        ReadingHead, // idle keep-alive, or a head is arriving
        Proxying,    // a request is in flight
        Tunnel,      // after a 101: bytes both ways until either side closes
        Closing,     // the last response is being flushed, then close
        Closed,
    };
    using Phase = ProxyExchange::Phase;

    // Client side (the client socket's events)
    void streamConnected(StreamSocket *) override {}
    void streamReadyRead(StreamSocket *) override;
    void streamBytesWritten(StreamSocket *) override;
    void streamClosed(StreamSocket *) override;
    void handleClientTimeout();
    void processClient();
    void startRequest();
    void resolveRemoteAddress(const HttpHead &req);
    QByteArray balancingKey(const HttpHead &req) const;
    void respondLocally(int status, QByteArrayView detail, bool close);
    // The answer routing gave itself: return, a rewrite's redirect, a 301 to
    // the directory, 400/404/500.
    void respondFromRoute(const HttpHead &req);
    // The variables the request's header lines, add_header and proxy_redirect read.
    RequestVariables variables(const HttpHead &req);
    // add_header's fields on a response the proxy wrote itself.
    void addResponseFields(QByteArray &response, int status);
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
    NextUpstreamPolicy::Facts nextUpstreamFacts(int triesLeft) const;

    // Bookkeeping
    void pushAttempt(UpstreamAttempt::Outcome outcome, int status);
    void finishRecord(int status);
    const QString &clientText();
    void prepareForNextRequest();
    // m_req from the worker's pool, with the current lab's request limits.
    void takeRequestState();
    // The connection is idle: m_req (and the lent output buffer) back to the pool.
    void giveBackRequestState();

    // The connection
    ProxyWorker *m_worker;
    std::shared_ptr<std::atomic<int>> m_openConnections;
    StreamSocket m_client;
    std::shared_ptr<const ProxyListener::Endpoint> m_endpoint; // the listener's, as the lab named it
    int m_endpointIndex = -1;      // its index in the router of...
    quint64 m_endpointRuntime = 0; // ...this runtime generation (0: none yet)
    State m_state = State::ReadingHead;
    QString m_clientText; // "address:port", the log's client column: made when a record first needs it
    quint16 m_peerPort = 0;
    QByteArray m_clientIp;
    QHostAddress m_clientAddress; // the connection's peer
    // $remote_addr as an address (the peer, or a trusted proxy's header), set
    // per request. Not in ProxyExchange: a QHostAddress allocates when it is
    // made, and the exchange is made anew for every request.
    QHostAddress m_remoteAddress;
    QByteArray m_localIp;         // the listener's address, for a request without Host
    quint16 m_localPort = 0;
    QByteArray m_localPortText;   // $server_port
    int m_requestsOnConnection = 0;
    DeadlineQueue::Deadline m_clientTimer;
    DeadlineQueue::Deadline m_upstreamTimer;
    bool m_processingClient = false;
    bool m_processingUpstream = false;

    // Client input: bytes not yet consumed start at m_inPos.
    QByteArray m_in;
    qsizetype m_inPos = 0;

    // Only while a request is in flight (null on an idle connection): the
    // parsers, the request's buffers and its ProxyExchange, from the worker's pool.
    std::unique_ptr<RequestState> m_req;
};
