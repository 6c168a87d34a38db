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
// The same without a copy when the name needs none (already lower case: the
// common case): a view of `host`, else of `lowered`, which then holds the
// lower-cased name.
std::optional<QByteArrayView> validate(QByteArrayView host, QByteArray &lowered);
} // namespace HostName
