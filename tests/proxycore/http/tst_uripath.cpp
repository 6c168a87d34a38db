#include "http/uripath.h"

#include <QTest>

using namespace Qt::StringLiterals;

// nginx's $uri (ngx_http_parse_complex_uri, merge_slashes on). Every row with
// a comment "[V]" was checked against nginx 1.22.1 with `return 200 "$uri"`;
// a row whose expected value is empty is nginx's 400.
class tst_UriPath final : public QObject
{
    Q_OBJECT

private slots:
    void needsNormalizing_data();
    void needsNormalizing();
    void normalized_data();
    void normalized();
    void normalPathsAreLeftAsTheyAre_data();
    void normalPathsAreLeftAsTheyAre();
    void appendEscaped_data();
    void appendEscaped();
    void escapedPathsNormaliseBack();
};

void tst_UriPath::needsNormalizing_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("needs");
    QTest::newRow("root") << "/"_ba << false;
    QTest::newRow("plain") << "/api/users/7"_ba << false;
    QTest::newRow("dot-inside-segment") << "/index.html"_ba << false;
    QTest::newRow("trailing-slash") << "/a/b/"_ba << false;
    QTest::newRow("plus") << "/a+b"_ba << false;
    QTest::newRow("percent") << "/a%20b"_ba << true;
    QTest::newRow("double-slash") << "/a//b"_ba << true;
    QTest::newRow("leading-double-slash") << "//a"_ba << true;
    QTest::newRow("dot-segment") << "/a/./b"_ba << true;
    QTest::newRow("dot-dot-segment") << "/a/../b"_ba << true;
    QTest::newRow("dot-file") << "/.well-known/x"_ba << true; // nginx parses it the long way too
    QTest::newRow("trailing-dot") << "/a/."_ba << true;
    QTest::newRow("hash") << "/a#b"_ba << true; // nginx: complex URI
}

void tst_UriPath::needsNormalizing()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, needs);
    QCOMPARE(UriPath::needsNormalizing(path), needs);
}

void tst_UriPath::normalized_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");

    // Percent-decoding, once: "%25" gives a '%' that is not decoded again.
    QTest::newRow("space") << "/x%20y"_ba << "/x y"_ba;                              // [V]
    QTest::newRow("utf8") << "/%E2%82%AC"_ba << "/\xe2\x82\xac"_ba;                   // [V]
    QTest::newRow("lower-case-hex") << "/%e2%82%ac"_ba << "/\xe2\x82\xac"_ba;
    QTest::newRow("percent-once") << "/%25%32%65"_ba << "/%2e"_ba;                    // [V]
    QTest::newRow("decoded-question-mark") << "/a%3Fb"_ba << "/a?b"_ba;               // [V]
    QTest::newRow("decoded-plus") << "/a%2bb"_ba << "/a+b"_ba;                        // [V]
    // A decoded '/' or '.' counts as one: it merges and resolves.
    QTest::newRow("decoded-slash") << "/a%2Fb"_ba << "/a/b"_ba;                       // [V]
    QTest::newRow("decoded-slash-after-dots") << "/a/..%2fc"_ba << "/c"_ba;           // [V]
    QTest::newRow("decoded-dots") << "/a/%2e%2E/b"_ba << "/b"_ba;                     // [V]
    QTest::newRow("half-decoded-dots") << "/a/.%2e"_ba << "/"_ba;                     // [V]
    QTest::newRow("decoded-dot") << "/%2e"_ba << "/"_ba;                              // [V]
    QTest::newRow("decoded-hash-is-a-character") << "/a%23b/.."_ba << "/"_ba;         // [V]

    // Slashes merge.
    QTest::newRow("slashes") << "/a//b///c"_ba << "/a/b/c"_ba;                        // [V]
    QTest::newRow("only-slashes") << "//"_ba << "/"_ba;                               // [V]
    QTest::newRow("trailing-slashes") << "/a//"_ba << "/a/"_ba;

    // Dot segments resolve; a path that ends in one stays a directory.
    QTest::newRow("dot") << "/a/./b"_ba << "/a/b"_ba;
    QTest::newRow("dot-slash-at-end") << "/a/./"_ba << "/a/"_ba;                      // [V]
    QTest::newRow("dot-at-end") << "/a/b/."_ba << "/a/b/"_ba;                         // [V]
    QTest::newRow("dot-dot-at-end") << "/a/b/.."_ba << "/a/"_ba;                      // [V]
    QTest::newRow("dot-dot-to-root") << "/a/.."_ba << "/"_ba;
    QTest::newRow("only-dot") << "/."_ba << "/"_ba;
    QTest::newRow("dot-dot-then-dot") << "/a/b/../../c/."_ba << "/c/"_ba;
    QTest::newRow("dot-dot-in-the-middle") << "/a/b/../c"_ba << "/a/c"_ba;
    QTest::newRow("dot-then-dot-dot") << "/a/./../b"_ba << "/b"_ba;
    QTest::newRow("slashes-then-dot-dot") << "/a//b//..//c"_ba << "/a/c"_ba;
    // Names that only look like dot segments.
    QTest::newRow("three-dots") << "/a/..."_ba << "/a/..."_ba;                        // [V]
    QTest::newRow("dot-dot-name") << "/a/..b"_ba << "/a/..b"_ba;                      // [V]
    QTest::newRow("dot-name") << "/a/.b"_ba << "/a/.b"_ba;                            // [V]
    QTest::newRow("name-dot-dot") << "/a/b../c"_ba << "/a/b../c"_ba;

    // Climbing above the root is nginx's 400.
    QTest::newRow("above-root") << "/.."_ba << QByteArray();                          // [V]
    QTest::newRow("above-root-later") << "/a/../.."_ba << QByteArray();               // [V]
    QTest::newRow("above-root-then-down") << "/../a"_ba << QByteArray();
    QTest::newRow("above-root-decoded") << "/%2e%2e/x"_ba << QByteArray();            // [V]
    QTest::newRow("above-root-half-decoded") << "/.%2e"_ba << QByteArray();           // [V]
    QTest::newRow("above-root-decoded-slash") << "/a/%2E%2e%2F.."_ba << QByteArray(); // [V]
    QTest::newRow("above-root-after-merge") << "//.."_ba << QByteArray();

    // A '%' needs two hex digits, and "%00" is refused: nginx's 400.
    QTest::newRow("bad-escape") << "/a/%zz"_ba << QByteArray();                       // [V]
    QTest::newRow("half-escape") << "/a/%4"_ba << QByteArray();                       // [V]
    QTest::newRow("percent-at-end") << "/a/%"_ba << QByteArray();                     // [V]
    QTest::newRow("bad-second-digit") << "/a%4g"_ba << QByteArray();
    QTest::newRow("nul") << "/a%00b"_ba << QByteArray();                              // [V]

    // A literal '#' ends $uri; a decoded one is a character.
    QTest::newRow("fragment") << "/a#b"_ba << "/a"_ba;                                // [V]
    QTest::newRow("fragment-hides-dots") << "/a/b#/../c"_ba << "/a/b"_ba;             // [V]
    QTest::newRow("dots-then-fragment") << "/a/b/..#f"_ba << "/a/"_ba;                // [V]
    QTest::newRow("fragment-hides-bad-escape") << "/a#%zz"_ba << "/a"_ba;
}

