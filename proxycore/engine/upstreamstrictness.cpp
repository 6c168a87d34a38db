#include "upstreamstrictness.h"

#include <cstring>

namespace UpstreamStrictness {

QString nginxWouldHave(const char *parserError)
{
    // Measured against nginx 1.22.1 (Debian 12) with a raw upstream sending
    // each malformed response. Where nginx answers 502 as well (obs-fold,
    // whitespace before the colon, a bare CR, a bad chunk size) there is
    // nothing to say.
    struct Case {
        const char *error;
        const char *nginx;
    };
    static constexpr Case cases[] = {
        {"malformed start line", "nginx 1.22 would have passed the upstream's bytes through as an HTTP/0.9 "
                                 "response (no status line, no headers)"},
        {"malformed status line", "nginx 1.22 would have passed the upstream's bytes through as an HTTP/0.9 "
                                  "response (no status line, no headers)"},
        {"malformed status code", "nginx 1.22 would have passed any three-digit status through as it is, and "
                                  "anything else as an HTTP/0.9 response (the upstream's bytes, no headers)"},
        {"invalid character in reason phrase", "nginx 1.22 would have passed the status line through as it is"},
        {"repeated Content-Length", "nginx 1.22 would have used the last Content-Length"},
        {"invalid Content-Length", "nginx 1.22 would have ignored it and read the body until the upstream closed"},
        {"header field without a name or colon", "nginx 1.22 would have passed the line on as a field with an "
                                                 "empty value"},
        {"invalid character in header field value", "nginx 1.22 would have passed a control character other "
                                                    "than NUL through unchanged"},
        {"both Transfer-Encoding and Content-Length", "nginx 1.22 would have used the chunked framing and "
                                                      "dropped the Content-Length"},
        {"Transfer-Encoding in an HTTP/1.0 message", "nginx 1.22 would have decoded the chunks"},
        {"invalid Transfer-Encoding", "nginx 1.22 would have read the body until the upstream closed"},
        {"unsupported transfer coding", "nginx 1.22 would have read the body until the upstream closed"},
    };
    for (const Case &c : cases) {
        if (std::strcmp(parserError, c.error) == 0)
            return QStringLiteral("Stricter than nginx: ") + QString::fromLatin1(c.nginx) + u'.';
    }
    return {};
}

} // namespace UpstreamStrictness
