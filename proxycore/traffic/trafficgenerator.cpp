#include "trafficgenerator.h"

#include "http/httphead.h"
#include "platform/workerdispatcher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrafficGenerator)
};
constexpr qint64 WindowMs = 5000;
} // namespace

TrafficGenerator::TrafficGenerator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrafficWorkerProgress>();
    qRegisterMetaType<TrafficProgress>();
    qRegisterMetaType<TrafficStats>();
}

TrafficGenerator::~TrafficGenerator()
{
    for (TrafficWorker *w : m_workers)
        QMetaObject::invokeMethod(w, &TrafficWorker::stop, Qt::QueuedConnection);
    for (QThread *t : m_threads) {
        t->quit();
        t->wait();
        delete t;
    }
}

QString TrafficGenerator::validate(const TrafficOptions &o)
{
    if (!o.address.isLoopback())
        return Tr::tr("the target %1 is not on this machine: the generator sends only to loopback addresses (127.0.0.0/8, ::1)")
            .arg(o.address.toString());
    if (o.port == 0)
        return Tr::tr("the target has no port");
    if (o.concurrency < 1 || o.concurrency > 100000)
        return Tr::tr("concurrency must be 1–100000");
    if (o.rate < 0 || o.rate > 10000000 || std::isnan(o.rate))
        return Tr::tr("the rate must be 0 (closed loop) to 10000000 requests per second");
    if (o.requests < 0 || o.durationMs < 0)
        return Tr::tr("requests and duration must not be negative");
    if (o.bodySize < 0 || o.bodySize > 64 * 1024 * 1024)
        return Tr::tr("the request body must be 0–64 MiB");
    if (o.keys < 0 || o.keys > 10000000)
        return Tr::tr("keys must be 0–10000000");
    if (o.zipfExponent <= 0 || o.zipfExponent > 10)
        return Tr::tr("the Zipf exponent must be above 0 and at most 10");
    if (o.clients < 0 || o.clients > 254 * 254)
        return Tr::tr("clients must be 0–64516 (one /24 network each)");
    if (o.timeoutMs < 1)
        return Tr::tr("the timeout must be at least 1 ms");
    if (o.threads < 1 || o.threads > 64)
        return Tr::tr("threads must be 1–64");
    if (o.method.isEmpty() || !std::all_of(o.method.begin(), o.method.end(), Http::isTokenChar))
        return Tr::tr("the method \"%1\" is not an HTTP token").arg(QString::fromLatin1(o.method));
    if (o.pathTemplate.contains(' ') || o.pathTemplate.contains('\r') || o.pathTemplate.contains('\n'))
        return Tr::tr("the path must start with / and contain no spaces or line breaks");
    for (const QByteArray &path : o.pathTemplate.split('|')) {
        if (!path.startsWith('/'))
            return Tr::tr("each path (alternatives are separated by |) must start with /");
    }
    for (const QByteArray &h : o.headers) {
        const qsizetype colon = h.indexOf(':');
        if (colon <= 0 || h.contains('\r') || h.contains('\n')
            || !std::all_of(h.begin(), h.begin() + colon, Http::isTokenChar))
            return Tr::tr("the header \"%1\" is not \"Name: value\"").arg(QString::fromLatin1(h));
    }
    return {};
}

bool TrafficGenerator::start(const TrafficOptions &options, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = Tr::tr("traffic is already running");
        return false;
    }
    const QString problem = validate(options);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_options = options;
    m_population = std::make_shared<const ClientPopulation>(options.clients > 1 ? options.clients : 0, options.seed,
                                                            options.forceForwardedFor);
    m_result = TrafficStats();
    m_progress = TrafficProgress();
    m_progress.targetRate = options.rate;
    m_progress.concurrency = options.concurrency;
    m_window.clear();
    const int threads = std::min(options.threads, options.concurrency);
    m_workerProgress.assign(size_t(threads), TrafficWorkerProgress());
    m_clock.start();
    const qint64 startNs = TrafficWorker::nowNs();
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("traffic-%1").arg(i));
        WorkerDispatcher::install(thread);
        auto *worker = new TrafficWorker(options, m_population, i, threads, startNs);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &TrafficWorker::progressed, this, &TrafficGenerator::onWorkerProgress);
        connect(worker, &TrafficWorker::finished, this, &TrafficGenerator::onWorkerFinished);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
        thread->start();
        QMetaObject::invokeMethod(worker, &TrafficWorker::start, Qt::QueuedConnection);
    }
    m_running = threads;
    return true;
}

