#include "scriptvalue.h"

#include "http/httphead.h"
#include "http/httpwriter.h"
#include "http/uripath.h"
#include "platform/byteappend.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScriptValue)
};

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// nginx's ngx_http_arg: the first "name=" at the start or after '&',
// the name compared case-insensitively, the value up to the next '&'.
QByteArrayView argument(QByteArrayView args, QByteArrayView name)
{
    for (qsizetype p = 0; p + name.size() < args.size(); ++p) {
        if ((p == 0 || args[p - 1] == '&') && args[p + name.size()] == '='
            && Http::equalsIgnoreCase(args.sliced(p, name.size()), name)) {
            const qsizetype start = p + name.size() + 1;
            qsizetype end = args.indexOf('&', start);
            if (end < 0)
                end = args.size();
            return args.sliced(start, end - start);
        }
    }
    return {};
}

} // namespace

QStringList ScriptValue::supportedVariables()
{
    return {u"$1..$9"_s, u"$uri"_s, u"$args"_s, u"$arg_NAME"_s, u"$is_args"_s, u"$request_uri"_s, u"$host"_s,
            u"$http_NAME"_s, u"$cookie_NAME"_s, u"$remote_addr"_s, u"$scheme"_s, u"$request_method"_s,
            u"$server_name"_s, u"$server_port"_s, u"$proxy_host"_s, u"$proxy_add_x_forwarded_for"_s,
            u"$connection_upgrade"_s, u"$request_id"_s, u"$upstream_addr"_s, u"$upstream_status"_s};
}

bool ScriptValue::parse(const QString &text, QString *error, const QSet<QString> &captureNames)
{
    m_parts.clear();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_parts.clear();
        return false;
    };
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            m_parts.append({Kind::Literal, literal.toUtf8(), 0, {}});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] != u'$') {
            literal.append(text[i++]);
            continue;
        }
        if (++i == text.size())
            return fail(Tr::tr("invalid variable name in \"%1\"").arg(text));
        flush();
        if (text[i] >= u'1' && text[i] <= u'9') {
            m_parts.append({Kind::Capture, {}, text[i].unicode() - u'0', {}});
            ++i;
            continue;
        }
        QString name;
        if (text[i] == u'{') {
            const qsizetype close = text.indexOf(u'}', i);
            if (close < 0)
                return fail(Tr::tr("the closing bracket in \"%1\" variable is missing").arg(text.mid(i + 1)));
            name = text.mid(i + 1, close - i - 1);
            i = close + 1;
            for (QChar c : std::as_const(name)) {
                if (!isNameChar(c))
                    return fail(Tr::tr("invalid variable name \"%1\"").arg(name));
            }
        } else {
            const qsizetype start = i;
            while (i < text.size() && isNameChar(text[i]))
                ++i;
            name = text.mid(start, i - start);
        }
        if (name.isEmpty())
            return fail(Tr::tr("invalid variable name in \"%1\"").arg(text));
        const QString lower = name.toLower();
        Part part;
        if (captureNames.contains(name)) {
            part.kind = Kind::NamedCapture;
            part.text = name.toLatin1();
        } else if (lower == u"uri" || lower == u"document_uri") {
            part.kind = Kind::Uri;
        } else if (lower == u"args" || lower == u"query_string") {
            part.kind = Kind::Args;
        } else if (lower == u"is_args") {
            part.kind = Kind::IsArgs;
        } else if (lower.startsWith(u"arg_") && lower.size() > 4) {
            part.kind = Kind::Arg;
            part.text = name.mid(4).toLatin1();
        } else if (lower == u"request_uri") {
            part.kind = Kind::RequestUri;
        } else if (lower == u"host") {
            part.kind = Kind::Host;
        } else if ((lower.startsWith(u"http_") && lower.size() > 5) || (lower.startsWith(u"cookie_") && lower.size() > 7)) {
            part.kind = Kind::Header;
            part.header.parse(u'$' + name); // a head variable the hash keys read too
        } else if (lower == u"remote_addr") {
            part.kind = Kind::RemoteAddr;
        } else if (lower == u"scheme") {
            part.kind = Kind::Scheme;
        } else if (lower == u"request_method") {
            part.kind = Kind::Method;
        } else if (lower == u"server_name") {
            part.kind = Kind::ServerName;
        } else if (lower == u"server_port") {
            part.kind = Kind::ServerPort;
        } else if (lower == u"proxy_host") {
            part.kind = Kind::ProxyHost;
        } else if (lower == u"proxy_add_x_forwarded_for") {
            part.kind = Kind::ProxyAddForwardedFor;
        } else if (lower == u"connection_upgrade") {
            part.kind = Kind::ConnectionUpgrade;
        } else if (lower == u"request_id") {
            part.kind = Kind::RequestId;
        } else if (lower == u"upstream_addr") {
            part.kind = Kind::UpstreamAddr;
        } else if (lower == u"upstream_status") {
            part.kind = Kind::UpstreamStatus;
        } else {
            return fail(Tr::tr("unsupported variable \"$%1\" (supported: %2)")
                            .arg(name, supportedVariables().join(u", "_s)));
        }
        m_parts.append(part);
    }
    flush();
    return true;
}

bool ScriptValue::hasVariables() const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [](const Part &p) { return p.kind != Kind::Literal; });
}

