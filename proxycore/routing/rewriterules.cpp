#include "rewriterules.h"

#include "http/httphead.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RewriteRules)
};

// ngx_unescape_uri(NGX_UNESCAPE_REDIRECT): %XX of a printable character above
// '%' is decoded, others are kept as written, and everything from the first
// '?' on is left alone.
QByteArray unescapeRedirect(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype i = 0;
    for (; i < in.size(); ++i) {
        const char ch = in[i];
        if (ch == '?') {
            break;
        }
        if (ch != '%') {
            out.append(ch);
            continue;
        }
        if (i + 1 >= in.size() || Http::hexValue(in[i + 1]) < 0) {
            // The invalid quoted character: the '%' is dropped, the character kept.
            if (i + 1 < in.size()) {
                out.append(in[i + 1]);
                ++i;
            }
            continue;
        }
        if (i + 2 >= in.size()) {
            i += 1; // "%X" at the end: nginx leaves nothing of it
            continue;
        }
        const int high = Http::hexValue(in[i + 1]);
        const int low = Http::hexValue(in[i + 2]);
        if (low < 0) {
            i += 2; // the invalid second digit is dropped with its sequence
            continue;
        }
        const auto decoded = static_cast<unsigned char>(high * 16 + low);
        if (decoded == '?' && !(in[i + 2] >= '0' && in[i + 2] <= '9')) {
            out.append('?');
            i += 3;
            out.append(in.sliced(i));
            return out;
        }
        if (decoded > '%' && decoded < 0x7f)
            out.append(char(decoded));
        else
            out.append(in.sliced(i, 3));
        i += 2;
    }
    if (i < in.size())
        out.append(in.sliced(i));
    return out;
}

} // namespace

std::optional<RewriteRules::Compiled> RewriteRules::compileOne(const RewriteRule &rule, const QSet<QString> &captureNames,
                                                               QString *error)
{
    Compiled c;
    if (rule.replacement.isEmpty()) {
        if (error)
            *error = Tr::tr("empty replacement");
        return std::nullopt;
    }
    auto regex = std::make_shared<RouteRegex>();
    if (!regex->compile(rule.regex, false, error))
        return std::nullopt;
    QSet<QString> names = captureNames;
    for (const QString &name : regex->namedGroups())
        names.insert(name);
    c.regex = std::move(regex);
    QString replacement = rule.replacement;
    if (replacement.endsWith(u'?')) {
        replacement.chop(1); // the last "?" drops the original arguments
        c.addArgs = false;
    }
    if (replacement.startsWith(u"http://") || replacement.startsWith(u"https://") || replacement.startsWith(u"$scheme")) {
        c.redirect = true;
        c.status = 302;
        c.stop = true;
    }
    switch (rule.flag) {
    case RewriteRule::Flag::None:
        break;
    case RewriteRule::Flag::Last:
        c.stop = true;
        break;
    case RewriteRule::Flag::Break:
        c.breakCycle = true;
        c.stop = true;
        break;
    case RewriteRule::Flag::Redirect:
        c.redirect = true;
        c.status = 302;
        c.stop = true;
        break;
    case RewriteRule::Flag::Permanent:
        c.redirect = true;
        c.status = 301;
        c.stop = true;
        break;
    }
    c.argsInText = replacement.contains(u'?');
    if (!c.replacement.parse(replacement, error, names))
        return std::nullopt;
    return c;
}

bool RewriteRules::validate(const RewriteRule &rule, const QSet<QString> &captureNames, QString *error)
{
    return compileOne(rule, captureNames, error).has_value();
}

bool RewriteRules::compile(const QList<RewriteRule> &rules, const QSet<QString> &captureNames, QString *error,
                           int *failedRule)
{
    m_rules.clear();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        std::optional<Compiled> c = compileOne(rules[i], captureNames, error);
        if (!c) {
            if (failedRule)
                *failedRule = int(i);
            m_rules.clear();
            return false;
        }
        m_rules.append(std::move(*c));
    }
    return true;
}

RewriteRules::Outcome RewriteRules::run(RouteState &state, RequestVariables vars) const
{
    Outcome outcome;
    for (const Compiled &rule : m_rules) {
        if (!rule.regex->match(state.uri, &state.captures)) {
            state.captures.clear(); // nginx: r->ncaptures = 0
            continue;
        }
        state.rewritten = true;
        if (rule.breakCycle) {
            state.validLocation = false;
            state.uriChanged = false;
        } else {
            state.uriChanged = true;
        }
        vars.uri = state.uri;
        vars.args = state.args;
        vars.captures = &state.captures;
        qsizetype argsStart = -1;
        QByteArray built = rule.replacement.evaluateReplacement(vars, rule.redirect, state.quotedUri, &argsStart);
        if (rule.redirect) {
            QByteArray location = unescapeRedirect(built);
            if (rule.addArgs && !state.args.isEmpty()) {
                location.append(rule.argsInText ? '&' : '?');
                location.append(state.args);
            }
            outcome.kind = Outcome::Kind::Redirect;
            outcome.status = rule.status;
            outcome.location = std::move(location);
            return outcome;
        }
        if (argsStart >= 0) {
            QByteArray args = built.mid(argsStart);
            built.truncate(argsStart);
            if (rule.addArgs && !state.args.isEmpty())
                args.append('&').append(state.args);
            state.args = std::move(args);
        } else if (!rule.addArgs) {
            state.args.clear();
        }
        if (built.isEmpty()) {
            // nginx: "the rewritten URI has a zero length"
            outcome.kind = Outcome::Kind::Error;
            outcome.status = 500;
            return outcome;
        }
        state.uri = std::move(built);
        if (rule.stop) {
            outcome.kind = Outcome::Kind::Stop;
            return outcome;
        }
    }
    return outcome;
}
