#include "runcommand.h"

#include "commandhelp.h"
#include "serverblocktext.h"

#include "config/examplelabs.h"
#include "config/labexposure.h"
#include "config/labjson.h"
#include "engine/decisiontext.h"
#include "engine/proxyengine.h"
#include "platform/fdlimit.h"
#include "labsession.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "platform/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};
} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run a lab headless: its mock backends and the proxy, printing one access-log line per request.\n"
               "Without LAB.json, runs the built-in demo: the proxy on 127.0.0.1:8080 balancing\n"
               "alpha, beta and gamma on 127.0.0.1:9001-9003 by round robin. Stop with Ctrl-C.\n"
               "\n"
               "A lab file is refused when a server would listen on an address other machines can reach\n"
               "(not 127.0.0.0/8, ::1 or localhost) or a body_file lies outside the lab file's folder\n"
               "(absolute, through .. or a symlink), unless --allow-external is given.\n"
               "\n"
               "Exit codes: 0 stopped by Ctrl-C or SIGTERM; 1 the lab cannot run (a broken lab file, one\n"
               "refused as above, a port in use); 2 wrong arguments."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(helpOption);
    parser.addPositionalArgument(u"LAB.json"_s, Tr::tr("The lab to run (default: the built-in demo)."), u"[LAB.json]"_s);
    const QCommandLineOption exampleOption(u"example"_s,
                                           Tr::tr("Run a built-in example lab: %1.").arg(ExampleLabs::names().join(u", "_s)),
                                           Tr::tr("NAME"));
    const QCommandLineOption listOption(u"list-examples"_s, Tr::tr("List the built-in example labs."));
    const QCommandLineOption quietOption({u"q"_s, u"quiet"_s}, Tr::tr("Do not print the access log."));
    const QCommandLineOption allowExternalOption(
        u"allow-external"_s,
        Tr::tr("Let the lab listen on non-loopback addresses and serve files from outside its folder (refused without it)."));
    const QCommandLineOption explainOption(
        u"explain"_s, Tr::tr("Add to each access-log line why the balancer chose its server: the attempts, each pick's "
                             "numbers (current_weight, connections per weight, hash key and hash, draws) and every "
                             "server skipped with its reason."));
    parser.addOptions({exampleOption, listOption, quietOption, allowExternalOption, explainOption});
    if (!parser.parse(arguments)) {
        err << u"upstreamlab run: "_s << parser.errorText() << u"\n"_s;
        err.flush();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"run"_s);
        return 0;
    }

    if (parser.isSet(listOption)) {
        for (const QString &name : ExampleLabs::names())
            out << name.leftJustified(11) << ' ' << ExampleLabs::description(name) << '\n';
        return 0;
    }

    LabConfig lab = LabConfig::demo();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << Tr::tr("upstreamlab run: expected at most one lab file, got %1").arg(positional.size()) << '\n';
        return 2;
    }
    if (!positional.isEmpty() && parser.isSet(exampleOption)) {
        err << Tr::tr("upstreamlab run: give either LAB.json or --example, not both") << '\n';
        return 2;
    }
    QString baseDirectory;
    if (parser.isSet(exampleOption)) {
        const auto example = ExampleLabs::lab(parser.value(exampleOption));
        if (!example) {
            err << Tr::tr("upstreamlab run: unknown example \"%1\" (available: %2)")
                       .arg(parser.value(exampleOption), ExampleLabs::names().join(u", "_s))
                << '\n';
            return 2;
        }
        lab = *example;
    } else if (!positional.isEmpty()) {
        const LabLoadResult loaded = LabJson::load(positional.first());
        if (!loaded.ok) {
            err << loaded.errorText << '\n';
            return 1;
        }
        lab = loaded.lab;
        baseDirectory = QFileInfo(positional.first()).absolutePath();
    }

    // A shared lab file must not open the machine: the person agrees explicitly.
    const LabExposure exposure = LabExposure::of(lab, baseDirectory);
    const bool allowExternal = parser.isSet(allowExternalOption);
    if (!exposure.isEmpty() && !allowExternal) {
        const QString source = positional.isEmpty() ? Tr::tr("the lab \"%1\"").arg(lab.name) : positional.first();
        err << Tr::tr("upstreamlab run: %1 reaches beyond this machine's loopback or the lab's folder; not running it:").arg(source)
            << '\n';
        for (const QString &line : exposure.describe())
            err << "  " << line << '\n';
        err << Tr::tr("upstreamlab run: if you trust this lab, run it with --allow-external") << '\n';
        return 1;
    }

    LabSession session;
    const bool explain = parser.isSet(explainOption) && !parser.isSet(quietOption);
    session.engine()->setRecordDecisions(explain); // nothing is recorded unless asked
    QString error;
    if (!session.start(lab, &error, baseDirectory)) {
        err << Tr::tr("upstreamlab run: %1").arg(error) << '\n';
        return 1;
    }

    out << Tr::tr("Upstream Lab %1 — running \"%2\"").arg(QCoreApplication::applicationVersion(), lab.name) << '\n';
    for (MockBackend *b : session.mocks()->backends()) {
        out << "  " << Tr::tr("backend %1").arg(b->name()).leftJustified(20) << ' '
            << (b->isRunning() ? Tr::tr("listening on %1").arg(b->config().listen) : Tr::tr("stopped")) << '\n';
    }
    for (int i = 0; i < lab.listeners.size(); ++i) {
        const Listener &l = lab.listeners[i];
        out << "  " << Tr::tr("proxy").leftJustified(20) << ' '
            << Tr::tr("listening on %1").arg(ServerBlockText::describe(l, *session.engine())) << '\n';
        for (const RewriteRule &rule : l.rewrites)
            out << "    " << ServerBlockText::rewrite(rule) << '\n';
        for (const Route &r : l.routes) {
            for (const RewriteRule &rule : r.rewrites)
                out << "    " << Tr::tr("location %1: %2").arg(r.nginxLocation(), ServerBlockText::rewrite(rule)) << '\n';
            const UpstreamGroup *g = lab.findUpstream(r.upstream);
            if (r.returns() || !g) {
                out << "    " << Tr::tr("location %1 → return %2").arg(r.nginxLocation(), QString(QString::number(r.returnStatus) + u' ' + r.returnText).trimmed())
                    << '\n';
                continue;
            }
            QStringList servers;
            for (const UpstreamServer &s : g->servers) {
                QString text = s.name;
                if (s.weight != 1)
                    text += u" weight=%1"_s.arg(s.weight);
                if (s.backup)
                    text += u" backup"_s;
                if (s.down)
                    text += u" down"_s;
                servers.append(text);
            }
            out << "    " << Tr::tr("location %1 → upstream %2 (%3): %4")
                                  .arg(r.nginxLocation(), g->name + r.proxyUri, balancingMethodName(g->method), servers.join(u", "_s))
                << '\n';
        }
    }
    // Raised to the hard limit when the proxy started: what bounds open connections.
    if (const qint64 limit = FdLimit::openFileLimit(); limit > 0)
        out << "  " << Tr::tr("open files").leftJustified(20) << ' ' << Tr::tr("limit %1").arg(limit) << '\n';
    for (const QString &line : exposure.describe())
        err << Tr::tr("upstreamlab run: warning (--allow-external): %1").arg(line) << Qt::endl;
    out << Tr::tr("Press Ctrl-C to stop.") << Qt::endl;

    if (!parser.isSet(quietOption)) {
        QObject::connect(&session, &LabSession::requestsLogged, &session, [&out, explain](const QList<RequestRecord> &records) {
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
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [&] {
        out << Tr::tr("Stopping…") << Qt::endl;
        QCoreApplication::quit();
    });
    const int rc = QCoreApplication::exec();
    session.stop();
    return rc;
}
