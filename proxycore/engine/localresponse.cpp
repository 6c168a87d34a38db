#include "localresponse.h"

#include "config/labconfig.h"
#include "http/httpwriter.h"
#include "requesttarget.h"

namespace LocalResponse {

QByteArray forReturn(const Return &ret, const Connection &connection)
{
    QByteArray body;
    QByteArray location;
    QByteArrayView type = "text/plain";
    const bool redirect = Route::isRedirect(ret.status);
    if (redirect) {
        location = ret.text.toByteArray();
        if (location.startsWith('/')) {
            // absolute_redirect on, server_name_in_redirect off, port_in_redirect on.
            QByteArray prefix = "http://" + RequestTarget::redirectHost(connection.hostField, connection.localAddress).toByteArray();
            if (connection.localPort != 80)
                prefix += ':' + QByteArray::number(connection.localPort);
            location.prepend(prefix);
        }
        type = "text/html";
    }
    if (ret.textGiven && !redirect) {
        body = ret.text.toByteArray();
    } else if (ret.status >= 300 && !(ret.status < 400 && !redirect)) {
        body = HttpWriter::statusPage(ret.status);
        type = "text/html";
    }
    return HttpWriter::localResponse(ret.status, type, location, body, connection.close, connection.headOnly);
}

QByteArray error(int status, bool close, bool headOnly)
{
    return HttpWriter::errorResponse(status, close, headOnly);
}

} // namespace LocalResponse
