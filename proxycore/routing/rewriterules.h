#pragma once

#include "config/labconfig.h"
#include "routeregex.h"
#include "scriptvalue.h"

#include <QByteArray>
#include <QList>

#include <memory>

// What routing works on while rewrites change it (nginx's r->uri, r->args,
// r->captures and the flags that decide what proxy_pass sends).
struct RouteState {
    QByteArray uri;              // $uri: decoded and normalised, then as rewritten
    QByteArray args;             // $args
    RegexCaptures captures;      // of the last regex that matched
    bool quotedUri = false;      // the client's path had "%" or "+": captures put in arguments are escaped
    bool percentInPath = false;  // the client's path had "%": the URI sent upstream is escaped
    bool rewritten = false;      // a rewrite matched: the URI sent upstream is built (escaped), not the client's
    bool validLocation = true;   // false after a matching `break`: proxy_pass's URI part is not used
    bool uriChanged = false;     // look the location up again (nginx's r->uri_changed)
};

// The rewrite directives of one level (server or location), run in order as
// nginx's rewrite module runs them: a regex that does not match clears the
// captures; a match replaces the URI (a "?" in the replacement starts new
// arguments, the old ones follow unless the replacement ends with "?"), then
// `last` stops here to look for a location again, `break` stops and keeps
// the location, `redirect` / `permanent` (or a replacement starting with
// http://, https:// or $scheme) answer 302 / 301.
class RewriteRules
{
public:
    struct Outcome {
        enum class Kind { Continue, Stop, Redirect, Error } kind = Kind::Continue;
        int status = 0;      // 301/302 for a redirect, 500 for an error
        QByteArray location; // a redirect's Location (relative ones are made absolute by the caller)
    };

    // False, with the rule's index and nginx's message, for a rule nginx refuses.
    bool compile(const QList<RewriteRule> &rules, const QSet<QString> &captureNames, QString *error = nullptr,
                 int *failedRule = nullptr);
    bool isEmpty() const { return m_rules.isEmpty(); }

    // `vars` supplies everything but the URI, arguments and captures, which
    // come from `state`.
    Outcome run(RouteState &state, RequestVariables vars) const;

    // nginx's check of one rule on its own (for the lab's validation).
    static bool validate(const RewriteRule &rule, const QSet<QString> &captureNames, QString *error);

private:
    struct Compiled {
        std::shared_ptr<const RouteRegex> regex;
        ScriptValue replacement;
        bool addArgs = true;  // the replacement did not end with "?"
        bool argsInText = false; // a "?" is written in it (a redirect then adds the old arguments with "&")
        bool redirect = false;
        int status = 0;
        bool stop = false;    // last, break, redirect, permanent
        bool breakCycle = false;
    };
    static std::optional<Compiled> compileOne(const RewriteRule &rule, const QSet<QString> &captureNames, QString *error);
    QList<Compiled> m_rules;
};
