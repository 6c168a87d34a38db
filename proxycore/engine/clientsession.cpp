#include "clientsession.h"

#include "headerrewriter.h"
#include "http/httpwriter.h"
#include "http/realip.h"
#include "localresponse.h"
#include "platform/byteappend.h"
#include "platform/loopclock.h"
#include "platform/socketshutdown.h"
#include "proxyworker.h"
#include "socketinput.h"
#include "upgradetunnel.h"
#include "upstreamconnection.h"
#include "upstreampool.h"
#include "upstreamvariables.h"
#include "upstreamstrictness.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 WriteHighWater = 256 * 1024;   // pause the reading side above this
constexpr qsizetype ReplayLimit = 1024 * 1024;  // request body kept for a retry
constexpr int LingeringCloseMs = 2000;          // nginx lingering_close default: 5s/30s

// $remote_addr's text. An IPv4 address is formatted here, in one allocation:
// QHostAddress::toString() and toLatin1() cost about 1 300 instructions and
// two allocations for every connection.
QByteArray addressText(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return address.toString().toLatin1();
    const quint32 ip = address.toIPv4Address();
    char text[16];
    char *p = text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (ip >> shift) & 0xff;
        if (octet >= 100)
            *p++ = char('0' + octet / 100);
        if (octet >= 10)
            *p++ = char('0' + octet / 10 % 10);
        *p++ = char('0' + octet % 10);
        if (shift)
            *p++ = '.';
    }
    return QByteArray(text, p - text);
}

// "address:port", the log's client column, in one allocation.
QString addressAndPortText(QByteArrayView ip, quint16 port)
{
    char digits[5];
    int length = 0;
    do {
        digits[length++] = char('0' + port % 10);
        port /= 10;
    } while (port);
    QString text(ip.size() + 1 + length, Qt::Uninitialized);
    QChar *p = text.data();
    for (char c : ip)
        *p++ = QLatin1Char(c);
    *p++ = u':';
    while (length)
        *p++ = QLatin1Char(digits[--length]);
    return text;
}

} // namespace

ClientSession::ClientSession(ProxyWorker *worker, const SocketAcceptor::Connection &connection,
                             const ProxyListener::Share &listener, bool overLimit)
    : QObject(worker)
    , m_worker(worker)
    , m_openConnections(listener.open)
    , m_client(this)
    , m_endpoint(listener.endpoint)
    , m_clientAddress(connection.peer)
    , m_remoteAddress(connection.peer)
    , m_clientTimer(worker->deadlines(), [this] { handleClientTimeout(); })
    , m_upstreamTimer(worker->deadlines(), [this] { handleUpstreamTimeout(); })
{
    // Input is read only while there is room for it (SocketInput::Cap), so a
    // fast uploader to a slow upstream is held back by TCP flow control.
    if (!m_client.adopt(connection.descriptor)) {
        m_state = State::Closed;
        return;
    }
    // As nginx: a v4-mapped client of a dual-stack listener stays IPv6
    // (ip_hash then hashes all 16 bytes, $remote_addr reads ::ffff:a.b.c.d).
    quint16 peerPort = connection.peerPort;
    if (m_clientAddress.isNull())
        m_clientAddress = m_client.peerAddress(&peerPort);
    m_clientIp = addressText(m_clientAddress);
    m_peerPort = peerPort;
    if (const ProxyListener::LocalAddress *local = listener.local.get()) {
        m_localIp = local->ip; // shared
        m_localPort = local->port;
        m_localPortText = local->portText;
    } else {
        m_localIp = m_client.localAddress(&m_localPort).toString().toLatin1();
        m_localPortText = QByteArray::number(m_localPort);
    }

    m_clientTimer.start(m_worker->runtime()->config().proxy.clientHeaderTimeoutMs);
    if (overLimit) {
        // Past the listener's max_connections: a clean refusal, then close.
        // Only admitted sessions hold a slot, so retries cannot keep it full.
        m_openConnections->fetch_sub(1);
        m_openConnections.reset();
        takeRequestState();
        respondLocally(503, "too many connections to this listener", true);
    }
}

ClientSession::~ClientSession()
{
    if (m_openConnections)
        m_openConnections->fetch_sub(1);
    if (m_req) {
        if (m_req->x.upstream)
            m_req->x.upstream->discard();
        m_req->reset();
        m_worker->requestStates().give(std::move(m_req));
    }
}

void ClientSession::takeRequestState()
{
    const ProxySettings &ps = m_worker->runtime()->config().proxy;
    HttpParser::Limits limits;
    limits.maxStartLine = ps.maxUriLength;
    limits.maxHeadSize = ps.maxHeaderSize;
    limits.maxFieldLine = qMin<qsizetype>(limits.maxFieldLine, limits.maxHeadSize);
    m_req = m_worker->requestStates().take(limits);
    if (m_client.bytesToWrite() == 0)
        m_client.swapOutputBuffer(m_req->clientOut);
}

void ClientSession::abortSession()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Proxying && m_req->x.group) {
        if (m_req->x.selection.current >= 0)
            m_req->x.group->release(m_req->x.selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    closeNow();
}

// ---------------------------------------------------------------------------
// Client side

void ClientSession::streamReadyRead(StreamSocket *)
{
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_state == State::Closing) {
        m_client.discardInput(); // lingering close: discard what the client still sends
        return;
    }
    processClient();
}

void ClientSession::streamBytesWritten(StreamSocket *)
{
    if (m_state == State::Closing) {
        if (m_client.bytesToWrite() == 0)
            closeAfterFlush();
        return;
    }
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_state == State::Proxying && m_req->x.responseStarted && m_client.bytesToWrite() <= WriteHighWater)
        processUpstream();
}

void ClientSession::streamClosed(StreamSocket *)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Tunnel) {
        endTunnel(u"closed by the client"_s);
        return;
    }
    if (m_state == State::Proxying) {
        // The client went away mid-request (nginx logs 499 and frees the peer normally).
        if (m_req->x.group && m_req->x.selection.current >= 0) {
            pushAttempt(UpstreamAttempt::Outcome::Aborted, 0);
            m_req->x.group->release(m_req->x.selection, PeerOutcome::Success);
        }
        releaseUpstream(false);
        m_req->x.record.error = u"client closed the connection"_s;
        finishRecord(499);
    }
    closeNow();
}

