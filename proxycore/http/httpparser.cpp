#include "httpparser.h"

#include "platform/byteappend.h"

#include <array>
#include <cstring>
#include <string_view>

namespace {

// RFC 3986 host[:port]: unreserved, pct-encoded, sub-delims, ":", "[", "]",
// as a table: one lookup per byte instead of a strchr() call.
constexpr auto HostChars = [] {
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = t[size_t(c - 32)] = true;
    for (char c : std::string_view("-._~%!$&'()*+,;=:[]"))
        t[size_t(static_cast<unsigned char>(c))] = true;
    return t;
}();

bool isFieldValueChar(unsigned char c)
{
    // VCHAR, obs-text, SP, HTAB (RFC 9110 §5.5); every other CTL is rejected.
    return c == ' ' || c == '\t' || (c >= 0x21 && c != 0x7f);
}

// Every byte of `v` is a field value byte. Eight at a time: a word with no
// byte below 0x20 and none equal to 0x7f is all VCHAR, SP or obs-text (a
// byte from 0x80 up has its top bit set, so the "below" test skips it); a
// word that has one (HTAB, or a bad byte) is checked byte by byte. Values
// are most of a head's bytes, and this was most of the parser's time.
bool isFieldValue(QByteArrayView v)
{
    constexpr quint64 Ones = 0x0101010101010101ull;
    constexpr quint64 Highs = 0x8080808080808080ull;
    const char *p = v.data();
    qsizetype n = v.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 below20 = (w - Ones * 0x20) & ~w & Highs;
        const quint64 del = w ^ (Ones * 0x7f);
        const quint64 is7f = (del - Ones) & ~del & Highs;
        if (below20 | is7f) {
            for (int i = 0; i < 8; ++i) {
                if (!isFieldValueChar(static_cast<unsigned char>(p[i])))
                    return false;
            }
        }
        p += 8;
        n -= 8;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!isFieldValueChar(static_cast<unsigned char>(p[i])))
            return false;
    }
    return true;
}

bool parseDecimal(QByteArrayView v, qint64 *out)
{
    if (v.isEmpty() || v.size() > 18)
        return false;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

using Http::hexValue;

// Finds the end of a line at or after `from`: returns the index of its LF, or -1.
qsizetype findLf(QByteArrayView input, qsizetype from)
{
    if (from >= input.size())
        return -1;
    const void *p = std::memchr(input.data() + from, '\n', size_t(input.size() - from));
    return p ? static_cast<const char *>(p) - input.data() : -1;
}

} // namespace

HttpParser::HttpParser(Kind kind)
    : HttpParser(kind, Limits())
{
}

HttpParser::HttpParser(Kind kind, Limits limits)
    : m_kind(kind)
    , m_limits(limits)
{
}

void HttpParser::reset()
{
    m_state = State::Head;
    m_head.clear();
    m_scanned = 0;
    m_lineStart = 0;
    m_skippedEmptyLines = 0;
    m_sawStartLine = false;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_trailerBytes = 0;
    m_requestWasHead = false;
    m_errorStatus = 0;
    m_errorText = "";
}

HttpParser::Step HttpParser::fail(int status, const char *text)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorText = text;
    return {Event::Error, 0, {}};
}

HttpParser::Step HttpParser::parse(QByteArrayView input)
{
    // Framing-only steps (chunk-size lines, CRLFs, trailers, skipped empty
    // lines) consume bytes without an event: keep going until one happens.
    qsizetype total = 0;
    for (;;) {
        Step step = parseOnce(input.sliced(total));
        if (step.event == Event::NeedMore && step.consumed > 0) {
            total += step.consumed;
            continue;
        }
        step.consumed += total;
        return step;
    }
}

