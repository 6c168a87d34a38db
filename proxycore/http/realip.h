#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>

// nginx's realip module: when the connection comes from a trusted address
// (set_real_ip_from), the client address is taken from a request header
// (real_ip_header). For X-Forwarded-For it is the last address, or with
// real_ip_recursive the last one that is not itself trusted.
namespace RealIp {

using Subnet = QPair<QHostAddress, int>;

bool isTrusted(const QHostAddress &address, const QList<Subnet> &trusted);
// The effective client address; `peer` when the header is absent or invalid.
QHostAddress resolve(const QHostAddress &peer, QByteArrayView headerValue, bool isForwardedFor,
                     const QList<Subnet> &trusted, bool recursive);

} // namespace RealIp
