#pragma once

#include "http/httphead.h"

#include <QByteArray>

// Builds the heads the proxy sends: re-serialised from parsed messages, never
// raw client bytes, with hop-by-hop fields removed.
namespace HeaderRewriter {

struct UpstreamRequest {
    QByteArrayView target;   // origin-form
    QByteArrayView host;     // Host value to send
    QByteArrayView clientIp; // for X-Real-IP / X-Forwarded-For
    bool chunkedBody = false;
    QByteArrayView upgrade;  // the client's Upgrade value when it asked to switch protocols
};

// True for fields a proxy must not forward (RFC 9110 §7.6.1), the framing
// fields it re-creates, and the ones listed in the message's Connection field.
bool isHopByHop(const HttpHead &head, QByteArrayView name);

QByteArray upstreamRequestHead(const HttpHead &request, const UpstreamRequest &params);

enum class ClientFraming { AsIs, Chunked, Close };

struct ClientResponse {
    QByteArrayView upstreamName; // X-Upstream-Name, empty = none
    ClientFraming framing = ClientFraming::AsIs;
    bool keepAlive = true;
    bool clientIsHttp10 = false;
    bool switchingProtocols = false; // a 101: keep Upgrade and say Connection: upgrade
};

QByteArray clientResponseHead(const HttpHead &response, const ClientResponse &params);

} // namespace HeaderRewriter
