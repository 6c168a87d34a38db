#include "requeststate.h"

#include "platform/byteappend.h"
#include "socketinput.h"

RequestState::RequestState()
    : requestParser(HttpParser::Kind::Request)
    , responseParser(HttpParser::Kind::Response)
{
}

void RequestState::reset()
{
    requestParser.reset();
    responseParser.reset();
    target.clear();
    x = ProxyExchange();
    for (QByteArray *kept : {&replay, &upstreamHead, &upstreamTarget, &clientOut, &responseHead}) {
        if (kept->capacity() > SocketInput::KeptCapacity)
            kept->clear(); // a large one is given back; the usual size is reused
        else
            ByteAppend::emptyForReuse(*kept);
    }
    SocketInput::trim(up, upPos);
}