void ClientSession::handleClientTimeout()
{
    const StreamSocket::Batch batch;
    switch (m_state) {
    case State::ReadingHead:
        if (!m_req || (m_req->requestParser.isIdle() && m_inPos == m_in.size())) {
            closeNow(); // keep-alive idle timeout: close quietly
            return;
        }
        respondLocally(408, "client header timeout", true);
        return;
    case State::Proxying:
        if (!m_req->x.requestBodyDone && !m_req->x.responseStarted) {
            finishWithError(408, "client body timeout");
            return;
        }
        if (!m_req->x.requestBodyDone)
            abortAfterResponseStarted(u"client body timeout"_s);
        return;
    case State::Closing:
    case State::Tunnel:
        closeNow();
        return;
    case State::Closed:
        return;
    }
}

void ClientSession::resetClientTimer()
{
    const ProxySettings &ps = m_worker->runtime()->config().proxy;
    switch (m_state) {
    case State::ReadingHead:
        if (m_requestsOnConnection > 0)
            m_clientTimer.start(ps.keepaliveTimeoutMs);
        else
            m_clientTimer.start(ps.clientHeaderTimeoutMs);
        break;
    case State::Proxying:
        if (!m_req->x.requestBodyDone)
            m_clientTimer.start(ps.clientBodyTimeoutMs);
        else
            m_clientTimer.stop();
        break;
    case State::Closing:
        m_clientTimer.start(LingeringCloseMs);
        break;
    case State::Tunnel:
        m_clientTimer.stop(); // the tunnel's idle limit is the upstream timer (proxy_read_timeout)
        break;
    case State::Closed:
        m_clientTimer.stop();
        break;
    }
}

void ClientSession::processClient()
{
    // The end of a StreamSocket::Batch reports streamBytesWritten and can call
    // back in here; the outer loop re-checks everything, so a nested call has
    // nothing to add.
    if (m_processingClient)
        return;
    const QScopedValueRollback guard(m_processingClient, true);
    // After a read that did not fill the room it had, the socket is empty for
    // now: reading again in this turn only costs a recv() that finds EAGAIN
    // (three per request before). Input arriving later wakes us again.
    bool drained = false;
    while (m_state == State::ReadingHead || m_state == State::Proxying) {
        const bool gotBytes = !drained && SocketInput::readInto(m_client, m_in, m_inPos);
        drained = !m_client.mayHaveMoreInput();

        if (m_state == State::ReadingHead) {
            const QByteArrayView view(m_in.constData() + m_inPos, m_in.size() - m_inPos);
            if (view.isEmpty()) {
                // Kept for input that did not come after all (the last read
                // of the previous request filled its buffer): idle now.
                if (m_req && m_req->requestParser.isIdle())
                    giveBackRequestState();
                return;
            }
            if (!m_req)
                takeRequestState();
            const bool wasIdle = m_req->requestParser.isIdle();
            const HttpParser::Step step = m_req->requestParser.parse(view);
            m_inPos += step.consumed;
            switch (step.event) {
            case HttpParser::Event::NeedMore:
                // The first byte of a head starts client_header_timeout (not reset
                // by later bytes: a slowloris client gets its 408).
                if (wasIdle && m_requestsOnConnection > 0)
                    m_clientTimer.start(m_worker->runtime()->config().proxy.clientHeaderTimeoutMs);
                if (m_client.mayHaveMoreInput() && m_in.size() - m_inPos < SocketInput::Cap)
                    continue;
                return;
            case HttpParser::Event::Error:
                respondLocally(m_req->requestParser.errorStatus(), m_req->requestParser.errorText(), true);
                return;
            case HttpParser::Event::HeadComplete:
                startRequest();
                continue;
            default:
                return;
            }
        }

        // Proxying: push request body bytes upstream while it can take them.
        if (m_req->x.requestBodyDone || !m_req->x.upstream || m_req->x.phase == Phase::Connecting || m_req->x.phase == Phase::None)
            return;
        if (gotBytes)
            m_clientTimer.start(m_worker->runtime()->config().proxy.clientBodyTimeoutMs);
        const qsizetype pendingBefore = m_in.size() - m_inPos;
        forwardRequestBody();
        if (m_state != State::Proxying || m_req->x.requestBodyDone)
            return;
        const bool consumed = m_in.size() - m_inPos < pendingBefore;
        if (!consumed || m_req->x.upstream == nullptr || m_req->x.upstream->socket()->bytesToWrite() > WriteHighWater)
            return;
        if (!m_client.mayHaveMoreInput() && m_in.size() - m_inPos == 0)
            return;
    }
}

void ClientSession::resolveRemoteAddress(const HttpHead &req)
{
    // $remote_addr: the peer, or (realip) a trusted proxy's header.
    m_remoteAddress = m_clientAddress;
    m_req->x.remoteIp = m_clientIp;
    const ProxySettings &ps = m_req->x.runtime->config().proxy;
    if (ps.realIpHeader.isEmpty())
        return;
    const QByteArray header = ps.realIpHeader.toLatin1();
    const bool xff = Http::equalsIgnoreCase(header, "x-forwarded-for");
    QByteArray value;
    if (xff) {
        // All X-Forwarded-For fields, as one list.
        for (int i = 0; i < req.fieldCount(); ++i) {
            if (Http::equalsIgnoreCase(req.fieldName(i), header)) {
                if (!value.isEmpty())
                    value.append(',');
                value.append(req.fieldValue(i));
            }
        }
    } else {
        value = req.value(header).toByteArray();
    }
    const QHostAddress real = RealIp::resolve(m_clientAddress, value, xff, m_req->x.runtime->trustedProxies(),
                                              ps.realIpRecursive);
    if (real != m_clientAddress) {
        m_remoteAddress = real;
        m_req->x.remoteIp = real.toString().toLatin1();
        if (m_req->x.recorded)
            m_req->x.record.client = QString::fromLatin1(m_req->x.remoteIp) + u" via "_s + clientText();
    }
}

