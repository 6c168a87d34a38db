#include "responsetemplate.h"

#include "http/httphead.h"
#include "http/httpwriter.h"

#include <QDateTime>

#include <optional>
#include <utility>

ResponseTemplate::ResponseTemplate(const QString &text, Escaping escaping)
    : m_escaping(escaping)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            m_parts.append({Kind::Literal, std::exchange(literal, {})});
    };
    qsizetype i = 0;
    while (i < utf8.size()) {
        const qsizetype open = utf8.indexOf("{{", i);
        const qsizetype close = open < 0 ? -1 : utf8.indexOf("}}", open + 2);
        if (open < 0 || close < 0) {
            literal += utf8.mid(i);
            break;
        }
        literal += utf8.mid(i, open - i);
        const QByteArray name = utf8.mid(open + 2, close - open - 2).trimmed();
        static const std::pair<const char *, Kind> simple[] = {
            {"name", Kind::Name},          {"port", Kind::Port},       {"method", Kind::Method},
            {"uri", Kind::Uri},            {"request_id", Kind::RequestId}, {"counter", Kind::Counter},
            {"time", Kind::Time},          {"request_head_base64", Kind::RequestHeadBase64}};
        std::optional<Part> part;
        for (const auto &[n, kind] : simple) {
            if (name == n)
                part = Part{kind, {}};
        }
        if (name.startsWith("header.") && name.size() > 7)
            part = Part{Kind::Header, name.mid(7)};
        else if (name.startsWith("query.") && name.size() > 6)
            part = Part{Kind::Query, name.mid(6)};
        if (part) {
            flush();
            m_parts.append(*part);
        } else {
            literal += utf8.mid(open, close + 2 - open);
        }
        i = close + 2;
    }
    flush();
}

void ResponseTemplate::render(const TemplateContext &c, QByteArray *out) const
{
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Literal: out->append(p.text); break;
        case Kind::Name: appendValue(out, c.name); break;
        case Kind::Port: HttpWriter::appendNumber(*out, c.port); break;
        case Kind::Method:
            if (c.head)
                appendValue(out, c.head->method());
            break;
        case Kind::Uri:
            if (c.head)
                appendValue(out, c.head->target());
            break;
        case Kind::Header:
            if (c.head)
                appendValue(out, c.head->value(p.text));
            break;
        case Kind::Query:
            if (c.head) {
                const QByteArrayView target = c.head->target();
                const qsizetype q = target.indexOf('?');
                if (q < 0)
                    break;
                // Qt 6.4's QByteArrayView has no split(); walk the pairs by hand.
                const QByteArrayView query = target.sliced(q + 1);
                qsizetype start = 0;
                while (start <= query.size()) {
                    qsizetype end = query.indexOf('&', start);
                    if (end < 0)
                        end = query.size();
                    const QByteArrayView pair = query.sliced(start, end - start);
                    const qsizetype eq = pair.indexOf('=');
                    if ((eq < 0 ? pair : pair.first(eq)) == QByteArrayView(p.text)) {
                        if (eq >= 0)
                            appendValue(out, QByteArray::fromPercentEncoding(pair.sliced(eq + 1).toByteArray().replace('+', ' ')));
                        break;
                    }
                    start = end + 1;
                }
            }
            break;
        case Kind::RequestId: appendValue(out, c.requestId); break;
        case Kind::Counter: HttpWriter::appendNumber(*out, qint64(c.counter)); break;
        case Kind::Time:
            out->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1());
            break;
        case Kind::RequestHeadBase64:
            if (c.head)
                out->append(c.head->raw().toBase64()); // base64 needs no escaping
            break;
        }
    }
}

void ResponseTemplate::appendValue(QByteArray *out, QByteArrayView value) const
{
    if (m_escaping == Escaping::None) {
        out->append(value);
        return;
    }
    if (m_escaping == Escaping::FieldValue) {
        // A decoded query value may hold CR LF: it must not end the field
        // (RFC 9110 §5.5 lets a sender replace such characters with SP).
        for (const char ch : value) {
            const auto u = static_cast<unsigned char>(ch);
            out->append((u < 0x20 && ch != '\t') || u == 0x7f ? ' ' : ch);
        }
        return;
    }
    for (const char ch : value) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out->append('\\').append(ch);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out->append("\\u00").append(hex[u >> 4]).append(hex[u & 15]);
        } else {
            out->append(ch);
        }
    }
}
