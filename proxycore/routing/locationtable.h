#pragma once

#include "config/labconfig.h"
#include "routeregex.h"

#include <QByteArray>
#include <QList>

#include <memory>

// The locations of one server block and nginx's order of choosing one
// (ngx_http_core_find_location): an exact `=` match first; then the longest
// prefix; if that is a `^~` location, it is the answer; else the regex
// locations (`~`, `~*`) in the order written, the first match winning and
// setting the captures; else the longest prefix. A request for "/dir" where a
// proxying location "/dir/" exists and none named "/dir" does is answered
// with a 301 to "/dir/" (nginx's auto_redirect), before any regex is tried.
class LocationTable
{
public:
    struct Match {
        int index = -1;            // the caller's location index; -1: none matches
        bool autoRedirect = false; // a 301 to the location's name (plus the arguments)
        QByteArray redirectPath;   // that name, escaped
    };

    // Locations are added in config order; `index` is the caller's. False,
    // with the regex's error, when a regex does not compile.
    bool add(int index, LocationMatch match, const QString &location, bool autoRedirect, QString *error = nullptr);

    Match find(QByteArrayView uri, RegexCaptures *captures = nullptr) const;

private:
    struct Entry {
        int index = -1;
        LocationMatch match = LocationMatch::Prefix;
        QByteArray name;
        bool autoRedirect = false;
        std::shared_ptr<const RouteRegex> regex;
    };
    QList<Entry> m_static; // exact and prefix
    QList<Entry> m_regexes;
};