void ClientSession::startRequest()
{
    const HttpHead &req = m_req->requestParser.head();
    ++m_requestsOnConnection;
    m_req->x.runtime = m_worker->runtime();
    const ProxySettings &ps = m_req->x.runtime->config().proxy;
    m_req->x.record.startMs = LoopClock::wallMs();
    m_req->x.requestStartNs = LoopClock::nowNs();
    m_req->x.recorded = m_worker->recordsRequests();
    resolveRemoteAddress(req);
    m_req->x.recordsHead = true;
    m_req->x.record.listenerPort = m_localPort;
    m_req->x.requestBodyDone = req.framing() == BodyFraming::None;
    m_req->x.keepAliveClient = req.keepAlive() && ps.keepaliveTimeoutMs > 0
                          && (ps.keepaliveRequests == 0 || m_requestsOnConnection < ps.keepaliveRequests)
                          && !m_worker->isStopping();

    const QByteArrayView method = req.method();
    if (method == "CONNECT") {
        respondLocally(405, "CONNECT is not supported", true);
        return;
    }
    switch (m_req->target.parse(req.target())) {
    case RequestTarget::Error::None:
        break;
    case RequestTarget::Error::Unsupported:
        respondLocally(400, "unsupported request target", true);
        return;
    case RequestTarget::Error::ClimbsAboveRoot:
        respondLocally(400, "the path climbs above the root", true);
        return;
    case RequestTarget::Error::BadEscape:
        respondLocally(400, "a bad percent-escape in the path", true);
        return;
    }
    if (req.framing() == BodyFraming::ContentLength && ps.clientMaxBodySize > 0
        && req.contentLength() > ps.clientMaxBodySize) {
        respondLocally(413, "request body larger than client_max_body_size", true);
        return;
    }

    // nginx's routing: the server block by host, its rewrites, the location and its rewrites.
    const LabRuntime &runtime = *m_req->x.runtime;
    const RequestRouter &router = runtime.router();
    if (runtime.generation() != m_endpointRuntime) {
        // Once per connection and reload: a reload renumbers the endpoints.
        m_endpointRuntime = runtime.generation();
        m_endpointIndex = router.findEndpoint(m_endpoint->address, m_endpoint->port);
    }
    RequestRouter::Request request;
    request.endpoint = m_endpointIndex;
    request.hostGiven = !m_req->target.authority().isEmpty() || req.contains("host");
    request.host = m_req->target.authority().isEmpty() ? req.value("host") : m_req->target.authority();
    request.path = m_req->target.uri();
    const QByteArrayView origin = m_req->target.originForm();
    const qsizetype question = origin.indexOf('?');
    request.rawPath = question < 0 ? origin : origin.first(question);
    request.args = m_req->target.query().isEmpty() ? QByteArrayView() : m_req->target.query().sliced(1);
    request.localAddress = m_localIp;
    request.localPort = m_localPort;
    request.vars = variables(req);
    m_req->x.route = router.route(request);
    m_req->x.responseRules = &router.responseRules(m_req->x.route);
    if (m_req->x.route.kind == RequestRouter::Decision::Kind::Answer) {
        respondFromRoute(req);
        return;
    }
    m_req->x.plan = router.location(m_req->x.route);
    m_req->x.group = m_req->x.runtime->groupFor(m_req->x.route);
    if (!m_req->x.plan || !m_req->x.group) {
        respondLocally(404, "the location proxies to no known upstream", !m_req->x.requestBodyDone);
        return;
    }
    m_req->x.record.upstream = m_req->x.group->group().name;
    m_req->x.nonIdempotent = method == "POST" || method == "LOCK" || method == "PATCH";
    m_req->x.chunkedUpstreamBody = req.framing() == BodyFraming::Chunked;

    const RequestVariables vars = variables(req);
    // Both buffers are kept from request to request (emptied, not freed), so
    // a request whose head fits what they already hold allocates nothing here.
    ByteAppend::emptyForReuse(m_req->upstreamTarget);
    RequestRouter::appendUpstreamTarget(m_req->upstreamTarget, *m_req->x.plan, m_req->x.route.state, origin, vars);
    ProxyHeaders::Sent sent;
    HeaderRewriter::UpstreamRequest params;
    params.target = m_req->upstreamTarget;
    params.lines = &m_req->x.plan->requestHeaders;
    params.vars = &vars;
    params.sent = &sent;
    params.chunkedBody = m_req->x.chunkedUpstreamBody;
    ByteAppend::emptyForReuse(m_req->upstreamHead);
    HeaderRewriter::appendUpstreamRequestHead(m_req->upstreamHead, req, params);
    m_req->x.closeUpstream = sent.connectionClose;
    // A 101 is tunnelled when the client sent Upgrade and a line passed it on (nginx).
    m_req->x.upgradeRequested = !req.value("upgrade").isEmpty() && sent.upgrade;

    m_state = State::Proxying;
    resetClientTimer();
    m_req->x.group->begin(m_req->x.selection, ps.nextUpstreamTries, balancingKey(req));
    connectUpstream();
}

QByteArray ClientSession::balancingKey(const HttpHead &req) const
{
    switch (m_req->x.group->group().method) {
    case BalancingMethod::IpHash:
        if (m_remoteAddress.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v = m_remoteAddress.toIPv4Address();
            const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            return QByteArray(bytes, 4);
        }
        if (m_remoteAddress.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR v6 = m_remoteAddress.toIPv6Address();
            return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        }
        return {};
    case BalancingMethod::Hash:
        return m_req->x.group->hashKey().evaluate({&req, m_req->target.originForm(), m_req->x.remoteIp});
    default:
        return {};
    }
}

void ClientSession::respondLocally(int status, QByteArrayView detail, bool close)
{
    if (m_req->x.record.startMs == 0) {
        // A request that never got a usable head (400, 408, 414, 431...).
        m_req->x.record.startMs = LoopClock::wallMs();
        m_req->x.requestStartNs = LoopClock::nowNs();
        m_req->x.recorded = m_worker->recordsRequests();
        m_req->x.record.listenerPort = m_localPort;
        if (m_req->requestParser.head().fieldCount() > 0 || !m_req->requestParser.head().method().isEmpty()) {
            m_req->x.record.method = m_req->requestParser.head().method().toByteArray();
            m_req->x.record.uri = m_req->requestParser.head().target().toByteArray();
        }
    }
    m_req->x.record.error = QString::fromLatin1(detail);
    close = close || !m_req->x.keepAliveClient;
    QByteArray response = LocalResponse::error(status, close, requestIsHead());
    addResponseFields(response, status);
    sendOwnResponse(response, status, close);
}