HttpParser::Step HttpParser::parseOnce(QByteArrayView input)
{
    switch (m_state) {
    case State::Head: {
        const Step step = parseHead(input);
        if (step.event == Event::Error && m_head.m_raw.isEmpty()) {
            // Keep the complete lines seen so far, so the method and fields
            // already parsed stay readable (a HEAD's error answer has no body).
            m_head.m_raw = input.first(qMin(m_lineStart, input.size())).toByteArray();
        }
        return step;
    }
    case State::Length: {
        if (m_remaining == 0) {
            m_state = State::Done;
            return {Event::MessageComplete, 0, {}};
        }
        if (input.isEmpty())
            return {Event::NeedMore, 0, {}};
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, input.size()));
        m_remaining -= n;
        m_bodyBytes += n;
        return {Event::BodyData, n, input.first(n)};
    }
    case State::ChunkSize:
        return parseChunkSize(input);
    case State::ChunkData: {
        if (input.isEmpty())
            return {Event::NeedMore, 0, {}};
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, input.size()));
        m_remaining -= n;
        m_bodyBytes += n;
        if (m_remaining == 0)
            m_state = State::ChunkDataEnd;
        return {Event::BodyData, n, input.first(n)};
    }
    case State::ChunkDataEnd:
        if (!input.isEmpty() && input[0] == '\n' && acceptsBareLf()) {
            m_state = State::ChunkSize;
            return {Event::NeedMore, 1, {}};
        }
        if (input.size() < 2) {
            if (!input.isEmpty() && input[0] != '\r')
                return fail(400, "chunk data not followed by CRLF");
            return {Event::NeedMore, 0, {}};
        }
        if (input[0] != '\r' || input[1] != '\n')
            return fail(400, "chunk data not followed by CRLF");
        m_state = State::ChunkSize;
        return {Event::NeedMore, 2, {}};
    case State::Trailers:
        return parseTrailers(input);
    case State::UntilClose:
        if (input.isEmpty())
            return {Event::NeedMore, 0, {}};
        m_bodyBytes += input.size();
        return {Event::BodyData, input.size(), input};
    case State::Done:
        return {Event::MessageComplete, 0, {}};
    case State::Error:
        return {Event::Error, 0, {}};
    }
    return {Event::Error, 0, {}};
}

HttpParser::Step HttpParser::finish()
{
    switch (m_state) {
    case State::UntilClose:
        m_state = State::Done;
        return {Event::MessageComplete, 0, {}};
    case State::Done:
        return {Event::MessageComplete, 0, {}};
    case State::Head:
        if (m_scanned == 0)
            return {Event::NeedMore, 0, {}};
        return fail(m_kind == Kind::Request ? 400 : 502, "connection closed inside the head");
    case State::Error:
        return {Event::Error, 0, {}};
    default:
        return fail(m_kind == Kind::Request ? 400 : 502, "connection closed inside the body");
    }
}

