#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// nginx's $uri, which its locations match against: the request path
// percent-decoded, "//" merged and "." / ".." segments resolved
// (ngx_http_parse_complex_uri).
namespace UriPath {
// False for the common path that is already normal (no '%', '#', "//" or
// "/."), so the hot path allocates nothing.
bool needsNormalizing(QByteArrayView path);
// Why a path cannot be normalized (nginx answers 400 for each).
enum class Problem {
    None,
    ClimbsAboveRoot, // ".." above "/"
    BadEscape,       // a '%' not followed by two hex digits, or "%00"
};
// nullopt where nginx answers 400, and `problem` (if given) says why.
// A literal '#' ends the path.
std::optional<QByteArray> normalized(QByteArrayView path, Problem *problem = nullptr);
// Appends a decoded path escaped as nginx 1.22 sends a rewritten URI upstream
// (ngx_escape_uri, NGX_ESCAPE_URI): controls, space, '"', '#', '%', '<', '>',
// '?', '\\', '^', '`', '{', '|', '}', DEL and bytes >= 0x80 become %XX.
void appendEscaped(QByteArray &out, QByteArrayView path);
// The same for text put into arguments (NGX_ESCAPE_ARGS): also '&', '+', ';'.
void appendEscapedArgs(QByteArray &out, QByteArrayView text);
} // namespace UriPath
