#include "trafficpreset.h"

TrafficOptions TrafficPreset::toOptions(const QHostAddress &address, quint16 port, quint64 seed) const
{
    TrafficOptions o;
    o.address = address;
    o.port = port;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    o.hostHeader = (host + u':' + QString::number(port)).toLatin1();
    o.pathTemplate = path;
    o.headers = headers;
    o.keys = keys;
    o.clients = clients;
    o.concurrency = connections;
    o.rate = rate;
    o.timeoutMs = 30000;
    o.seed = seed;
    return o;
}
