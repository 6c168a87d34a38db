#pragma once

// A loopback port for a test server that is bound later (a lab's mock, a
// child process's listener). Binding to port 0 and reading the port back is
// not enough: that port lies in the ephemeral range, where the client sockets
// of every test running in parallel draw their ports too, so it can be taken
// between the probe and the real bind. Ports come from 20000..32767 instead
// (below the ephemeral ranges of Linux, Windows and macOS), from a random
// start per process, each handed out once.

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>

inline quint16 freePort()
{
    constexpr int first = 20000;
    constexpr int count = 12768;
    static int next = first + int(QRandomGenerator::global()->bounded(count));
    static QSet<int> handedOut;
    for (int i = 0; i < count; ++i) {
        const int port = first + (next - first + i) % count;
        if (handedOut.contains(port))
            continue;
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port))) {
            handedOut.insert(port);
            next = port + 1;
            return quint16(port);
        }
    }
    return 0;
}
