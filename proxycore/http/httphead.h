#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <array>

// How the body of a message is delimited (RFC 9112 §6.3).
enum class BodyFraming {
    None,
    ContentLength,
    Chunked,
    UntilClose,
};

// A parsed request or response head. The head's bytes are kept once in raw();
// the start-line parts and fields are offsets into it, so parsing a head costs
// at most one allocation however many fields it has, and none when clear()
// could keep the previous head's buffer.
class HttpHead
{
public:
    static constexpr qsizetype KeptRawCapacity = 4 * 1024; // clear() keeps a buffer up to this size
    struct Span {
        quint32 offset = 0;
        quint32 length = 0;
    };
    struct Field {
        Span name;
        Span value;
    };

    const QByteArray &raw() const { return m_raw; }

    // Request line
    QByteArrayView method() const { return view(m_method); }
    QByteArrayView target() const { return view(m_target); }
    // Status line
    int statusCode() const { return m_statusCode; }
    QByteArrayView reason() const { return view(m_reason); }

    int versionMinor() const { return m_versionMinor; }
    bool isHttp11() const { return m_versionMinor >= 1; }

    int fieldCount() const { return int(m_fields.size()); }
    QByteArrayView fieldName(int i) const { return view(m_fields[i].name); }
    QByteArrayView fieldValue(int i) const { return view(m_fields[i].value); }
    // First value of a field, case-insensitive name; empty view if absent.
    QByteArrayView value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    // True if any field `name` lists `token` in its comma-separated value.
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    BodyFraming framing() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; }
    // A Content-Length field was sent (also where it frames no body: HEAD, 304).
    bool hasContentLength() const { return m_hasContentLength; }
    // Connection lists a token other than close, keep-alive and upgrade: a
    // field of that name is hop-by-hop too (so checking for one is worth it).
    bool connectionNamesOtherFields() const { return m_connectionNamesOthers; }
    bool connectionClose() const { return m_connectionClose; }
    bool connectionKeepAlive() const { return m_connectionKeepAlive; }
    bool expectsContinue() const { return m_expectContinue; }
    bool wantsUpgrade() const { return m_upgrade; }
    // Whether the connection may carry another message after this one.
    bool keepAlive() const;

    void clear();

private:
    friend class HttpParser;
    // A head still arriving has spans but no bytes yet: it reads as empty.
    QByteArrayView view(Span s) const
    {
        if (qsizetype(s.offset) + qsizetype(s.length) > m_raw.size())
            return {};
        return QByteArrayView(m_raw.constData() + s.offset, s.length);
    }

    QByteArray m_raw;
    Span m_method;
    Span m_target;
    Span m_reason;
    int m_statusCode = 0;
    int m_versionMinor = 1;
    QVarLengthArray<Field, 24> m_fields;
    BodyFraming m_framing = BodyFraming::None;
    qint64 m_contentLength = 0;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_expectContinue = false;
    bool m_upgrade = false;
    bool m_hasContentLength = false;
    bool m_connectionNamesOthers = false;
};

namespace Http {
// Inline: the proxy compares each field name with several names per request,
// and most comparisons end at the size check.
inline bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}
QByteArrayView trimmed(QByteArrayView v);

// RFC 9110 §5.6.2 tchar, as a table: the parser asks for every byte of
// every field name.
inline constexpr auto TokenChars = [] {
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = t[size_t(c - 32)] = true;
    for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        t[size_t(c)] = true;
    return t;
}();
inline bool isTokenChar(char c) { return TokenChars[static_cast<unsigned char>(c)]; }
// 0..15 for a hex digit, -1 otherwise.
int hexValue(char c);
// Calls f(element) for each non-empty, trimmed element of a comma-separated list.
template<typename F>
void forEachListElement(QByteArrayView list, F &&f)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= list.size(); ++i) {
        if (i == list.size() || list[i] == ',') {
            const QByteArrayView element = trimmed(list.sliced(start, i - start));
            if (!element.isEmpty())
                f(element);
            start = i + 1;
        }
    }
}
// The standard reason phrase; empty for a status without one.
const char *reasonPhrase(int status);
} // namespace Http
