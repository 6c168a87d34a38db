#include "headerrewriter.h"

#include "http/httpwriter.h"

namespace HeaderRewriter {

namespace {

bool nameIs(QByteArrayView name, QByteArrayView lower)
{
    return Http::equalsIgnoreCase(name, lower);
}

void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    HttpWriter::appendField(out, name, value);
}

} // namespace

bool isHopByHop(const HttpHead &head, QByteArrayView name)
{
    // By length first: most names match none, and this runs for every field
    // of every head both ways.
    switch (name.size()) {
    case 2:
        if (nameIs(name, "te"))
            return true;
        break;
    case 5: // named by "Connection: close"
        if (head.connectionClose() && nameIs(name, "close"))
            return true;
        break;
    case 7:
        if (nameIs(name, "trailer") || nameIs(name, "upgrade"))
            return true;
        break;
    case 10:
        if (nameIs(name, "connection") || nameIs(name, "keep-alive"))
            return true;
        break;
    case 14:
        if (nameIs(name, "content-length"))
            return true;
        break;
    case 16:
        if (nameIs(name, "proxy-connection"))
            return true;
        break;
    case 17:
        if (nameIs(name, "transfer-encoding"))
            return true;
        break;
    default:
        break;
    }
    // Any other field the Connection header names (close, keep-alive and
    // upgrade are covered above).
    return head.connectionNamesOtherFields() && head.hasToken("connection", name);
}

QByteArray upstreamRequestHead(const HttpHead &request, const UpstreamRequest &params)
{
    QByteArray out;
    appendUpstreamRequestHead(out, request, params);
    return out;
}

void appendUpstreamRequestHead(QByteArray &out, const HttpHead &request, const UpstreamRequest &params)
{
    out.reserve(out.size() + request.raw().size() + 128);
    HttpWriter::append(out, request.method());
    out.append(' ');
    HttpWriter::append(out, params.target);
    HttpWriter::append(out, " HTTP/1.1\r\n");
    if (params.lines && params.vars)
        params.lines->appendTo(out, *params.vars, params.sent);
    for (int i = 0; i < request.fieldCount(); ++i) {
        const QByteArrayView name = request.fieldName(i);
        if ((params.lines && params.lines->replaces(name)) || nameIs(name, "expect") || isHopByHop(request, name))
            continue;
        appendField(out, name, request.fieldValue(i));
    }
    if (params.chunkedBody) {
        HttpWriter::append(out, "Transfer-Encoding: chunked\r\n");
    } else if (request.framing() == BodyFraming::ContentLength || request.hasContentLength()) {
        // "Content-Length: 0" too, as nginx passes it: a POST without any
        // length is refused by some servers (411).
        HttpWriter::append(out, "Content-Length: ");
        HttpWriter::appendNumber(out, request.contentLength());
        HttpWriter::append(out, "\r\n");
    }
    HttpWriter::append(out, "\r\n");
}

QByteArray clientResponseHead(const HttpHead &response, const ClientResponse &params)
{
    QByteArray out;
    appendClientResponseHead(out, response, params);
    return out;
}

void appendClientResponseHead(QByteArray &out, const HttpHead &response, const ClientResponse &params)
{
    out.reserve(out.size() + response.raw().size() + 96);
    HttpWriter::append(out, "HTTP/1.1 ");
    HttpWriter::appendNumber(out, response.statusCode());
    out.append(' ');
    if (response.reason().isEmpty())
        HttpWriter::append(out, Http::reasonPhrase(response.statusCode()));
    else
        HttpWriter::append(out, response.reason());
    HttpWriter::append(out, "\r\n");
    if (params.rules) {
        // nginx's own Server and Date, unless proxy_pass_header lets the upstream's through.
        if (params.rules->hides("server"))
            HttpWriter::append(out, "Server: upstreamlab\r\n");
        if (params.rules->hides("date"))
            appendField(out, "Date", HttpWriter::currentDate());
    }
    for (int i = 0; i < response.fieldCount(); ++i) {
        const QByteArrayView name = response.fieldName(i);
        if (isHopByHop(response, name) || nameIs(name, "x-upstream-name") || (params.rules && params.rules->hides(name)))
            continue;
        if (!params.location.isEmpty() && nameIs(name, "location"))
            appendField(out, name, params.location);
        else
            appendField(out, name, response.fieldValue(i));
    }
    if (params.rules && params.vars)
        params.rules->appendAddedFields(out, response.statusCode(), *params.vars);
    if (!params.upstreamName.isEmpty())
        appendField(out, "X-Upstream-Name", params.upstreamName);
    if (params.switchingProtocols) {
        appendField(out, "Upgrade", response.value("upgrade"));
        HttpWriter::append(out, "Connection: upgrade\r\n\r\n");
        return;
    }
    switch (params.framing) {
    case ClientFraming::AsIs:
        // Length-delimited, or no body: keep the upstream's Content-Length
        // (a HEAD or 304 response describes the entity it did not send).
        if (response.hasContentLength()) {
            HttpWriter::append(out, "Content-Length: ");
            HttpWriter::appendNumber(out, response.contentLength());
            HttpWriter::append(out, "\r\n");
        }
        break;
    case ClientFraming::Chunked:
        HttpWriter::append(out, "Transfer-Encoding: chunked\r\n");
        break;
    case ClientFraming::Close:
        break;
    }
    if (!params.keepAlive)
        HttpWriter::append(out, "Connection: close\r\n");
    else if (params.clientIsHttp10)
        HttpWriter::append(out, "Connection: keep-alive\r\n");
    HttpWriter::append(out, "\r\n");
}

void insertFields(QByteArray &response, const QList<ResponseRules::Field> &fields)
{
    if (fields.isEmpty())
        return;
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QByteArray lines;
    for (const ResponseRules::Field &field : fields)
        lines.append("\r\n").append(field.name).append(": ").append(field.value);
    response.insert(end, lines);
}

} // namespace HeaderRewriter
