#include "engine/upstreamstrictness.h"

#include <QTest>

class tst_UpstreamStrictness final : public QObject
{
    Q_OBJECT

private slots:
    void strictnessNotes();
};

void tst_UpstreamStrictness::strictnessNotes()
{
    // Measured with nginx 1.22.1: where it lets a malformed upstream response
    // through, the log says so; where it answers 502 too, nothing to say.
    QVERIFY(UpstreamStrictness::nginxWouldHave("malformed status code").contains(u"HTTP/0.9"));
    QVERIFY(UpstreamStrictness::nginxWouldHave("repeated Content-Length").contains(u"last Content-Length"));
    QVERIFY(UpstreamStrictness::nginxWouldHave("repeated Content-Length").startsWith(u"Stricter than nginx"));
    QVERIFY(UpstreamStrictness::nginxWouldHave("obsolete line folding").isEmpty());
    QVERIFY(UpstreamStrictness::nginxWouldHave("bare CR in head").isEmpty());
    QVERIFY(UpstreamStrictness::nginxWouldHave("invalid chunk size").isEmpty());
}

QTEST_APPLESS_MAIN(tst_UpstreamStrictness)
#include "tst_upstreamstrictness.moc"
