#include "nginxreplay.h"

#include "engine/proxyengine.h"
#include "mockbackendhost.h"
#include "nginx/nginxexporter.h"
#include "traffic/clientpopulation.h"
#include "traffic/trafficgenerator.h"
#include "traffic/trafficplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NginxReplay)
};

constexpr int NginxStartMs = 10000;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString answerText(const TrafficStats::Outcome &o)
{
    if (o.status == 0)
        return Tr::tr("error %1").arg(QLatin1StringView(TrafficStats::errorKindName(TrafficStats::ErrorKind(o.error))));
    return o.backend.isEmpty() ? QString::number(o.status) : u"%1 %2"_s.arg(o.status).arg(QString::fromUtf8(o.backend));
}

// Statuses and answers per backend (X-Backend-Name: nginx sends no X-Upstream-Name).
QJsonObject sideJson(const TrafficStats &stats)
{
    QJsonObject backends;
    for (const TrafficStats::Outcome &o : stats.outcomes()) {
        if (!o.backend.isEmpty())
            backends[QString::fromUtf8(o.backend)] = backends[QString::fromUtf8(o.backend)].toInt() + 1;
    }
    return QJsonObject{{u"statuses"_s, stats.toJson().value(u"statuses"_s)}, {u"backends"_s, backends}};
}

bool sameAnswer(const TrafficStats::Outcome &a, const TrafficStats::Outcome &b)
{
    return a.status == b.status && a.backend == b.backend && (a.status != 0 || a.error == b.error);
}
} // namespace

NginxReplay::NginxReplay(QObject *parent)
    : QObject(parent)
{
    m_nginxProcess.setProcessChannelMode(QProcess::MergedChannels);
}

NginxReplay::~NginxReplay()
{
    m_stopping = true;
    m_generator.reset();
    m_engine.reset();
    stopNginx();
    m_mocks.reset();
}

QString NginxReplay::findNginx(const QString &given)
{
    if (!given.isEmpty())
        return QFile::exists(given) ? given : QString();
    for (const QString &candidate : {u"/usr/sbin/nginx"_s, QStandardPaths::findExecutable(u"nginx"_s)}) {
        if (!candidate.isEmpty() && QFile::exists(candidate))
            return candidate;
    }
    return {};
}

QStringList NginxReplay::plusFeatures(const LabConfig &lab)
{
    QStringList reasons;
    for (const UpstreamGroup &g : lab.upstreams) {
        if (g.method == BalancingMethod::LeastTime)
            reasons << Tr::tr("upstream %1 uses least_time (NGINX Plus); nginx runs it as least_conn").arg(g.name);
        if (g.healthCheck.enabled)
            reasons << Tr::tr("upstream %1 has an active health check (NGINX Plus); nginx has passive checks only").arg(g.name);
        for (const UpstreamServer &s : g.servers) {
            if (s.slowStartSec > 0)
                reasons << Tr::tr("server %1 in %2 has slow_start (NGINX Plus); nginx gives it its full weight at once").arg(s.name, g.name);
            if (s.drain)
                reasons << Tr::tr("server %1 in %2 drains (NGINX Plus); nginx keeps sending it requests").arg(s.name, g.name);
        }
    }
    return reasons;
}

bool NginxReplay::start(const LabConfig &lab, const TrafficOptions &traffic, const QString &baseDirectory,
                        const QString &nginx, QString *error)
{
    m_nginxBinary = findNginx(nginx);
    if (m_nginxBinary.isEmpty()) {
        if (error)
            *error = nginx.isEmpty() ? Tr::tr("nginx is not installed (looked for /usr/sbin/nginx and nginx on the PATH; --nginx PATH names one)")
                                     : Tr::tr("no nginx at %1").arg(nginx);
        m_outcome = Outcome::NginxFailed;
        return false;
    }
    if (lab.listeners.isEmpty()) {
        if (error)
            *error = Tr::tr("the lab has no listener to send requests to");
        m_outcome = Outcome::LabFailed;
        return false;
    }
    m_config = lab;
    m_traffic = traffic;
    m_traffic.recordOutcomes = true;
    m_baseDirectory = baseDirectory;
    m_nginx = TrafficStats();
    m_lab = TrafficStats();
    m_firstDivergence = -1;
    m_differences = 0;
    m_error.clear();
    m_stopping = false;
    m_running = true;
    QTimer::singleShot(0, this, &NginxReplay::runNginxSide);
    return true;
}

void NginxReplay::stop()
{
    m_stopping = true;
    if (m_generator && m_generator->isRunning())
        m_generator->stop();
    else if (m_running)
        QTimer::singleShot(0, this, [this] { finish(Outcome::Different, Tr::tr("stopped")); });
}

bool NginxReplay::startMocks(QString *error)
{
    // Fresh mocks for each side: their random draws and timelines start over.
    m_mocks = std::make_unique<MockBackendHost>(2);
    for (const MockBackendConfig &b : std::as_const(m_config.backends))
        m_mocks->add(b, m_baseDirectory);
    return m_mocks->startAll(error);
}

