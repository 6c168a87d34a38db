#include "exportcommand.h"

#include "commandhelp.h"
#include "config/labjson.h"
#include "nginx/nginxexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
} // namespace

int exportNginxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write a lab as an nginx.conf that nginx 1.22 runs as is (or only its upstream blocks).\n"
               "The lab is validated first with nginx's own rules."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, Tr::tr("Write to FILE (atomically) instead of standard output."),
                                          Tr::tr("FILE"));
    const QCommandLineOption snippetOption(u"snippet"_s, Tr::tr("Only the upstream blocks."));
    parser.addOptions({helpOption, outputOption, snippetOption});
    parser.addPositionalArgument(u"LAB.json"_s, Tr::tr("The lab to export."));
    if (!parser.parse(arguments)) {
        err << "upstreamlab export-nginx: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << CommandHelp::text(parser, u"export-nginx"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("upstreamlab export-nginx: expected one lab file (see --help)") << '\n';
        return 2;
    }
    const LabLoadResult loaded = LabJson::load(parser.positionalArguments().first());
    if (!loaded.ok) {
        err << loaded.errorText << '\n';
        return 1;
    }
    const QString text = NginxExporter::exportLab(loaded.lab, parser.isSet(snippetOption)
                                                                  ? NginxExporter::Scope::UpstreamsOnly
                                                                  : NginxExporter::Scope::FullConfig);
    if (!parser.isSet(outputOption)) {
        out << text;
        return 0;
    }
    QSaveFile file(parser.value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err << Tr::tr("upstreamlab export-nginx: %1: %2").arg(parser.value(outputOption), file.errorString()) << '\n';
        return 1;
    }
    return 0;
}
