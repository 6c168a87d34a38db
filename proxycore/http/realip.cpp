#include "realip.h"

#include <QString>

namespace RealIp {

bool isTrusted(const QHostAddress &address, const QList<Subnet> &trusted)
{
    for (const Subnet &subnet : trusted) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress resolve(const QHostAddress &peer, QByteArrayView headerValue, bool isForwardedFor,
                     const QList<Subnet> &trusted, bool recursive)
{
    if (headerValue.isEmpty() || !isTrusted(peer, trusted))
        return peer;
    auto parse = [](QByteArrayView text) {
        QHostAddress a;
        const QByteArray trimmed = text.trimmed().toByteArray();
        return a.setAddress(QString::fromLatin1(trimmed)) ? a : QHostAddress();
    };
    if (!isForwardedFor) {
        const QHostAddress a = parse(headerValue);
        return a.isNull() ? peer : a;
    }
    // From the right: the nearest hop first.
    QList<QByteArrayView> hops;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= headerValue.size(); ++i) {
        if (i == headerValue.size() || headerValue[i] == ',') {
            hops.append(headerValue.sliced(start, i - start));
            start = i + 1;
        }
    }
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress a = parse(hops[i]);
        if (a.isNull())
            return peer; // nginx declines on an invalid element
        if (recursive && i > 0 && isTrusted(a, trusted))
            continue;
        return a;
    }
    return peer;
}

} // namespace RealIp
