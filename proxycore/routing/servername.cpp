#include "servername.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerName)
};

} // namespace

std::optional<ServerName> ServerName::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ServerName> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ServerName name;
    name.m_text = text.toUtf8();
    if (text.startsWith(u'~')) {
        if (text.size() == 1)
            return fail(Tr::tr("empty regex in server name \"%1\"").arg(text));
        const QString pattern = text.mid(1);
        bool upper = false;
        for (QChar c : pattern)
            upper = upper || (c >= u'A' && c <= u'Z');
        auto regex = std::make_shared<RouteRegex>();
        QString regexError;
        if (!regex->compile(pattern, upper, &regexError))
            return fail(regexError);
        name.m_kind = Kind::Regex;
        name.m_regex = std::move(regex);
        return name;
    }
    for (QChar c : text) {
        if (c.isSpace() || c == u';' || c.unicode() < 0x20)
            return fail(Tr::tr("server name \"%1\" is invalid").arg(text));
    }
    const QByteArray lower = text.toUtf8().toLower();
    if ((lower.startsWith('*') && (lower.size() < 3 || lower[1] != '.')) || (lower.startsWith('.') && lower.size() < 2))
        return fail(Tr::tr("server name \"%1\" is invalid").arg(text));
    const qsizetype stars = lower.count('*');
    if (lower.startsWith("*.") && stars == 1) {
        name.m_kind = Kind::LeadingWildcard;
        name.m_key = lower.mid(1);
    } else if (lower.startsWith('.') && stars == 0) {
        name.m_kind = Kind::LeadingWildcard;
        name.m_key = lower;
        name.m_bare = true;
    } else if (lower.endsWith(".*") && stars == 1 && lower.size() > 2) {
        name.m_kind = Kind::TrailingWildcard;
        name.m_key = lower.chopped(1);
    } else if (stars == 0) {
        name.m_kind = Kind::Exact;
        name.m_key = lower;
    } else {
        return fail(Tr::tr("invalid server name or wildcard \"%1\"").arg(text));
    }
    return name;
}

QByteArray ServerName::variableValue() const
{
    // nginx: the first name as written (a regex with its "~"), a leading
    // "." dropped, other names lower-cased.
    if (m_kind == Kind::Regex)
        return m_text;
    if (m_bare)
        return m_key.mid(1);
    return m_text.toLower();
}
