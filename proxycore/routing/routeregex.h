#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// nginx's r->captures: what the last successful regex (server name, location
// or rewrite) captured as $1..$9. A group that did not take part reads as
// empty, as in nginx. Named groups are variables in nginx: a match sets its
// own, and they keep their values through later matches.
struct RegexCaptures {
    QList<QByteArray> groups;                     // [0] is the whole match
    QList<QPair<QByteArray, QByteArray>> named;   // (?<name>...) → $name

    QByteArray group(int n) const { return n >= 0 && n < groups.size() ? groups[n] : QByteArray(); }
    const QByteArray *namedGroup(QByteArrayView name) const
    {
        for (const auto &[key, value] : named) {
            if (key == name)
                return &value;
        }
        return nullptr;
    }
    void setNamed(const QByteArray &name, const QByteArray &value)
    {
        for (auto &[key, existing] : named) {
            if (key == name) {
                existing = value;
                return;
            }
        }
        named.append({name, value});
    }
    // A regex that did not match (nginx: r->ncaptures = 0); named ones stay.
    void clear() { groups.clear(); }
};

// A regular expression as nginx runs it (PCRE, no UTF mode): the subject is
// bytes, each byte one character, so a pattern sees a request's decoded $uri
// exactly as nginx's does. `~*` locations are caseless.
class RouteRegex
{
public:
    RouteRegex() = default;
    // False with PCRE's message (and where) when the pattern does not compile.
    bool compile(const QString &pattern, bool caseless, QString *error = nullptr);
    bool isValid() const { return m_regex.isValid() && !m_regex.pattern().isEmpty(); }
    int captureCount() const { return m_regex.captureCount(); }
    QStringList namedGroups() const;

    // Whether `subject` matches; on a match `captures` (when given) takes
    // this match's groups (nginx replaces r->captures on each match).
    bool match(QByteArrayView subject, RegexCaptures *captures = nullptr) const;

private:
    QRegularExpression m_regex;
};