void NginxReplay::runNginxSide()
{
    if (m_stopping)
        return finish(Outcome::Different, Tr::tr("stopped"));
    emit phaseStarted(Tr::tr("nginx"));
    QString error;
    if (!startMocks(&error))
        return finish(Outcome::LabFailed, error);

    // The lab as nginx.conf, every address and port on a free loopback port;
    // server blocks that shared one still share it (the Host picks one).
    LabConfig lab = m_config;
    QHash<QString, int> moved;
    auto move = [&moved](QString &address, int &port) {
        const QString key = address + u'|' + QString::number(port);
        if (!moved.contains(key))
            moved.insert(key, freeLoopbackPort());
        QString bare = address;
        bare.remove(u'[').remove(u']');
        address = QHostAddress(bare).protocol() == QAbstractSocket::IPv6Protocol ? u"::1"_s : u"127.0.0.1"_s;
        port = moved.value(key);
    };
    for (Listener &l : lab.listeners) {
        move(l.address, l.port);
        for (ListenAddress &listen : l.moreListens)
            move(listen.address, listen.port);
    }
    m_relocated = lab;
    m_dir = std::make_unique<QTemporaryDir>();
    QString config = NginxExporter::exportLab(lab);
    config.replace(u"worker_processes auto;"_s, u"worker_processes 1;"_s);
    // Logs and temporary files inside the private prefix, not the system's.
    config.replace(u"http {\n"_s, u"http {\n    access_log off;\n    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n"_s.arg(m_dir->path()));
    const QString file = m_dir->filePath(u"nginx.conf"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0) {
        return finish(Outcome::NginxFailed, Tr::tr("cannot write %1: %2").arg(file, f.errorString()));
    }
    f.close();
    m_nginxProcess.start(m_nginxBinary, {u"-p"_s, m_dir->path(), u"-c"_s, file, u"-g"_s,
                                         u"daemon off; pid %1/nginx.pid; error_log %1/error.log;"_s.arg(m_dir->path())});
    const quint16 port = quint16(lab.listeners.first().port);
    // Poll until nginx accepts (bounded), without blocking the event loop.
    auto *poll = new QTimer(this);
    auto *clock = new QElapsedTimer;
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, poll, clock, port] {
        const auto done = [poll, clock] {
            poll->stop();
            poll->deleteLater();
            delete clock;
        };
        if (m_stopping) {
            done();
            return finish(Outcome::Different, Tr::tr("stopped"));
        }
        if (m_nginxProcess.state() == QProcess::NotRunning || clock->elapsed() > NginxStartMs) {
            QFile log(m_dir->filePath(u"error.log"_s));
            const QString output = QString::fromLocal8Bit(m_nginxProcess.readAll()).trimmed()
                + (log.open(QIODevice::ReadOnly) ? u"\n"_s + QString::fromLocal8Bit(log.readAll()).trimmed() : QString());
            done();
            return finish(Outcome::NginxFailed, Tr::tr("nginx did not start: %1").arg(output.trimmed().isEmpty() ? m_nginxProcess.errorString() : output.trimmed()));
        }
        // One non-blocking probe per tick (the window must not wait); the
        // first that connects starts the traffic. Probes die with the timer.
        auto *probe = new QTcpSocket(poll);
        connect(probe, &QTcpSocket::connected, this, [this, poll, clock, port, probe] {
            probe->abort();
            if (!poll->isActive())
                return; // another probe was first, or the wait ended
            poll->stop();
            poll->deleteLater();
            delete clock;
            startTraffic(port, &m_nginx, &NginxReplay::runLabSide);
        });
        connect(probe, &QTcpSocket::errorOccurred, probe, &QObject::deleteLater);
        probe->connectToHost(QHostAddress::LocalHost, port);
    });
    poll->start(50);
}

void NginxReplay::startTraffic(quint16 port, TrafficStats *into, void (NginxReplay::*next)())
{
    TrafficOptions traffic = m_traffic;
    traffic.address = QHostAddress(QHostAddress::LocalHost);
    traffic.port = port;
    traffic.hostHeader = "127.0.0.1:" + QByteArray::number(port);
    m_generator = std::make_unique<TrafficGenerator>();
    connect(m_generator.get(), &TrafficGenerator::finished, this, [this, into, next] {
        *into = m_generator->result();
        // Leave the generator's signal before it is deleted.
        QTimer::singleShot(0, this, next);
    });
    QString error;
    if (!m_generator->start(traffic, &error))
        finish(Outcome::LabFailed, error);
}

