#include "locationtable.h"

#include "http/uripath.h"

bool LocationTable::add(int index, LocationMatch match, const QString &location, bool autoRedirect, QString *error)
{
    Entry entry;
    entry.index = index;
    entry.match = match;
    entry.name = location.toUtf8();
    if (match == LocationMatch::Regex || match == LocationMatch::RegexCaseless) {
        auto regex = std::make_shared<RouteRegex>();
        if (!regex->compile(location, match == LocationMatch::RegexCaseless, error))
            return false;
        entry.regex = std::move(regex);
        m_regexes.append(entry);
        return true;
    }
    entry.autoRedirect = autoRedirect && entry.name.endsWith('/');
    m_static.append(entry);
    return true;
}

LocationTable::Match LocationTable::find(QByteArrayView uri, RegexCaptures *captures) const
{
    Match result;
    const Entry *longest = nullptr;
    const Entry *redirect = nullptr;
    bool namedExactly = false;
    for (const Entry &e : m_static) {
        if (e.match == LocationMatch::Exact) {
            if (uri == e.name) {
                result.index = e.index;
                return result;
            }
        } else if (uri.startsWith(e.name)) {
            namedExactly = namedExactly || uri.size() == e.name.size();
            if (!longest || e.name.size() > longest->name.size())
                longest = &e;
        }
        if (e.autoRedirect && !redirect && e.name.size() == uri.size() + 1 && e.name.startsWith(uri))
            redirect = &e;
    }
    if (redirect && !namedExactly) {
        result.index = redirect->index;
        result.autoRedirect = true;
        UriPath::appendEscaped(result.redirectPath, redirect->name);
        return result;
    }
    if (!longest || longest->match != LocationMatch::PrefixNoRegex) {
        for (const Entry &e : m_regexes) {
            if (e.regex->match(uri, captures)) {
                result.index = e.index;
                return result;
            }
        }
    }
    if (longest)
        result.index = longest->index;
    return result;
}
