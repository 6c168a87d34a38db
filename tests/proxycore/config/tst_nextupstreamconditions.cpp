// proxy_next_upstream's one table of conditions, and every reader of it
// agreeing on each word: the lab JSON, the nginx exporter and the importer.

#include "config/labjson.h"
#include "config/nextupstreamconditions.h"
#include "nginx/nginxexporter.h"
#include "nginx/nginximporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_NextUpstreamConditions final : public QObject
{
    Q_OBJECT

private slots:
    void tableIsNginxs();
    void wordsAndFlags();
    void statuses();
    void maskText();
    void everyConditionSurvivesJson_data();
    void everyConditionSurvivesJson();
    void everyConditionSurvivesNginx_data() { everyConditionSurvivesJson_data(); }
    void everyConditionSurvivesNginx();
    void unknownWordsAreRefused();
};

void tst_NextUpstreamConditions::tableIsNginxs()
{
    // nginx 1.22's words, in its documentation's order ("off" and the cache's "updating" aside).
    QStringList words;
    quint32 all = 0;
    QSet<quint32> flags;
    for (const NextUpstreamConditions::Condition &c : NextUpstreamConditions::all()) {
        words << QString(c.name);
        QVERIFY2(!flags.contains(c.flag), qPrintable(QString(c.name)));
        QCOMPARE(qPopulationCount(quint32(c.flag)), 1u);
        flags.insert(c.flag);
        all |= c.flag;
        QVERIFY2(!NextUpstreamConditions::description(c.flag).isEmpty(), qPrintable(QString(c.name)));
    }
    QCOMPARE(words, (QStringList{u"error"_s, u"timeout"_s, u"invalid_header"_s, u"http_500"_s, u"http_502"_s,
                                 u"http_503"_s, u"http_504"_s, u"http_403"_s, u"http_404"_s, u"http_429"_s,
                                 u"non_idempotent"_s}));
    QCOMPARE(all, (1u << 11) - 1); // every bit ProxySettings::nextUpstream can hold
    QCOMPARE(NextUpstreamConditions::acceptedWords(),
             u"error, timeout, invalid_header, http_500, http_502, http_503, http_504, http_403, http_404, "
             "http_429, non_idempotent, off"_s);
}

void tst_NextUpstreamConditions::wordsAndFlags()
{
    for (const NextUpstreamConditions::Condition &c : NextUpstreamConditions::all()) {
        QCOMPARE(NextUpstreamConditions::flag(QString(c.name)), quint32(c.flag));
        QCOMPARE(NextUpstreamConditions::name(c.flag), QString(c.name));
    }
    QCOMPARE(NextUpstreamConditions::flag(u"off"), 0u); // not a condition: the empty mask
    QCOMPARE(NextUpstreamConditions::flag(u"updating"), 0u);
    QCOMPARE(NextUpstreamConditions::flag(u"HTTP_502"), 0u); // nginx's words are lower case
    QCOMPARE(NextUpstreamConditions::flag(u""), 0u);
    QCOMPARE(NextUpstreamConditions::name(0), QString());
    QCOMPARE(NextUpstreamConditions::name(NextError | NextTimeout), QString());
    QCOMPARE(NextUpstreamConditions::description(0), QString());
}

void tst_NextUpstreamConditions::statuses()
{
    const QList<int> statuses{500, 502, 503, 504, 403, 404, 429};
    for (int status : statuses) {
        const quint32 flag = NextUpstreamConditions::flagForStatus(status);
        QCOMPARE(NextUpstreamConditions::name(flag), u"http_%1"_s.arg(status));
        QCOMPARE(NextUpstreamConditions::status(flag), status);
    }
    QCOMPARE(NextUpstreamConditions::flagForStatus(501), 0u); // nginx has no http_501
    QCOMPARE(NextUpstreamConditions::flagForStatus(0), 0u);
    QCOMPARE(NextUpstreamConditions::status(NextError), 0);
    QVERIFY(NextUpstreamConditions::description(NextHttp404).contains(u"not counted as a failure"_s));
}

