#pragma once

#include <QCommandLineParser>
#include <QString>

namespace CommandHelp {
// Qt's help names the binary by its path; the contract is "upstreamlab COMMAND".
inline QString text(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
    if (options > 0)
        help.replace(0, options, QStringLiteral("Usage: upstreamlab ") + command);
    return help;
}
} // namespace CommandHelp
