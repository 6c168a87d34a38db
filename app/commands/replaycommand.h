#pragma once

#include <QStringList>

// `upstreamlab replay-nginx [LAB.json] [traffic options] [--nginx PATH] [--json]`:
// the same requests through real nginx and through our proxy, compared one by one.
// Exit status: 0 identical, 1 different, 2 nginx missing or failing to start,
// bad usage, or a lab that cannot run.
int replayNginxCommand(const QStringList &arguments);
