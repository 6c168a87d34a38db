#include "i18n/applanguage.h"
#include "labrunner.h"
#include "methodcomparison.h"
#include "mockbackend.h"
#include "nginxreplay.h"
#include "uitestsupport.h"
#include "widgets/comparepanel.h"
#include "widgets/replaypanel.h"
#include "windows/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Compare tab and the nginx replay panel, beside a running lab.
class tst_CompareReplay final : public QObject
{
    Q_OBJECT

private slots:
    // English as main() installs it: "60/60 requests" comes from the plural forms.
    void initTestCase() { AppLanguage::install(u"en"_s); }
    void compareTabRunsBesideTheLabAndExports();
    void replayThroughNginxFromTheMenu();
};

void tst_CompareReplay::compareTabRunsBesideTheLabAndExports()
{
    MainWindow window;
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    window.show();
    ComparePanel *panel = window.comparePanel();
    QCOMPARE(panel->groupBox()->currentText(), u"backend"_s);
    for (int i = 0; i < panel->methodList()->count(); ++i) {
        const QString m = panel->methodList()->item(i)->text();
        panel->methodList()->item(i)->setCheckState(m == u"round_robin"_s || m == u"hash:$request_uri:consistent"_s ? Qt::Checked : Qt::Unchecked);
    }
    panel->requestsBox()->setValue(300);
    QSignalSpy done(panel, &ComparePanel::finished);
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QCOMPARE(panel->runButton()->text(), u"Stop"_s);
    QVERIFY(done.wait(60000));
    QVERIFY2(panel->comparison()->errorText().isEmpty(), qPrintable(panel->comparison()->errorText()));
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"round_robin"_s);
    for (int c = 1; c <= 3; ++c)
        QCOMPARE(table->item(0, c)->text(), u"100"_s);
    QCOMPARE(table->item(0, 4)->text(), u"1.000"_s);
    QVERIFY(table->item(1, 9)->text().endsWith(u"%"_s)); // keys moved, for the hash method
    // The running lab was not touched: its own mocks got none of these requests.
    QTRY_VERIFY(window.runner()->mock(u"alpha"_s));
    QCOMPARE(window.runner()->mock(u"alpha"_s)->counters().requests, 0u);

    QTemporaryDir dir;
    QString error;
    QVERIFY2(panel->exportTo(dir.filePath(u"c.csv"_s), &error), qPrintable(error));
    QFile csv(dir.filePath(u"c.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("method,alpha,beta,gamma,fairness,p50_ms,p99_ms,errors,retries,keys_moved,skipped"));
    QVERIFY(lines[1].startsWith("\"round_robin\",100,100,100,1.0000,"));
    QVERIFY(panel->exportTo(dir.filePath(u"c.json"_s), &error));
    QFile json(dir.filePath(u"c.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).object()[u"group"_s].toString(), u"backend"_s);
}

void tst_CompareReplay::replayThroughNginxFromTheMenu()
{
    if (NginxReplay::findNginx({}).isEmpty())
        QSKIP("nginx is not installed (scripts/test.sh installs nginx-light)");
    MainWindow window;
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    window.show();
    ReplayPanel *panel = window.replayPanel();
    panel->requestsBox()->setValue(60);
    QSignalSpy done(panel, &ReplayPanel::finished);
    window.replayThroughNginx();
    QVERIFY(panel->isRunning());
    QVERIFY(panel->isVisible());
    QVERIFY(done.wait(60000));
    QVERIFY2(panel->verdictLabel()->text().contains(u"Identical for 60/60 requests"_s), qPrintable(panel->verdictLabel()->text()));
    QTRY_VERIFY(window.runner()->mock(u"beta"_s));
    QCOMPARE(window.runner()->mock(u"beta"_s)->counters().requests, 0u);
}

QTEST_MAIN(tst_CompareReplay)
#include "tst_comparereplay.moc"
