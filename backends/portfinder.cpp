#include "portfinder.h"

#include <QCoreApplication>
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

LabConfig withTakenPortsMoved(const LabConfig &lab, QStringList *moved)
{
    LabConfig out = lab;
    QSet<quint16> taken;
    for (const MockBackendConfig &b : lab.backends)
        taken.insert(quint16(b.listen.section(u':', -1).toUInt()));
    for (const Listener &l : lab.listeners)
        taken.insert(quint16(l.port));
    for (Listener &l : out.listeners) {
        if (l.port == 0 || isFree(QHostAddress(l.address), quint16(l.port)))
            continue;
        if (moved)
            moved->append(QCoreApplication::translate("PortFinder", "%1 → a free port").arg(l.port));
        l.port = 0; // any free port: the status bar shows which
    }
    for (qsizetype i = 0; i < out.backends.size(); ++i) {
        MockBackendConfig b = out.backends[i];
        const qsizetype colon = b.listen.lastIndexOf(u':');
        const QHostAddress host(b.listen.left(colon));
        const quint16 port = quint16(b.listen.mid(colon + 1).toUInt());
        if (colon < 0 || host.isNull() || isFree(host, port))
            continue;
        const quint16 free = firstFree(host, 20000, taken);
        if (free == 0)
            continue;
        taken.insert(free);
        if (moved)
            moved->append(QCoreApplication::translate("PortFinder", "%1 %2 → %3").arg(b.name).arg(port).arg(free));
        b.listen = b.listen.left(colon + 1) + QString::number(free);
        out.replaceBackend(i, b);
    }
    return out;
}

} // namespace PortFinder
