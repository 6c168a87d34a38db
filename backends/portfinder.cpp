#include "portfinder.h"

#include <QTcpServer>

#include <algorithm>

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

LabConfig withMocksRelocated(const LabConfig &lab)
{
    LabConfig moved = lab;
    // Clear of the lab's own ports (running now) and below the ephemeral range.
    QSet<quint16> taken;
    quint16 from = 20000;
    for (const MockBackendConfig &b : lab.backends) {
        const quint16 port = quint16(b.listen.section(u':', -1).toUInt());
        taken.insert(port);
        from = std::max<quint16>(from, quint16(std::min(port + 1000, 30000)));
    }
    for (const Listener &l : lab.listeners)
        taken.insert(quint16(l.port));
    for (qsizetype i = 0; i < moved.backends.size(); ++i) {
        MockBackendConfig b = moved.backends[i];
        const quint16 port = PortFinder::firstFree(QHostAddress(QHostAddress::LocalHost), from, taken);
        taken.insert(port);
        b.listen = QStringLiteral("127.0.0.1:%1").arg(port);
        moved.replaceBackend(i, b);
    }
    return moved;
}

} // namespace PortFinder
