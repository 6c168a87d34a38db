#include "trafficcommandline.h"

#include "config/units.h"
#include "traffic/trafficgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrafficCommandLine)
};

QString nameOf(const QCommandLineOption &o)
{
    const QString n = o.names().constLast();
    return (n.size() == 1 ? u"-"_s : u"--"_s) + n;
}
} // namespace

TrafficCommandLine::TrafficCommandLine(QCommandLineParser &parser)
    : m_requests(u"n"_s, Tr::tr("Stop after N requests."), u"N"_s)
    , m_duration(u"d"_s, Tr::tr("Stop after this long (e.g. 10s, 1m)."), Tr::tr("DURATION"))
    , m_concurrency(u"c"_s, Tr::tr("Concurrent connections (default 10)."), u"C"_s)
    , m_rate(u"rate"_s, Tr::tr("Open loop at R requests per second."), u"R"_s)
    , m_poisson(u"poisson"_s, Tr::tr("Open loop: Poisson arrivals instead of constant spacing."))
    , m_noKeepAlive(u"no-keepalive"_s, Tr::tr("A new connection for every request."))
    , m_method(u"method"_s, Tr::tr("Request method (default GET)."), u"M"_s)
    , m_header(u"header"_s, Tr::tr("Extra request header \"Name: value\" (repeatable); {client}, {key} and {n} are filled per request, "
                                          "e.g. \"Cookie: session=s{client}\"."), Tr::tr("HEADER"))
    , m_bodySize(u"body-size"_s, Tr::tr("Request body of this many bytes (e.g. 1k)."), Tr::tr("SIZE"))
    , m_path(u"path"_s, Tr::tr("Path template, e.g. /item/{key}?n={n}; alternatives separated by | are drawn per request "
                                      "(/api/{n}|/|/healthz)."), Tr::tr("TEMPLATE"))
    , m_keys(u"keys"_s, Tr::tr("Number of distinct {key} values."), u"K"_s)
    , m_zipf(u"zipf"_s, Tr::tr("Draw keys by Zipf's law with exponent S (default: uniform)."), u"S"_s)
    , m_clients(u"clients"_s, Tr::tr("Number of distinct client addresses."), u"N"_s)
    , m_seed(u"seed"_s, Tr::tr("Seed of the request sequence (default 1)."), u"S"_s)
    , m_timeout(u"timeout"_s, Tr::tr("Per-request timeout (default 10s)."), Tr::tr("DURATION"))
    , m_threads(u"threads"_s, Tr::tr("Worker threads (default 1)."), u"T"_s)
{
    parser.addOptions({m_requests, m_duration, m_concurrency, m_rate, m_poisson, m_noKeepAlive, m_method, m_header,
                       m_bodySize, m_path, m_keys, m_zipf, m_clients, m_seed, m_timeout, m_threads});
}

void TrafficCommandLine::readTarget(const QString &text, TrafficOptions *o, QStringList *problems)
{
    // The path is taken as written, so a template ({n}, {key}) can be part of the URL.
    const qsizetype pathStart = text.indexOf(u'/', text.indexOf(u"://"_s) + 3);
    const QUrl url(pathStart > 0 ? text.left(pathStart) : text, QUrl::StrictMode);
    if (url.scheme() == u"https") {
        *problems << Tr::tr("URL: https is not supported; the lab's listeners speak plain HTTP (\"%1\")").arg(text);
        return;
    }
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != u"/")) {
        *problems << Tr::tr("URL: expected http://HOST:PORT/PATH, got \"%1\"").arg(text);
        return;
    }
    const QString host = url.host();
    o->address = host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (o->address.isNull())
        *problems << Tr::tr("URL: the host must be localhost or a loopback address (127.0.0.0/8, [::1]), got \"%1\"").arg(host);
    else if (!o->address.isLoopback())
        *problems << Tr::tr("URL: %1 is not on this machine: traffic goes only to loopback addresses (127.0.0.0/8, [::1])").arg(host);
    o->port = quint16(url.port(80));
    o->hostHeader = url.authority(QUrl::FullyEncoded).toLatin1();
    o->pathTemplate = pathStart > 0 ? text.mid(pathStart).toUtf8() : QByteArray("/");
}

