#include "healthchecker.h"

#include "http/httpparser.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

HealthChecker::HealthChecker(LabRuntimePtr runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(std::move(runtime))
{
    for (const auto &group : m_runtime->upstreams()) {
        const HealthCheck &hc = group->group().healthCheck;
        if (!hc.enabled)
            continue;
        for (int i = 0; i < group->group().servers.size(); ++i) {
            auto probe = std::make_unique<Probe>();
            probe->group = group.get();
            probe->serverIndex = i;
            m_probes.push_back(std::move(probe));
        }
        auto *timer = new QTimer(this);
        UpstreamRuntime *g = group.get();
        connect(timer, &QTimer::timeout, this, [this, g] { checkGroup(g); });
        timer->start(hc.intervalMs);
        m_timers.push_back(timer);
        QMetaObject::invokeMethod(this, [this, g] { checkGroup(g); }, Qt::QueuedConnection); // check at once
    }
}

HealthChecker::~HealthChecker()
{
    // Quietly: no probe callbacks while the probes are being destroyed.
    for (const auto &probe : m_probes) {
        if (probe->socket) {
            probe->socket->disconnect(this);
            probe->socket->abort();
        }
    }
}

void HealthChecker::checkGroup(UpstreamRuntime *group)
{
    for (const auto &probe : m_probes) {
        if (probe->group == group && !probe->socket)
            startProbe(*probe);
    }
}

void HealthChecker::startProbe(Probe &probe)
{
    const HealthCheck &hc = probe.group->group().healthCheck;
    const UpstreamRuntime::Peer &peer = probe.group->peer(probe.serverIndex);
    auto *socket = new QTcpSocket(this);
    probe.socket = socket;
    probe.response.clear();
    // A probe gets at most one interval; no answer in time is a failure.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, &probe] { finishProbe(probe, false); });
    deadline->start(hc.intervalMs);
    connect(socket, &QTcpSocket::connected, this, [socket, &probe, &hc] {
        const QByteArray request = "GET " + hc.uri.toUtf8() + " HTTP/1.1\r\nHost: " + probe.group->group().name.toUtf8()
                                   + "\r\nUser-Agent: upstreamlab-health-check\r\nConnection: close\r\n\r\n";
        socket->write(request);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, &probe, &hc] {
        probe.response += socket->readAll();
        HttpParser parser(HttpParser::Kind::Response);
        const HttpParser::Step step = parser.parse(probe.response);
        if (step.event == HttpParser::Event::HeadComplete) {
            const int status = parser.head().statusCode();
            finishProbe(probe, status >= hc.statusMin && status <= hc.statusMax);
        } else if (step.event == HttpParser::Event::Error || probe.response.size() > 64 * 1024) {
            finishProbe(probe, false);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, &probe] { finishProbe(probe, false); });
    socket->connectToHost(peer.address, peer.port);
}

void HealthChecker::finishProbe(Probe &probe, bool passed)
{
    if (!probe.socket)
        return;
    QTcpSocket *socket = probe.socket;
    probe.socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();

    const HealthCheck &hc = probe.group->group().healthCheck;
    if (passed) {
        ++probe.passes;
        probe.fails = 0;
    } else {
        ++probe.fails;
        probe.passes = 0;
    }
    const bool becomesHealthy = !probe.healthy && probe.passes >= hc.passes;
    const bool becomesUnhealthy = probe.healthy && probe.fails >= hc.fails;
    if (!becomesHealthy && !becomesUnhealthy)
        return;
    probe.healthy = becomesHealthy;
    probe.group->setHealthy(probe.serverIndex, probe.healthy);
    emit healthChanged(probe.group->group().name, probe.group->peer(probe.serverIndex).name, probe.healthy);
}