HttpParser::Step HttpParser::parseHead(QByteArrayView input)
{
    // Validate each line as soon as its LF arrives; offsets are relative to
    // input[0], which is where the head starts (the caller re-presents it).
    for (;;) {
        const qsizetype lf = findLf(input, m_scanned);
        if (lf < 0) {
            m_scanned = input.size();
            const qsizetype pending = input.size() - m_lineStart;
            if (!m_sawStartLine) {
                if (pending > m_limits.maxStartLine)
                    return m_kind == Kind::Request ? fail(414, "request line too long")
                                                   : fail(400, "status line too long");
            } else if (pending > m_limits.maxFieldLine || input.size() > m_limits.maxHeadSize) {
                return fail(431, "header field too large");
            }
            return {Event::NeedMore, 0, {}};
        }
        m_scanned = lf + 1;
        const bool crlf = lf > m_lineStart && input[lf - 1] == '\r';
        if (!crlf && !acceptsBareLf())
            return fail(400, "line not terminated by CRLF");
        const qsizetype lineEnd = crlf ? lf - 1 : lf;
        const QByteArrayView line = input.sliced(m_lineStart, lineEnd - m_lineStart);
        const qsizetype lineStart = m_lineStart;
        m_lineStart = lf + 1;
        if (std::memchr(line.data(), '\r', size_t(line.size())))
            return fail(400, "bare CR in head");

        if (!m_sawStartLine) {
            if (line.isEmpty()) {
                // RFC 9112 §2.2: ignore empty lines before the request line (a few).
                if (m_kind == Kind::Request && ++m_skippedEmptyLines <= 4) {
                    // Consume them now so offsets start at the request line.
                    const qsizetype used = lf + 1;
                    m_scanned = 0;
                    m_lineStart = 0;
                    return {Event::NeedMore, used, {}};
                }
                return fail(400, "empty start line");
            }
            if (line.size() > m_limits.maxStartLine)
                return m_kind == Kind::Request ? fail(414, "request line too long")
                                               : fail(400, "status line too long");
            if (!parseStartLine(line))
                return {Event::Error, 0, {}};
            m_sawStartLine = true;
            continue;
        }

        if (line.isEmpty()) {
            // End of head: keep its bytes once, offsets stay valid.
            const qsizetype headSize = lf + 1;
            if (headSize > m_limits.maxHeadSize)
                return fail(431, "header fields too large");
            ByteAppend::emptyForReuse(m_head.m_raw);
            ByteAppend::append(m_head.m_raw, input.first(headSize)); // into the buffer clear() kept
            if (!finishHead())
                return {Event::Error, 0, {}};
            m_scanned = 0;
            m_lineStart = 0;
            return {Event::HeadComplete, headSize, {}};
        }
        if (line.size() > m_limits.maxFieldLine)
            return fail(431, "header field too large");
        if (m_head.m_fields.size() >= m_limits.maxFields)
            return fail(431, "too many header fields");
        if (!parseFieldLine(line, quint32(lineStart)))
            return {Event::Error, 0, {}};
    }
}

bool HttpParser::parseStartLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0) {
        fail(m_kind == Kind::Request ? 400 : 502, "malformed start line");
        return false;
    }
    if (m_kind == Kind::Request) {
        const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
        if (sp2 < 0 || sp2 == sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0) {
            fail(400, "malformed request line");
            return false;
        }
        for (qsizetype i = 0; i < sp1; ++i) {
            if (!Http::isTokenChar(line[i])) {
                fail(400, "invalid method");
                return false;
            }
        }
        for (qsizetype i = sp1 + 1; i < sp2; ++i) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            if (c <= 0x20 || c >= 0x7f) {
                fail(400, "invalid character in request target");
                return false;
            }
        }
        const QByteArrayView version = line.sliced(sp2 + 1);
        if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.'
            || version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') {
            fail(400, "malformed HTTP version");
            return false;
        }
        if (version[5] != '1') {
            fail(505, "unsupported HTTP version");
            return false;
        }
        m_head.m_method = {0, quint32(sp1)};
        m_head.m_target = {quint32(sp1 + 1), quint32(sp2 - sp1 - 1)};
        m_head.m_versionMinor = version[7] - '0';
        return true;
    }

    // Status line: HTTP-version SP 3DIGIT SP [reason]
    const QByteArrayView version = line.first(sp1);
    if (version.size() != 8 || !version.startsWith("HTTP/1.") || version[7] < '0' || version[7] > '9') {
        fail(502, "malformed status line");
        return false;
    }
    if (line.size() < sp1 + 4) {
        fail(502, "malformed status code");
        return false;
    }
    int code = 0;
    for (qsizetype i = sp1 + 1; i < sp1 + 4; ++i) {
        if (line[i] < '0' || line[i] > '9') {
            fail(502, "malformed status code");
            return false;
        }
        code = code * 10 + (line[i] - '0');
    }
    if (code < 100 || (line.size() > sp1 + 4 && line[sp1 + 4] != ' ')) {
        fail(502, "malformed status code");
        return false;
    }
    for (qsizetype i = sp1 + 4; i < line.size(); ++i) {
        if (!isFieldValueChar(static_cast<unsigned char>(line[i]))) {
            fail(502, "invalid character in reason phrase");
            return false;
        }
    }
    m_head.m_versionMinor = version[7] - '0';
    m_head.m_statusCode = code;
    const qsizetype reasonStart = qMin(line.size(), sp1 + 5);
    m_head.m_reason = {quint32(reasonStart), quint32(line.size() - reasonStart)};
    return true;
}

