#include "loadcommand.h"

#include "commandhelp.h"
#include "trafficcommandline.h"
#include "platform/signalwatcher.h"
#include "traffic/trafficgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LoadCommand)
};

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', us < 10000 ? 2 : 1);
}

QString latencyCells(const LatencyHistogram &h)
{
    return u"%1 %2 %3 %4 %5"_s.arg(ms(h.valueAtQuantile(0.5)), 9)
        .arg(ms(h.valueAtQuantile(0.9)), 9)
        .arg(ms(h.valueAtQuantile(0.99)), 9)
        .arg(ms(h.valueAtQuantile(0.999)), 9)
        .arg(ms(h.max()), 9);
}

QString statusList(const QMap<int, qint64> &statuses)
{
    QStringList parts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        parts << u"%1×%2"_s.arg(it.value()).arg(it.key());
    return parts.join(u' ');
}

void printSummary(QTextStream &out, const TrafficGenerator &g)
{
    const TrafficStats &r = g.result();
    const double seconds = double(g.durationMs()) / 1000.0;
    out << Tr::tr("%1 requests in %2 s, %3 req/s").arg(r.completed()).arg(seconds, 0, 'f', 2)
               .arg(seconds > 0 ? double(r.completed()) / seconds : 0.0, 0, 'f', 1)
        << '\n';
    out << Tr::tr("statuses: %1").arg(r.statuses().isEmpty() ? u"-"_s : statusList(r.statuses())) << '\n';
    QStringList errors;
    for (int k = 0; k < TrafficStats::ErrorKindCount; ++k) {
        const auto kind = TrafficStats::ErrorKind(k);
        if (r.errorCount(kind))
            errors << u"%1 %2"_s.arg(QLatin1StringView(TrafficStats::errorKindName(kind))).arg(r.errorCount(kind));
    }
    out << Tr::tr("errors: %1").arg(errors.isEmpty() ? Tr::tr("none") : errors.join(u", "_s)) << '\n';
    if (g.clientCount() > 1)
        out << Tr::tr("clients: %1 (%2)").arg(g.clientCount()).arg(QLatin1StringView(ClientPopulation::viaName(g.clientsVia()))) << '\n';
    out << '\n';
    out << u"%1 %2 %3 %4 %5 %6 %7  %8"_s.arg(Tr::tr("latency ms"), -16).arg(u"p50"_s, 9).arg(u"p90"_s, 9).arg(u"p99"_s, 9)
               .arg(u"p99.9"_s, 9).arg(u"max"_s, 9).arg(Tr::tr("requests"), 9).arg(Tr::tr("statuses"))
        << '\n';
    out << u"%1 %2 %3"_s.arg(Tr::tr("all"), -16).arg(latencyCells(r.latency())).arg(r.responses(), 9) << '\n';
    const auto upstreams = r.upstreams();
    for (auto it = upstreams.cbegin(); it != upstreams.cend(); ++it) {
        out << u"%1 %2 %3  %4"_s.arg(it.key().left(16), -16).arg(latencyCells(it->latency)).arg(it->requests, 9)
                   .arg(statusList(it->statuses))
            << '\n';
    }
    if (upstreams.isEmpty() && r.responses() > 0)
        out << Tr::tr("(no X-Upstream-Name in the answers: no per-server rows)") << '\n';
}
} // namespace

int loadCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Send HTTP/1.1 traffic to a URL on this machine and report statuses, errors, latency\n"
        "percentiles and the share of each upstream server (from X-Upstream-Name).\n"
        "\n"
        "Closed loop (default): C clients, each sends its next request when the last answer is in.\n"
        "Open loop (--rate): requests are due at planned times; latency counts from the planned\n"
        "time, so a stalled server shows in the percentiles (coordinated omission corrected).\n"
        "Paths: {n} is the request number, {key} one of --keys keys (uniform, or --zipf S).\n"
        "--clients N sends from N addresses in 127.0.0.0/8, one /24 network each (ip_hash keys on\n"
        "three octets), or names them in X-Forwarded-For where the system cannot bind them.\n"
        "The same --seed sends the same paths, keys, clients and arrival times.\n"
        "Only loopback targets are accepted. Exit status: 0 the run completed, 1 the target could\n"
        "not be reached at all, 2 bad usage."));
    parser.addPositionalArgument(u"URL"_s, Tr::tr("The target, e.g. http://127.0.0.1:8080/ (the path is the default template)."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print one JSON object on stdout instead of the table."));
    parser.addOption(helpOption);
    const TrafficCommandLine traffic(parser);
    parser.addOption(jsonOption);
    if (!parser.parse(arguments)) {
        err << "upstreamlab load: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"load"_s);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << Tr::tr("upstreamlab load: give one URL, e.g. upstreamlab load http://127.0.0.1:8080/ -n 1000 (see --help)") << '\n';
        return 2;
    }

    QStringList problems;
    TrafficOptions o;
    TrafficCommandLine::readTarget(positional.first(), &o, &problems);
    traffic.read(parser, &o, &problems, 0, 10000);
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            err << "upstreamlab load: " << p << '\n';
        return 2;
    }

    TrafficGenerator generator;
    const bool json = parser.isSet(jsonOption);
    const bool progress = isatty(fileno(stderr));
    QObject::connect(&generator, &TrafficGenerator::progressed, &generator, [&](const TrafficProgress &p) {
        if (!progress)
            return;
        const QString done = o.requests > 0 ? u"%1/%2"_s.arg(p.completed).arg(o.requests)
                                            : u"%1 s/%2 s"_s.arg(p.elapsedMs / 1000).arg(o.durationMs / 1000);
        err << '\r' << Tr::tr("%1  %2 req/s  p50 %3 ms  p99 %4 ms  errors %5  in flight %6")
                           .arg(done).arg(p.rate, 0, 'f', 0).arg(ms(p.p50Us), ms(p.p99Us)).arg(p.errors + p.serverErrors).arg(p.inFlight)
            << "\x1b[K" << Qt::flush;
    });
    QObject::connect(&generator, &TrafficGenerator::finished, QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &generator, &TrafficGenerator::stop);
    QString error;
    if (!generator.start(o, &error)) {
        err << "upstreamlab load: " << error << '\n';
        return 2;
    }
    QCoreApplication::exec();
    if (progress)
        err << '\r' << "\x1b[K" << Qt::flush;

    if (json)
        out << QJsonDocument(generator.resultJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        printSummary(out, generator);
    const TrafficStats &r = generator.result();
    if (r.responses() == 0 && r.errorCount(TrafficStats::ErrorKind::Refused) > 0) {
        err << Tr::tr("upstreamlab load: %1:%2 refused every connection").arg(o.address.toString()).arg(o.port) << '\n';
        return 1;
    }
    return 0;
}
