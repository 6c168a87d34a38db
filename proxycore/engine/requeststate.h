#pragma once

#include "http/httpparser.h"
#include "proxyexchange.h"
#include "requesttarget.h"

#include <QByteArray>

// What a client session holds only while a request is in flight: both
// parsers, the buffers whose capacity is worth reusing, and the exchange.
// A session takes one from its worker's RequestStatePool when a request's
// first bytes arrive and gives it back when the connection turns idle, so an
// idle keep-alive connection does not hold them (nginx frees its request and
// its buffers the same way in ngx_http_set_keepalive).
struct RequestState {
    RequestState();

    // Ready for the next request on any connection; buffers of the usual
    // size keep their capacity, large ones are freed.
    void reset();

    HttpParser requestParser;
    RequestTarget target;
    QByteArray upstreamTarget; // what proxy_pass sends as the request target
    QByteArray upstreamHead;   // what goes upstream, kept for a retry
    QByteArray replay;         // body bytes already sent upstream, for a retry
    HttpParser responseParser;
    QByteArray up;             // upstream input, from upPos
    qsizetype upPos = 0;
    // The client socket's output buffer, lent to it while the request is in
    // flight (StreamSocket::swapOutputBuffer); here while the state is free.
    QByteArray clientOut;
    // The response head the client got, for the request's record.
    QByteArray responseHead;

    // The request in flight.
    ProxyExchange x;
};