void tst_NextUpstreamConditions::maskText()
{
    QCOMPARE(NextUpstreamConditions::text(0), u"off"_s);
    QVERIFY(NextUpstreamConditions::names(0).isEmpty());
    // Table order whatever the bits: the export always writes the same line.
    QCOMPARE(NextUpstreamConditions::text(NextNonIdempotent | NextHttp429 | NextError), u"error http_429 non_idempotent"_s);
    QCOMPARE(NextUpstreamConditions::names(NextTimeout | NextError), (QStringList{u"error"_s, u"timeout"_s}));
}

void tst_NextUpstreamConditions::everyConditionSurvivesJson_data()
{
    QTest::addColumn<quint32>("mask");
    for (const NextUpstreamConditions::Condition &c : NextUpstreamConditions::all())
        QTest::newRow(c.name.latin1()) << quint32(c.flag);
    QTest::newRow("off") << 0u;
    QTest::newRow("all") << quint32((1u << 11) - 1);
}

void tst_NextUpstreamConditions::everyConditionSurvivesJson()
{
    QFETCH(quint32, mask);
    LabConfig lab = LabConfig::demo();
    lab.proxy.nextUpstream = mask;
    const QJsonObject proxy = QJsonDocument::fromJson(LabJson::toJson(lab)).object().value(u"proxy"_s).toObject();
    QStringList words;
    for (const QJsonValue &v : proxy.value(u"next_upstream"_s).toArray())
        words << v.toString();
    QCOMPARE(words.join(u' '), NextUpstreamConditions::text(mask));
    const LabLoadResult loaded = LabJson::fromJson(LabJson::toJson(lab), u"lab.json"_s);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QCOMPARE(loaded.lab.proxy.nextUpstream, mask);
}

void tst_NextUpstreamConditions::everyConditionSurvivesNginx()
{
    QFETCH(quint32, mask);
    LabConfig lab = LabConfig::demo();
    lab.proxy.nextUpstream = mask;
    const QString conf = NginxExporter::exportLab(lab);
    QVERIFY2(conf.contains(u"proxy_next_upstream %1;\n"_s.arg(NextUpstreamConditions::text(mask))), qPrintable(conf));
    const NginxImportResult imported = NginxImporter::importText(conf, u"export.conf"_s);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.lab.proxy.nextUpstream, mask);
}

void tst_NextUpstreamConditions::unknownWordsAreRefused()
{
    const NginxImportResult imported = NginxImporter::importText(
        u"events {}\nhttp { upstream a { server 127.0.0.1:9001; }\n"
        "server { listen 127.0.0.1:8080; location / { proxy_pass http://a; proxy_next_upstream error http_501; } } }\n"_s,
        u"e.conf"_s);
    QVERIFY(!imported.ok);
    QVERIFY2(imported.error.contains(u"invalid value \"http_501\" in \"proxy_next_upstream\""_s), qPrintable(imported.error));

    LabConfig lab = LabConfig::demo();
    QJsonObject json = QJsonDocument::fromJson(LabJson::toJson(lab)).object();
    QJsonObject proxy = json.value(u"proxy"_s).toObject();
    proxy.insert(u"next_upstream"_s, QJsonArray{u"error"_s, u"http_501"_s});
    json.insert(u"proxy"_s, proxy);
    const LabLoadResult loaded = LabJson::fromJson(QJsonDocument(json).toJson(), u"lab.json"_s);
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.errorText.contains(u"proxy.next_upstream[1]: unknown condition \"http_501\" (nginx accepts error, "_s),
             qPrintable(loaded.errorText));
}

QTEST_GUILESS_MAIN(tst_NextUpstreamConditions)
#include "tst_nextupstreamconditions.moc"
