#pragma once

#include "http/httphead.h"
#include "routing/proxyheaders.h"
#include "routing/responserules.h"

#include <QByteArray>
#include <QList>

// Builds the heads the proxy sends: re-serialised from parsed messages, never
// raw client bytes, with hop-by-hop fields removed.
namespace HeaderRewriter {

struct UpstreamRequest {
    QByteArrayView target;                               // origin-form
    const ProxyHeaders *lines = nullptr;       // the proxy_set_header lines, sent first; the client fields they name are not passed
    const RequestVariables *vars = nullptr;    // what the lines read
    ProxyHeaders::Sent *sent = nullptr;        // if given: what the lines sent
    bool chunkedBody = false;
};

// True for fields a proxy must not forward (RFC 9110 §7.6.1), the framing
// fields it re-creates, and the ones listed in the message's Connection field.
bool isHopByHop(const HttpHead &head, QByteArrayView name);

QByteArray upstreamRequestHead(const HttpHead &request, const UpstreamRequest &params);
// The same, appended to `out` (a buffer kept from request to request
// allocates nothing).
void appendUpstreamRequestHead(QByteArray &out, const HttpHead &request, const UpstreamRequest &params);

enum class ClientFraming { AsIs, Chunked, Close };

struct ClientResponse {
    QByteArrayView upstreamName; // X-Upstream-Name, empty = none
    const ResponseRules *rules = nullptr;   // the upstream fields hidden (nginx then sends its own Date and Server)
    QByteArrayView location;                // proxy_redirect's Location, replacing the upstream's; empty = as is
    const RequestVariables *vars = nullptr; // with `rules`: add_header's fields, evaluated into the head
    ClientFraming framing = ClientFraming::AsIs;
    bool keepAlive = true;
    bool clientIsHttp10 = false;
    bool switchingProtocols = false; // a 101: keep Upgrade and say Connection: upgrade
};

QByteArray clientResponseHead(const HttpHead &response, const ClientResponse &params);
// The same, appended to `out`.
void appendClientResponseHead(QByteArray &out, const HttpHead &response, const ClientResponse &params);

// Puts fields (add_header) into a complete response the proxy wrote itself,
// at the end of its head.
void insertFields(QByteArray &response, const QList<ResponseRules::Field> &fields);

} // namespace HeaderRewriter