RequestVariables ClientSession::variables(const HttpHead &req)
{
    RequestVariables v;
    v.head = &req;
    v.requestUri = m_req->target.originForm();
    v.uri = m_req->target.uri();
    v.args = m_req->target.query().isEmpty() ? QByteArrayView() : m_req->target.query().sliced(1);
    v.remoteAddr = m_req->x.remoteIp;
    v.serverPort = m_localPortText;
    v.requestId = &m_req->x.requestId;
    if (m_req->x.route.server >= 0) {
        v.uri = m_req->x.route.state.uri;
        v.args = m_req->x.route.state.args;
        v.captures = &m_req->x.route.state.captures;
        v.host = m_req->x.route.host;
        v.serverName = m_req->x.runtime->router().server(m_req->x.route.server).serverName;
    }
    if (m_req->x.group)
        v.proxyHost = m_req->x.group->proxyHost();
    v.upstreamAddr = m_req->x.upstreamAddrs;
    v.upstreamStatus = m_req->x.upstreamStatuses;
    return v;
}

void ClientSession::addResponseFields(QByteArray &response, int status)
{
    if (!m_req->x.responseRules || !m_req->x.responseRules->hasAddedFields())
        return;
    HeaderRewriter::insertFields(response, m_req->x.responseRules->addedFields(status, variables(m_req->requestParser.head())));
}

void ClientSession::respondFromRoute(const HttpHead &req)
{
    const RequestRouter::Decision &d = m_req->x.route;
    m_req->x.record.upstream.clear();
    if (d.reason)
        m_req->x.record.error = QString::fromLatin1(d.reason);
    if (d.status == LocalResponse::CloseWithoutResponse) { // nginx's "close the connection without a response"
        m_req->x.record.error = u"return 444: closed without a response"_s;
        finishRecord(LocalResponse::CloseWithoutResponse);
        closeAfterFlush();
        return;
    }
    // nginx ends keep-alive after a 400 or a 500 it answers itself.
    const bool close = !m_req->x.keepAliveClient || !m_req->x.requestBodyDone || d.status == 400 || d.status == 500;
    QByteArray response;
    if (d.reason && !Route::isRedirect(d.status)) {
        response = LocalResponse::error(d.status, close, requestIsHead());
    } else {
        // `return CODE [TEXT]`, or a redirect routing made (already absolute).
        const RequestRouter::LocationPlan *plan = m_req->x.runtime->router().location(d);
        LocalResponse::Connection connection;
        connection.hostField = req.value("host");
        connection.localAddress = m_localIp;
        connection.localPort = m_localPort;
        connection.close = close;
        connection.headOnly = requestIsHead();
        const bool textGiven = d.reason || (plan && !plan->returnText.isEmpty());
        response = LocalResponse::forReturn({d.status, d.text, textGiven}, connection);
    }
    addResponseFields(response, d.status);
    sendOwnResponse(response, d.status, close);
}

bool ClientSession::requestIsHead() const
{
    // Also known for a head that failed after its request line (431, a bad
    // field): nginx answers those header-only too.
    return m_req->requestParser.head().method() == "HEAD";
}

void ClientSession::sendOwnResponse(const QByteArray &response, int status, bool close, bool flushNow)
{
    m_client.write(response);
    if (flushNow)
        m_client.flush();
    m_req->x.record.bytesOut += response.size();
    finishRecord(status);
    if (close)
        closeAfterFlush();
    else
        prepareForNextRequest();
}

void ClientSession::forwardRequestBody()
{
    const ProxySettings &ps = m_req->x.runtime->config().proxy;
    StreamSocket *up = m_req->x.upstream->socket();
    for (;;) {
        if (up->bytesToWrite() > WriteHighWater)
            return;
        const QByteArrayView view(m_in.constData() + m_inPos, m_in.size() - m_inPos);
        const HttpParser::Step step = m_req->requestParser.parse(view);
        m_inPos += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore:
            return;
        case HttpParser::Event::BodyData: {
            m_req->x.record.bytesIn += step.body.size();
            if (ps.clientMaxBodySize > 0 && m_req->requestParser.bodyBytesSeen() > ps.clientMaxBodySize) {
                finishWithError(413, "request body larger than client_max_body_size");
                return;
            }
            QByteArray frame;
            if (m_req->x.chunkedUpstreamBody) {
                HttpWriter::appendHex(frame, quint64(step.body.size()));
                frame.append("\r\n");
                up->write(frame);
            }
            up->write(step.body.data(), step.body.size());
            if (m_req->x.chunkedUpstreamBody)
                up->write("\r\n", 2);
            if (m_req->x.replayable) {
                if (m_req->replay.size() + frame.size() + step.body.size() + 2 > ReplayLimit) {
                    m_req->x.replayable = false;
                    m_req->replay.clear();
                } else {
                    m_req->replay.append(frame).append(step.body);
                    if (m_req->x.chunkedUpstreamBody)
                        m_req->replay.append("\r\n");
                }
            }
            break;
        }
        case HttpParser::Event::MessageComplete:
            if (m_req->x.chunkedUpstreamBody) {
                up->write("0\r\n\r\n", 5);
                if (m_req->x.replayable)
                    m_req->replay.append("0\r\n\r\n");
            }
            m_req->x.requestBodyDone = true;
            m_clientTimer.stop();
            up->flush();
            return;
        case HttpParser::Event::Error:
            finishWithError(m_req->requestParser.errorStatus(), m_req->requestParser.errorText());
            return;
        case HttpParser::Event::HeadComplete:
            return;
        }
    }
}

