#include "clientsession.h"

#include "headerrewriter.h"
#include "http/httpwriter.h"
#include "http/realip.h"
#include "http/uripath.h"
#include "platform/socketshutdown.h"
#include "proxyworker.h"
#include "upstreamconnection.h"
#include "upstreampool.h"

#include <QDateTime>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype InputCap = 64 * 1024;       // unconsumed bytes held per side
constexpr qint64 WriteHighWater = 256 * 1024;   // pause the reading side above this
constexpr qsizetype ReplayLimit = 1024 * 1024;  // request body kept for a retry
constexpr qsizetype KeptBufferCapacity = 16 * 1024; // idle connections keep at most this
constexpr int LingeringCloseMs = 2000;          // nginx lingering_close default: 5s/30s

quint32 conditionForStatus(int status)
{
    switch (status) {
    case 500: return NextHttp500;
    case 502: return NextHttp502;
    case 503: return NextHttp503;
    case 504: return NextHttp504;
    case 403: return NextHttp403;
    case 404: return NextHttp404;
    case 429: return NextHttp429;
    default: return 0;
    }
}

// The status a client gets when the attempt that failed is the last (spec §10.2 step 3).
int finalStatusFor(quint32 condition)
{
    switch (condition) {
    case NextTimeout:
    case NextHttp504: return 504;
    case NextHttp500: return 500;
    case NextHttp503: return 503;
    case NextHttp403: return 403;
    case NextHttp404: return 404;
    case NextHttp429: return 429;
    default: return 502;
    }
}

// Reads what the socket has into buf (after pos), keeping at most `cap`
// unconsumed bytes; compacts consumed space first.
void readInto(QTcpSocket &socket, QByteArray &buf, qsizetype &pos)
{
    qsizetype pending = buf.size() - pos;
    if (pending >= InputCap)
        return;
    if (pos > 0) {
        if (pending == 0) {
            buf.resize(0);
        } else {
            memmove(buf.data(), buf.constData() + pos, size_t(pending));
            buf.resize(pending);
        }
        pos = 0;
    }
    const qint64 available = socket.bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype want = qsizetype(qMin<qint64>(available, InputCap - pending));
    const qsizetype old = buf.size();
    buf.resize(old + want);
    const qint64 got = socket.read(buf.data() + old, want);
    buf.resize(old + qsizetype(qMax<qint64>(got, 0)));
}

void trimBuffer(QByteArray &buf, qsizetype &pos)
{
    pos = 0;
    if (buf.capacity() > KeptBufferCapacity)
        buf.clear();
    else
        buf.resize(0);
}

} // namespace

ClientSession::ClientSession(ProxyWorker *worker, qintptr descriptor, int listenerIndex,
                             std::shared_ptr<std::atomic<int>> openConnections, bool overLimit)
    : QObject(worker)
    , m_worker(worker)
    , m_openConnections(std::move(openConnections))
    , m_client(this)
    , m_listenerIndex(listenerIndex)
    , m_clientTimer(this)
    , m_upstreamTimer(this)
    , m_requestParser(HttpParser::Kind::Request)
    , m_responseParser(HttpParser::Kind::Response)
{
    connect(&m_clientTimer, &DeadlineTimer::timeout, this, &ClientSession::handleClientTimeout);
    connect(&m_upstreamTimer, &DeadlineTimer::timeout, this, &ClientSession::handleUpstreamTimeout);

    if (!m_client.setSocketDescriptor(descriptor)) {
        m_state = State::Closed;
        return;
    }
    // Bounded read buffer: Qt stops reading the client when it is full, so a
    // fast uploader to a slow upstream is held back by TCP flow control.
    m_client.setReadBufferSize(InputCap);
    m_client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // As nginx: a v4-mapped client of a dual-stack listener stays IPv6
    // (ip_hash then hashes all 16 bytes, $remote_addr reads ::ffff:a.b.c.d).
    m_clientAddress = m_client.peerAddress();
    m_clientIp = m_clientAddress.toString().toLatin1();
    m_clientText = QString::fromLatin1(m_clientIp) + u':' + QString::number(m_client.peerPort());

    connect(&m_client, &QTcpSocket::readyRead, this, &ClientSession::handleClientReadyRead);
    connect(&m_client, &QTcpSocket::bytesWritten, this, &ClientSession::handleClientBytesWritten);
    connect(&m_client, &QTcpSocket::disconnected, this, &ClientSession::handleClientDisconnected);

    const LabRuntimePtr runtime = m_worker->runtime();
    HttpParser::Limits limits;
    limits.maxStartLine = runtime->config().proxy.maxUriLength;
    limits.maxHeadSize = runtime->config().proxy.maxHeaderSize;
    limits.maxFieldLine = qMin<qsizetype>(limits.maxFieldLine, limits.maxHeadSize);
    m_requestParser = HttpParser(HttpParser::Kind::Request, limits);
    m_clientTimer.start(runtime->config().proxy.clientHeaderTimeoutMs);
    if (overLimit) {
        // Past the listener's max_connections: a clean refusal, then close.
        // Only admitted sessions hold a slot, so retries cannot keep it full.
        m_openConnections->fetch_sub(1);
        m_openConnections.reset();
        m_keepAliveClient = false;
        respondLocally(503, "too many connections to this listener", true);
    }
}

