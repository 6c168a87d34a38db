#pragma once

#include <QStringList>

// `upstreamlab import-nginx FILE [-o LAB.json]`
int importNginxCommand(const QStringList &arguments);
