#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The responses the proxy writes itself: nginx's `return` (text, redirects,
// status pages) and its error pages. Pure: the bytes depend only on the
// arguments. A HEAD request gets the same head (Content-Length too) and no
// body, as nginx's header_only.
namespace LocalResponse {

// nginx's `return 444`: close the connection without a response.
constexpr int CloseWithoutResponse = 444;

struct Return {
    int status = 0;
    QByteArrayView text;    // the evaluated TEXT or URL
    bool textGiven = false; // the directive had a TEXT/URL argument
};

struct Connection {
    QByteArrayView hostField;    // the request's Host, for relative redirects
    QByteArrayView localAddress; // the listener's address, when there is no Host
    int localPort = 80;
    bool close = false;
    bool headOnly = false;
};

// `return CODE [TEXT]`, `return CODE URL`: a relative redirect becomes
// absolute as nginx's absolute_redirect makes it (http://HOST[:PORT]/path,
// the port unless it is 80); without text a status of 300 or more (except
// non-redirect 3xx) gets nginx's status page.
QByteArray forReturn(const Return &ret, const Connection &connection);

// An error the proxy answers itself (502, 504, 400...): nginx's small page.
QByteArray error(int status, bool close, bool headOnly);

} // namespace LocalResponse
