#pragma once

#include <QStringList>

// `upstreamlab run [LAB.json] [--example NAME] [--explain]`: a lab headless, until SIGINT/SIGTERM.
int runCommand(const QStringList &arguments);
