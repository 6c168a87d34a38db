#pragma once

#include "config/labconfig.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

// The lab a command runs: LAB.json (or the demo lab when none is given),
// loaded with its file's problems reported, and refused — as `run` refuses it —
// when it would listen beyond loopback or serve files from outside its folder
// unless the person passed --allow-external.
struct CommandLab {
    LabConfig lab;
    QString baseDirectory;

    // On failure prints why to `err` (prefixed by "upstreamlab COMMAND: "
    // where it is ours) and sets *exitCode.
    static std::optional<CommandLab> load(const QStringList &positional, const QString &command, bool allowExternal,
                                          QTextStream &err, int failureExitCode, int *exitCode);
};
