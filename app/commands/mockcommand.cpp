#include "mockcommand.h"

#include "commandhelp.h"
#include "config/hostport.h"
#include "config/labexposure.h"
#include "config/labvalidator.h"
#include "config/units.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "platform/fdlimit.h"
#include "platform/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MockCommand)
};

QString logLine(const MockRequestLog &e)
{
    QString line = QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs) + u' ' + e.backend
        + u' ' + e.client + u" \""_s + QString::fromLatin1(e.method) + u' ' + QString::fromLatin1(e.uri) + u"\" "_s
        + (e.status ? QString::number(e.status) : u"-"_s) + u' ' + QString::number(e.durationMs) + u"ms"_s;
    if (e.fault >= 0)
        line += u" fault="_s + MockSyntax::faultName(MockFault::Kind(e.fault));
    return line;
}
} // namespace

int mockCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Run mock HTTP backends headless, printing one line per request, until SIGTERM or Ctrl-C.\n"
        "Give --listen once per backend (names pair with --listen in order; default mock-PORT);\n"
        "the behaviour options apply to every backend. For different behaviours per backend, use a lab\n"
        "file with 'upstreamlab run'.\n"
        "\n"
        "Latency:  20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%]\n"
        "Faults:   reset | close | mid-body | hang | drip | malformed | bad-chunk | wrong-length,\n"
        "          each KIND:PROBABILITY (drip:P:RATE, e.g. drip:0.1:2k = 2 KiB/s)\n"
        "Timeline: \"10s stop\", \"20s latency 800ms±200 on 30%\", \"40s start\"; actions: start, stop,\n"
        "          pause, resume, status N, latency SPEC, errors RATE [STATUS], errors off, fault KIND:P,\n"
        "          faults off, reset, repeat\n"
        "Body templates: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}}\n"
        "          {{counter}} {{time}}\n"
        "GET /health answers 200 (up) or 503 (failing) without latency, errors or faults.\n"
        "\n"
        "A --listen address other machines can reach (not 127.0.0.0/8, ::1 or localhost) is refused\n"
        "unless --allow-external is given. --body-file is yours to choose: any readable file.\n"
        "Exit codes: 0 stopped by Ctrl-C or SIGTERM; 1 cannot listen (refused, or the port is in use);\n"
        "2 wrong arguments."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption listenOption(u"listen"_s, Tr::tr("Address and port to listen on (repeatable); port 0 = any free port."), Tr::tr("ADDR"));
    const QCommandLineOption nameOption(u"name"_s, Tr::tr("The backend's name (repeatable, pairs with --listen)."), Tr::tr("NAME"));
    const QCommandLineOption statusOption(u"status"_s, Tr::tr("Response status (default 200)."), Tr::tr("N"));
    const QCommandLineOption latencyOption(u"latency"_s, Tr::tr("Latency per request (see above)."), Tr::tr("SPEC"));
    const QCommandLineOption errorRateOption(u"error-rate"_s, Tr::tr("Answer --error-status with this probability (0..1 or %)."), Tr::tr("P"));
    const QCommandLineOption errorStatusOption(u"error-status"_s, Tr::tr("The error status (default 500)."), Tr::tr("N"));
    const QCommandLineOption errorEveryOption(u"error-every"_s, Tr::tr("Every Nth request fails."), Tr::tr("N"));
    const QCommandLineOption errorFirstOption(u"error-first"_s, Tr::tr("The first N requests fail."), Tr::tr("N"));
    const QCommandLineOption faultOption(u"fault"_s, Tr::tr("A connection fault with its probability (repeatable)."), Tr::tr("KIND:P"));
    const QCommandLineOption bodyOption(u"body"_s, Tr::tr("Response body template."), Tr::tr("TEXT"));
    const QCommandLineOption bodyFileOption(u"body-file"_s, Tr::tr("Response body from a file."), Tr::tr("FILE"));
    const QCommandLineOption bodySizeOption(u"body-size"_s, Tr::tr("Response body of N bytes of filler (e.g. 64k, 1m)."), Tr::tr("SIZE"));
    const QCommandLineOption headerOption(u"header"_s, Tr::tr("Extra response header \"Name: value\" (repeatable; templates allowed)."), Tr::tr("HEADER"));
    const QCommandLineOption timelineOption(u"timeline"_s, Tr::tr("A chaos timeline step (repeatable, in time order)."), Tr::tr("STEP"));
    const QCommandLineOption seedOption(u"seed"_s, Tr::tr("Seed for the random draws (default: from the name)."), Tr::tr("N"));
    const QCommandLineOption pausedOption(u"paused"_s, Tr::tr("Start paused: accept connections, answer nothing."));
    const QCommandLineOption healthOption(u"health-path"_s, Tr::tr("Path of the built-in health answer (default /health; \"\" = none)."), Tr::tr("PATH"));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, Tr::tr("Do not print the request log."));
    const QCommandLineOption allowExternalOption(u"allow-external"_s,
                                                 Tr::tr("Let a mock listen on an address other machines can reach."));
    parser.addOptions({helpOption, listenOption, nameOption, statusOption, latencyOption, errorRateOption, errorStatusOption,
                       errorEveryOption, errorFirstOption, faultOption, bodyOption, bodyFileOption, bodySizeOption,
                       headerOption, timelineOption, seedOption, pausedOption, healthOption, quietOption, allowExternalOption});
    if (!parser.parse(arguments)) {
        err << "upstreamlab mock: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"mock"_s);
        return 0;
    }
    const QStringList listens = parser.values(listenOption);
    const QStringList names = parser.values(nameOption);
    if (listens.isEmpty() || !parser.positionalArguments().isEmpty() || names.size() > listens.size()) {
        err << Tr::tr("upstreamlab mock: give --listen ADDR (and optionally --name NAME) per backend (see --help)") << '\n';
        return 2;
    }

    // Everything is checked by the lab's own rules, so the messages match a lab file's.
    QStringList problems;
    const auto option = [&](const QCommandLineOption &o) -> QString { return u"--"_s + o.names().constLast(); };
    const auto integer = [&](const QCommandLineOption &o, int *outValue) {
        if (!parser.isSet(o))
            return;
        bool ok = false;
        *outValue = parser.value(o).toInt(&ok);
        if (!ok)
            problems << Tr::tr("%1: expected a whole number, got \"%2\"").arg(option(o), parser.value(o));
    };
    MockBehaviour behaviour;
    integer(statusOption, &behaviour.status);
    integer(errorStatusOption, &behaviour.errorStatus);
    integer(errorEveryOption, &behaviour.errorEvery);
    integer(errorFirstOption, &behaviour.errorFirst);
    QString error;
    if (parser.isSet(latencyOption)) {
        if (const auto l = MockSyntax::parseLatency(parser.value(latencyOption), &error))
            behaviour.latency = *l;
        else
            problems << option(latencyOption) + u": "_s + error;
    }
    if (parser.isSet(errorRateOption)) {
        if (const auto rate = MockSyntax::parseProbability(parser.value(errorRateOption)))
            behaviour.errorRate = *rate;
        else
            problems << Tr::tr("%1: expected a probability 0..1 such as 0.2 or 20%").arg(option(errorRateOption));
    }
    for (const QString &f : parser.values(faultOption)) {
        if (const auto fault = MockSyntax::parseFault(f, &error))
            behaviour.faults.append(*fault);
        else
            problems << option(faultOption) + u' ' + f + u": "_s + error;
    }
    behaviour.body = parser.value(bodyOption);
    behaviour.bodyFile = parser.value(bodyFileOption);
    if (parser.isSet(bodySizeOption)) {
        const auto size = Units::parseSize(parser.value(bodySizeOption));
        if (size)
            behaviour.bodySize = *size;
        else
            problems << Tr::tr("%1: expected a size such as 64k or 1m").arg(option(bodySizeOption));
    }
    for (const QString &h : parser.values(headerOption)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            problems << Tr::tr("%1: expected \"Name: value\", got \"%2\"").arg(option(headerOption), h);
        else
            behaviour.headers.append({h.left(colon).trimmed(), h.mid(colon + 1).trimmed()});
    }
    QList<MockTimelineStep> timeline;
    for (const QString &s : parser.values(timelineOption)) {
        if (const auto step = MockSyntax::parseStep(s, &error))
            timeline.append(*step);
        else
            problems << option(timelineOption) + u" \""_s + s + u"\": "_s + error;
    }
    quint64 seed = 0;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            problems << Tr::tr("%1: expected a whole number").arg(option(seedOption));
    }

    LabConfig lab;
    for (qsizetype i = 0; i < listens.size(); ++i) {
        MockBackendConfig b;
        b.listen = listens[i];
        const auto hp = HostPort::parse(listens[i], 0);
        b.name = i < names.size() ? names[i] : u"mock-%1"_s.arg(hp ? hp->port : 0);
        b.behaviour = behaviour;
        b.timeline = timeline;
        b.seed = seed;
        b.paused = parser.isSet(pausedOption);
        if (parser.isSet(healthOption))
            b.healthPath = parser.value(healthOption);
        lab.backends.append(b);
    }
    for (const ConfigIssue &issue : LabValidator::validate(lab)) {
        // "backends[0].error_rate: …" → "alpha: error_rate: …"
        QString where = issue.path;
        const qsizetype dot = where.indexOf(u'.');
        const int index = where.mid(9, where.indexOf(u']') - 9).toInt();
        if (where.startsWith(u"backends[") && dot > 0 && index < lab.backends.size())
            where = lab.backends[index].name + u": "_s + where.mid(dot + 1);
        problems << where + u": "_s + issue.message;
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            err << "upstreamlab mock: " << p << '\n';
        return 2;
    }

    FdLimit::raiseOpenFileLimit(); // many mocks, many connections: as the proxy does
    // Without a lab folder only addresses count: a --body-file typed here is the person's own choice.
    const LabExposure exposure = LabExposure::of(lab);
    if (!exposure.isEmpty() && !parser.isSet(allowExternalOption)) {
        for (const LabExposure::Item &item : exposure.addresses())
            err << Tr::tr("upstreamlab mock: --listen %1 is not a loopback address: other machines could reach mock %2")
                       .arg(item.written, item.backend)
                << '\n';
        err << Tr::tr("upstreamlab mock: use 127.0.0.1, or add --allow-external to let other machines in") << '\n';
        return 1;
    }

    MockBackendHost host;
    const bool quiet = parser.isSet(quietOption);
    for (const MockBackendConfig &b : std::as_const(lab.backends)) {
        MockBackend *backend = host.add(b, QDir::currentPath());
        backend->setRequestLogging(!quiet);
        QObject::connect(backend, &MockBackend::requestServed, QCoreApplication::instance(), [&out](const MockRequestLog &e) {
            out << logLine(e) << Qt::endl;
        });
        QObject::connect(backend, &MockBackend::stateChanged, QCoreApplication::instance(), [&out, backend](MockBackend::State s) {
            const QString names[] = {Tr::tr("stopped"), Tr::tr("running"), Tr::tr("paused")};
            out << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << backend->name() << ' '
                << Tr::tr("is now %1").arg(names[int(s)]) << Qt::endl;
        });
    }
    if (!host.startAll(&error)) {
        err << "upstreamlab mock: " << error << '\n';
        return 1;
    }
    for (MockBackend *b : host.backends()) {
        const auto hp = HostPort::parse(b->config().listen, 0);
        out << Tr::tr("mock %1 listening on http://%2:%3/").arg(b->name(), hp->address.toString()).arg(b->port()) << '\n';
        if (!LabExposure::isLoopbackHost(hp->address.toString()))
            err << Tr::tr("upstreamlab mock: warning (--allow-external): %1 is not a loopback address; other machines can reach it")
                       .arg(b->config().listen)
                << '\n';
    }
    out << Tr::tr("Press Ctrl-C to stop.") << Qt::endl;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(), [&] {
        out << Tr::tr("Stopping…") << Qt::endl;
        QCoreApplication::quit();
    });
    const int rc = QCoreApplication::exec();
    host.clear();
    return rc;
}
