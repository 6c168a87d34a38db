#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// nginx's $uri, which its locations match against: the request path
// percent-decoded, "//" merged and "." / ".." segments resolved
// (ngx_http_parse_complex_uri).
namespace UriPath {
// False for the common path that is already normal (no '%', "//" or "/."),
// so the hot path allocates nothing.
bool needsNormalizing(QByteArrayView path);
// nullopt when ".." climbs above the root (nginx answers 400).
std::optional<QByteArray> normalized(QByteArrayView path);
// Appends a decoded path escaped as nginx sends a rewritten URI upstream
// (ngx_escape_uri, NGX_ESCAPE_URI): controls, space, '"', '#', '%', '<', '>',
// '?', '\\', '^', '`', '{', '|', '}', DEL and bytes >= 0x80 become %XX.
void appendEscaped(QByteArray &out, QByteArrayView path);
// The same for text put into arguments (NGX_ESCAPE_ARGS): also '&', '+', ';'.
void appendEscapedArgs(QByteArray &out, QByteArrayView text);
} // namespace UriPath