void ClientSession::closeAfterFlush()
{
    if (m_state == State::Closed)
        return;
    if (m_state != State::Closing) {
        m_state = State::Closing;
        resetClientTimer();
    }
    if (m_client.bytesToWrite() > 0)
        return; // continues from bytesWritten
    // nginx's lingering_close on (ngx_http_finalize_connection): when the
    // request was read to its end and nothing more has come or may be
    // waiting, nothing unread can turn the close into a reset: close at once.
    // Lingering costs a recv(), a shutdown() and a wait for the client's FIN.
    // A tunnel's client may send at any time (a WebSocket close frame's reply).
    const bool mayStillSend = !m_req || !m_req->requestParser.isMessageDone() || m_req->x.responseStatus == 101
                              || m_inPos < m_in.size() || m_client.mayHaveMoreInput();
    if (!mayStillSend) {
        closeNow();
        return;
    }
    // Lingering close (like nginx): stop sending, then drain what the client
    // still sends for a moment, so unread input does not turn our close into
    // a reset that destroys the response before the client reads it.
    m_client.discardInput();
    if (m_client.atEnd() || m_client.state() != StreamSocket::State::Connected
        || !SocketShutdown::shutdownWrite(m_client.descriptor())) {
        closeNow();
        return;
    }
    // The client's FIN arrives as streamClosed(); the timer bounds the wait.
}

void ClientSession::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_clientTimer.stop();
    m_upstreamTimer.stop();
    if (m_req && m_req->x.upstream) {
        m_req->x.upstream->discard();
        m_req->x.upstream = nullptr;
    }
    // The output buffer stays with the request state for the next
    // connection (abort() would free it): without keep-alive, every
    // connection ends here, and its response then costs no allocation.
    if (m_req && m_client.bytesToWrite() == 0)
        m_client.swapOutputBuffer(m_req->clientOut);
    m_client.abort();
    m_worker->sessionClosed(this);
}

// ---------------------------------------------------------------------------
// Upstream side

void ClientSession::connectUpstream()
{
    m_req->x.phase = Phase::None;
    std::shared_ptr<PickDecision> decision;
    if (m_worker->recordsDecisions()) [[unlikely]] {
        decision = std::make_shared<PickDecision>();
        decision->wallMs = m_req->x.record.startMs + m_req->x.requestElapsedUs() / 1000;
        m_req->x.selection.decision = decision.get();
    }
    const UpstreamBalancer::Pick pick = m_req->x.group->pick(m_req->x.selection);
    m_req->x.selection.decision = nullptr;
    m_req->x.pickDecision = std::move(decision);
    if (!pick.isValid()) {
        m_req->x.record.failedPick = std::move(m_req->x.pickDecision);
        m_req->x.record.error = u"no live upstreams"_s;
        finishWithError(502, "no live upstreams");
        return;
    }
    m_req->x.attemptStartNs = LoopClock::nowNs();
    m_req->x.upstreamClosed = false;
    m_req->x.responseStarted = false;
    m_req->x.requestSent = false;
    m_req->responseParser.reset();
    m_req->responseParser.setRequestWasHead(requestIsHead());
    SocketInput::trim(m_req->up, m_req->upPos);

    if (UpstreamConnection *pooled = m_worker->pool()->take(m_req->x.group, pick.serverIndex)) {
        pooled->attach(this);
        pooled->reused = true;
        m_req->x.upstream = pooled;
        sendRequest();
        return;
    }
    m_req->x.upstream = new UpstreamConnection(m_req->x.group, pick.serverIndex, m_worker);
    m_req->x.upstream->attach(this);
    startUpstreamTimer(Phase::Connecting);
    m_req->x.upstream->connectToPeer();
}

void ClientSession::upstreamConnected(UpstreamConnection *connection)
{
    if (!m_req || connection != m_req->x.upstream)
        return;
    sendRequest();
}

void ClientSession::sendRequest()
{
    m_req->x.requestSent = true;
    StreamSocket *up = m_req->x.upstream->socket();
    up->write(m_req->upstreamHead);
    if (!m_req->replay.isEmpty())
        up->write(m_req->replay);
    startUpstreamTimer(m_req->x.requestBodyDone ? Phase::Reading : Phase::Sending);
    if (!m_req->x.requestBodyDone && m_req->requestParser.head().expectsContinue() && !m_req->x.sentContinue) {
        // We read the body ourselves, so we answer the client's Expect.
        m_req->x.sentContinue = true;
        m_client.write("HTTP/1.1 100 Continue\r\n\r\n");
        m_client.flush();
    }
    if (!m_req->x.requestBodyDone)
        processClient();
    if (m_req && m_req->x.upstream)
        m_req->x.upstream->socket()->flush();
}

void ClientSession::upstreamBytesWritten(UpstreamConnection *connection)
{
    if (!m_req || connection != m_req->x.upstream)
        return;
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_req->x.phase == Phase::Sending && m_req->x.requestBodyDone && connection->socket()->bytesToWrite() == 0)
        startUpstreamTimer(Phase::Reading);
    else if (m_req->x.phase == Phase::Sending)
        startUpstreamTimer(Phase::Sending);
    if (!m_req->x.requestBodyDone)
        processClient();
}

void ClientSession::upstreamReadyRead(UpstreamConnection *connection)
{
    if (!m_req || connection != m_req->x.upstream)
        return;
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_req->x.phase == Phase::Reading || m_req->x.phase == Phase::Sending)
        startUpstreamTimer(m_req->x.phase);
    processUpstream();
}

void ClientSession::upstreamFailed(UpstreamConnection *connection, StreamSocket::Error error)
{
    if (!m_req || connection != m_req->x.upstream)
        return;
    // A reset after the connection was up counts as a close, as it did with
    // QTcpSocket: what was already read is parsed first.
    const bool closed = error == StreamSocket::Error::RemoteClosed || error == StreamSocket::Error::Reset;
    if (m_state == State::Tunnel) {
        pumpTunnel(); // forward what is left
        endTunnel(closed ? u"closed by the upstream"_s : connection->socket()->errorString());
        return;
    }
    if (closed && m_req->x.phase != Phase::Connecting) {
        if (m_req->x.upstreamClosed)
            return;
        m_req->x.upstreamClosed = true;
        processUpstream(); // drains what is buffered, then ends or fails the response
        return;
    }
    if (m_req->x.responseStarted) {
        abortAfterResponseStarted(u"upstream connection error: %1"_s.arg(connection->socket()->errorString()));
        return;
    }
    failAttempt(m_req->x.phase == Phase::Connecting ? UpstreamAttempt::Outcome::Refused : UpstreamAttempt::Outcome::Error,
                NextError, 0);
}

