#include "responserules.h"

#include "http/httphead.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ResponseRules)
};

// "FROM TO" as two words; FROM and TO have no spaces (the lab's syntax).
QStringList redirectWords(const QString &entry)
{
    return entry.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

bool ResponseRules::addsOnStatus(int status)
{
    switch (status) {
    case 200: case 201: case 204: case 206: case 301: case 302: case 303: case 304: case 307: case 308:
        return true;
    default:
        return false;
    }
}

bool ResponseRules::validateRedirect(const QString &entry, const QSet<QString> &captureNames, QString *error)
{
    const QStringList words = redirectWords(entry);
    if (words.size() == 1 && (words[0] == u"default" || words[0] == u"off"))
        return true;
    if (words.size() != 2) {
        if (error)
            *error = Tr::tr("must be \"default\", \"off\" or \"FROM TO\"");
        return false;
    }
    QSet<QString> names = captureNames;
    if (words[0].startsWith(u'~')) {
        const bool caseless = words[0].startsWith(u"~*");
        RouteRegex regex;
        if (!regex.compile(words[0].mid(caseless ? 2 : 1), caseless, error))
            return false;
        for (const QString &name : regex.namedGroups())
            names.insert(name);
    } else {
        ScriptValue from;
        if (!from.parse(words[0], error, captureNames))
            return false;
    }
    ScriptValue to;
    return to.parse(words[1], error, names);
}

bool ResponseRules::compile(const HeaderRules &http, const HeaderRules &server, const HeaderRules &location,
                            const ProxyPass &proxyPass, const QSet<QString> &captureNames, QString *error)
{
    m_added.clear();
    m_hidden.clear();
    m_hiddenLengths = 0;
    m_redirects.clear();
    m_readsUpstreamAddr = false;
    m_readsUpstreamStatus = false;
    auto inForce = [&](auto member) -> const auto & {
        if (!(location.*member).isEmpty())
            return location.*member;
        return (server.*member).isEmpty() ? http.*member : server.*member;
    };
    for (const HeaderLine &line : inForce(&HeaderRules::addHeader)) {
        Added added;
        added.name = line.name.toLatin1();
        added.lineStart = added.name + ": ";
        added.always = line.always;
        if (!added.value.parse(line.value, error, captureNames))
            return false;
        m_added.append(added);
    }
    const QStringList &pass = inForce(&HeaderRules::proxyPassHeader);
    QStringList hidden = {u"date"_s, u"server"_s, u"x-pad"_s, u"x-accel-expires"_s, u"x-accel-redirect"_s,
                          u"x-accel-limit-rate"_s, u"x-accel-buffering"_s, u"x-accel-charset"_s};
    for (const QString &name : inForce(&HeaderRules::proxyHideHeader))
        hidden.append(name.toLower());
    for (const QString &name : std::as_const(hidden)) {
        bool passed = false;
        for (const QString &p : pass)
            passed = passed || p.compare(name, Qt::CaseInsensitive) == 0;
        if (!passed) {
            m_hidden.append(name.toLatin1());
            if (name.size() < 64)
                m_hiddenLengths |= quint64(1) << name.size();
        }
    }
    QStringList redirects = inForce(&HeaderRules::proxyRedirect);
    if (redirects.isEmpty())
        redirects = {u"default"_s}; // nginx's default when no level says otherwise
    for (const QString &entry : std::as_const(redirects)) {
        const QStringList words = redirectWords(entry);
        if (words == QStringList{u"off"_s})
            break; // only allowed on its own
        Redirect redirect;
        if (words == QStringList{u"default"_s}) {
            if (proxyPass.url.isEmpty() || proxyPass.hasVariables)
                continue; // nothing proxied here, or nginx refuses "default" with variables
            if (proxyPass.hasUri) {
                redirect.from.parse(proxyPass.url);
                redirect.to.parse(proxyPass.location);
            } else {
                redirect.from.parse(proxyPass.url + u'/');
                redirect.to.parse(u"/"_s);
            }
            m_redirects.append(redirect);
            continue;
        }
        if (words.size() != 2) {
            if (error)
                *error = Tr::tr("must be \"default\", \"off\" or \"FROM TO\"");
            return false;
        }
        QSet<QString> names = captureNames;
        if (words[0].startsWith(u'~')) {
            const bool caseless = words[0].startsWith(u"~*");
            auto regex = std::make_shared<RouteRegex>();
            if (!regex->compile(words[0].mid(caseless ? 2 : 1), caseless, error))
                return false;
            for (const QString &name : regex->namedGroups())
                names.insert(name);
            redirect.regex = std::move(regex);
        } else if (!redirect.from.parse(words[0], error, captureNames)) {
            return false;
        }
        if (!redirect.to.parse(words[1], error, names))
            return false;
        m_redirects.append(redirect);
    }
    auto notice = [this](const ScriptValue &value) {
        m_readsUpstreamAddr = m_readsUpstreamAddr || value.readsUpstreamAddr();
        m_readsUpstreamStatus = m_readsUpstreamStatus || value.readsUpstreamStatus();
    };
    for (const Added &added : std::as_const(m_added))
        notice(added.value);
    for (const Redirect &redirect : std::as_const(m_redirects)) {
        notice(redirect.from);
        notice(redirect.to);
    }
    return true;
}

QList<ResponseRules::Field> ResponseRules::addedFields(int status, const RequestVariables &vars) const
{
    QList<Field> fields;
    const bool listed = addsOnStatus(status);
    for (const Added &added : m_added) {
        if (!listed && !added.always)
            continue;
        QByteArray value = added.value.evaluate(vars);
        if (!value.isEmpty())
            fields.append({added.name, std::move(value)});
    }
    return fields;
}

void ResponseRules::appendAddedFields(QByteArray &out, int status, const RequestVariables &vars) const
{
    const bool listed = addsOnStatus(status);
    for (const Added &added : m_added) {
        if (!listed && !added.always)
            continue;
        added.value.appendField(out, added.lineStart, vars); // an empty value adds no field
    }
}

bool ResponseRules::hides(QByteArrayView name) const
{
    if (name.size() < 64 && !(m_hiddenLengths & (quint64(1) << name.size())))
        return false;
    for (const QByteArray &hidden : m_hidden) {
        if (Http::equalsIgnoreCase(name, hidden))
            return true;
    }
    return false;
}

std::optional<QByteArray> ResponseRules::rewriteLocation(QByteArrayView value, const RequestVariables &vars) const
{
    for (const Redirect &redirect : m_redirects) {
        if (redirect.regex) {
            RegexCaptures captures;
            if (!redirect.regex->match(value, &captures))
                continue;
            RequestVariables withCaptures = vars;
            withCaptures.captures = &captures;
            return redirect.to.evaluate(withCaptures);
        }
        const QByteArray from = redirect.from.evaluate(vars);
        if (!value.startsWith(from))
            continue;
        return redirect.to.evaluate(vars) + value.sliced(from.size()).toByteArray();
    }
    return std::nullopt;
}