bool HttpParser::parseFieldLine(QByteArrayView line, quint32 offset)
{
    const int bad = m_kind == Kind::Request ? 400 : 502;
    if (line[0] == ' ' || line[0] == '\t') {
        fail(bad, "obsolete line folding");
        return false;
    }
    // One pass over the name: it ends at the first byte that is not a tchar,
    // which must be the colon.
    qsizetype colon = 0;
    while (colon < line.size() && Http::isTokenChar(line[colon]))
        ++colon;
    if (colon == 0 || colon == line.size() || line[colon] != ':') {
        if (line.indexOf(':') <= 0)
            fail(bad, "header field without a name or colon");
        else if (line[colon] == ' ' || line[colon] == '\t')
            fail(bad, "whitespace before colon in header field");
        else
            fail(bad, "invalid character in header field name");
        return false;
    }
    qsizetype vb = colon + 1;
    qsizetype ve = line.size();
    while (vb < ve && (line[vb] == ' ' || line[vb] == '\t'))
        ++vb;
    while (ve > vb && (line[ve - 1] == ' ' || line[ve - 1] == '\t'))
        --ve;
    if (!isFieldValue(line.sliced(vb, ve - vb))) {
        fail(bad, "invalid character in header field value");
        return false;
    }
    HttpHead::Field f;
    f.name = {offset, quint32(colon)};
    f.value = {offset + quint32(vb), quint32(ve - vb)};
    m_head.m_fields.append(f);
    return true;
}