ClientSession::~ClientSession()
{
    if (m_openConnections)
        m_openConnections->fetch_sub(1);
    if (m_upstream)
        m_upstream->discard();
}

void ClientSession::abortSession()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Proxying && m_group) {
        if (m_selection.current >= 0)
            m_group->release(m_selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    closeNow();
}

// ---------------------------------------------------------------------------
// Client side

void ClientSession::handleClientReadyRead()
{
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_state == State::Closing) {
        m_client.readAll(); // lingering close: discard what the client still sends
        return;
    }
    processClient();
}

void ClientSession::handleClientBytesWritten()
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
    if (m_state == State::Proxying && m_responseStarted && m_client.bytesToWrite() <= WriteHighWater)
        processUpstream();
}

void ClientSession::handleClientDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Tunnel) {
        endTunnel(u"closed by the client"_s);
        return;
    }
    if (m_state == State::Proxying) {
        // The client went away mid-request (nginx logs 499 and frees the peer normally).
        if (m_group && m_selection.current >= 0) {
            pushAttempt(UpstreamAttempt::Outcome::Aborted, 0);
            m_group->release(m_selection, PeerOutcome::Success);
        }
        releaseUpstream(false);
        m_record.error = u"client closed the connection"_s;
        finishRecord(499);
    }
    closeNow();
}

