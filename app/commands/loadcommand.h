#pragma once

#include <QStringList>

// `upstreamlab load URL [-n N | -d DURATION] [-c C] [--rate R [--poisson]] …`:
// the traffic generator headless; a summary table or one JSON object.
// Exit status: 0 the run completed (whatever the statuses), 1 the target
// could not be reached at all, 2 bad usage.
int loadCommand(const QStringList &arguments);
