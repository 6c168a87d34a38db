#pragma once

#include "routeregex.h"

#include <QByteArray>
#include <QString>

#include <memory>

// One name of a server_name directive, as nginx reads it: an exact name,
// a leading wildcard ("*.example.com"; ".example.com" is that and
// "example.com" too), a trailing wildcard ("www.example.*") or a regular
// expression ("~^img(\d+)\.test$"). Names are lower-cased; a regex is
// caseless only when it has an upper-case letter (the host is lower case).
class ServerName
{
public:
    enum class Kind { Exact, LeadingWildcard, TrailingWildcard, Regex };

    // nullopt, with nginx's message, for a name nginx refuses.
    static std::optional<ServerName> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    // Exact: the name; leading wildcard: ".example.com" (with the dot);
    // trailing wildcard: "www.example." (with the dot).
    const QByteArray &key() const { return m_key; }
    // ".example.com" also matches "example.com".
    bool matchesBareDomain() const { return m_bare; }
    const RouteRegex &regex() const { return *m_regex; }
    // What $server_name reads when this is a block's first name.
    QByteArray variableValue() const;

private:
    Kind m_kind = Kind::Exact;
    QByteArray m_key;
    bool m_bare = false;
    std::shared_ptr<const RouteRegex> m_regex; // shared: names are copied into tables
    QByteArray m_text;
};