void TrafficGenerator::stop()
{
    for (TrafficWorker *w : m_workers)
        QMetaObject::invokeMethod(w, &TrafficWorker::stop, Qt::QueuedConnection);
}

void TrafficGenerator::setRate(double rate)
{
    if (!isRunning() || !m_options.isOpenLoop() || rate <= 0)
        return;
    m_options.rate = rate;
    m_progress.targetRate = rate;
    for (TrafficWorker *w : m_workers)
        QMetaObject::invokeMethod(w, "setRate", Qt::QueuedConnection, Q_ARG(double, rate));
}

void TrafficGenerator::setConcurrency(int concurrency)
{
    if (!isRunning() || concurrency < 1)
        return;
    m_options.concurrency = concurrency;
    m_progress.concurrency = concurrency;
    for (TrafficWorker *w : m_workers)
        QMetaObject::invokeMethod(w, "setConcurrency", Qt::QueuedConnection, Q_ARG(int, concurrency));
}

void TrafficGenerator::onWorkerProgress(const TrafficWorkerProgress &progress)
{
    if (progress.worker < 0 || size_t(progress.worker) >= m_workerProgress.size())
        return;
    TrafficWorkerProgress &mine = m_workerProgress[size_t(progress.worker)];
    const qint64 now = m_clock.elapsed();
    // Each report's latencies go into the current slice of the window.
    if (m_window.empty() || now - m_window.back().atMs >= 100)
        m_window.push_back({now, 0, LatencyHistogram(5)});
    m_window.back().latency.merge(progress.interval);
    m_window.back().completed += progress.completed - mine.completed;
    while (!m_window.empty() && now - m_window.front().atMs > WindowMs)
        m_window.pop_front();
    mine.completed = progress.completed;
    mine.responses = progress.responses;
    mine.errors = progress.errors;
    mine.serverErrors = progress.serverErrors;
    mine.inFlight = progress.inFlight;
    mine.queued = progress.queued;
    // Publish once per round of reports (worker 0 paces it).
    if (progress.worker == 0)
        publish();
}

void TrafficGenerator::publish()
{
    TrafficProgress p = m_progress;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.completed = p.responses = p.errors = p.serverErrors = p.queued = 0;
    p.inFlight = 0;
    for (const TrafficWorkerProgress &w : m_workerProgress) {
        p.completed += w.completed;
        p.responses += w.responses;
        p.errors += w.errors;
        p.serverErrors += w.serverErrors;
        p.inFlight += w.inFlight;
        p.queued += w.queued;
    }
    LatencyHistogram window(5);
    qint64 lastSecond = 0;
    for (const Slice &s : m_window) {
        window.merge(s.latency);
        if (p.elapsedMs - s.atMs < 1000)
            lastSecond += s.completed;
    }
    const qint64 span = std::min<qint64>(1000, std::max<qint64>(p.elapsedMs, 1));
    p.rate = double(lastSecond) * 1000.0 / double(span);
    p.p50Us = window.valueAtQuantile(0.5);
    p.p99Us = window.valueAtQuantile(0.99);
    m_progress = p;
    emit progressed(m_progress);
}

void TrafficGenerator::onWorkerFinished(int worker, const TrafficStats &stats)
{
    Q_UNUSED(worker);
    m_result.merge(stats);
    if (--m_running > 0)
        return;
    m_durationMs = m_clock.elapsed();
    publish();
    // Every worker is idle: its thread ends at once (deleting the worker there).
    for (QThread *t : m_threads) {
        t->quit();
        t->wait();
        delete t;
    }
    m_threads.clear();
    m_workers.clear();
    emit finished();
}

QJsonObject TrafficGenerator::resultJson() const
{
    QJsonObject o = m_result.toJson();
    const double seconds = double(m_durationMs) / 1000.0;
    o.insert(QStringLiteral("duration_s"), std::round(seconds * 1000.0) / 1000.0);
    o.insert(QStringLiteral("rate"), seconds > 0 ? std::round(double(m_result.completed()) / seconds * 10.0) / 10.0 : 0.0);
    o.insert(QStringLiteral("clients"), QJsonObject{
                                            {QStringLiteral("count"), clientCount()},
                                            {QStringLiteral("via"), QLatin1StringView(ClientPopulation::viaName(clientsVia()))},
                                        });
    return o;
}
