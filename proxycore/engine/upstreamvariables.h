#pragma once

#include "requestrecord.h"

#include <QByteArray>
#include <QList>

// The text of $upstream_addr and $upstream_status, as nginx writes them:
// every server tried, ", "-separated, the one that answered last. A session
// builds them only when a rule reads them.
namespace UpstreamVariables {
// The addresses tried before, then `last`'s (shared, not copied, when it
// was the only one tried: the usual case).
QByteArray addresses(const UpstreamAttempts &before, const QByteArray &last);
// Each one's status (502 for one that gave none), then `last`.
QByteArray statuses(const UpstreamAttempts &before, int last);
} // namespace UpstreamVariables
