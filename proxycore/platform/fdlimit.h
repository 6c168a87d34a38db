#pragma once

#include <QtGlobal>

// The process's limit on open file descriptors (RLIMIT_NOFILE). Every client
// and upstream connection holds one; the usual soft limit (1024) is far below
// what a proxy needs, the hard limit is not. Windows has no such limit: both
// return -1 there.
namespace FdLimit {
// Raises the soft limit to the hard one (on macOS at most OPEN_MAX, which its
// setrlimit requires) and returns the soft limit now in force.
qint64 raiseOpenFileLimit();
// The soft limit in force; -1 when there is none or it cannot be read.
qint64 openFileLimit();
} // namespace FdLimit
