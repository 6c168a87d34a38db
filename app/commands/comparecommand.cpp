#include "comparecommand.h"

#include "commandhelp.h"
#include "commandlab.h"
#include "methodcomparison.h"
#include "platform/signalwatcher.h"
#include "trafficcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

const char *const DefaultMethods = "round_robin,least_conn,ip_hash,hash:$request_uri,hash:$request_uri:consistent,random,random:two:least_conn";

QString ms(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', us < 10000 ? 2 : 1);
}

void printTable(QTextStream &out, const MethodComparison &c)
{
    const QStringList servers = c.serverNames();
    QString head = u"%1"_s.arg(Tr::tr("method"), -30);
    for (const QString &s : servers)
        head += u" %1"_s.arg(s.left(9), 9);
    head += u" %1 %2 %3 %4 %5 %6"_s.arg(Tr::tr("fairness"), 9).arg(u"p50 ms"_s, 8).arg(u"p99 ms"_s, 8)
                .arg(Tr::tr("errors"), 7).arg(Tr::tr("retries"), 8).arg(Tr::tr("keys moved"), 11);
    out << Tr::tr("group %1, %2 requests per method").arg(c.groupName()).arg(c.results().value(0).stats.completed()) << "\n\n";
    out << head << '\n';
    for (const MethodResult &r : c.results()) {
        QString row = u"%1"_s.arg(r.spec.text.left(30), -30);
        if (!r.skipped.isEmpty()) {
            out << row << ' ' << Tr::tr("not run: %1").arg(r.skipped) << '\n';
            continue;
        }
        for (const QString &s : servers)
            row += u" %1"_s.arg(r.perServer.value(s), 9);
        row += u" %1 %2 %3 %4 %5 %6"_s.arg(r.fairness, 9, 'f', 3)
                   .arg(ms(r.stats.latency().valueAtQuantile(0.5)), 8)
                   .arg(ms(r.stats.latency().valueAtQuantile(0.99)), 8)
                   .arg(r.stats.errors() + r.stats.serverErrors(), 7)
                   .arg(r.retries, 8)
                   .arg(r.keysMoved < 0 ? u"-"_s : u"%1 %"_s.arg(r.keysMoved * 100.0, 0, 'f', 1), 11);
        out << row << '\n';
    }
    out << '\n' << Tr::tr("fairness: Jain's index of requests / weight over the primary servers (1 = even); "
                          "keys moved: the share of keys on another server when one server is removed (hash methods)")
        << '\n';
}
} // namespace

int compareCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Send the same seeded traffic (paths, keys, client addresses, arrival times) through a copy\n"
        "of one upstream group per balancing method, each against fresh copies of the lab's mock\n"
        "backends, and report per method: requests per server, Jain's fairness index, p50/p99\n"
        "latency, errors, retries, and for hash methods the share of keys that move when a server\n"
        "is removed.\n"
        "\n"
        "Methods: round_robin, least_conn, ip_hash, hash:KEY[:consistent], random[:two[:least_conn]],\n"
        "least_time[:header|:last_byte]. Default traffic: -n 3000 -c 10 --keys 100 --clients 100\n"
        "--path /item/{key}. The lab's mock ports must be free (stop a running copy of the lab)."));
    parser.addPositionalArgument(u"LAB.json"_s, Tr::tr("The lab (default: the demo lab)."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption groupOption(u"group"_s, Tr::tr("The upstream group to compare (default: the first)."), Tr::tr("NAME"));
    const QCommandLineOption methodsOption(u"methods"_s, Tr::tr("Comma-separated methods (default: %1).").arg(QLatin1StringView(DefaultMethods)), Tr::tr("LIST"));
    const QCommandLineOption allowExternalOption(u"allow-external"_s,
                                                 Tr::tr("Run a lab that listens beyond loopback or serves files from outside its folder."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print one JSON object on stdout instead of the table."));
    parser.addOptions({helpOption, groupOption, methodsOption});
    const TrafficCommandLine traffic(parser);
    parser.addOptions({allowExternalOption, jsonOption});
    if (!parser.parse(arguments)) {
        err << "upstreamlab compare: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"compare"_s);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << Tr::tr("upstreamlab compare: expected at most one lab file, got %1").arg(positional.size()) << '\n';
        return 2;
    }

    QStringList problems;
    QList<MethodSpec> methods;
    const QString methodList = parser.isSet(methodsOption) ? parser.value(methodsOption) : QString::fromLatin1(DefaultMethods);
    for (const QString &m : methodList.split(u',', Qt::SkipEmptyParts)) {
        QString error;
        if (const auto spec = MethodSpec::parse(m, &error))
            methods.append(*spec);
        else
            problems << u"--methods: "_s + error;
    }
    if (methods.isEmpty() && problems.isEmpty())
        problems << Tr::tr("--methods: give at least one method");
    TrafficOptions o;
    o.keys = 100;
    o.clients = 100;
    o.pathTemplate = "/item/{key}";
    traffic.read(parser, &o, &problems, 3000, 0);
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            err << "upstreamlab compare: " << p << '\n';
        return 2;
    }

    int exitCode = 0;
    const auto loaded = CommandLab::load(positional, u"compare"_s, parser.isSet(allowExternalOption), err, 1, &exitCode);
    if (!loaded)
        return exitCode;
    const LabConfig &lab = loaded->lab;
    const QString &baseDirectory = loaded->baseDirectory;

    MethodComparison comparison;
    QString error;
    if (!comparison.start(lab, parser.value(groupOption), methods, o, baseDirectory, &error)) {
        err << "upstreamlab compare: " << error << '\n';
        return 2;
    }
    const bool json = parser.isSet(jsonOption);
    QObject::connect(&comparison, &MethodComparison::methodStarted, &comparison, [&](int i) {
        if (!json)
            err << Tr::tr("compare: %1 (%2 of %3)…").arg(comparison.results()[i].spec.text).arg(i + 1).arg(comparison.results().size()) << Qt::endl;
    });
    QObject::connect(&comparison, &MethodComparison::finished, QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &comparison, &MethodComparison::stop);
    QCoreApplication::exec();

    if (!comparison.errorText().isEmpty()) {
        err << "upstreamlab compare: " << comparison.errorText() << '\n';
        return 1;
    }
    if (json)
        out << QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        printTable(out, comparison);
    return 0;
}
