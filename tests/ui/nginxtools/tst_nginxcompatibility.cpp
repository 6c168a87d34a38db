#include "config/labconfig.h"
#include "nginx/nginxexporter.h"
#include "nginxtools/nginxcompatibility.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Which lines of an exported nginx.conf a chosen nginx cannot run as written,
// from the export's own annotations (random: nginx 1.15.1; NGINX Plus
// parameters). The annotations themselves are tested in tst_nginxexport.
class tst_NginxCompatibility final : public QObject
{
    Q_OBJECT

private slots:
    void targetsAreOrderedAndNamed();
    void openSourceConfigRunsEverywhere();
    void exportedLabGetsBadgesOnItsLines();
};

namespace {

using Target = NginxCompatibility::Target;

} // namespace

void tst_NginxCompatibility::targetsAreOrderedAndNamed()
{
    const QList<Target> targets = NginxCompatibility::targets();
    const QList<Target> openSource = {Target::Nginx114, Target::Nginx118, Target::Nginx122, Target::Nginx126};
    QCOMPARE(targets, openSource + QList<Target>{Target::Plus});
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
    const NginxExport config = NginxExporter::exportWithMap(LabConfig::demo());
    for (Target t : NginxCompatibility::targets())
        QVERIFY2(NginxCompatibility::badges(config, t).isEmpty(), qPrintable(NginxCompatibility::targetName(t)));
}

void tst_NginxCompatibility::exportedLabGetsBadgesOnItsLines()
{
    LabConfig lab = LabConfig::demo();
    UpstreamGroup &g = lab.upstreams[0];
    g.method = BalancingMethod::Random;
    g.servers[0].slowStartSec = 20;
    g.servers[1].drain = true;
    g.healthCheck.enabled = true;
    const NginxExport config = NginxExporter::exportWithMap(lab);
    const QStringList lines = config.text.split(u'\n');

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
