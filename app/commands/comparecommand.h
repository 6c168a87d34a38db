#pragma once

#include <QStringList>

// `upstreamlab compare LAB.json [--group NAME] --methods LIST [traffic options] [--json]`:
// the same seeded traffic through a copy of one group per balancing method.
// Exit status: 0 compared, 1 the lab could not run, 2 bad usage.
int compareCommand(const QStringList &arguments);
