#include "mockbackend.h"

#include "config/hostport.h"
#include "http/httphead.h"
#include "http/httpwriter.h"
#include "mockconnection.h"
#include "mocklistener.h"
#include "mocktimeline.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Largest body_file kept in memory; bigger bandwidth tests use body_size.
constexpr qint64 MaxBodyFile = 64 * 1024 * 1024;

quint64 seedFor(const MockBackendConfig &config)
{
    if (config.seed != 0)
        return config.seed;
    quint64 h = 14695981039346656037ull; // FNV-1a: reproducible across runs, unlike qHash
    for (const char c : config.name.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

const QString defaultBody =
    u"{\"backend\":\"{{name}}\",\"port\":{{port}},\"method\":\"{{method}}\",\"uri\":\"{{uri}}\",\"request\":{{counter}}}\n"_s;

} // namespace

MockBackend::MockBackend(const MockBackendConfig &config, const QString &baseDirectory, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_baseDirectory(baseDirectory)
    , m_nameUtf8(config.name.toUtf8())
    , m_healthPath(config.healthPath.toUtf8())
    , m_random(seedFor(config))
{
    qRegisterMetaType<MockRequestLog>();
    compileBehaviour(config.behaviour); // a body file is read by startListening(), in the backend's thread
}

MockBackend::~MockBackend()
{
    stopListening();
    const QSet<MockConnection *> open = m_openConnections;
    for (MockConnection *c : open)
        delete c;
}

bool MockBackend::setBehaviour(const MockBehaviour &behaviour, QString *error)
{
    assertInOwnThread();
    compileBehaviour(behaviour);
    return loadBodyFile(error);
}

void MockBackend::compileBehaviour(const MockBehaviour &behaviour)
{
    m_behaviour = behaviour;
    m_live->failing = behaviour.status >= 500 || behaviour.errorRate >= 0.5;
    m_live->errorFirst = behaviour.errorFirst;
    const bool userBody = !behaviour.body.isEmpty();
    m_bodyTemplate = userBody ? ResponseTemplate(behaviour.body)
                              : ResponseTemplate(defaultBody, ResponseTemplate::Escaping::Json);
    m_headerTemplates.clear();
    m_customContentType = false;
    for (const auto &[name, value] : behaviour.headers) {
        m_headerTemplates.append({name.toLatin1(), ResponseTemplate(value, ResponseTemplate::Escaping::FieldValue)});
        m_customContentType |= name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
    }
    m_contentType = "application/json";
    if (behaviour.bodySize >= 0)
        m_contentType = "application/octet-stream";
    else if (userBody)
        m_contentType = "text/plain; charset=utf-8";
}

bool MockBackend::loadBodyFile(QString *error)
{
    // Read once per file, in the backend's thread: a timeline step or a UI
    // edit that keeps the file does not touch the disk again.
    if (m_behaviour.bodyFile.isEmpty()) {
        m_fileBody = QByteArray();
        m_loadedBodyFile.clear();
        return true;
    }
    if (m_behaviour.bodyFile == m_loadedBodyFile)
        return true;
    const QString path = QDir(m_baseDirectory).filePath(m_behaviour.bodyFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxBodyFile) {
        if (error) {
            *error = file.isOpen() ? tr("%1: body file %2 is larger than 64 MiB (use body_size for bandwidth tests)").arg(name(), path)
                                   : tr("%1: cannot read body file %2: %3").arg(name(), path, file.errorString());
        }
        m_fileBody = QByteArray();
        m_loadedBodyFile.clear();
        return false;
    }
    m_fileBody = file.readAll();
    m_fileContentType = QMimeDatabase().mimeTypeForFileNameAndData(path, m_fileBody.left(512)).name().toLatin1();
    m_loadedBodyFile = m_behaviour.bodyFile;
    return true;
}

void MockBackend::setStatus(int status)
{
    assertInOwnThread();
    MockBehaviour b = m_behaviour;
    b.status = status;
    setBehaviour(b);
}

bool MockBackend::startListening(QString *error)
{
    assertInOwnThread();
    if (m_server)
        return true;
    const auto hp = HostPort::parse(m_config.listen, 0);
    if (!hp) {
        if (error)
            *error = tr("%1: invalid listen address \"%2\"").arg(m_config.name, m_config.listen);
        return false;
    }
    if (!loadBodyFile(error))
        return false;
    m_server = new MockListener([this](qintptr descriptor) { acceptConnection(descriptor); }, this);
    m_server->setListenBacklogSize(511);
    // "Any free port" is chosen once: started again, a backend comes back where it was.
    const quint16 port = hp->port != 0 ? hp->port : m_live->port.load();
    if (!m_server->listen(hp->address, port)) {
        if (error)
            *error = tr("%1: cannot listen on %2: %3").arg(m_config.name, m_config.listen, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_server->startAccepting(u"mock backend "_s + m_config.name);
    m_live->port = m_server->serverPort();
    setState(m_config.paused && !std::exchange(m_startedOnce, true) ? State::Paused : State::Running);
    return true;
}

void MockBackend::stopListening()
{
    assertInOwnThread();
    if (!m_server)
        return;
    // Every connection the kernel already accepted is taken and answered:
    // stopping loses no accepted request. From now on: connection refused.
    m_server->acceptAll();
    delete m_server; // closes it
    m_server = nullptr;
    const bool wasPaused = m_live->state.load() == State::Paused;
    setState(State::Stopped);
    if (wasPaused)
        emit resumed(); // requests held by a pause are answered, not dropped
    const QSet<MockConnection *> open = m_openConnections;
    for (MockConnection *c : open)
        c->finishAndClose();
}

void MockBackend::pause()
{
    assertInOwnThread();
    if (m_live->state.load() == State::Running)
        setState(State::Paused);
}

void MockBackend::resume()
{
    assertInOwnThread();
    if (m_live->state.load() != State::Paused)
        return;
    setState(State::Running);
    emit resumed();
}

void MockBackend::setState(State state)
{
    if (m_live->state.exchange(state) != state)
        emit stateChanged(state);
}

void MockBackend::startTimeline()
{
    assertInOwnThread();
    if (m_config.timeline.isEmpty())
        return;
    if (!m_timeline) {
        m_timeline = new MockTimeline(m_config.timeline, this);
        connect(m_timeline, &MockTimeline::stepReached, this, &MockBackend::applyStep);
    }
    m_random.seed(seedFor(m_config)); // the same draws on every replay
    m_timeline->start();
}

void MockBackend::applyStep(const MockTimelineStep &step)
{
    using A = MockTimelineStep::Action;
    emit timelineStepApplied(MockSyntax::formatStep(step));
    MockBehaviour b = m_behaviour;
    switch (step.action) {
    case A::Start: {
        QString error;
        if (!startListening(&error))
            qWarning("%s", qPrintable(error));
        return;
    }
    case A::Stop: stopListening(); return;
    case A::Pause: pause(); return;
    case A::Resume: resume(); return;
    case A::Repeat: return; // handled by the timeline
    case A::Status: b.status = step.status; break;
    case A::Latency: b.latency = step.latency; break;
    case A::Errors:
        b.errorRate = step.rate;
        if (step.status != 0)
            b.errorStatus = step.status;
        if (step.rate == 0 && step.status == 0)
            b.errorEvery = b.errorFirst = 0;
        break;
    case A::Fault:
        b.faults.removeIf([&](const MockFault &f) { return f.kind == step.fault.kind; });
        b.faults.append(step.fault);
        break;
    case A::NoFaults: b.faults.clear(); break;
    case A::Reset: b = m_config.behaviour; break;
    }
    setBehaviour(b);
}

void MockBackend::acceptConnection(qintptr descriptor)
{
    m_live->counters.countConnection();
    auto *connection = new MockConnection(this, descriptor);
    m_openConnections.insert(connection);
    if (!connection->isOpen())
        connectionClosed(connection); // the descriptor could not be used (and is closed)
}

void MockBackend::connectionClosed(MockConnection *connection)
{
    assertInOwnThread();
    if (m_openConnections.remove(connection))
        m_live->counters.countClosed();
    connection->deleteLater();
}

bool MockBackend::setConfiguredBehaviour(const MockBehaviour &behaviour, QString *error)
{
    assertInOwnThread();
    m_config.behaviour = behaviour;
    return setBehaviour(behaviour, error);
}

qint64 MockBackend::sampleLatency()
{
    const MockLatency &l = m_behaviour.latency;
    if (l.isNone() || (l.share < 1 && uniform() >= l.share))
        return 0;
    double ms = 0;
    switch (l.kind) {
    case MockLatency::Kind::None: return 0;
    case MockLatency::Kind::Fixed: ms = l.a; break;
    case MockLatency::Kind::Uniform: ms = l.a + (l.b - l.a) * uniform(); break;
    case MockLatency::Kind::Normal: ms = l.b > 0 ? std::normal_distribution<double>(l.a, l.b)(m_random) : l.a; break;
    case MockLatency::Kind::LogNormal: {
        // Parameters chosen so the samples have the configured mean and spread.
        const double sigma2 = std::log(1 + (l.b * l.b) / (l.a * l.a));
        ms = std::lognormal_distribution<double>(std::log(l.a) - sigma2 / 2, std::sqrt(sigma2))(m_random);
        break;
    }
    }
    return qint64(std::llround(qMax(0.0, ms)));
}

MockOutcome MockBackend::decide(QByteArrayView target)
{
    assertInOwnThread();
    MockOutcome o;
    if (!m_config.healthPath.isEmpty()) {
        const qsizetype q = target.indexOf('?');
        if ((q < 0 ? target : target.first(q)) == QByteArrayView(m_healthPath)) {
            m_live->counters.countHealth();
            o.health = true;
            o.status = isFailing() ? 503 : 200;
            return o;
        }
    }
    m_live->counters.countRequest();
    const quint64 number = m_live->counters.requests();
    const MockBehaviour &b = m_behaviour;
    o.status = b.status;
    if ((b.errorFirst > 0 && number <= quint64(b.errorFirst)) || (b.errorEvery > 0 && number % quint64(b.errorEvery) == 0)
        || (b.errorRate > 0 && uniform() < b.errorRate)) {
        o.status = b.errorStatus;
    }
    o.delayMs = sampleLatency();
    if (!b.faults.isEmpty()) {
        double u = uniform();
        for (const MockFault &f : b.faults) {
            if (u < f.probability) {
                o.fault = f;
                break;
            }
            u -= f.probability;
        }
    }
    return o;
}

void MockBackend::buildResponse(const HttpHead &request, const MockOutcome &outcome, MockResponse *out) const
{
    out->status = outcome.status;
    QByteArray &h = out->head;
    h.clear();
    h.append("HTTP/1.1 ");
    HttpWriter::appendNumber(h, outcome.status);
    h.append(' ').append(Http::reasonPhrase(outcome.status)).append("\r\nServer: upstreamlab-mock\r\nDate: ");
    h.append(HttpWriter::currentDate());
    h.append("\r\nX-Backend-Name: ").append(m_nameUtf8);
    out->body.clear();
    out->filler = 0;
    const quint16 port = m_live->port.load();
    QByteArray requestId(request.value("X-Request-ID").toByteArray());
    if (requestId.isEmpty()) {
        requestId = m_nameUtf8 + '-';
        HttpWriter::appendNumber(requestId, qint64(m_live->counters.requests()));
    }
    const TemplateContext context{m_nameUtf8, port, &request, m_live->counters.requests(), requestId};
    if (outcome.health) {
        h.append("\r\nContent-Type: application/json");
        out->body = outcome.status == 200 ? "{\"status\":\"up\",\"backend\":\"" : "{\"status\":\"failing\",\"backend\":\"";
        out->body.append(m_nameUtf8).append("\"}\n");
        return;
    }
    if (!m_customContentType)
        h.append("\r\nContent-Type: ").append(m_behaviour.bodyFile.isEmpty() ? m_contentType : m_fileContentType);
    for (const auto &[name, value] : m_headerTemplates) {
        h.append("\r\n").append(name).append(": ");
        value.render(context, &h);
    }
    if (m_behaviour.bodySize >= 0)
        out->filler = m_behaviour.bodySize;
    else if (!m_behaviour.bodyFile.isEmpty())
        out->body = m_fileBody;
    else
        m_bodyTemplate.render(context, &out->body);
}

void MockBackend::logRequest(MockRequestLog &&entry)
{
    entry.backend = m_config.name;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    emit requestServed(entry);
}