void ClientSession::handleClientTimeout()
{
    switch (m_state) {
    case State::ReadingHead:
        if (m_requestParser.isIdle() && m_inPos == m_in.size()) {
            closeNow(); // keep-alive idle timeout: close quietly
            return;
        }
        respondLocally(408, "client header timeout", true);
        return;
    case State::Proxying:
        if (!m_requestBodyDone && !m_responseStarted) {
            finishWithError(408, "client body timeout");
            return;
        }
        if (!m_requestBodyDone)
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
        if (!m_requestBodyDone)
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
    // flush() can emit bytesWritten synchronously and call back in here; the
    // outer loop re-checks everything, so a nested call has nothing to add.
    if (m_processingClient)
        return;
    const QScopedValueRollback guard(m_processingClient, true);
    while (m_state == State::ReadingHead || m_state == State::Proxying) {
        const qsizetype before = m_in.size() - m_inPos;
        readClient();
        const bool gotBytes = m_in.size() - m_inPos > before;

        if (m_state == State::ReadingHead) {
            const QByteArrayView view(m_in.constData() + m_inPos, m_in.size() - m_inPos);
            if (view.isEmpty())
                return;
            const bool wasIdle = m_requestParser.isIdle();
            const HttpParser::Step step = m_requestParser.parse(view);
            m_inPos += step.consumed;
            switch (step.event) {
            case HttpParser::Event::NeedMore:
                // The first byte of a head starts client_header_timeout (not reset
                // by later bytes: a slowloris client gets its 408).
                if (wasIdle && m_requestsOnConnection > 0)
                    m_clientTimer.start(m_worker->runtime()->config().proxy.clientHeaderTimeoutMs);
                if (m_client.bytesAvailable() > 0 && m_in.size() - m_inPos < InputCap)
                    continue;
                return;
            case HttpParser::Event::Error:
                respondLocally(m_requestParser.errorStatus(), m_requestParser.errorText(), true);
                return;
            case HttpParser::Event::HeadComplete:
                startRequest();
                continue;
            default:
                return;
            }
        }

        // Proxying: push request body bytes upstream while it can take them.
        if (m_requestBodyDone || !m_upstream || m_phase == Phase::Connecting || m_phase == Phase::None)
            return;
        if (gotBytes)
            m_clientTimer.start(m_worker->runtime()->config().proxy.clientBodyTimeoutMs);
        const qsizetype pendingBefore = m_in.size() - m_inPos;
        forwardRequestBody();
        if (m_state != State::Proxying || m_requestBodyDone)
            return;
        const bool consumed = m_in.size() - m_inPos < pendingBefore;
        if (!consumed || m_upstream == nullptr || m_upstream->socket()->bytesToWrite() > WriteHighWater)
            return;
        if (m_client.bytesAvailable() == 0 && m_in.size() - m_inPos == 0)
            return;
    }
}

void ClientSession::readClient()
{
    readInto(m_client, m_in, m_inPos);
}

void ClientSession::startRequest()
{
    const HttpHead &req = m_requestParser.head();
    ++m_requestsOnConnection;
    m_runtime = m_worker->runtime();
    const ProxySettings &ps = m_runtime->config().proxy;
    m_record = RequestRecord();
    m_record.startMs = QDateTime::currentMSecsSinceEpoch();
    m_requestTimer.start();
    // $remote_addr: the peer, or (realip) a trusted proxy's header.
    m_remoteAddress = m_clientAddress;
    m_remoteIp = m_clientIp;
    m_record.client = m_clientText;
    if (!ps.realIpHeader.isEmpty()) {
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
        const QHostAddress real = RealIp::resolve(m_clientAddress, value, xff, m_runtime->trustedProxies(),
                                                  ps.realIpRecursive);
        if (real != m_clientAddress) {
            m_remoteAddress = real;
            m_remoteIp = real.toString().toLatin1();
            m_record.client = QString::fromLatin1(m_remoteIp) + u" via "_s + m_clientText;
        }
    }
    m_record.method = req.method().toByteArray();
    m_record.uri = req.target().toByteArray();
    m_record.requestHead = req.raw(); // shared, not copied
    m_record.listenerPort = m_client.localPort();
    m_requestBodyDone = req.framing() == BodyFraming::None;
    m_keepAliveClient = req.keepAlive() && ps.keepaliveTimeoutMs > 0
                        && (ps.keepaliveRequests == 0 || m_requestsOnConnection < ps.keepaliveRequests)
                        && !m_worker->isStopping();

    const QByteArrayView method = req.method();
    if (method == "CONNECT") {
        respondLocally(405, "CONNECT is not supported", true);
        return;
    }
    // origin-form, or absolute-form (RFC 9112 §3.2.2: its authority replaces
    // Host). Either way the request only ever goes to the lab's own upstreams.
    QByteArrayView target = req.target();
    QByteArrayView authority;
    if (!target.startsWith('/')) {
        if (target.size() > 7 && Http::equalsIgnoreCase(target.first(7), "http://")) {
            QByteArrayView rest = target.sliced(7);
            qsizetype end = 0;
            while (end < rest.size() && rest[end] != '/' && rest[end] != '?')
                ++end;
            authority = rest.first(end);
            target = rest.sliced(end);
            if (authority.isEmpty() || target.isEmpty() || target.front() != '/') {
                respondLocally(400, "unsupported request target", true);
                return;
            }
        } else {
            respondLocally(400, "unsupported request target", true);
            return;
        }
    }
    if (req.framing() == BodyFraming::ContentLength && ps.clientMaxBodySize > 0
        && req.contentLength() > ps.clientMaxBodySize) {
        respondLocally(413, "request body larger than client_max_body_size", true);
        return;
    }

    // Locations match nginx's $uri: decoded, "//" merged, dot segments resolved.
    QByteArrayView path = target;
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path = path.first(q);
    QByteArray normalized;
    if (UriPath::needsNormalizing(path)) {
        const auto n = UriPath::normalized(path);
        if (!n) {
            respondLocally(400, "the path climbs above the root", true);
            return;
        }
        normalized = *n;
        path = normalized;
    }
    const LabRuntime::RouteEntry *route = m_runtime->route(m_listenerIndex, path);
    if (!route) {
        respondLocally(404, "no location matches this URI", !m_requestBodyDone);
        return;
    }
    if (!route->upstream) {
        respondFromLocation(*route, req, target);
        return;
    }
    m_group = route->upstream;
    m_record.upstream = m_group->group().name;
    m_nonIdempotent = method == "POST" || method == "LOCK" || method == "PATCH";
    m_chunkedUpstreamBody = req.framing() == BodyFraming::Chunked;

    QByteArray hostValue;
    if (ps.passClientHost) {
        hostValue = (authority.isEmpty() ? req.value("host") : authority).toByteArray();
        if (hostValue.isEmpty())
            hostValue = m_client.localAddress().toString().toLatin1();
    } else {
        hostValue = m_group->group().name.toLatin1(); // nginx's $proxy_host for an upstream group
    }
    HeaderRewriter::UpstreamRequest params;
    params.target = target;
    QByteArray rewritten;
    if (!route->proxyUri.isEmpty()) {
        // proxy_pass http://GROUP/URI: the URI replaces the part of the
        // normalised path the location matched; the rest is re-escaped and
        // the arguments kept, as nginx builds it.
        const qsizetype q = target.indexOf('?');
        rewritten.reserve(route->proxyUri.size() + target.size() + 16);
        rewritten.append(route->proxyUri);
        UriPath::appendEscaped(rewritten, path.sliced(qMin(path.size(), route->prefix.size())));
        if (q >= 0 && q + 1 < target.size()) // nginx drops an empty "?"
            rewritten.append(target.sliced(q));
        params.target = rewritten;
    }
    params.host = hostValue;
    params.clientIp = m_remoteIp;
    params.chunkedBody = m_chunkedUpstreamBody;
    m_upgradeRequested = req.wantsUpgrade();
    if (m_upgradeRequested)
        params.upgrade = req.value("upgrade");
    m_upstreamHead = HeaderRewriter::upstreamRequestHead(req, params);

    m_state = State::Proxying;
    m_replayable = true;
    m_replay.resize(0);
    m_sentContinue = false;
    resetClientTimer();
    m_group->begin(m_selection, ps.nextUpstreamTries, balancingKey(req, target));
    connectUpstream();
}

QByteArray ClientSession::balancingKey(const HttpHead &req, QByteArrayView target) const
{
    switch (m_group->group().method) {
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
        return m_group->hashKey().evaluate({&req, target, m_remoteIp});
    default:
        return {};
    }
}

void ClientSession::respondLocally(int status, QByteArrayView detail, bool close)
{
    if (m_record.startMs == 0) {
        // A request that never got a usable head (400, 408, 414, 431...).
        m_record.startMs = QDateTime::currentMSecsSinceEpoch();
        m_requestTimer.start();
        m_record.client = m_clientText;
        m_record.listenerPort = m_client.localPort();
        if (m_requestParser.head().fieldCount() > 0 || !m_requestParser.head().method().isEmpty()) {
            m_record.method = m_requestParser.head().method().toByteArray();
            m_record.uri = m_requestParser.head().target().toByteArray();
        }
    }
    m_record.error = QString::fromLatin1(detail);
    close = close || !m_keepAliveClient;
    sendOwnResponse(HttpWriter::errorResponse(status, close, requestIsHead()), status, close);
}

void ClientSession::respondFromLocation(const LabRuntime::RouteEntry &route, const HttpHead &req, QByteArrayView target)
{
    // nginx's `return CODE [TEXT]`.
    const int status = route.returnStatus;
    if (status == 444) { // nginx's "close the connection without a response"
        m_record.error = QStringLiteral("return 444: closed without a response");
        finishRecord(444);
        closeAfterFlush();
        return;
    }
    QByteArray body;
    QByteArray location;
    QByteArrayView type = "text/plain";
    const QByteArray text = route.returnValue.isEmpty() ? route.returnText
                                                        : route.returnValue.evaluate({&req, target, m_remoteIp});
    if (Route::isRedirect(status)) {
        location = text;
        if (location.startsWith('/')) {
            // absolute_redirect on, server_name_in_redirect off, port_in_redirect on:
            // the Host header's name, the listener's port unless it is 80.
            QByteArray host = req.value("host").toByteArray();
            if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0 && !host.endsWith(']'))
                host.truncate(colon);
            if (host.isEmpty())
                host = m_client.localAddress().toString().toLatin1();
            QByteArray prefix = "http://" + host;
            if (m_client.localPort() != 80)
                prefix += ':' + QByteArray::number(m_client.localPort());
            location.prepend(prefix);
        }
        type = "text/html";
    }
    if (!route.returnText.isEmpty() && !Route::isRedirect(status)) {
        body = text;
    } else if (status >= 300 && !(status < 400 && !Route::isRedirect(status))) {
        // No text: nginx's own page for the status.
        body = HttpWriter::statusPage(status);
        type = "text/html";
    }
    m_record.upstream.clear();
    const bool close = !m_keepAliveClient || !m_requestBodyDone;
    sendOwnResponse(HttpWriter::localResponse(status, type, location, body, close, requestIsHead()), status, close);
}