void TrafficCommandLine::read(const QCommandLineParser &parser, TrafficOptions *o, QStringList *problems,
                              qint64 defaultRequests, qint64 defaultDurationMs) const
{
    const auto wholeNumber = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok || v < min || v > max)
            *problems << Tr::tr("%1: expected a whole number %2–%3, got \"%4\"").arg(nameOf(option)).arg(min).arg(max).arg(parser.value(option));
        else
            *value = v;
    };
    const auto duration = [&](const QCommandLineOption &option, qint64 *value) {
        if (!parser.isSet(option))
            return;
        const auto d = Units::parseDurationMs(parser.value(option));
        if (!d || *d <= 0)
            *problems << Tr::tr("%1: expected a duration such as 500ms, 10s or 1m, got \"%2\"").arg(nameOf(option), parser.value(option));
        else
            *value = *d;
    };
    const auto number = [&](const QCommandLineOption &option, double min, double max, double *value, const QString &expected) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || !(v > min) || v > max)
            *problems << Tr::tr("%1: expected %2, got \"%3\"").arg(nameOf(option), expected, parser.value(option));
        else
            *value = v;
    };

    wholeNumber(m_requests, 1, qint64(1) << 40, &o->requests);
    duration(m_duration, &o->durationMs);
    if (!parser.isSet(m_requests) && !parser.isSet(m_duration)) {
        o->requests = defaultRequests;
        o->durationMs = defaultRequests > 0 ? 0 : defaultDurationMs;
    }
    qint64 v = o->concurrency;
    wholeNumber(m_concurrency, 1, 100000, &v);
    o->concurrency = int(v);
    number(m_rate, 0, 1e7, &o->rate, Tr::tr("requests per second above 0"));
    o->poisson = parser.isSet(m_poisson);
    if (o->poisson && !parser.isSet(m_rate))
        *problems << Tr::tr("--poisson needs --rate");
    o->keepAlive = !parser.isSet(m_noKeepAlive);
    if (parser.isSet(m_method))
        o->method = parser.value(m_method).toLatin1();
    for (const QString &h : parser.values(m_header))
        o->headers << h.toLatin1();
    if (parser.isSet(m_bodySize)) {
        const auto size = Units::parseSize(parser.value(m_bodySize));
        if (!size)
            *problems << Tr::tr("--body-size: expected a size such as 512, 64k or 1m, got \"%1\"").arg(parser.value(m_bodySize));
        else
            o->bodySize = *size;
    }
    if (parser.isSet(m_path))
        o->pathTemplate = parser.value(m_path).toUtf8();
    v = o->keys;
    wholeNumber(m_keys, 1, 10000000, &v);
    o->keys = int(v);
    if (parser.isSet(m_zipf)) {
        o->keyDistribution = TrafficOptions::KeyDistribution::Zipf;
        number(m_zipf, 0, 10, &o->zipfExponent, Tr::tr("an exponent above 0 (e.g. 1.1)"));
    }
    v = o->clients;
    wholeNumber(m_clients, 1, 254 * 254, &v);
    o->clients = int(v);
    if (parser.isSet(m_seed)) {
        bool ok = false;
        o->seed = parser.value(m_seed).toULongLong(&ok);
        if (!ok)
            *problems << Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(m_seed));
    }
    qint64 timeout = o->timeoutMs;
    duration(m_timeout, &timeout);
    o->timeoutMs = int(std::min<qint64>(timeout, 24 * 3600 * 1000));
    v = o->threads;
    wholeNumber(m_threads, 1, 64, &v);
    o->threads = int(v);
    // What the options cannot say alone (a non-loopback target, a bad header).
    if (problems->isEmpty()) {
        if (const QString problem = TrafficGenerator::validate(*o); !problem.isEmpty())
            *problems << problem;
    }
}
