#pragma once

#include "config/labconfig.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>

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

// The lab with each mock and listener whose port is taken now moved: a mock
// to a free loopback port (its servers follow), a listener to "any free port".
// A built-in example should run where nginx or another lab already holds
// 8080 or 9001. `moved` gets one line per move ("8080 → a free port").
LabConfig withTakenPortsMoved(const LabConfig &lab, QStringList *moved = nullptr);

} // namespace PortFinder