bool ClientSession::requestIsHead() const
{
    // Also known for a head that failed after its request line (431, a bad
    // field): nginx answers those header-only too.
    return m_requestParser.head().method() == "HEAD";
}

void ClientSession::sendOwnResponse(const QByteArray &response, int status, bool close, bool flushNow)
{
    m_client.write(response);
    if (flushNow)
        m_client.flush();
    m_record.bytesOut += response.size();
    finishRecord(status);
    if (close)
        closeAfterFlush();
    else
        prepareForNextRequest();
}

void ClientSession::forwardRequestBody()
{
    const ProxySettings &ps = m_runtime->config().proxy;
    QTcpSocket *up = m_upstream->socket();
    for (;;) {
        if (up->bytesToWrite() > WriteHighWater)
            return;
        const QByteArrayView view(m_in.constData() + m_inPos, m_in.size() - m_inPos);
        const HttpParser::Step step = m_requestParser.parse(view);
        m_inPos += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore:
            return;
        case HttpParser::Event::BodyData: {
            m_record.bytesIn += step.body.size();
            if (ps.clientMaxBodySize > 0 && m_requestParser.bodyBytesSeen() > ps.clientMaxBodySize) {
                finishWithError(413, "request body larger than client_max_body_size");
                return;
            }
            QByteArray frame;
            if (m_chunkedUpstreamBody) {
                HttpWriter::appendHex(frame, quint64(step.body.size()));
                frame.append("\r\n");
                up->write(frame);
            }
            up->write(step.body.data(), step.body.size());
            if (m_chunkedUpstreamBody)
                up->write("\r\n", 2);
            if (m_replayable) {
                if (m_replay.size() + frame.size() + step.body.size() + 2 > ReplayLimit) {
                    m_replayable = false;
                    m_replay.clear();
                } else {
                    m_replay.append(frame).append(step.body);
                    if (m_chunkedUpstreamBody)
                        m_replay.append("\r\n");
                }
            }
            break;
        }
        case HttpParser::Event::MessageComplete:
            if (m_chunkedUpstreamBody) {
                up->write("0\r\n\r\n", 5);
                if (m_replayable)
                    m_replay.append("0\r\n\r\n");
            }
            m_requestBodyDone = true;
            m_clientTimer.stop();
            up->flush();
            return;
        case HttpParser::Event::Error:
            finishWithError(m_requestParser.errorStatus(), m_requestParser.errorText());
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
    // Lingering close (like nginx): stop sending, then drain what the client
    // still sends for a moment, so unread input does not turn our close into
    // a reset that destroys the response before the client reads it.
    m_client.readAll();
    if (m_client.state() != QAbstractSocket::ConnectedState || !SocketShutdown::shutdownWrite(m_client.socketDescriptor())) {
        closeNow();
        return;
    }
    // The client's FIN arrives as disconnected(); the timer bounds the wait.
}

void ClientSession::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_clientTimer.stop();
    m_upstreamTimer.stop();
    if (m_upstream) {
        m_upstream->discard();
        m_upstream = nullptr;
    }
    m_client.abort();
    m_worker->sessionClosed(this);
}