void ClientSession::processUpstream()
{
    if (m_processingUpstream)
        return; // see processClient()
    const QScopedValueRollback guard(m_processingUpstream, true);
    bool drained = false; // as in processClient()
    while (m_state == State::Proxying && m_req->x.upstream) {
        if (m_req->x.responseStarted && m_client.bytesToWrite() > WriteHighWater)
            return; // resumes from the client's bytesWritten
        if (!drained)
            SocketInput::readInto(*m_req->x.upstream->socket(), m_req->up, m_req->upPos);
        const bool mayHaveMore = m_req->x.upstream->socket()->mayHaveMoreInput();
        drained = !mayHaveMore;
        const QByteArrayView view(m_req->up.constData() + m_req->upPos, m_req->up.size() - m_req->upPos);
        HttpParser::Step step = m_req->responseParser.parse(view);
        m_req->upPos += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore: {
            if (mayHaveMore && m_req->up.size() - m_req->upPos < SocketInput::Cap)
                continue;
            if (!m_req->x.upstreamClosed || mayHaveMore || m_req->up.size() > m_req->upPos)
                return;
            // The upstream closed and everything it sent was parsed.
            step = m_req->responseParser.finish();
            if (step.event == HttpParser::Event::MessageComplete) {
                completeExchange();
            } else if (!m_req->x.responseStarted) {
                m_req->x.record.error = u"upstream prematurely closed connection"_s;
                failAttempt(UpstreamAttempt::Outcome::Error, NextError, 0);
            } else {
                abortAfterResponseStarted(u"upstream prematurely closed connection"_s);
            }
            return;
        }
        case HttpParser::Event::HeadComplete: {
            const int status = m_req->responseParser.head().statusCode();
            if (status >= 100 && status < 200) {
                if (status == 101) {
                    if (!m_req->x.upgradeRequested || !m_req->responseParser.head().contains("upgrade")) {
                        // A switch nobody asked for is an invalid response.
                        failAttempt(UpstreamAttempt::Outcome::InvalidHeader, NextInvalidHeader, status);
                        return;
                    }
                    m_req->x.responseStatus = status;
                    beginTunnel();
                    return;
                }
                m_req->responseParser.reset(); // interim response: wait for the final one
                m_req->responseParser.setRequestWasHead(requestIsHead());
                continue;
            }
            if (!beginResponse())
                return;
            continue;
        }
        case HttpParser::Event::BodyData:
            writeResponseBody(step.body);
            continue;
        case HttpParser::Event::MessageComplete:
            completeExchange();
            return;
        case HttpParser::Event::Error:
            if (!m_req->x.responseStarted) {
                m_req->x.record.error = u"upstream sent an invalid response: %1"_s.arg(QLatin1StringView(m_req->responseParser.errorText()));
                m_req->x.record.stricterThanNginx = UpstreamStrictness::nginxWouldHave(m_req->responseParser.errorText());
                failAttempt(UpstreamAttempt::Outcome::InvalidHeader, NextInvalidHeader, 0);
            } else {
                abortAfterResponseStarted(u"upstream sent an invalid body: %1"_s.arg(QLatin1StringView(m_req->responseParser.errorText())));
            }
            return;
        }
    }
}

bool ClientSession::beginResponse()
{
    const HttpHead &resp = m_req->responseParser.head();
    const int status = resp.statusCode();
    m_req->x.responseStatus = status;
    m_req->x.headerTimeUs = m_req->x.attemptElapsedUs();

    // ngx_http_upstream_test_next: retry on a listed status only while another
    // try is possible; otherwise the response goes to the client as a success.
    const quint32 condition = NextUpstreamPolicy::conditionForStatus(status);
    if (condition != 0 && NextUpstreamPolicy::shouldRetry(nextUpstreamFacts(m_req->x.selection.triesLeft - 1), condition)) {
        failAttempt(UpstreamAttempt::Outcome::HttpStatus, condition, status);
        return false;
    }

    const bool http10Client = !m_req->requestParser.head().isHttp11();
    HeaderRewriter::ClientResponse params;
    params.clientIsHttp10 = http10Client;
    switch (resp.framing()) {
    case BodyFraming::None:
    case BodyFraming::ContentLength:
        params.framing = HeaderRewriter::ClientFraming::AsIs;
        break;
    case BodyFraming::Chunked:
    case BodyFraming::UntilClose:
        params.framing = http10Client ? HeaderRewriter::ClientFraming::Close : HeaderRewriter::ClientFraming::Chunked;
        break;
    }
    if (params.framing == HeaderRewriter::ClientFraming::Close)
        m_req->x.keepAliveClient = false;
    m_req->x.chunkedToClient = params.framing == HeaderRewriter::ClientFraming::Chunked;
    params.keepAlive = m_req->x.keepAliveClient;
    if (m_req->x.runtime->config().proxy.upstreamNameHeader)
        params.upstreamName = m_req->x.group->peer(m_req->x.upstream->serverIndex()).nameUtf8;
    // $upstream_addr / $upstream_status: every server tried, this one last;
    // made only when add_header or proxy_redirect reads them.
    if (m_req->x.responseRules->readsUpstreamAddr())
        m_req->x.upstreamAddrs = UpstreamVariables::addresses(m_req->x.record.attempts,
                                                         m_req->x.group->peer(m_req->x.upstream->serverIndex()).addressLatin1);
    if (m_req->x.responseRules->readsUpstreamStatus())
        m_req->x.upstreamStatuses = UpstreamVariables::statuses(m_req->x.record.attempts, status);
    const RequestVariables vars = variables(m_req->requestParser.head());
    params.rules = m_req->x.responseRules;
    QByteArray location;
    if (const QByteArrayView upstreamLocation = resp.value("location"); !upstreamLocation.isEmpty()) {
        // proxy_redirect; a Location it rewrites is made absolute as nginx's own are.
        if (const std::optional<QByteArray> rewritten = m_req->x.responseRules->rewriteLocation(upstreamLocation, vars))
            location = RequestRouter::absoluteLocation(*rewritten, m_req->x.route.requestHost, m_localIp, m_localPort);
    }
    params.location = location;
    params.vars = &vars;
    QByteArray &head = m_req->responseHead; // its room is kept from one request to the next
    ByteAppend::emptyForReuse(head);
    HeaderRewriter::appendClientResponseHead(head, resp, params);
    m_client.write(head);
    m_req->x.record.bytesOut += head.size();
    m_req->x.record.status = status;
    m_req->x.responseStarted = true;
    return true;
}

