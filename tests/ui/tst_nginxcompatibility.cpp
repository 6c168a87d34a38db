#include "config/labconfig.h"
#include "nginx/nginxexporter.h"
#include "nginxtools/nginxcompatibility.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Which lines of an exported nginx.conf a chosen nginx cannot run as written.
// Versions are nginx's CHANGES: random 1.15.1, proxy_socket_keepalive 1.15.6,
// keepalive_time 1.19.10.
class tst_NginxCompatibility final : public QObject
{
    Q_OBJECT

private slots:
    void targetsAreOrderedAndNamed();
    void openSourceConfigRunsEverywhere();
    void newerDirectives_data();
    void newerDirectives();
    void plusServerParameters_data();
    void plusServerParameters();
    void plusCommentsOfTheExport();
    void ordinaryCommentsAreIgnored();
    void linesCountFromZeroWhateverTheLineEnds();
    void exportedLabGetsBadgesOnItsLines();
};

namespace {

using Target = NginxCompatibility::Target;

QList<Target> openSource()
{
    return {Target::Nginx114, Target::Nginx118, Target::Nginx122, Target::Nginx126};
}

} // namespace

void tst_NginxCompatibility::targetsAreOrderedAndNamed()
{
    const QList<Target> targets = NginxCompatibility::targets();
    QCOMPARE(targets, openSource() + QList<Target>{Target::Plus});
    QSet<QString> names;
    for (Target t : targets) {
        const QString name = NginxCompatibility::targetName(t);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), targets.size());
    QVERIFY(NginxCompatibility::targetName(Target::Nginx122).contains(u"1.22"_s));
}

void tst_NginxCompatibility::openSourceConfigRunsEverywhere()
{
    // The demo lab as exported: round robin, keepalive, zone, proxy_pass.
    const QString config = NginxExporter::exportLab(LabConfig::demo());
    for (Target t : NginxCompatibility::targets())
        QVERIFY2(NginxCompatibility::badges(config, t).isEmpty(), qPrintable(NginxCompatibility::targetName(t)));
}

void tst_NginxCompatibility::newerDirectives_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QList<Target>>("missingIn");
    QTest::newRow("random") << u"        random;"_s << u"random (nginx 1.15.1)"_s << QList<Target>{Target::Nginx114};
    QTest::newRow("random-two") << u"\trandom two least_conn;"_s << u"random (nginx 1.15.1)"_s
                                << QList<Target>{Target::Nginx114};
    QTest::newRow("proxy_socket_keepalive") << u"proxy_socket_keepalive on;"_s << u"proxy_socket_keepalive (nginx 1.15.6)"_s
                                            << QList<Target>{Target::Nginx114};
    QTest::newRow("keepalive_time") << u"    keepalive_time 1h;"_s << u"keepalive_time (nginx 1.19.10)"_s
                                    << QList<Target>{Target::Nginx114, Target::Nginx118};
    // Same prefix, much older directives.
    QTest::newRow("keepalive_timeout") << u"    keepalive_timeout 65s;"_s << QString() << QList<Target>{};
    QTest::newRow("random-in-a-name") << u"    server random.example:80;"_s << QString() << QList<Target>{};
    QTest::newRow("randomize") << u"    randomize on;"_s << QString() << QList<Target>{};
}

void tst_NginxCompatibility::newerDirectives()
{
    QFETCH(QString, line);
    QFETCH(QString, what);
    QFETCH(QList<Target>, missingIn);
    const QString config = u"upstream u {\n"_s + line + u"\n}\n"_s;
    for (Target t : NginxCompatibility::targets()) {
        const QList<NginxCompatibility::Badge> badges = NginxCompatibility::badges(config, t);
        if (!missingIn.contains(t)) {
            QVERIFY2(badges.isEmpty(), qPrintable(NginxCompatibility::targetName(t)));
            continue;
        }
        QCOMPARE(badges.size(), 1);
        QCOMPARE(badges[0].line, 1);
        QVERIFY(!badges[0].plus);
        QVERIFY2(badges[0].text.contains(what), qPrintable(badges[0].text));
        QVERIFY2(badges[0].text.contains(NginxCompatibility::targetName(t)), qPrintable(badges[0].text));
    }
}

void tst_NginxCompatibility::plusServerParameters_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("openSourceAdvice");
    QTest::newRow("slow_start") << u"slow_start=30s"_s << u"no weight ramp"_s;
    QTest::newRow("drain") << u"drain"_s << u"mark the server down"_s;
    QTest::newRow("both") << u"slow_start=1m drain"_s << u"slow_start=1m drain"_s;
    QTest::newRow("other") << u"route=a"_s << u"Needs NGINX Plus: route=a."_s;
}

