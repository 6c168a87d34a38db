#include "complexvalue.h"

#include "uripath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ComplexValue)
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

using Http::hexValue;

} // namespace

QStringList ComplexValue::supportedVariables()
{
    return {u"$request_uri"_s, u"$uri"_s, u"$args"_s, u"$arg_NAME"_s, u"$http_NAME"_s,
            u"$cookie_NAME"_s, u"$remote_addr"_s, u"$host"_s, u"$scheme"_s};
}

bool ComplexValue::parse(const QString &text, QString *error)
{
    m_parts.clear();
    QString literal; // sent as UTF-8, the bytes an nginx.conf would hold
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            m_parts.append({Kind::Literal, literal.toUtf8()});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] != u'$') {
            literal.append(text[i]);
            ++i;
            continue;
        }
        ++i;
        QString name;
        if (i < text.size() && text[i] == u'{') {
            const qsizetype close = text.indexOf(u'}', i);
            if (close < 0) {
                if (error)
                    *error = Tr::tr("missing \"}\" after \"${\"");
                return false;
            }
            name = text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype start = i;
            while (i < text.size() && isNameChar(text[i]))
                ++i;
            name = text.mid(start, i - start);
        }
        flushLiteral();
        const QByteArray lower = name.toLower().toLatin1();
        if (lower == "request_uri")
            m_parts.append({Kind::RequestUri, {}});
        else if (lower == "uri")
            m_parts.append({Kind::Uri, {}});
        else if (lower == "args" || lower == "query_string")
            m_parts.append({Kind::Args, {}});
        else if (lower.startsWith("arg_") && lower.size() > 4)
            m_parts.append({Kind::Arg, name.mid(4).toLatin1()});
        else if (lower.startsWith("http_") && lower.size() > 5)
            m_parts.append({Kind::Http, lower.mid(5).replace('_', '-')});
        else if (lower.startsWith("cookie_") && lower.size() > 7)
            m_parts.append({Kind::Cookie, name.mid(7).toLatin1()});
        else if (lower == "remote_addr")
            m_parts.append({Kind::RemoteAddr, {}});
        else if (lower == "host")
            m_parts.append({Kind::Host, {}});
        else if (lower == "scheme")
            m_parts.append({Kind::Literal, "http"}); // the lab's listeners speak plain HTTP
        else {
            if (error)
                *error = Tr::tr("unsupported variable \"$%1\" (supported: %2)")
                             .arg(name, supportedVariables().join(u", "_s));
            return false;
        }
    }
    flushLiteral();
    return true;
}

QByteArray ComplexValue::evaluate(const Request &request) const
{
    QByteArray out;
    const QByteArrayView target = request.target;
    const qsizetype q = target.indexOf('?');
    const QByteArrayView path = q < 0 ? target : target.first(q);
    const QByteArrayView args = q < 0 ? QByteArrayView() : target.sliced(q + 1);
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal:
            out.append(part.text);
            break;
        case Kind::RequestUri:
            out.append(target);
            break;
        case Kind::Uri:
            if (!UriPath::needsNormalizing(path))
                out.append(path);
            else
                out.append(UriPath::normalized(path).value_or(path.toByteArray())); // nullopt: already answered 400
            break;
        case Kind::Args:
            out.append(args);
            break;
        case Kind::Arg: {
            // First "name=value" pair, name compared case-insensitively, value raw.
            for (QByteArrayView pair : QByteArray(args.toByteArray()).split('&')) {
                const qsizetype eq = pair.indexOf('=');
                const QByteArrayView name = eq < 0 ? pair : pair.first(eq);
                if (Http::equalsIgnoreCase(name, part.text)) {
                    if (eq >= 0)
                        out.append(pair.sliced(eq + 1));
                    break;
                }
            }
            break;
        }
        case Kind::Http:
            out.append(request.head->value(part.text));
            break;
        case Kind::Cookie: {
            const QByteArray cookies = request.head->value("cookie").toByteArray();
            for (const QByteArray &item : cookies.split(';')) {
                const QByteArray trimmed = item.trimmed();
                const qsizetype eq = trimmed.indexOf('=');
                if (eq > 0 && QByteArrayView(trimmed).first(eq) == part.text) {
                    out.append(trimmed.mid(eq + 1));
                    break;
                }
            }
            break;
        }
        case Kind::RemoteAddr:
            out.append(request.clientIp);
            break;
        case Kind::Host: {
            // Host without the port, lower case (nginx's $host).
            QByteArray host = request.head->value("host").toByteArray().toLower();
            if (!host.startsWith('[')) {
                const qsizetype colon = host.lastIndexOf(':');
                if (colon >= 0)
                    host.truncate(colon);
            } else if (const qsizetype close = host.indexOf(']'); close >= 0) {
                host.truncate(close + 1);
            }
            out.append(host);
            break;
        }
        }
    }
    return out;
}
