#pragma once

#include <QStringList>

// `upstreamlab mock --listen ADDR --name NAME [behaviour]`: mock backends,
// headless, one log line per request.
int mockCommand(const QStringList &arguments);
