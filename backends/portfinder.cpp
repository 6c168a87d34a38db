#include "portfinder.h"

#include <QTcpServer>

namespace PortFinder {

bool isFree(const QHostAddress &address, quint16 port)
{
    // The same bind the mock will do (QTcpServer, SO_REUSEADDR on Unix), so
    // "free" here means "a mock can listen there".
    QTcpServer probe;
    return probe.listen(address, port);
}

quint16 firstFree(const QHostAddress &address, quint16 from, const QSet<quint16> &taken)
{
    for (quint32 port = qMax<quint32>(from, 1); port <= 65535; ++port) {
        if (!taken.contains(quint16(port)) && isFree(address, quint16(port)))
            return quint16(port);
    }
    return 0;
}

} // namespace PortFinder
