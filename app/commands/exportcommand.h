#pragma once

#include <QStringList>

// `upstreamlab export-nginx LAB.json [-o FILE] [--snippet]`
int exportNginxCommand(const QStringList &arguments);