// ---------------------------------------------------------------------------
// Upstream side

void ClientSession::connectUpstream()
{
    m_phase = Phase::None;
    std::shared_ptr<PickDecision> decision;
    if (m_worker->recordsDecisions()) [[unlikely]] {
        decision = std::make_shared<PickDecision>();
        decision->wallMs = m_record.startMs + m_requestTimer.elapsed();
        m_selection.decision = decision.get();
    }
    const UpstreamBalancer::Pick pick = m_group->pick(m_selection);
    m_selection.decision = nullptr;
    m_pickDecision = std::move(decision);
    if (!pick.isValid()) {
        m_record.failedPick = std::move(m_pickDecision);
        m_record.error = u"no live upstreams"_s;
        finishWithError(502, "no live upstreams");
        return;
    }
    m_attemptTimer.start();
    m_upstreamClosed = false;
    m_responseStarted = false;
    m_requestSent = false;
    m_responseParser.reset();
    m_responseParser.setRequestWasHead(m_requestParser.head().method() == "HEAD");
    trimBuffer(m_up, m_upPos);

    if (UpstreamConnection *pooled = m_worker->pool()->take(m_group, pick.serverIndex)) {
        pooled->attach(this);
        pooled->reused = true;
        m_upstream = pooled;
        sendRequest();
        return;
    }
    m_upstream = new UpstreamConnection(m_group, pick.serverIndex, m_worker);
    m_upstream->attach(this);
    startUpstreamTimer(Phase::Connecting);
    m_upstream->connectToPeer();
}

void ClientSession::upstreamConnected(UpstreamConnection *connection)
{
    if (connection != m_upstream)
        return;
    sendRequest();
}

void ClientSession::sendRequest()
{
    m_requestSent = true;
    QTcpSocket *up = m_upstream->socket();
    up->write(m_upstreamHead);
    if (!m_replay.isEmpty())
        up->write(m_replay);
    startUpstreamTimer(m_requestBodyDone ? Phase::Reading : Phase::Sending);
    if (!m_requestBodyDone && m_requestParser.head().expectsContinue() && !m_sentContinue) {
        // We read the body ourselves, so we answer the client's Expect.
        m_sentContinue = true;
        m_client.write("HTTP/1.1 100 Continue\r\n\r\n");
        m_client.flush();
    }
    if (!m_requestBodyDone)
        processClient();
    if (m_upstream)
        m_upstream->socket()->flush();
}

void ClientSession::upstreamBytesWritten(UpstreamConnection *connection)
{
    if (connection != m_upstream)
        return;
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_phase == Phase::Sending && m_requestBodyDone && connection->socket()->bytesToWrite() == 0)
        startUpstreamTimer(Phase::Reading);
    else if (m_phase == Phase::Sending)
        startUpstreamTimer(Phase::Sending);
    if (!m_requestBodyDone)
        processClient();
}

void ClientSession::upstreamReadyRead(UpstreamConnection *connection)
{
    if (connection != m_upstream)
        return;
    if (m_state == State::Tunnel) {
        pumpTunnel();
        return;
    }
    if (m_phase == Phase::Reading || m_phase == Phase::Sending)
        startUpstreamTimer(m_phase);
    processUpstream();
}

void ClientSession::upstreamFailed(UpstreamConnection *connection, QAbstractSocket::SocketError error)
{
    if (connection != m_upstream)
        return;
    if (m_state == State::Tunnel) {
        pumpTunnel(); // forward what is left
        endTunnel(error == QAbstractSocket::RemoteHostClosedError ? u"closed by the upstream"_s
                                                                  : connection->socket()->errorString());
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_phase != Phase::Connecting) {
        if (m_upstreamClosed)
            return;
        m_upstreamClosed = true;
        processUpstream(); // drains what is buffered, then ends or fails the response
        return;
    }
    if (m_responseStarted) {
        abortAfterResponseStarted(u"upstream connection error: %1"_s.arg(connection->socket()->errorString()));
        return;
    }
    failAttempt(m_phase == Phase::Connecting ? UpstreamAttempt::Outcome::Refused : UpstreamAttempt::Outcome::Error,
                NextError, 0);
}

