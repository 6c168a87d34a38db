#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The host a request names, as nginx reads it (ngx_http_validate_host):
// lower-cased, without its port and a trailing dot. nullopt for what nginx
// answers with 400 "client sent invalid host header": "..", a slash, a control
// character or space, or nothing left.
namespace HostName {
std::optional<QByteArray> validated(QByteArrayView host);
} // namespace HostName
