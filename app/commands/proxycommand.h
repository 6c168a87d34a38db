#pragma once

#include <QStringList>

// `upstreamlab proxy -c nginx.conf [-t]`: our proxy run straight from an nginx config.
int proxyCommand(const QStringList &arguments);
