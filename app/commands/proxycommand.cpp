#include "proxycommand.h"

#include "commandhelp.h"
#include "serverblocktext.h"
#include "config/labexposure.h"
#include "engine/decisiontext.h"
#include "engine/proxyengine.h"
#include "nginx/nginximporter.h"
#include "platform/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProxyCommand)
};
} // namespace

int proxyCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run Upstream Lab's proxy from an nginx configuration (headless, until SIGTERM or Ctrl-C).\n"
               "What the lab does not model is listed first, with file and line. Mock backends are not\n"
               "started: the upstream servers must be running.\n"
               "\n"
               "A listen with only a port (nginx's \"listen 80;\", all addresses) binds 127.0.0.1 here.\n"
               "A listen on an address other machines can reach (\"listen 0.0.0.0:80;\", \"listen [::]:80;\",\n"
               "a LAN address) is refused unless --allow-external is given.\n"
               "Exit codes: 0 stopped by Ctrl-C or SIGTERM (or -t: the configuration is ok); 1 the\n"
               "configuration is broken, refused as above, or a port is in use; 2 wrong arguments."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption configOption(u"c"_s, Tr::tr("The nginx configuration file."), Tr::tr("FILE"));
    const QCommandLineOption testOption(u"t"_s, Tr::tr("Only check the configuration, like nginx -t; exit 1 on errors."));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, Tr::tr("Do not print notes or the access log (and, unless --explain, keep no request records, as nginx with access_log off)."));
    const QCommandLineOption allowExternalOption(u"allow-external"_s,
                                                 Tr::tr("Let the proxy listen on addresses other machines can reach."));
    
    const QCommandLineOption explainOption(
        u"explain"_s, Tr::tr("Record why the balancer chose each server and add it to the access-log lines "
                             "(with -q: recorded, not printed; for measuring what recording costs)."));
    parser.addOptions({helpOption, configOption, testOption, quietOption, allowExternalOption, explainOption});
    if (!parser.parse(arguments)) {
        err << "upstreamlab proxy: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"proxy"_s);
        return 0;
    }
    if (!parser.isSet(configOption) || !parser.positionalArguments().isEmpty()) {
        err << Tr::tr("upstreamlab proxy: give the configuration with -c FILE (see --help)") << '\n';
        return 2;
    }
    const QString file = parser.value(configOption);
    const bool quiet = parser.isSet(quietOption);
    const NginxImportResult result = NginxImporter::importFile(file);
    for (const NginxImportIssue &issue : result.issues) {
        if (!quiet || issue.severity == NginxImportIssue::Severity::Warning)
            err << issue.toString() << '\n';
    }
    if (!result.ok) {
        err << result.error << '\n';
        err << Tr::tr("upstreamlab proxy: configuration file %1 test failed").arg(file) << '\n';
        return 1;
    }
    if (parser.isSet(testOption)) {
        err << Tr::tr("upstreamlab proxy: the configuration file %1 syntax is ok").arg(file) << '\n';
        err << Tr::tr("upstreamlab proxy: configuration file %1 test is successful").arg(file) << '\n';
        return 0;
    }

    // Only the proxy runs here (mock comments in the file are not started), so only its listeners count.
    LabConfig proxied = result.lab;
    proxied.backends.clear();
    const LabExposure exposure = LabExposure::of(proxied);
    if (!exposure.isEmpty() && !parser.isSet(allowExternalOption)) {
        err << Tr::tr("upstreamlab proxy: %1 listens where other machines can reach; not running it:").arg(file) << '\n';
        for (const QString &line : exposure.describe())
            err << "  " << line << '\n';
        err << Tr::tr("upstreamlab proxy: if you trust this configuration, run it with --allow-external") << '\n';
        return 1;
    }

    ProxyEngine engine;
    const bool explain = parser.isSet(explainOption);
    engine.setRecordDecisions(explain);
    // With -q nothing reads the log, so requests leave no record (as nginx's
    // access_log off), unless --explain asks to measure what recording costs;
    // UPSTREAMLAB_PROXY_RECORD=1 keeps the records without decisions, for the
    // same measurement (bench/instructions.sh --record, bench/run.sh).
    engine.setRecordRequests(!quiet || explain || !qEnvironmentVariableIsEmpty("UPSTREAMLAB_PROXY_RECORD"));
    QString error;
    if (!engine.start(result.lab, &error)) {
        err << "upstreamlab proxy: " << error << '\n';
        return 1;
    }
    for (const Listener &l : result.lab.listeners)
        out << Tr::tr("proxy listening on %1").arg(ServerBlockText::describe(l, engine)) << '\n';
    for (const LabExposure::Item &item : exposure.items())
        err << Tr::tr("upstreamlab proxy: warning (--allow-external): %1 is not a loopback address; other machines can reach it")
                   .arg(item.value)
            << Qt::endl;
    out << Tr::tr("Press Ctrl-C to stop.") << Qt::endl;
    if (!quiet) {
        QObject::connect(&engine, &ProxyEngine::requestsLogged, &engine, [&out, explain](const QList<RequestRecord> &records) {
            for (const RequestRecord &r : records) {
                out << r.accessLogLine();
                if (explain)
                    out << u" why: "_s << DecisionText::oneLine(r);
                out << '\n';
            }
            out.flush();
        });
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(), [&] {
        out << Tr::tr("Stopping…") << Qt::endl;
        QCoreApplication::quit();
    });
    const int rc = QCoreApplication::exec();
    engine.stop();
    return rc;
}