void ClientSession::writeResponseBody(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (m_req->x.chunkedToClient) {
        char frame[20];
        const int n = qsnprintf(frame, sizeof frame, "%llx\r\n", static_cast<unsigned long long>(data.size()));
        m_client.write(frame, n);
        m_client.write(data.data(), data.size());
        m_client.write("\r\n", 2);
        m_req->x.record.bytesOut += n + data.size() + 2;
    } else {
        m_client.write(data.data(), data.size());
        m_req->x.record.bytesOut += data.size();
    }
}

void ClientSession::completeExchange()
{
    m_upstreamTimer.stop();
    pushAttempt(UpstreamAttempt::Outcome::Ok, m_req->x.responseStatus);
    const bool reusable = m_req->responseParser.head().keepAlive() && !m_req->x.closeUpstream && m_req->x.requestBodyDone && !m_req->x.upstreamClosed
                          && m_req->upPos == m_req->up.size() && !m_req->x.upstream->socket()->mayHaveMoreInput();
    // Free the peer before the client can see the end of the response: its
    // next request (maybe on another worker) must not find this one still
    // counted in conns — nginx frees the peer first too.
    const qint64 timeUs = m_req->x.group->measuresLastByte() ? m_req->x.attemptElapsedUs() : m_req->x.headerTimeUs;
    m_req->x.group->release(m_req->x.selection, PeerOutcome::Success, timeUs);
    releaseUpstream(reusable);
    if (m_req->x.chunkedToClient)
        m_client.write("0\r\n\r\n", 5);
    m_client.flush();
    const bool keepAlive = m_req->x.keepAliveClient && m_req->x.requestBodyDone;
    finishRecord(m_req->x.responseStatus);
    if (keepAlive)
        prepareForNextRequest();
    else
        closeAfterFlush();
}

void ClientSession::beginTunnel()
{
    // The peer stays counted as busy (least_conn) until the tunnel ends.
    const HttpHead &resp = m_req->responseParser.head();
    HeaderRewriter::ClientResponse params;
    params.switchingProtocols = true;
    if (m_req->x.runtime->config().proxy.upstreamNameHeader)
        params.upstreamName = m_req->x.group->peer(m_req->x.upstream->serverIndex()).nameUtf8;
    QByteArray &head = m_req->responseHead;
    ByteAppend::emptyForReuse(head);
    HeaderRewriter::appendClientResponseHead(head, resp, params);
    m_client.write(head);
    m_req->x.record.bytesOut += head.size();
    m_req->x.record.status = 101;
    m_req->x.responseStarted = true;
    m_state = State::Tunnel;
    m_clientTimer.stop();
    startUpstreamTimer(Phase::Reading);
    pumpTunnel();
}

void ClientSession::pumpTunnel()
{
    if (m_state != State::Tunnel || !m_req->x.upstream)
        return;
    const UpgradeTunnel::Moved moved = UpgradeTunnel::pump({m_client, m_in, m_inPos},
                                                           {*m_req->x.upstream->socket(), m_req->up, m_req->upPos}, WriteHighWater);
    m_req->x.record.bytesOut += moved.toClient;
    m_req->x.record.bytesIn += moved.toUpstream;
    if (moved.any())
        startUpstreamTimer(Phase::Reading); // idle limit: proxy_read_timeout, as nginx
}

void ClientSession::endTunnel(const QString &reason)
{
    if (m_state != State::Tunnel)
        return;
    m_upstreamTimer.stop();
    if (m_req->x.group && m_req->x.selection.current >= 0)
        m_req->x.group->release(m_req->x.selection, PeerOutcome::Success);
    pushAttempt(UpstreamAttempt::Outcome::Ok, 101);
    if (m_req->x.upstream && UpgradeTunnel::finishGracefully(m_req->x.upstream))
        m_req->x.upstream = nullptr; // it deletes itself once what the client sent last is out
    releaseUpstream(false);
    m_req->x.record.error = u"tunnel "_s + reason;
    finishRecord(101);
    closeAfterFlush();
}

NextUpstreamPolicy::Facts ClientSession::nextUpstreamFacts(int triesLeft) const
{
    const ProxySettings &ps = m_req->x.runtime->config().proxy;
    NextUpstreamPolicy::Facts facts;
    facts.nextUpstream = ps.nextUpstream;
    facts.triesLeft = triesLeft;
    facts.requestSent = m_req->x.requestSent;
    facts.nonIdempotent = m_req->x.nonIdempotent;
    facts.timedOut = ps.nextUpstreamTimeoutMs > 0 && m_req->x.requestElapsedUs() / 1000 >= ps.nextUpstreamTimeoutMs;
    facts.replayable = m_req->x.replayable;
    return facts;
}

void ClientSession::failAttempt(UpstreamAttempt::Outcome outcome, quint32 condition, int upstreamStatus)
{
    m_upstreamTimer.stop();
    const bool fromCache = m_req->x.upstream && m_req->x.upstream->reused;
    pushAttempt(outcome, upstreamStatus);
    releaseUpstream(false);
    m_req->x.group->release(m_req->x.selection, NextUpstreamPolicy::countsAsFailure(condition) ? PeerOutcome::Failed
                                                                                      : PeerOutcome::Next);
    // A cached keep-alive connection may just have gone stale: nginx gives the try back.
    if (fromCache && condition == NextError)
        ++m_req->x.selection.triesLeft;

    if (NextUpstreamPolicy::shouldRetry(nextUpstreamFacts(m_req->x.selection.triesLeft), condition)) {
        m_req->x.record.error.clear();
        m_req->x.record.stricterThanNginx.clear();
        connectUpstream();
        return;
    }
    if (m_req->x.record.error.isEmpty()) {
        switch (outcome) {
        case UpstreamAttempt::Outcome::Refused: m_req->x.record.error = u"connect() to upstream failed"_s; break;
        case UpstreamAttempt::Outcome::Timeout: m_req->x.record.error = u"upstream timed out"_s; break;
        case UpstreamAttempt::Outcome::InvalidHeader: m_req->x.record.error = u"upstream sent an invalid header"_s; break;
        case UpstreamAttempt::Outcome::Error: m_req->x.record.error = u"upstream connection error"_s; break;
        default: break;
        }
    }
    const int status = NextUpstreamPolicy::finalStatusFor(condition);
    finishWithError(status, status == 504 ? QByteArrayView("upstream timed out") : QByteArrayView("upstream failed"));
}