bool HttpParser::finishHead()
{
    const bool request = m_kind == Kind::Request;
    const int bad = request ? 400 : 502;
    HttpHead &h = m_head;

    int contentLengths = 0;
    int transferEncodings = 0;
    int hosts = 0;
    QByteArrayView hostField;
    qint64 contentLength = 0;
    // Transfer-Encoding across all its fields: the last coding and whether
    // chunked appears anywhere else.
    int codings = 0;
    bool lastIsChunked = false;
    bool chunkedBeforeLast = false;
    bool otherCoding = false;

    for (int i = 0; i < h.fieldCount(); ++i) {
        const QByteArrayView name = h.fieldName(i);
        const QByteArrayView value = h.fieldValue(i);
        if (Http::equalsIgnoreCase(name, "content-length")) {
            if (++contentLengths > 1) {
                fail(bad, "repeated Content-Length");
                return false;
            }
            if (!parseDecimal(value, &contentLength)) {
                fail(bad, "invalid Content-Length");
                return false;
            }
        } else if (Http::equalsIgnoreCase(name, "transfer-encoding")) {
            ++transferEncodings;
            Http::forEachListElement(value, [&](QByteArrayView coding) {
                if (lastIsChunked)
                    chunkedBeforeLast = true;
                ++codings;
                lastIsChunked = Http::equalsIgnoreCase(coding, "chunked");
                if (!lastIsChunked)
                    otherCoding = true;
            });
        } else if (Http::equalsIgnoreCase(name, "host")) {
            ++hosts;
            hostField = value;
        } else if (Http::equalsIgnoreCase(name, "connection")) {
            Http::forEachListElement(value, [&](QByteArrayView t) {
                if (Http::equalsIgnoreCase(t, "close"))
                    h.m_connectionClose = true;
                else if (Http::equalsIgnoreCase(t, "keep-alive"))
                    h.m_connectionKeepAlive = true;
                else if (Http::equalsIgnoreCase(t, "upgrade"))
                    h.m_upgrade = true;
                else
                    h.m_connectionNamesOthers = true;
            });
        } else if (request && Http::equalsIgnoreCase(name, "expect")) {
            if (Http::equalsIgnoreCase(value, "100-continue"))
                h.m_expectContinue = true;
        }
    }
    if (h.m_upgrade && !h.contains("upgrade"))
        h.m_upgrade = false;
    h.m_hasContentLength = contentLengths > 0;

    if (transferEncodings > 0) {
        if (contentLengths > 0) {
            fail(bad, "both Transfer-Encoding and Content-Length");
            return false;
        }
        if (!h.isHttp11()) {
            fail(bad, "Transfer-Encoding in an HTTP/1.0 message");
            return false;
        }
        if (codings == 0 || chunkedBeforeLast) {
            fail(bad, "invalid Transfer-Encoding");
            return false;
        }
    }

    if (request) {
        if (hosts > 1 || (hosts == 0 && h.isHttp11())) {
            fail(400, hosts > 1 ? "repeated Host" : "missing Host");
            return false;
        }
        if (hosts == 1) {
            for (char c : hostField) {
                if (!HostChars[static_cast<unsigned char>(c)]) {
                    fail(400, "invalid Host");
                    return false;
                }
            }
        }
        if (transferEncodings > 0) {
            if (!lastIsChunked) {
                fail(400, "Transfer-Encoding does not end in chunked");
                return false;
            }
            if (otherCoding) {
                fail(501, "unsupported transfer coding");
                return false;
            }
            h.m_framing = BodyFraming::Chunked;
            m_state = State::ChunkSize;
        } else if (contentLengths > 0 && contentLength > 0) {
            h.m_framing = BodyFraming::ContentLength;
            h.m_contentLength = contentLength;
            m_remaining = contentLength;
            m_state = State::Length;
        } else {
            h.m_framing = BodyFraming::None;
            h.m_contentLength = 0;
            m_state = State::Done;
        }
        return true;
    }

    // Response framing (RFC 9112 §6.3)
    const int code = h.m_statusCode;
    if (m_requestWasHead || (code >= 100 && code < 200) || code == 204 || code == 304) {
        h.m_framing = BodyFraming::None;
        h.m_contentLength = contentLengths ? contentLength : 0;
        m_state = State::Done;
        return true;
    }
    if (transferEncodings > 0) {
        if (otherCoding && lastIsChunked) {
            fail(502, "unsupported transfer coding");
            return false;
        }
        if (lastIsChunked) {
            h.m_framing = BodyFraming::Chunked;
            m_state = State::ChunkSize;
        } else {
            h.m_framing = BodyFraming::UntilClose;
            m_state = State::UntilClose;
        }
    } else if (contentLengths > 0) {
        h.m_contentLength = contentLength;
        h.m_framing = contentLength > 0 ? BodyFraming::ContentLength : BodyFraming::None;
        m_remaining = contentLength;
        m_state = contentLength > 0 ? State::Length : State::Done;
    } else {
        h.m_framing = BodyFraming::UntilClose;
        m_state = State::UntilClose;
    }
    return true;
}

