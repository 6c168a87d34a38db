#include "commands/comparecommand.h"
#include "commands/exportcommand.h"
#include "commands/importcommand.h"
#include "commands/loadcommand.h"
#include "commands/mockcommand.h"
#include "commands/proxycommand.h"
#include "commands/replaycommand.h"
#include "commands/runcommand.h"
#include "config/labconfig.h"
#include "config/labjson.h"
#include "platform/workerdispatcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#ifdef UPSTREAMLAB_WITH_GUI
#include "i18n/applanguage.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void setUpApplication()
{
    QCoreApplication::setOrganizationName(u"UpstreamLab"_s);
    QCoreApplication::setApplicationName(u"upstreamlab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(UPSTREAMLAB_VERSION));
}

QString usage()
{
    return Tr::tr("Usage: upstreamlab [LAB.json]\n"
                  "       upstreamlab COMMAND [options]\n"
                  "\n"
                  "Upstream Lab: a local HTTP load-balancing lab with nginx's semantics.\n"
                  "Without a command, opens the desktop app on LAB.json (default: the demo lab).\n"
                  "\n"
                  "Commands:\n"
                  "  run [LAB.json] [--example NAME] [--explain]\n"
                  "                                    run a lab headless, printing its access log\n"
                  "                                    (--explain: why the balancer chose each server;\n"
                  "                                    --allow-external: let it reach beyond loopback)\n"
                  "  proxy -c nginx.conf [-t]          run the proxy from an nginx config (-t: only check it)\n"
                  "  mock --listen ADDR --name NAME [behaviour]\n"
                  "                                    run mock backends (latency, errors, faults, timeline)\n"
                  "  load URL [-n N | -d DURATION] [-c C] [--rate R] [--json]\n"
                  "                                    send traffic and report latency, statuses and servers\n"
                  "  compare [LAB.json] [--group NAME] [--methods LIST] [traffic options] [--json]\n"
                  "                                    the same traffic through each balancing method, side by side\n"
                  "  replay-nginx [LAB.json] [traffic options] [--nginx PATH] [--json]\n"
                  "                                    the same requests through real nginx and the lab, compared\n"
                  "  export-nginx LAB.json [-o FILE] [--snippet]\n"
                  "                                    write the lab as an nginx.conf (nginx 1.22)\n"
                  "  import-nginx FILE [-o LAB.json]   read an nginx.conf as a lab, listing what it cannot model\n"
                  "\n"
                  "Options:\n"
                  "  -h, --help       show this help\n"
                  "  -v, --version    show the version\n"
                  "\n"
                  "Run 'upstreamlab COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread exists (Qt reads it when each thread starts).
    WorkerDispatcher::chooseBeforeThreads();
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool isHelp = first == u"-h" || first == u"--help" || first == u"help";
    const bool isVersion = first == u"-v" || first == u"--version";
    const bool isCommand = first == u"run" || first == u"proxy" || first == u"export-nginx" || first == u"import-nginx" || first == u"mock" || first == u"load" || first == u"compare"
        || first == u"replay-nginx";
    const bool looksLikeLab = first.isEmpty() || first.endsWith(u".json"_s, Qt::CaseInsensitive) || QFileInfo::exists(first);

    if (isHelp || isVersion || isCommand || !looksLikeLab) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        QTextStream out(stdout);
        if (isHelp) {
            out << usage();
            return 0;
        }
        if (isVersion) {
            out << "upstreamlab " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (!isCommand) {
            QTextStream(stderr) << Tr::tr("upstreamlab: unknown command or file \"%1\"").arg(first) << "\n\n" << usage();
            return 2;
        }
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        if (first == u"export-nginx")
            return exportNginxCommand(arguments);
        if (first == u"import-nginx")
            return importNginxCommand(arguments);
        if (first == u"proxy")
            return proxyCommand(arguments);
        if (first == u"mock")
            return mockCommand(arguments);
        if (first == u"load")
            return loadCommand(arguments);
        if (first == u"compare")
            return compareCommand(arguments);
        if (first == u"replay-nginx")
            return replayNginxCommand(arguments);
        return runCommand(arguments);
    }

#ifdef UPSTREAMLAB_WITH_GUI
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QTextStream(stderr) << Tr::tr("upstreamlab: no display found; use 'upstreamlab run' for a headless lab") << '\n';
        return 1;
    }
#endif
    QApplication app(argc, argv);
    setUpApplication();
    // Only the desktop app is translated: the command line's output is read by
    // scripts and compared with nginx's, its --help with the man page and the
    // bash completion, so it stays English (it loads no catalogue).
    AppLanguage::install(AppLanguage::chosen());
#ifdef UPSTREAMLAB_APP_ID
    // Wayland and the desktop find the window's .desktop file (and icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(UPSTREAMLAB_APP_ID));
#endif
    MainWindow window;
    if (argc > 1) {
        const QString fileName = QCoreApplication::arguments().at(1);
        if (!window.openFile(fileName)) {
            QTextStream(stderr) << window.lastError() << '\n';
            return 1;
        }
    } else {
        window.openLab(LabConfig::demo());
    }
    window.show();
    return QApplication::exec();
#else
    QTextStream(stderr) << Tr::tr("upstreamlab: built without the desktop UI; use 'upstreamlab run'") << '\n';
    return 1;
#endif
}
