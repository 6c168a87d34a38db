#include "config/directivesyntax.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The editors' text for rewrites, header lines, names and listens: what is
// written reads back as the same values, and what cannot be read says why.
class tst_DirectiveSyntax final : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void rewritesRoundTrip();
    void headerRulesRoundTrip();
    void listensAndNames();
    void mistakesAreNamed();
};

void tst_DirectiveSyntax::words_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"a  b\tc"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("empty-quoted") << u"x \"\""_s << QStringList{u"x"_s, QString()};
    QTest::newRow("spaces-and-escapes") << u"\"a b\" \"q\\\"d\" 'single \\' one'"_s
                                        << QStringList{u"a b"_s, u"q\"d"_s, u"single ' one"_s};
    QTest::newRow("backslash-kept-outside-quotes") << u"^/img(\\d+)$"_s << QStringList{u"^/img(\\d+)$"_s};
}

void tst_DirectiveSyntax::words()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(DirectiveSyntax::words(line).value_or(QStringList{u"<error>"_s}), expected);
}

void tst_DirectiveSyntax::rewritesRoundTrip()
{
    const QList<RewriteRule> rules = {{u"^/old/(.*)$"_s, u"/new/$1"_s, RewriteRule::Flag::Permanent},
                                      {u"^/a b$"_s, u"/c?d=\"e\""_s, RewriteRule::Flag::None},
                                      {u"\\.php$"_s, u"/index\\x"_s, RewriteRule::Flag::Last}};
    const QString text = DirectiveSyntax::rewrites(rules);
    QCOMPARE(text.split(u'\n').first(), u"^/old/(.*)$ /new/$1 permanent"_s);
    QStringList errors;
    QCOMPARE(DirectiveSyntax::rewritesFromText(text, &errors), rules);
    QVERIFY(errors.isEmpty());
    // nginx's own line, pasted in, reads too.
    QCOMPARE(DirectiveSyntax::rewritesFromText(u"rewrite ^ /x break"_s),
             (QList<RewriteRule>{{u"^"_s, u"/x"_s, RewriteRule::Flag::Break}}));
}

void tst_DirectiveSyntax::headerRulesRoundTrip()
{
    HeaderRules rules;
    rules.proxySetHeader = {{u"Host"_s, u"$host"_s, false}, {u"Accept-Encoding"_s, QString(), false}};
    rules.addHeader = {{u"X-A"_s, u"two words"_s, true}, {u"X-B"_s, u"1"_s, false}};
    rules.proxyHideHeader = {u"X-Powered-By"_s};
    rules.proxyPassHeader = {u"Server"_s};
    rules.proxyRedirect = {u"default"_s, u"http://a/ /b/"_s};
    const QString text = DirectiveSyntax::headerRules(rules);
    QVERIFY2(text.contains(u"proxy_set_header Accept-Encoding \"\"\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"add_header X-A \"two words\" always\n"_s), qPrintable(text));
    QStringList errors;
    QCOMPARE(DirectiveSyntax::headerRulesFromText(text, &errors), rules);
    QVERIFY(errors.isEmpty());
}

void tst_DirectiveSyntax::listensAndNames()
{
    const QList<ListenAddress> listens = {{u"::1"_s, 8080, true}, {u"127.0.0.2"_s, 8081, false}};
    QCOMPARE(DirectiveSyntax::listens(listens), u"[::1]:8080 default_server, 127.0.0.2:8081"_s);
    QCOMPARE(DirectiveSyntax::listensFromText(DirectiveSyntax::listens(listens)), listens);
    QCOMPARE(DirectiveSyntax::listensFromText(u"nonsense"_s).value(0).port, -1); // the lab's rules say where
    const QStringList names = {u"example.org"_s, u"*.example.org"_s, u"~^a(\\d+)$"_s};
    QCOMPARE(DirectiveSyntax::serverNamesFromText(DirectiveSyntax::serverNames(names)), names);
}

void tst_DirectiveSyntax::mistakesAreNamed()
{
    QStringList errors;
    const QList<RewriteRule> rules = DirectiveSyntax::rewritesFromText(u"^/only-a-regex"_s, &errors);
    QCOMPARE(rules.size(), 1); // kept, so the lab's rules report it at rewrite[0]
    QVERIFY(rules[0].replacement.isEmpty());
    QCOMPARE(errors.size(), 1);
    errors.clear();
    DirectiveSyntax::headerRulesFromText(u"proxy_set_header Host\nadd_header X \"open"_s, &errors);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[1].contains(u"quote"_s), qPrintable(errors[1]));
}

QTEST_APPLESS_MAIN(tst_DirectiveSyntax)
#include "tst_directivesyntax.moc"
