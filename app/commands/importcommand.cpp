#include "importcommand.h"

#include "commandhelp.h"
#include "config/labjson.h"
#include "nginx/nginximporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};
} // namespace

int importNginxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Read an nginx.conf (with its includes) as a lab. What the lab does not model is listed\n"
               "on standard error as \"FILE:LINE: warning: …\" (or \"note\" for what is safely ignored);\n"
               "syntax errors name the file, line and column."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, Tr::tr("Write the lab to FILE (atomically) instead of standard output."),
                                          Tr::tr("LAB.json"));
    parser.addOptions({helpOption, outputOption});
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The nginx configuration to read."));
    if (!parser.parse(arguments)) {
        err << "upstreamlab import-nginx: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"import-nginx"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("upstreamlab import-nginx: expected one nginx config file (see --help)") << '\n';
        return 2;
    }
    const NginxImportResult result = NginxImporter::importFile(parser.positionalArguments().first());
    for (const NginxImportIssue &issue : result.issues)
        err << issue.toString() << '\n';
    if (!result.ok) {
        err << result.error << '\n';
        return 1;
    }
    if (!parser.isSet(outputOption)) {
        out << LabJson::toJson(result.lab);
        return 0;
    }
    QString error;
    if (!LabJson::save(result.lab, parser.value(outputOption), &error)) {
        err << "upstreamlab import-nginx: " << error << '\n';
        return 1;
    }
    return 0;
}