void NginxReplay::runLabSide()
{
    m_generator.reset();
    stopNginx();
    m_mocks.reset();
    if (m_stopping)
        return finish(Outcome::Different, Tr::tr("stopped"));
    emit phaseStarted(Tr::tr("upstreamlab"));
    QString error;
    if (!startMocks(&error))
        return finish(Outcome::LabFailed, error);
    // The ports nginx had (free again): the same blocks share the same sockets.
    LabConfig lab = m_relocated.listeners.isEmpty() ? m_config : m_relocated;
    if (m_relocated.listeners.isEmpty()) {
        for (Listener &l : lab.listeners) {
            l.address = u"127.0.0.1"_s;
            l.port = 0;
        }
    }
    m_engine = std::make_unique<ProxyEngine>();
    if (!m_engine->start(lab, &error))
        return finish(Outcome::LabFailed, error);
    startTraffic(m_engine->listenerPort(0), &m_lab, &NginxReplay::compare);
}

void NginxReplay::compare()
{
    m_generator.reset();
    if (m_engine)
        m_engine->stop();
    m_mocks.reset();
    if (m_stopping)
        return finish(Outcome::Different, Tr::tr("stopped"));
    const auto &a = m_nginx.outcomes();
    const auto &b = m_lab.outcomes();
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (!sameAnswer(a[i], b[i]) || a[i].index != b[i].index) {
            if (m_firstDivergence < 0)
                m_firstDivergence = qint64(i);
            ++m_differences;
        }
    }
    if (a.size() != b.size()) {
        m_differences += qint64(std::max(a.size(), b.size()) - n);
        if (m_firstDivergence < 0)
            m_firstDivergence = qint64(n);
    }
    finish(m_differences == 0 ? Outcome::Identical : Outcome::Different);
}

void NginxReplay::finish(Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    m_error = error;
    m_generator.reset();
    m_engine.reset();
    stopNginx();
    m_mocks.reset();
    emit finished();
}

void NginxReplay::stopNginx()
{
    if (m_nginxProcess.state() != QProcess::NotRunning) {
        m_nginxProcess.terminate(); // SIGTERM to the master's pid: a fast shutdown of it and its worker
        if (!m_nginxProcess.waitForFinished(5000)) {
            m_nginxProcess.kill();
            m_nginxProcess.waitForFinished(2000);
        }
    }
    m_dir.reset(); // the prefix, its config and logs
}

QStringList NginxReplay::describe(qint64 from, qint64 to) const
{
    const TrafficPlan plan(m_traffic);
    const ClientPopulation population(m_traffic.clients > 1 ? m_traffic.clients : 0, m_traffic.seed, m_traffic.forceForwardedFor);
    const auto &a = m_nginx.outcomes();
    const auto &b = m_lab.outcomes();
    QStringList lines;
    for (qint64 i = std::max<qint64>(0, from); i <= to && (size_t(i) < a.size() || size_t(i) < b.size()); ++i) {
        QByteArray path;
        plan.appendPath(i, path);
        const QString client = population.isEmpty() ? u"127.0.0.1"_s : population.address(plan.clientIndex(i)).toString();
        const QString left = size_t(i) < a.size() ? answerText(a[size_t(i)]) : Tr::tr("(no answer)");
        const QString right = size_t(i) < b.size() ? answerText(b[size_t(i)]) : Tr::tr("(no answer)");
        const bool same = size_t(i) < a.size() && size_t(i) < b.size() && sameAnswer(a[size_t(i)], b[size_t(i)]);
        lines << Tr::tr("%1 #%2 %3 %4 from %5: nginx %6 · upstreamlab %7")
                     .arg(same ? u" "_s : u"≠"_s)
                     .arg(i + 1)
                     .arg(QString::fromLatin1(m_traffic.method), QString::fromUtf8(path), client, left, right);
    }
    return lines;
}

QJsonObject NginxReplay::toJson() const
{
    QJsonObject o{
        {u"identical"_s, m_outcome == Outcome::Identical},
        {u"requests"_s, double(requests())},
        {u"differences"_s, double(m_differences)},
        {u"reasons"_s, QJsonArray::fromStringList(reasons())},
        {u"nginx"_s, sideJson(m_nginx)},
        {u"upstreamlab"_s, sideJson(m_lab)},
    };
    if (m_firstDivergence >= 0) {
        const auto side = [](const std::vector<TrafficStats::Outcome> &v, qint64 i) {
            if (size_t(i) >= v.size())
                return QJsonValue();
            return QJsonValue(QJsonObject{{u"status"_s, v[size_t(i)].status}, {u"backend"_s, QString::fromUtf8(v[size_t(i)].backend)}});
        };
        o.insert(u"first_divergence"_s, QJsonObject{{u"request"_s, double(m_firstDivergence + 1)},
                                                    {u"nginx"_s, side(m_nginx.outcomes(), m_firstDivergence)},
                                                    {u"upstreamlab"_s, side(m_lab.outcomes(), m_firstDivergence)}});
    } else {
        o.insert(u"first_divergence"_s, QJsonValue());
    }
    if (!m_error.isEmpty())
        o.insert(u"error"_s, m_error);
    return o;
}
