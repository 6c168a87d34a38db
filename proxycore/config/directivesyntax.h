#pragma once

#include "labconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The lab's routing settings as the editors show them: nginx's own words, one
// directive per line without the semicolon ("rewrite ^/old/(.*)$ /new/$1
// permanent", "proxy_set_header Host $host", "add_header X-A 1 always").
// Words are split on spaces; a word with spaces or quotes, or an empty one, is
// written in double quotes with \" and \\ escaped, as nginx reads them.
// Reading back what was written gives the same values.
namespace DirectiveSyntax {

QString quoted(const QString &word);
// Words of one line; nullopt (with why) for an unterminated quote.
std::optional<QStringList> words(const QString &line, QString *error = nullptr);

// "example.org *.example.org" (server_name's arguments).
QString serverNames(const QStringList &names);
QStringList serverNamesFromText(const QString &text);

// "[::1]:8080 default_server, 127.0.0.2:8080": the listens after the first.
QString listens(const QList<ListenAddress> &listens);
// An entry that is not ADDRESS:PORT keeps its text as the address and port
// -1, so the lab's rules name it at its path.
QList<ListenAddress> listensFromText(const QString &text);

// "REGEX REPLACEMENT [FLAG]" per line.
QString rewrites(const QList<RewriteRule> &rules);
// A line that is not a rewrite becomes one the lab's rules report (its text
// as the regex, no replacement); `errors` says which line and why.
QList<RewriteRule> rewritesFromText(const QString &text, QStringList *errors = nullptr);

// proxy_set_header / add_header / proxy_hide_header / proxy_pass_header /
// proxy_redirect lines, in that order.
QString headerRules(const HeaderRules &rules);
HeaderRules headerRulesFromText(const QString &text, QStringList *errors = nullptr);

} // namespace DirectiveSyntax
