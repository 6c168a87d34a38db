#include "loadcommand.h"

#include "commandhelp.h"
#include "config/units.h"
#include "platform/signalwatcher.h"
#include "traffic/trafficgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

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
    const QCommandLineOption requestsOption(u"n"_s, Tr::tr("Stop after N requests."), u"N"_s);
    const QCommandLineOption durationOption(u"d"_s, Tr::tr("Stop after this long (e.g. 10s, 1m; default 10s unless -n)."), Tr::tr("DURATION"));
    const QCommandLineOption concurrencyOption(u"c"_s, Tr::tr("Concurrent connections (default 10)."), u"C"_s);
    const QCommandLineOption rateOption(u"rate"_s, Tr::tr("Open loop at R requests per second."), u"R"_s);
    const QCommandLineOption poissonOption(u"poisson"_s, Tr::tr("Open loop: Poisson arrivals instead of constant spacing."));
    const QCommandLineOption noKeepAliveOption(u"no-keepalive"_s, Tr::tr("A new connection for every request."));
    const QCommandLineOption methodOption(u"method"_s, Tr::tr("Request method (default GET)."), u"M"_s);
    const QCommandLineOption headerOption(u"header"_s, Tr::tr("Extra request header \"Name: value\" (repeatable)."), Tr::tr("HEADER"));
    const QCommandLineOption bodySizeOption(u"body-size"_s, Tr::tr("Request body of this many bytes (e.g. 1k)."), Tr::tr("SIZE"));
    const QCommandLineOption pathOption(u"path"_s, Tr::tr("Path template, e.g. /item/{key}?n={n}."), Tr::tr("TEMPLATE"));
    const QCommandLineOption keysOption(u"keys"_s, Tr::tr("Number of distinct {key} values."), u"K"_s);
    const QCommandLineOption zipfOption(u"zipf"_s, Tr::tr("Draw keys by Zipf's law with exponent S (default: uniform)."), u"S"_s);
    const QCommandLineOption clientsOption(u"clients"_s, Tr::tr("Number of distinct client addresses."), u"N"_s);
    const QCommandLineOption seedOption(u"seed"_s, Tr::tr("Seed of the request sequence (default 1)."), u"S"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, Tr::tr("Per-request timeout (default 10s)."), Tr::tr("DURATION"));
    const QCommandLineOption threadsOption(u"threads"_s, Tr::tr("Worker threads (default 1)."), u"T"_s);
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print one JSON object on stdout instead of the table."));
    parser.addOptions({helpOption, requestsOption, durationOption, concurrencyOption, rateOption, poissonOption,
                       noKeepAliveOption, methodOption, headerOption, bodySizeOption, pathOption, keysOption,
                       zipfOption, clientsOption, seedOption, timeoutOption, threadsOption, jsonOption});
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
    const auto name = [](const QCommandLineOption &o) -> QString {
        const QString n = o.names().constLast();
        return (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    };
    const auto wholeNumber = [&](const QCommandLineOption &o, qint64 min, qint64 max, qint64 *value) {
        if (!parser.isSet(o))
            return;
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < min || v > max)
            problems << Tr::tr("%1: expected a whole number %2–%3, got \"%4\"").arg(name(o)).arg(min).arg(max).arg(parser.value(o));
        else
            *value = v;
    };
    const auto duration = [&](const QCommandLineOption &o, qint64 *value) {
        if (!parser.isSet(o))
            return;
        const auto d = Units::parseDurationMs(parser.value(o));
        if (!d || *d <= 0)
            problems << Tr::tr("%1: expected a duration such as 500ms, 10s or 1m, got \"%2\"").arg(name(o), parser.value(o));
        else
            *value = *d;
    };

    TrafficOptions o;
    // The path is taken as written, so a template ({n}, {key}) can be part of the URL.
    const QString text = positional.first();
    const qsizetype pathStart = text.indexOf(u'/', text.indexOf(u"://"_s) + 3);
    const QUrl url(pathStart > 0 ? text.left(pathStart) : text, QUrl::StrictMode);
    if (url.scheme() == u"https") {
        problems << Tr::tr("URL: https is not supported; the lab's listeners speak plain HTTP (\"%1\")").arg(text);
    } else if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != u"/")) {
        problems << Tr::tr("URL: expected http://HOST:PORT/PATH, got \"%1\"").arg(text);
    } else {
        const QString host = url.host();
        o.address = host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
        if (o.address.isNull())
            problems << Tr::tr("URL: the host must be localhost or a loopback address (127.0.0.0/8, [::1]), got \"%1\"").arg(host);
        else if (!o.address.isLoopback())
            problems << Tr::tr("URL: %1 is not on this machine: load sends only to loopback addresses (127.0.0.0/8, [::1])").arg(host);
        o.port = quint16(url.port(80));
        o.hostHeader = url.authority(QUrl::FullyEncoded).toLatin1();
        o.pathTemplate = pathStart > 0 ? text.mid(pathStart).toUtf8() : QByteArray("/");
    }
    wholeNumber(requestsOption, 1, qint64(1) << 40, &o.requests);
    duration(durationOption, &o.durationMs);
    if (!parser.isSet(requestsOption) && !parser.isSet(durationOption))
        o.durationMs = 10000;
    qint64 v = o.concurrency;
    wholeNumber(concurrencyOption, 1, 100000, &v);
    o.concurrency = int(v);
    if (parser.isSet(rateOption)) {
        bool ok = false;
        o.rate = parser.value(rateOption).toDouble(&ok);
        if (!ok || !(o.rate > 0) || o.rate > 1e7)
            problems << Tr::tr("--rate: expected requests per second above 0, got \"%1\"").arg(parser.value(rateOption));
    }
    o.poisson = parser.isSet(poissonOption);
    if (o.poisson && !parser.isSet(rateOption))
        problems << Tr::tr("--poisson needs --rate");
    o.keepAlive = !parser.isSet(noKeepAliveOption);
    if (parser.isSet(methodOption))
        o.method = parser.value(methodOption).toLatin1();
    for (const QString &h : parser.values(headerOption))
        o.headers << h.toLatin1();
    if (parser.isSet(bodySizeOption)) {
        const auto size = Units::parseSize(parser.value(bodySizeOption));
        if (!size)
            problems << Tr::tr("--body-size: expected a size such as 512, 64k or 1m, got \"%1\"").arg(parser.value(bodySizeOption));
        else
            o.bodySize = *size;
    }
    if (parser.isSet(pathOption))
        o.pathTemplate = parser.value(pathOption).toUtf8();
    v = 0;
    wholeNumber(keysOption, 1, 10000000, &v);
    o.keys = int(v);
    if (parser.isSet(zipfOption)) {
        bool ok = false;
        o.zipfExponent = parser.value(zipfOption).toDouble(&ok);
        o.keyDistribution = TrafficOptions::KeyDistribution::Zipf;
        if (!ok || !(o.zipfExponent > 0) || o.zipfExponent > 10)
            problems << Tr::tr("--zipf: expected an exponent above 0 (e.g. 1.1), got \"%1\"").arg(parser.value(zipfOption));
    }
    v = 0;
    wholeNumber(clientsOption, 1, 254 * 254, &v);
    o.clients = int(v);
    if (parser.isSet(seedOption)) {
        bool ok = false;
        o.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            problems << Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(seedOption));
    }
    qint64 timeout = o.timeoutMs;
    duration(timeoutOption, &timeout);
    o.timeoutMs = int(std::min<qint64>(timeout, 24 * 3600 * 1000));
    v = o.threads;
    wholeNumber(threadsOption, 1, 64, &v);
    o.threads = int(v);
    if (problems.isEmpty()) {
        const QString problem = TrafficGenerator::validate(o);
        if (!problem.isEmpty())
            problems << problem;
    }
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
