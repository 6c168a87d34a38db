#include "commandlab.h"

#include "config/labexposure.h"
#include "config/labjson.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLab)
};
} // namespace

std::optional<CommandLab> CommandLab::load(const QStringList &positional, const QString &command, bool allowExternal,
                                           QTextStream &err, int failureExitCode, int *exitCode)
{
    CommandLab result{LabConfig::demo(), {}};
    if (!positional.isEmpty()) {
        const LabLoadResult loaded = LabJson::load(positional.first());
        if (!loaded.ok) {
            err << loaded.errorText << '\n';
            *exitCode = failureExitCode;
            return std::nullopt;
        }
        result.lab = loaded.lab;
        result.baseDirectory = QFileInfo(positional.first()).absolutePath();
    }
    // A shared lab file must not open the machine: the person agrees explicitly.
    const LabExposure exposure = LabExposure::of(result.lab, result.baseDirectory);
    if (!exposure.isEmpty() && !allowExternal) {
        const QString source = positional.isEmpty() ? Tr::tr("the lab \"%1\"").arg(result.lab.name) : positional.first();
        err << Tr::tr("upstreamlab %1: %2 reaches beyond this machine's loopback or the lab's folder; not running it:").arg(command, source)
            << '\n';
        for (const QString &line : exposure.describe())
            err << "  " << line << '\n';
        err << Tr::tr("upstreamlab %1: if you trust this lab, run it with --allow-external").arg(command) << '\n';
        *exitCode = failureExitCode;
        return std::nullopt;
    }
    return result;
}