HttpParser::Step HttpParser::parseChunkSize(QByteArrayView input)
{
    const int bad = m_kind == Kind::Request ? 400 : 502;
    const qsizetype lf = findLf(input, 0);
    if (lf < 0) {
        if (input.size() > m_limits.maxChunkLine)
            return fail(bad, "chunk-size line too long");
        // Reject garbage early rather than waiting for a line end that never comes.
        if (!input.isEmpty() && hexValue(input[0]) < 0)
            return fail(bad, "invalid chunk size");
        return {Event::NeedMore, 0, {}};
    }
    if (lf > m_limits.maxChunkLine)
        return fail(bad, "chunk-size line too long");
    const bool crlf = lf > 0 && input[lf - 1] == '\r';
    if (!crlf && !acceptsBareLf())
        return fail(bad, "chunk-size line not terminated by CRLF");
    const QByteArrayView line = input.first(crlf ? lf - 1 : lf);

    qsizetype i = 0;
    quint64 size = 0;
    while (i < line.size() && hexValue(line[i]) >= 0) {
        if (i >= 15)
            return fail(bad, "chunk size too large");
        size = size * 16 + quint64(hexValue(line[i]));
        ++i;
    }
    if (i == 0)
        return fail(bad, "invalid chunk size");

    // chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS ( token / quoted-string ) ] )
    auto skipWs = [&] {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
    };
    for (;;) {
        skipWs();
        if (i == line.size())
            break;
        if (line[i] != ';')
            return fail(bad, "invalid chunk extension");
        ++i;
        skipWs();
        const qsizetype nameStart = i;
        while (i < line.size() && Http::isTokenChar(line[i]))
            ++i;
        if (i == nameStart)
            return fail(bad, "invalid chunk extension");
        skipWs();
        if (i < line.size() && line[i] == '=') {
            ++i;
            skipWs();
            if (i < line.size() && line[i] == '"') {
                ++i;
                bool closed = false;
                while (i < line.size()) {
                    const unsigned char c = static_cast<unsigned char>(line[i]);
                    if (c == '"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == '\\') {
                        ++i;
                        if (i == line.size())
                            break;
                        const unsigned char q = static_cast<unsigned char>(line[i]);
                        if (!(q == '\t' || (q >= 0x20 && q != 0x7f)))
                            return fail(bad, "invalid chunk extension");
                        ++i;
                        continue;
                    }
                    if (!(c == '\t' || (c >= 0x20 && c != 0x7f)))
                        return fail(bad, "invalid chunk extension");
                    ++i;
                }
                if (!closed)
                    return fail(bad, "invalid chunk extension");
            } else {
                const qsizetype valueStart = i;
                while (i < line.size() && Http::isTokenChar(line[i]))
                    ++i;
                if (i == valueStart)
                    return fail(bad, "invalid chunk extension");
            }
        }
    }

    if (size == 0) {
        m_state = State::Trailers;
        m_trailerBytes = 0;
    } else {
        m_remaining = qint64(size);
        m_state = State::ChunkData;
    }
    return {Event::NeedMore, lf + 1, {}};
}

HttpParser::Step HttpParser::parseTrailers(QByteArrayView input)
{
    const int bad = m_kind == Kind::Request ? 400 : 502;
    const qsizetype lf = findLf(input, 0);
    if (lf < 0) {
        if (m_trailerBytes + input.size() > m_limits.maxHeadSize)
            return fail(bad, "trailer section too large");
        return {Event::NeedMore, 0, {}};
    }
    const bool crlf = lf > 0 && input[lf - 1] == '\r';
    if (!crlf && !acceptsBareLf())
        return fail(bad, "trailer line not terminated by CRLF");
    const QByteArrayView line = input.first(crlf ? lf - 1 : lf);
    if (std::memchr(line.data(), '\r', size_t(line.size())))
        return fail(bad, "bare CR in trailer");
    m_trailerBytes += lf + 1;
    if (m_trailerBytes > m_limits.maxHeadSize)
        return fail(bad, "trailer section too large");
    if (line.isEmpty()) {
        m_state = State::Done;
        return {Event::MessageComplete, lf + 1, {}};
    }
    // Validate like a header field, then drop it: trailers are not forwarded
    // (RFC 9110 §6.5.1 lets a recipient discard them).
    const int fieldsBefore = int(m_head.m_fields.size());
    if (!parseFieldLine(line, 0))
        return {Event::Error, 0, {}};
    m_head.m_fields.resize(fieldsBefore);
    return {Event::NeedMore, lf + 1, {}};
}
