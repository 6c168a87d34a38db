#include "replaycommand.h"

#include "commandhelp.h"
#include "commandlab.h"
#include "nginxreplay.h"
#include "platform/signalwatcher.h"
#include "trafficcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReplayNginxCommand)
};
constexpr int Context = 3; // requests shown on each side of the first divergence
} // namespace

int replayNginxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Run the lab through real nginx and through Upstream Lab's proxy, each in front of fresh copies\n"
        "of the lab's mock backends, send both the same requests (paths, methods, client addresses),\n"
        "and compare request by request which backend answered and the status.\n"
        "nginx runs from a private temporary prefix on free loopback ports (daemon off, its own pid file\n"
        "and error log) and is stopped by its pid. Default traffic: -n 200 -c 1 (one request at a time,\n"
        "so both see the same order). The lab's mock ports must be free.\n"
        "Exit status: 0 identical, 1 different, 2 nginx missing or failing to start, bad usage, or a lab\n"
        "that cannot run."));
    parser.addPositionalArgument(u"LAB.json"_s, Tr::tr("The lab (default: the demo lab)."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption nginxOption(u"nginx"_s, Tr::tr("The nginx binary (default: /usr/sbin/nginx, else nginx on the PATH)."), Tr::tr("PATH"));
    const QCommandLineOption allowExternalOption(u"allow-external"_s,
                                                 Tr::tr("Run a lab that listens beyond loopback or serves files from outside its folder."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print one JSON object on stdout."));
    parser.addOptions({helpOption, nginxOption});
    const TrafficCommandLine traffic(parser);
    parser.addOptions({allowExternalOption, jsonOption});
    if (!parser.parse(arguments)) {
        err << "upstreamlab replay-nginx: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"replay-nginx"_s);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    QStringList problems;
    if (positional.size() > 1)
        problems << Tr::tr("expected at most one lab file, got %1").arg(positional.size());
    TrafficOptions o;
    o.concurrency = 1;
    traffic.read(parser, &o, &problems, 200, 0);
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            err << "upstreamlab replay-nginx: " << p << '\n';
        return 2;
    }

    int exitCode = 0;
    const auto loaded = CommandLab::load(positional, u"replay-nginx"_s, parser.isSet(allowExternalOption), err, 2, &exitCode);
    if (!loaded)
        return exitCode;
    const LabConfig &lab = loaded->lab;
    const QString &baseDirectory = loaded->baseDirectory;

    NginxReplay replay;
    const bool json = parser.isSet(jsonOption);
    QObject::connect(&replay, &NginxReplay::phaseStarted, &replay, [&](const QString &what) {
        if (!json)
            err << Tr::tr("replay-nginx: %1 requests through %2…").arg(o.requests).arg(what) << Qt::endl;
    });
    QObject::connect(&replay, &NginxReplay::finished, QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &replay, &NginxReplay::stop);
    QString error;
    if (!replay.start(lab, o, baseDirectory, parser.value(nginxOption), &error)) {
        err << "upstreamlab replay-nginx: " << error << '\n';
        return 2;
    }
    QCoreApplication::exec();

    if (replay.outcome() == NginxReplay::Outcome::NginxFailed || replay.outcome() == NginxReplay::Outcome::LabFailed) {
        err << "upstreamlab replay-nginx: " << replay.errorText() << '\n';
        if (json)
            out << QJsonDocument(replay.toJson()).toJson(QJsonDocument::Compact) << '\n';
        return 2;
    }
    if (json) {
        out << QJsonDocument(replay.toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else if (replay.outcome() == NginxReplay::Outcome::Identical) {
        out << Tr::tr("identical for %1/%1 requests").arg(replay.requests()) << '\n';
    } else {
        if (!replay.errorText().isEmpty())
            out << replay.errorText() << '\n';
        out << Tr::tr("different: %1 of %2 requests; the first at request %3:")
                   .arg(replay.differences())
                   .arg(replay.requests())
                   .arg(replay.firstDivergence() + 1)
            << '\n';
        for (const QString &line : replay.describe(replay.firstDivergence() - Context, replay.firstDivergence() + Context))
            out << "  " << line << '\n';
        const QStringList reasons = replay.reasons();
        if (!reasons.isEmpty()) {
            out << Tr::tr("nginx open source cannot run this lab as the lab does:") << '\n';
            for (const QString &r : reasons)
                out << "  - " << r << '\n';
        }
    }
    return replay.outcome() == NginxReplay::Outcome::Identical ? 0 : 1;
}
