#pragma once

#include "config/labconfig.h"

#include <QHostAddress>
#include <QSet>

// Finds a port that can be listened on right now. Used when the app adds mock
// backends: "the highest port in the lab + 1" may belong to another program
// (or to an outgoing connection in the ephemeral range), and a mock that
// cannot bind is a broken lab.
namespace PortFinder {

// Whether `address:port` can be bound now (bound and released at once, so it
// can still be taken by someone else before it is used).
bool isFree(const QHostAddress &address, quint16 port);

// The first port from `from` upwards that is not in `taken` and is free now;
// 0 when none is left below 65536.
quint16 firstFree(const QHostAddress &address, quint16 from, const QSet<quint16> &taken = {});

// The lab with each mock backend moved to a free loopback port (its servers
// follow): for running a copy of a lab beside the running lab (compare and
// replay in the app).
LabConfig withMocksRelocated(const LabConfig &lab);

} // namespace PortFinder