void ClientSession::finishWithError(int status, QByteArrayView detail)
{
    m_upstreamTimer.stop();
    if (m_req->x.upstream) {
        // Ending while an attempt runs (e.g. 413 mid-body): not the server's fault.
        pushAttempt(UpstreamAttempt::Outcome::Aborted, 0);
        m_req->x.group->release(m_req->x.selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    if (m_req->x.responseStarted) {
        abortAfterResponseStarted(QString::fromLatin1(detail));
        return;
    }
    if (m_req->x.record.error.isEmpty())
        m_req->x.record.error = QString::fromLatin1(detail);
    const bool close = !m_req->x.requestBodyDone || !m_req->x.keepAliveClient;
    QByteArray response = LocalResponse::error(status, close, requestIsHead());
    addResponseFields(response, status);
    sendOwnResponse(response, status, close, true);
}

void ClientSession::abortAfterResponseStarted(const QString &error)
{
    // Bytes already reached the client: nothing can be retried or replaced.
    if (m_req->x.upstream) {
        pushAttempt(UpstreamAttempt::Outcome::Error, m_req->x.responseStatus);
        m_req->x.group->release(m_req->x.selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    m_req->x.record.error = error;
    finishRecord(m_req->x.responseStatus);
    closeNow();
}

void ClientSession::releaseUpstream(bool reusable)
{
    UpstreamConnection *c = m_req->x.upstream;
    m_req->x.upstream = nullptr;
    m_req->x.phase = Phase::None;
    if (!c)
        return;
    const UpstreamGroup &group = m_req->x.group->group();
    // Pool only into the current snapshot's groups (the pool is keyed by them).
    if (reusable && group.keepalive > 0 && m_req->x.runtime == m_worker->runtime()
        && ++c->requestsServed < m_req->x.runtime->config().proxy.keepaliveRequests) {
        m_worker->pool()->put(c, group.keepalive);
        return;
    }
    c->discard();
}

void ClientSession::startUpstreamTimer(Phase phase)
{
    m_req->x.phase = phase;
    const ProxySettings &ps = m_req->x.runtime->config().proxy;
    switch (phase) {
    case Phase::Connecting: m_upstreamTimer.start(ps.connectTimeoutMs); break;
    case Phase::Sending: m_upstreamTimer.start(ps.sendTimeoutMs); break;
    case Phase::Reading: m_upstreamTimer.start(ps.readTimeoutMs); break;
    case Phase::None: m_upstreamTimer.stop(); break;
    }
}

void ClientSession::handleUpstreamTimeout()
{
    const StreamSocket::Batch batch;
    if (m_state == State::Tunnel) {
        endTunnel(u"idle for proxy_read_timeout"_s);
        return;
    }
    if (m_state != State::Proxying || !m_req->x.upstream)
        return;
    if (m_req->x.responseStarted) {
        abortAfterResponseStarted(u"upstream timed out while sending the response"_s);
        return;
    }
    failAttempt(UpstreamAttempt::Outcome::Timeout, NextTimeout, 0);
}

// ---------------------------------------------------------------------------
// Bookkeeping

void ClientSession::pushAttempt(UpstreamAttempt::Outcome outcome, int status)
{
    if (!m_req->x.upstream || !m_req->x.group)
        return;
    const UpstreamRuntime::Peer &peer = m_req->x.group->peer(m_req->x.upstream->serverIndex());
    UpstreamAttempt attempt;
    attempt.server = peer.name;
    attempt.address = peer.addressText;
    attempt.status = status;
    attempt.outcome = outcome;
    attempt.durationUs = m_req->x.attemptElapsedUs();
    attempt.decision = std::move(m_req->x.pickDecision);
    m_req->x.record.upstreamConnectionReused = m_req->x.record.upstreamConnectionReused || m_req->x.upstream->reused;
    m_req->x.record.attempts.append(std::move(attempt));
}

void ClientSession::finishRecord(int status)
{
    if (!m_req->x.recorded) // nobody reads the log (proxy -q); reset() clears the record
        return;
    m_req->x.record.status = status;
    m_req->x.record.durationUs = m_req->x.requestElapsedUs();
    if (m_req->x.record.client.isEmpty()) // not set by realip
        m_req->x.record.client = clientText();
    // The heads go into the worker's record blocks only now, from the
    // buffers the request state keeps, so a request that lasts (a tunnel, a
    // long poll) holds no block meanwhile. (Shared with the parser's buffer
    // instead, they would make it allocate a new one for the next head.)
    RecordArena &bytes = m_worker->recordBytes();
    if (m_req->x.recordsHead) {
        const HttpHead &req = m_req->requestParser.head();
        m_req->x.record.method = bytes.copyMethod(req.method());
        m_req->x.record.uri = bytes.copy(req.target());
        m_req->x.record.requestHead = bytes.copy(req.raw());
    }
    if (!m_req->responseHead.isEmpty())
        m_req->x.record.responseHead = bytes.copy(m_req->responseHead);
    m_worker->submitRecord(std::move(m_req->x.record));
    m_req->x.record = RequestRecord();
}

const QString &ClientSession::clientText()
{
    // Formatted once per connection, and only when a record is kept.
    if (m_clientText.isEmpty())
        m_clientText = addressAndPortText(m_clientIp, m_peerPort);
    return m_clientText;
}

void ClientSession::prepareForNextRequest()
{
    Q_ASSERT(!m_req->x.upstream);
    m_state = State::ReadingHead;
    resetClientTimer();
    if (m_inPos < m_in.size() || m_client.mayHaveMoreInput()) {
        m_req->reset();
        // Pipelined requests already buffered are handled from the event loop,
        // which keeps this from recursing once per pipelined request.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const StreamSocket::Batch batch;
                processClient();
            },
            Qt::QueuedConnection);
        return;
    }
    giveBackRequestState();
}

void ClientSession::giveBackRequestState()
{
    // The request's state, and the output buffer once the response is out,
    // go back to the worker for whichever connection speaks next.
    m_client.flush();
    if (m_client.bytesToWrite() == 0)
        m_client.swapOutputBuffer(m_req->clientOut);
    m_req->reset();
    m_worker->requestStates().give(std::move(m_req));
}