void tst_NginxCompatibility::plusServerParameters()
{
    // The export writes Plus parameters as a comment on the server line.
    QFETCH(QString, params);
    QFETCH(QString, openSourceAdvice);
    const QString config = u"upstream u {\n    server 127.0.0.1:9001;  # alpha [plus: %1]\n}\n"_s.arg(params);
    for (Target t : openSource()) {
        const QList<NginxCompatibility::Badge> badges = NginxCompatibility::badges(config, t);
        QCOMPARE(badges.size(), 1);
        QCOMPARE(badges[0].line, 1);
        QVERIFY(badges[0].plus);
        QVERIFY2(badges[0].text.contains(openSourceAdvice), qPrintable(badges[0].text));
    }
    const QList<NginxCompatibility::Badge> plus = NginxCompatibility::badges(config, Target::Plus);
    QCOMPARE(plus.size(), 1);
    QVERIFY(plus[0].plus);
    QVERIFY2(plus[0].text.contains(u"add %1 to this server line"_s.arg(params)), qPrintable(plus[0].text));
}

void tst_NginxCompatibility::plusCommentsOfTheExport()
{
    const QString config = u"upstream u {\n"
                           "    # upstreamlab-method least_time header\n"
                           "    least_conn;\n"
                           "    # upstreamlab-health-check interval=5s passes=1 fails=1 uri=/ status=200-399\n"
                           "}\n"_s;
    for (Target t : openSource()) {
        const QList<NginxCompatibility::Badge> badges = NginxCompatibility::badges(config, t);
        QCOMPARE(badges.size(), 2);
        QCOMPARE(badges[0].line, 1);
        QVERIFY(badges[0].plus);
        QVERIFY2(badges[0].text.contains(u"least_conn"_s), qPrintable(badges[0].text)); // the stand-in
        QCOMPARE(badges[1].line, 3);
        QVERIFY(badges[1].plus);
        QVERIFY2(badges[1].text.contains(u"max_fails"_s), qPrintable(badges[1].text));
    }
    const QList<NginxCompatibility::Badge> plus = NginxCompatibility::badges(config, Target::Plus);
    QCOMPARE(plus.size(), 2);
    QVERIFY(plus[0].text.contains(u"least_time"_s));
    QVERIFY(plus[1].text.contains(u"health_check"_s));
}

void tst_NginxCompatibility::ordinaryCommentsAreIgnored()
{
    const QString config = u"# random keepalive_time proxy_socket_keepalive\n"
                           "    #random;\n"
                           "# upstreamlab-server alpha\n"_s;
    for (Target t : NginxCompatibility::targets())
        QVERIFY(NginxCompatibility::badges(config, t).isEmpty());
}

void tst_NginxCompatibility::linesCountFromZeroWhateverTheLineEnds()
{
    const QString config = u"random;\r\nevents {}\r\n\r\n  keepalive_time 1h;\r\n"_s;
    const QList<NginxCompatibility::Badge> badges = NginxCompatibility::badges(config, Target::Nginx114);
    QCOMPARE(badges.size(), 2);
    QCOMPARE(badges[0].line, 0);
    QCOMPARE(badges[1].line, 3);
}

void tst_NginxCompatibility::exportedLabGetsBadgesOnItsLines()
{
    LabConfig lab = LabConfig::demo();
    UpstreamGroup &g = lab.upstreams[0];
    g.method = BalancingMethod::Random;
    g.servers[0].slowStartSec = 20;
    g.servers[1].drain = true;
    g.healthCheck.enabled = true;
    const QString config = NginxExporter::exportLab(lab);
    const QStringList lines = config.split(u'\n');

    const QList<NginxCompatibility::Badge> old = NginxCompatibility::badges(config, Target::Nginx114);
    QCOMPARE(old.size(), 4);
    QCOMPARE(lines[old[0].line].trimmed(), u"random;"_s);
    QVERIFY(!old[0].plus);
    QVERIFY(lines[old[1].line].trimmed().startsWith(u"server %1"_s.arg(g.servers[0].address)));
    QVERIFY(old[1].text.contains(u"slow_start=20s"_s));
    QVERIFY(lines[old[2].line].trimmed().startsWith(u"server %1"_s.arg(g.servers[1].address)));
    QVERIFY(old[2].text.contains(u"drain"_s));
    QVERIFY(lines[old[3].line].contains(u"upstreamlab-health-check"_s));

    // 1.22 has random: only the Plus features remain.
    const QList<NginxCompatibility::Badge> current = NginxCompatibility::badges(config, Target::Nginx122);
    QCOMPARE(current.size(), 3);
    for (const NginxCompatibility::Badge &b : current)
        QVERIFY(b.plus);
}

QTEST_GUILESS_MAIN(tst_NginxCompatibility)
#include "tst_nginxcompatibility.moc"