bool ScriptValue::usesCaptures() const
{
    return std::any_of(m_parts.begin(), m_parts.end(),
                       [](const Part &p) { return p.kind == Kind::Capture || p.kind == Kind::NamedCapture; });
}

bool ScriptValue::uses(Kind kind) const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [kind](const Part &p) { return p.kind == kind; });
}

void ScriptValue::appendPart(QByteArray &out, const Part &part, const RequestVariables &vars) const
{
    switch (part.kind) {
    case Kind::Literal:
        HttpWriter::append(out, part.text);
        break;
    case Kind::Capture:
        if (vars.captures)
            HttpWriter::append(out, vars.captures->group(part.number));
        break;
    case Kind::NamedCapture:
        if (vars.captures) {
            if (const QByteArray *value = vars.captures->namedGroup(part.text))
                HttpWriter::append(out, *value);
        }
        break;
    case Kind::Uri:
        HttpWriter::append(out, vars.uri);
        break;
    case Kind::Args:
        HttpWriter::append(out, vars.args);
        break;
    case Kind::IsArgs:
        if (!vars.args.isEmpty())
            out.append('?');
        break;
    case Kind::Arg:
        HttpWriter::append(out, argument(vars.args, part.text));
        break;
    case Kind::RequestUri:
        HttpWriter::append(out, vars.requestUri);
        break;
    case Kind::Host:
        HttpWriter::append(out, vars.host);
        break;
    case Kind::Header:
        if (vars.head)
            HttpWriter::append(out, part.header.evaluate({vars.head, vars.requestUri, vars.remoteAddr}));
        break;
    case Kind::RemoteAddr:
        HttpWriter::append(out, vars.remoteAddr);
        break;
    case Kind::Scheme:
        HttpWriter::append(out, "http"); // the lab's listeners speak plain HTTP
        break;
    case Kind::Method:
        if (vars.head)
            HttpWriter::append(out, vars.head->method());
        break;
    case Kind::ServerName:
        HttpWriter::append(out, vars.serverName);
        break;
    case Kind::ServerPort:
        HttpWriter::append(out, vars.serverPort);
        break;
    case Kind::ProxyHost:
        HttpWriter::append(out, vars.proxyHost);
        break;
    case Kind::ProxyAddForwardedFor: {
        // Every X-Forwarded-For field the client sent, then $remote_addr.
        if (vars.head) {
            for (int i = 0; i < vars.head->fieldCount(); ++i) {
                if (Http::equalsIgnoreCase(vars.head->fieldName(i), "x-forwarded-for")) {
                    HttpWriter::append(out, vars.head->fieldValue(i));
                    HttpWriter::append(out, ", ");
                }
            }
        }
        HttpWriter::append(out, vars.remoteAddr);
        break;
    }
    case Kind::ConnectionUpgrade:
        // map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
        if (vars.head && !vars.head->value("upgrade").isEmpty())
            HttpWriter::append(out, "upgrade");
        break;
    case Kind::RequestId:
        if (vars.requestId) {
            if (vars.requestId->isEmpty()) {
                quint32 random[4];
                QRandomGenerator::global()->fillRange(random);
                *vars.requestId = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
            }
            HttpWriter::append(out, *vars.requestId);
        }
        break;
    case Kind::UpstreamAddr:
        HttpWriter::append(out, vars.upstreamAddr);
        break;
    case Kind::UpstreamStatus:
        HttpWriter::append(out, vars.upstreamStatus);
        break;
    }
}

QByteArray ScriptValue::evaluate(const RequestVariables &vars) const
{
    if (m_parts.size() == 1 && m_parts.front().kind == Kind::Literal)
        return m_parts.front().text;
    QByteArray out;
    for (const Part &part : m_parts)
        appendPart(out, part, vars);
    return out;
}

void ScriptValue::appendTo(QByteArray &out, const RequestVariables &vars) const
{
    for (const Part &part : m_parts)
        appendPart(out, part, vars);
}

QByteArrayView ScriptValue::appendField(QByteArray &out, QByteArrayView lineStart, const RequestVariables &vars) const
{
    const qsizetype start = out.size();
    HttpWriter::append(out, lineStart);
    const qsizetype valueStart = out.size();
    appendTo(out, vars);
    const qsizetype valueSize = out.size() - valueStart;
    if (valueSize == 0) {
        ByteAppend::resize(out, start); // no such field: the line is taken back
        return {};
    }
    HttpWriter::append(out, "\r\n");
    return QByteArrayView(out).sliced(valueStart, valueSize);
}

QByteArray ScriptValue::evaluateReplacement(const RequestVariables &vars, bool redirect, bool quotedUri,
                                            qsizetype *argsStart) const
{
    QByteArray out;
    bool inArgs = false;
    *argsStart = -1;
    for (const Part &part : m_parts) {
        if (part.kind == Kind::Literal && !redirect && !inArgs) {
            const qsizetype q = part.text.indexOf('?');
            if (q >= 0) {
                out.append(QByteArrayView(part.text).first(q));
                inArgs = true;
                *argsStart = out.size();
                out.append(QByteArrayView(part.text).sliced(q + 1));
                continue;
            }
        }
        if (part.kind == Kind::Capture && (inArgs || redirect) && quotedUri) { // named ones are copied as they are
            QByteArray raw;
            appendPart(raw, part, vars);
            UriPath::appendEscapedArgs(out, raw);
            continue;
        }
        appendPart(out, part, vars);
    }
    return out;
}