void tst_UriPath::normalized()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> result = UriPath::normalized(path);
    if (expected.isEmpty()) {
        QVERIFY2(!result, result ? result->constData() : "");
        return;
    }
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

void tst_UriPath::normalPathsAreLeftAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("root") << "/"_ba;
    QTest::newRow("file") << "/static/app.js"_ba;
    QTest::newRow("directory") << "/a/b/"_ba;
    QTest::newRow("sub-delims") << "/~!$&'()*+,;=:@[]"_ba;
}

void tst_UriPath::normalPathsAreLeftAsTheyAre()
{
    // What needsNormalizing() lets through is its own normal form.
    QFETCH(QByteArray, path);
    QVERIFY(!UriPath::needsNormalizing(path));
    QCOMPARE(UriPath::normalized(path).value_or("(400)"), path);
}

void tst_UriPath::appendEscaped_data()
{
    // ngx_escape_uri(NGX_ESCAPE_URI), as nginx re-escapes the rest of $uri
    // after a proxy_pass URI: "location /p/ { proxy_pass http://up/new/; }".
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << "a/b.html"_ba << "a/b.html"_ba;
    QTest::newRow("space") << "a b"_ba << "a%20b"_ba;                             // [V] /p/a%20b
    QTest::newRow("question-mark") << "a?b"_ba << "a%3Fb"_ba;                     // [V] /p/a%3Fb
    QTest::newRow("hash") << "a#b"_ba << "a%23b"_ba;                              // [V] /p/a%23b
    QTest::newRow("percent") << "a%b"_ba << "a%25b"_ba;                           // [V] /p/a%25b
    QTest::newRow("controls-and-del") << "\x7f\x01"_ba << "%7F%01"_ba;            // [V] /p/%7F%01
    QTest::newRow("utf8") << "\xe2\x82\xac"_ba << "%E2%82%AC"_ba;                 // [V] /p/%E2%82%AC
    QTest::newRow("tab-newline") << "\t\r\n"_ba << "%09%0D%0A"_ba;
    QTest::newRow("kept-as-is") << "~!$&'()*,:@[];=+"_ba << "~!$&'()*,:@[];=+"_ba; // [V]
    QTest::newRow("slash-stays") << "a/b"_ba << "a/b"_ba;                         // [V] /p/a%2Fb
    // Not allowed in a URI by RFC 3986; nginx escapes them since 1.21.1.
    QTest::newRow("quote") << "a\"b"_ba << "a%22b"_ba;                            // [V] /p/a%22b
    QTest::newRow("angle-brackets") << "<>"_ba << "%3C%3E"_ba;                    // [V] /p/%3C%3E
    QTest::newRow("backslash-caret-backtick") << "a\\b^`"_ba << "a%5Cb%5E%60"_ba;  // [V] /p/a%5Cb%5E%60
    QTest::newRow("braces-pipe") << "{|}"_ba << "%7B%7C%7D"_ba;                   // [V] /p/%7B%7C%7D
}

void tst_UriPath::appendEscaped()
{
    QFETCH(QByteArray, decoded);
    QFETCH(QByteArray, escaped);
    QByteArray out = "/new/";
    UriPath::appendEscaped(out, decoded);
    QCOMPARE(out, "/new/" + escaped); // appends, keeps what was there
}

void tst_UriPath::escapedPathsNormaliseBack()
{
    // Whatever byte a client smuggles in with %XX, the upstream gets a path
    // that decodes to the same $uri (no '?', '#' or '%' that changes meaning).
    for (int c = 1; c < 256; ++c) {
        const QByteArray decoded = "/a" + QByteArray(1, char(c)) + "b";
        QByteArray escaped;
        UriPath::appendEscaped(escaped, decoded);
        QVERIFY2(!escaped.contains('?') && !escaped.contains('#') && !escaped.contains(' '), escaped.constData());
        QCOMPARE(UriPath::normalized(escaped).value_or("(400)"), decoded);
    }
}

QTEST_GUILESS_MAIN(tst_UriPath)
#include "tst_uripath.moc"
