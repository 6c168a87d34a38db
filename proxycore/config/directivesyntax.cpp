#include "directivesyntax.h"


using namespace Qt::StringLiterals;

namespace DirectiveSyntax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DirectiveSyntax)
};

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

} // namespace

QString quoted(const QString &word)
{
    bool plain = !word.isEmpty();
    for (QChar c : word)
        plain = plain && !c.isSpace() && c != u'"' && c != u'\'';
    if (plain)
        return word;
    QString out = u"\""_s;
    for (QChar c : word) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

std::optional<QStringList> words(const QString &line, QString *error)
{
    QStringList out;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i].isSpace()) {
            ++i;
            continue;
        }
        QString word;
        if (line[i] == u'"' || line[i] == u'\'') {
            const QChar quote = line[i++];
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == u'\\' && i + 1 < line.size() && (line[i + 1] == quote || line[i + 1] == u'\\')) {
                    word += line[i + 1];
                    i += 2;
                } else if (line[i] == quote) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    word += line[i++];
                }
            }
            if (!closed) {
                if (error)
                    *error = Tr::tr("a quote is not closed");
                return std::nullopt;
            }
        } else {
            while (i < line.size() && !line[i].isSpace())
                word += line[i++];
        }
        out.append(word);
    }
    return out;
}

QString serverNames(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(quoted(name));
    return out.join(u' ');
}

QStringList serverNamesFromText(const QString &text)
{
    return words(text).value_or(text.split(u' ', Qt::SkipEmptyParts));
}

QString listens(const QList<ListenAddress> &listens)
{
    QStringList out;
    for (const ListenAddress &listen : listens) {
        QString address = listen.address;
        if (address.contains(u':') && !address.startsWith(u'['))
            address = u'[' + address + u']';
        out.append(u"%1:%2"_s.arg(address).arg(listen.port) + (listen.defaultServer ? u" default_server"_s : QString()));
    }
    return out.join(u", "_s);
}

QList<ListenAddress> listensFromText(const QString &text)
{
    QList<ListenAddress> out;
    for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
        QStringList parts = entry.split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        ListenAddress listen;
        listen.defaultServer = parts.size() > 1 && parts.last() == u"default_server";
        const QString endpoint = parts.first();
        const qsizetype colon = endpoint.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? endpoint.mid(colon + 1).toInt(&ok) : 0;
        QString address = colon > 0 ? endpoint.left(colon) : endpoint;
        if (address.startsWith(u'[') && address.endsWith(u']'))
            address = address.mid(1, address.size() - 2);
        listen.address = address;
        listen.port = ok && (parts.size() == 1 || listen.defaultServer) && parts.size() <= 2 ? port : -1;
        out.append(listen);
    }
    return out;
}

QString rewrites(const QList<RewriteRule> &rules)
{
    QStringList out;
    for (const RewriteRule &rule : rules) {
        QString line = quoted(rule.regex) + u' ' + quoted(rule.replacement);
        if (rule.flag != RewriteRule::Flag::None)
            line += u' ' + RewriteRule::flagName(rule.flag);
        out.append(line);
    }
    return out.join(u'\n');
}

QList<RewriteRule> rewritesFromText(const QString &text, QStringList *errors)
{
    QList<RewriteRule> out;
    for (const QString &line : lines(text)) {
        QString error;
        std::optional<QStringList> w = words(line, &error);
        RewriteRule rule;
        if (w && w->value(0) == u"rewrite")
            w->removeFirst(); // nginx's own spelling, pasted in
        std::optional<RewriteRule::Flag> flag = w && w->size() == 3 ? RewriteRule::flagFromName(w->at(2)) : std::nullopt;
        if (w && (w->size() == 2 || (w->size() == 3 && flag && *flag != RewriteRule::Flag::None))) {
            rule.regex = w->at(0);
            rule.replacement = w->at(1);
            rule.flag = flag.value_or(RewriteRule::Flag::None);
        } else {
            rule.regex = line.trimmed(); // no replacement: the lab's rules say so at its path
            if (errors)
                errors->append(w ? Tr::tr("\"%1\": write REGEX REPLACEMENT [last|break|redirect|permanent]").arg(line.trimmed())
                                 : Tr::tr("\"%1\": %2").arg(line.trimmed(), error));
        }
        out.append(rule);
    }
    return out;
}

QString headerRules(const HeaderRules &rules)
{
    QStringList out;
    for (const HeaderLine &line : rules.proxySetHeader)
        out.append(u"proxy_set_header "_s + quoted(line.name) + u' ' + quoted(line.value));
    for (const HeaderLine &line : rules.addHeader)
        out.append(u"add_header "_s + quoted(line.name) + u' ' + quoted(line.value) + (line.always ? u" always"_s : QString()));
    for (const QString &name : rules.proxyHideHeader)
        out.append(u"proxy_hide_header "_s + quoted(name));
    for (const QString &name : rules.proxyPassHeader)
        out.append(u"proxy_pass_header "_s + quoted(name));
    for (const QString &entry : rules.proxyRedirect)
        out.append(u"proxy_redirect "_s + entry);
    return out.join(u'\n');
}

HeaderRules headerRulesFromText(const QString &text, QStringList *errors)
{
    HeaderRules rules;
    for (const QString &line : lines(text)) {
        QString error;
        const std::optional<QStringList> w = words(line, &error);
        const QString directive = w ? w->value(0) : QString();
        const qsizetype n = w ? w->size() : 0;
        if (directive == u"proxy_set_header" && n == 3)
            rules.proxySetHeader.append({w->at(1), w->at(2), false});
        else if (directive == u"add_header" && (n == 3 || (n == 4 && w->at(3) == u"always")))
            rules.addHeader.append({w->at(1), w->at(2), n == 4});
        else if (directive == u"proxy_hide_header" && n == 2)
            rules.proxyHideHeader.append(w->at(1));
        else if (directive == u"proxy_pass_header" && n == 2)
            rules.proxyPassHeader.append(w->at(1));
        else if (directive == u"proxy_redirect" && (n == 2 || n == 3))
            rules.proxyRedirect.append(w->mid(1).join(u' '));
        else if (errors)
            errors->append(w ? Tr::tr("\"%1\": write proxy_set_header NAME VALUE, add_header NAME VALUE [always], "
                                      "proxy_hide_header NAME, proxy_pass_header NAME or proxy_redirect default|off|FROM TO")
                                   .arg(line.trimmed())
                             : Tr::tr("\"%1\": %2").arg(line.trimmed(), error));
    }
    return rules;
}

} // namespace DirectiveSyntax