void ClientSession::processUpstream()
{
    if (m_processingUpstream)
        return; // see processClient()
    const QScopedValueRollback guard(m_processingUpstream, true);
    while (m_state == State::Proxying && m_upstream) {
        if (m_responseStarted && m_client.bytesToWrite() > WriteHighWater)
            return; // resumes from the client's bytesWritten
        readInto(*m_upstream->socket(), m_up, m_upPos);
        const QByteArrayView view(m_up.constData() + m_upPos, m_up.size() - m_upPos);
        HttpParser::Step step = m_responseParser.parse(view);
        m_upPos += step.consumed;
        switch (step.event) {
        case HttpParser::Event::NeedMore: {
            const qint64 available = m_upstream->socket()->bytesAvailable();
            if (available > 0 && m_up.size() - m_upPos < InputCap)
                continue;
            if (!m_upstreamClosed || available > 0 || m_up.size() > m_upPos)
                return;
            // The upstream closed and everything it sent was parsed.
            step = m_responseParser.finish();
            if (step.event == HttpParser::Event::MessageComplete) {
                completeExchange();
            } else if (!m_responseStarted) {
                m_record.error = u"upstream prematurely closed connection"_s;
                failAttempt(UpstreamAttempt::Outcome::Error, NextError, 0);
            } else {
                abortAfterResponseStarted(u"upstream prematurely closed connection"_s);
            }
            return;
        }
        case HttpParser::Event::HeadComplete: {
            const int status = m_responseParser.head().statusCode();
            if (status >= 100 && status < 200) {
                if (status == 101) {
                    if (!m_upgradeRequested || !m_responseParser.head().contains("upgrade")) {
                        // A switch nobody asked for is an invalid response.
                        failAttempt(UpstreamAttempt::Outcome::InvalidHeader, NextInvalidHeader, status);
                        return;
                    }
                    m_responseStatus = status;
                    beginTunnel();
                    return;
                }
                m_responseParser.reset(); // interim response: wait for the final one
                m_responseParser.setRequestWasHead(m_requestParser.head().method() == "HEAD");
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
            if (!m_responseStarted) {
                m_record.error = u"upstream sent an invalid response: %1"_s.arg(QLatin1StringView(m_responseParser.errorText()));
                failAttempt(UpstreamAttempt::Outcome::InvalidHeader, NextInvalidHeader, 0);
            } else {
                abortAfterResponseStarted(u"upstream sent an invalid body: %1"_s.arg(QLatin1StringView(m_responseParser.errorText())));
            }
            return;
        }
    }
}

bool ClientSession::beginResponse()
{
    const HttpHead &resp = m_responseParser.head();
    const ProxySettings &ps = m_runtime->config().proxy;
    const int status = resp.statusCode();
    m_responseStatus = status;
    m_headerTimeUs = m_attemptTimer.nsecsElapsed() / 1000;

    // ngx_http_upstream_test_next: retry on a listed status only while another
    // try is possible; otherwise the response goes to the client as a success.
    const quint32 condition = conditionForStatus(status);
    if (condition != 0 && (ps.nextUpstream & condition) && m_selection.triesLeft > 1
        && (!m_nonIdempotent || (ps.nextUpstream & NextNonIdempotent)) && !nextUpstreamTimedOut()
        && m_replayable) {
        failAttempt(UpstreamAttempt::Outcome::HttpStatus, condition, status);
        return false;
    }

    const bool http10Client = !m_requestParser.head().isHttp11();
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
        m_keepAliveClient = false;
    m_chunkedToClient = params.framing == HeaderRewriter::ClientFraming::Chunked;
    params.keepAlive = m_keepAliveClient;
    const UpstreamRuntime::Peer &peer = m_group->peer(m_upstream->serverIndex());
    if (ps.upstreamNameHeader)
        params.upstreamName = peer.nameUtf8;
    const QByteArray head = HeaderRewriter::clientResponseHead(resp, params);
    m_client.write(head);
    m_record.bytesOut += head.size();
    m_record.status = status;
    m_record.responseHead = head; // shared, not copied
    m_responseStarted = true;
    return true;
}

void ClientSession::writeResponseBody(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (m_chunkedToClient) {
        QByteArray frame;
        HttpWriter::appendHex(frame, quint64(data.size()));
        frame.append("\r\n");
        m_client.write(frame);
        m_client.write(data.data(), data.size());
        m_client.write("\r\n", 2);
        m_record.bytesOut += frame.size() + data.size() + 2;
    } else {
        m_client.write(data.data(), data.size());
        m_record.bytesOut += data.size();
    }
}

void ClientSession::completeExchange()
{
    m_upstreamTimer.stop();
    pushAttempt(UpstreamAttempt::Outcome::Ok, m_responseStatus);
    const bool reusable = m_responseParser.head().keepAlive() && m_requestBodyDone && !m_upstreamClosed
                          && m_upPos == m_up.size() && m_upstream->socket()->bytesAvailable() == 0;
    // Free the peer before the client can see the end of the response: its
    // next request (maybe on another worker) must not find this one still
    // counted in conns — nginx frees the peer first too.
    const qint64 timeUs = m_group->measuresLastByte() ? m_attemptTimer.nsecsElapsed() / 1000 : m_headerTimeUs;
    m_group->release(m_selection, PeerOutcome::Success, timeUs);
    releaseUpstream(reusable);
    if (m_chunkedToClient)
        m_client.write("0\r\n\r\n", 5);
    m_client.flush();
    finishRecord(m_responseStatus);
    if (m_keepAliveClient && m_requestBodyDone)
        prepareForNextRequest();
    else
        closeAfterFlush();
}

void ClientSession::beginTunnel()
{
    // After the 101 both sides speak another protocol: bytes are relayed as
    // they are. The peer stays counted as busy (least_conn) until it ends.
    const HttpHead &resp = m_responseParser.head();
    HeaderRewriter::ClientResponse params;
    params.switchingProtocols = true;
    if (m_runtime->config().proxy.upstreamNameHeader)
        params.upstreamName = m_group->peer(m_upstream->serverIndex()).nameUtf8;
    const QByteArray head = HeaderRewriter::clientResponseHead(resp, params);
    m_client.write(head);
    m_record.bytesOut += head.size();
    m_record.status = 101;
    m_responseStarted = true;
    m_state = State::Tunnel;
    m_clientTimer.stop();
    startUpstreamTimer(Phase::Reading);
    pumpTunnel();
}

void ClientSession::pumpTunnel()
{
    if (m_state != State::Tunnel || !m_upstream)
        return;
    QTcpSocket *up = m_upstream->socket();
    bool moved = false;
    // Upstream → client, then client → upstream, each only while the other
    // side's write buffer has room (the same back-pressure as bodies).
    for (;;) {
        if (m_upPos < m_up.size() && m_client.bytesToWrite() <= WriteHighWater) {
            const qsizetype n = m_up.size() - m_upPos;
            m_client.write(m_up.constData() + m_upPos, n);
            m_record.bytesOut += n;
            m_upPos = m_up.size();
            moved = true;
        }
        if (m_inPos < m_in.size() && up->bytesToWrite() <= WriteHighWater) {
            const qsizetype n = m_in.size() - m_inPos;
            up->write(m_in.constData() + m_inPos, n);
            m_record.bytesIn += n;
            m_inPos = m_in.size();
            moved = true;
        }
        const qsizetype upBefore = m_up.size() - m_upPos;
        const qsizetype inBefore = m_in.size() - m_inPos;
        if (m_client.bytesToWrite() <= WriteHighWater)
            readInto(*up, m_up, m_upPos);
        if (up->bytesToWrite() <= WriteHighWater)
            readInto(m_client, m_in, m_inPos);
        if (m_up.size() - m_upPos == upBefore && m_in.size() - m_inPos == inBefore)
            break;
    }
    if (moved)
        startUpstreamTimer(Phase::Reading); // idle limit: proxy_read_timeout, as nginx
}

void ClientSession::endTunnel(const QString &reason)
{
    if (m_state != State::Tunnel)
        return;
    m_upstreamTimer.stop();
    if (m_group && m_selection.current >= 0)
        m_group->release(m_selection, PeerOutcome::Success);
    pushAttempt(UpstreamAttempt::Outcome::Ok, 101);
    if (m_upstream) {
        QTcpSocket *up = m_upstream->socket();
        if (up->state() == QAbstractSocket::ConnectedState && up->bytesToWrite() > 0) {
            // Deliver what the client sent last, then let the connection go.
            UpstreamConnection *closing = m_upstream;
            m_upstream = nullptr;
            closing->attach(nullptr);
            connect(up, &QAbstractSocket::disconnected, closing, &QObject::deleteLater);
            up->disconnectFromHost();
        }
    }
    releaseUpstream(false);
    m_record.error = u"tunnel "_s + reason;
    finishRecord(101);
    closeAfterFlush();
}

void ClientSession::failAttempt(UpstreamAttempt::Outcome outcome, quint32 condition, int upstreamStatus)
{
    m_upstreamTimer.stop();
    const ProxySettings &ps = m_runtime->config().proxy;
    const bool fromCache = m_upstream && m_upstream->reused;
    pushAttempt(outcome, upstreamStatus);
    releaseUpstream(false);
    const bool notAFailure = condition == NextHttp403 || condition == NextHttp404;
    m_group->release(m_selection, notAFailure ? PeerOutcome::Next : PeerOutcome::Failed);
    // A cached keep-alive connection may just have gone stale: nginx gives the try back.
    if (fromCache && condition == NextError)
        ++m_selection.triesLeft;

    bool allowed = (ps.nextUpstream & condition) != 0;
    if (m_requestSent && m_nonIdempotent && !(ps.nextUpstream & NextNonIdempotent))
        allowed = false;
    if (m_selection.triesLeft == 0 || !allowed || nextUpstreamTimedOut() || !m_replayable) {
        if (m_record.error.isEmpty()) {
            switch (outcome) {
            case UpstreamAttempt::Outcome::Refused: m_record.error = u"connect() to upstream failed"_s; break;
            case UpstreamAttempt::Outcome::Timeout: m_record.error = u"upstream timed out"_s; break;
            case UpstreamAttempt::Outcome::InvalidHeader: m_record.error = u"upstream sent an invalid header"_s; break;
            case UpstreamAttempt::Outcome::Error: m_record.error = u"upstream connection error"_s; break;
            default: break;
            }
        }
        const int status = finalStatusFor(condition);
        finishWithError(status, status == 504 ? QByteArrayView("upstream timed out") : QByteArrayView("upstream failed"));
        return;
    }
    m_record.error.clear();
    connectUpstream();
}

void ClientSession::finishWithError(int status, QByteArrayView detail)
{
    m_upstreamTimer.stop();
    if (m_upstream) {
        // Ending while an attempt runs (e.g. 413 mid-body): not the server's fault.
        pushAttempt(UpstreamAttempt::Outcome::Aborted, 0);
        m_group->release(m_selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    if (m_responseStarted) {
        abortAfterResponseStarted(QString::fromLatin1(detail));
        return;
    }
    if (m_record.error.isEmpty())
        m_record.error = QString::fromLatin1(detail);
    const bool close = !m_requestBodyDone || !m_keepAliveClient;
    sendOwnResponse(HttpWriter::errorResponse(status, close, requestIsHead()), status, close, true);
}

void ClientSession::abortAfterResponseStarted(const QString &error)
{
    // Bytes already reached the client: nothing can be retried or replaced.
    if (m_upstream) {
        pushAttempt(UpstreamAttempt::Outcome::Error, m_responseStatus);
        m_group->release(m_selection, PeerOutcome::Success);
        releaseUpstream(false);
    }
    m_record.error = error;
    finishRecord(m_responseStatus);
    closeNow();
}

void ClientSession::releaseUpstream(bool reusable)
{
    UpstreamConnection *c = m_upstream;
    m_upstream = nullptr;
    m_phase = Phase::None;
    if (!c)
        return;
    const UpstreamGroup &group = m_group->group();
    // Pool only into the current snapshot's groups (the pool is keyed by them).
    if (reusable && group.keepalive > 0 && m_runtime == m_worker->runtime()
        && ++c->requestsServed < m_runtime->config().proxy.keepaliveRequests) {
        m_worker->pool()->put(c, group.keepalive);
        return;
    }
    c->discard();
}

void ClientSession::startUpstreamTimer(Phase phase)
{
    m_phase = phase;
    const ProxySettings &ps = m_runtime->config().proxy;
    switch (phase) {
    case Phase::Connecting: m_upstreamTimer.start(ps.connectTimeoutMs); break;
    case Phase::Sending: m_upstreamTimer.start(ps.sendTimeoutMs); break;
    case Phase::Reading: m_upstreamTimer.start(ps.readTimeoutMs); break;
    case Phase::None: m_upstreamTimer.stop(); break;
    }
}

void ClientSession::handleUpstreamTimeout()
{
    if (m_state == State::Tunnel) {
        endTunnel(u"idle for proxy_read_timeout"_s);
        return;
    }
    if (m_state != State::Proxying || !m_upstream)
        return;
    if (m_responseStarted) {
        abortAfterResponseStarted(u"upstream timed out while sending the response"_s);
        return;
    }
    failAttempt(UpstreamAttempt::Outcome::Timeout, NextTimeout, 0);
}

bool ClientSession::nextUpstreamTimedOut() const
{
    const int limit = m_runtime->config().proxy.nextUpstreamTimeoutMs;
    return limit > 0 && m_requestTimer.elapsed() >= limit;
}

// ---------------------------------------------------------------------------
// Bookkeeping

void ClientSession::pushAttempt(UpstreamAttempt::Outcome outcome, int status)
{
    if (!m_upstream || !m_group)
        return;
    const UpstreamRuntime::Peer &peer = m_group->peer(m_upstream->serverIndex());
    UpstreamAttempt attempt;
    attempt.server = peer.name;
    attempt.address = peer.addressText;
    attempt.status = status;
    attempt.outcome = outcome;
    attempt.durationUs = m_attemptTimer.nsecsElapsed() / 1000;
    attempt.decision = std::move(m_pickDecision);
    m_record.upstreamConnectionReused = m_record.upstreamConnectionReused || m_upstream->reused;
    m_record.attempts.append(std::move(attempt));
}

void ClientSession::finishRecord(int status)
{
    m_record.status = status;
    m_record.durationUs = m_requestTimer.nsecsElapsed() / 1000;
    m_worker->submitRecord(std::move(m_record));
    m_record = RequestRecord();
}

void ClientSession::prepareForNextRequest()
{
    m_requestParser.reset();
    m_state = State::ReadingHead;
    m_group = nullptr;
    m_runtime.reset();
    m_phase = Phase::None;
    m_responseStarted = false;
    m_upstreamClosed = false;
    m_requestSent = false;
    m_responseStatus = 0;
    if (m_replay.capacity() > KeptBufferCapacity)
        m_replay.clear();
    else
        m_replay.resize(0);
    trimBuffer(m_up, m_upPos);
    resetClientTimer();
    // Pipelined requests already buffered are handled from the event loop,
    // which keeps this from recursing once per pipelined request.
    if (m_inPos < m_in.size() || m_client.bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ClientSession::processClient, Qt::QueuedConnection);
}
