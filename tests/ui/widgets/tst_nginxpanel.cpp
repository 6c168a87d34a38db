// The nginx.conf side of the app: the live preview follows edits, marks what
// the target cannot run, exports exactly what `upstreamlab export-nginx`
// writes, checks with real nginx -t, and imports real configs with their
// warnings and lines.

#include "document/labdocument.h"
#include "models/servertablemodel.h"
#include "nginxtools/nginxcheck.h"
#include "nginxtools/nginxcompatibility.h"
#include "uitestsupport.h"
#include "widgets/importpanel.h"
#include "widgets/nginxpreview.h"
#include "widgets/upstreameditor.h"
#include "windows/mainwindow.h"

#include "config/labjson.h"

#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_NginxPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no recent files or targets from an earlier run
    }
    void previewFollowsEdits();
    void snippetToggleAndHighlighting();
    void plusAndVersionBadges();
    void selectionScrollsBothWays();
    void exportIsIdenticalToTheCommandLine();
    void checkWithNginxPasses();
    void importListsWarningsWithLines();
    void dropAConfOntoTheWindow();
};

void tst_NginxPanel::previewFollowsEdits()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    NginxPreview *preview = window.nginxPreview();
    preview->flush();
    const QString before = preview->text();
    QVERIFY(before.contains(u"upstream backend {"_s));
    QVERIFY(!before.contains(u"weight=5"_s));

    window.upstreamEditor()->setGroup(0);
    QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
    QVERIFY(servers->setData(servers->index(0, ServerTableModel::Weight), 5));
    // Debounced: the text follows within the debounce, without a flush.
    QTRY_VERIFY(preview->text().contains(u"weight=5"_s));
    const QString serverLine = preview->editor()->document()->findBlockByNumber(preview->changedLines().value(0)).text();
    QVERIFY2(serverLine.contains(u"weight=5"_s), qPrintable(serverLine)); // the changed line is marked

    QVERIFY(servers->setData(servers->index(2, ServerTableModel::Backup), Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY(preview->text().contains(u"backup;"_s));
    // The Plus health check, toggled in the editor, is written as a marked comment.
    auto *health = window.upstreamEditor()->findChild<QGroupBox *>(u"healthCheck"_s);
    health->setChecked(true);
    QVERIFY(window.document()->lab().upstreams[0].healthCheck.enabled);
    QTRY_VERIFY(preview->text().contains(u"# upstreamlab-health-check interval=5s"_s));
    QTRY_VERIFY(!preview->badges().isEmpty());
    // And the change marks fade.
    QTRY_VERIFY_WITH_TIMEOUT(preview->changedLines().isEmpty(), 5000);
}

void tst_NginxPanel::snippetToggleAndHighlighting()
{
    NginxPreview preview;
    preview.setLab(LabConfig::demo());
    preview.flush();
    QVERIFY(preview.text().startsWith(u"# nginx configuration"_s));
    auto *scope = preview.findChild<QComboBox *>(u"previewScope"_s);
    scope->setCurrentIndex(1);
    QVERIFY(preview.snippetOnly());
    QVERIFY(!preview.text().contains(u"\nhttp {"_s));
    QVERIFY(preview.text().contains(u"upstream backend {"_s));
    // Directives are coloured apart from comments.
    preview.setSnippetOnly(false);
    QTextBlock block = preview.editor()->document()->begin();
    while (block.isValid() && !block.text().trimmed().startsWith(u"proxy_pass"_s))
        block = block.next();
    QVERIFY(block.isValid());
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QVERIFY(!formats.isEmpty());
    QVERIFY(formats.first().format.fontWeight() >= QFont::DemiBold); // the directive name
}

void tst_NginxPanel::plusAndVersionBadges()
{
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].servers[0].slowStartSec = 10;
    lab.upstreams[0].healthCheck.enabled = true;
    NginxPreview preview;
    preview.setLab(lab);
    preview.flush();
    QList<NginxCompatibility::Badge> badges = preview.badges();
    QCOMPARE(badges.size(), 2);
    QVERIFY(badges[0].plus);
    QVERIFY(preview.editor()->document()->findBlockByNumber(badges[0].line).text().contains(u"127.0.0.1:9001"_s));
    QVERIFY2(badges[0].text.contains(u"Open source has no weight ramp"_s), qPrintable(badges[0].text));
    QVERIFY(badges[1].text.contains(u"max_fails"_s)); // the open-source alternative to active checks

    // With NGINX Plus as the target the same lines say how to write them for Plus.
    preview.setTarget(NginxCompatibility::Target::Plus);
    badges = preview.badges();
    QCOMPARE(badges.size(), 2);
    QVERIFY(badges[0].text.startsWith(u"NGINX Plus: add slow_start=10s"_s));

    // An older open-source target marks directives it does not have.
    LabConfig random = LabConfig::demo();
    random.upstreams[0].method = BalancingMethod::Random;
    preview.setLab(random);
    preview.setTarget(NginxCompatibility::Target::Nginx114);
    preview.flush();
    QCOMPARE(preview.badges().size(), 1);
    QVERIFY(!preview.badges().first().plus);
    QVERIFY(preview.badges().first().text.contains(u"1.15.1"_s));
    preview.setTarget(NginxCompatibility::Target::Nginx122);
    QVERIFY(preview.badges().isEmpty());
}

void tst_NginxPanel::selectionScrollsBothWays()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    NginxPreview *preview = window.nginxPreview();
    // Editors → preview: selecting beta puts the cursor on beta's server line.
    QTreeWidget *tree = window.labTree();
    const QList<QTreeWidgetItem *> beta = tree->findItems(u"beta"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!beta.isEmpty());
    tree->setCurrentItem(beta.first());
    const QString betaAddress = window.document()->lab().upstreams[0].servers[1].address;
    QVERIFY2(preview->editor()->textCursor().block().text().contains(betaAddress), qPrintable(preview->editor()->textCursor().block().text()));
    // Preview → editors: putting the cursor on gamma's line selects gamma.
    const QString gammaAddress = window.document()->lab().upstreams[0].servers[2].address;
    QTextBlock block = preview->editor()->document()->begin();
    while (block.isValid() && !(block.text().contains(gammaAddress) && block.text().trimmed().startsWith(u"server"_s)))
        block = block.next();
    QVERIFY(block.isValid());
    preview->editor()->setTextCursor(QTextCursor(block));
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->text(0), u"gamma"_s);
}

void tst_NginxPanel::exportIsIdenticalToTheCommandLine()
{
    QTemporaryDir dir;
    LabConfig lab = demoOnFreePorts();
    lab.upstreams[0].servers[1].weight = 3;
    lab.upstreams[0].method = BalancingMethod::LeastConn;
    const QString labFile = dir.filePath(u"lab.json"_s);
    QString error;
    QVERIFY2(LabJson::save(lab, labFile, &error), qPrintable(error));
    MainWindow window;
    QVERIFY(window.openFile(labFile));
    const QString exported = dir.filePath(u"from-app.conf"_s);
    QVERIFY(window.exportNginx(exported));

    QProcess cli;
    cli.start(QStringLiteral(UPSTREAMLAB_BINARY), {u"export-nginx"_s, labFile, u"-o"_s, dir.filePath(u"from-cli.conf"_s)});
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 0);
    QFile a(exported), b(dir.filePath(u"from-cli.conf"_s));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray app = a.readAll();
    QVERIFY(app.contains("least_conn;"));
    QCOMPARE(app, b.readAll());
}

void tst_NginxPanel::checkWithNginxPasses()
{
    if (NginxCheck::findBinary().isEmpty())
        QSKIP("nginx is not installed (scripts/setup.sh --with-test-tools installs it)");
    NginxPreview preview;
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].servers[0].slowStartSec = 10; // Plus settings are comments: nginx -t still passes
    preview.setLab(lab);
    preview.flush();
    QSignalSpy finished(&preview, &NginxPreview::checkFinished);
    QTest::mouseClick(preview.findChild<QToolButton *>(u"checkNginx"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000)); // the GUI thread kept running meanwhile
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(preview.checkResult()->text().contains(u"test is successful"_s));

    // A config nginx rejects shows nginx's own message.
    lab.upstreams[0].servers[0].address = u"127.0.0.1:99999"_s;
    preview.setLab(lab);
    preview.flush();
    finished.clear();
    preview.checkWithNginx();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(u"invalid port"_s), qPrintable(finished.first().at(1).toString()));
}

void tst_NginxPanel::importListsWarningsWithLines()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"site.conf"_s);
    QVERIFY(writeFile(conf, "events {}\n"
                            "http {\n"
                            "    upstream app {\n"
                            "        server 127.0.0.1:9001 weight=2;\n"
                            "        server 127.0.0.1:9002;\n"
                            "    }\n"
                            "    server {\n"
                            "        listen 127.0.0.1:8080;\n"
                            "        gzip_vary on;\n"
                            "        limit_rate 10k;\n"
                            "        location / { proxy_pass http://app; }\n"
                            "    }\n"
                            "}\n"));
    MainWindow window;
    QVERIFY2(window.importNginx(conf), qPrintable(window.lastError()));
    QCOMPARE(window.document()->lab().upstreams[0].name, u"app"_s);
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 2);
    QVERIFY(window.document()->fileName().isEmpty()); // a new lab: saving asks where
    ImportPanel *panel = window.importPanel();
    QListWidget *list = panel->list();
    const auto rowOf = [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(text))
                return i;
        }
        return -1;
    };
    const int warning = rowOf(u"limit_rate"_s);
    QVERIFY2(warning >= 0, "the unmodelled directive is listed");
    QVERIFY(list->item(warning)->text().startsWith(u"⚠ site.conf:10"_s));
    list->setCurrentRow(warning);
    QCOMPARE(panel->source()->textCursor().blockNumber(), 9); // line 10 of the original, shown read-only
    QVERIFY(panel->source()->textCursor().block().text().contains(u"limit_rate 10k;"_s));
    const int note = rowOf(u"gzip_vary"_s); // harmless, but still listed
    QVERIFY(note >= 0);
    QVERIFY(list->item(note)->text().startsWith(u"ℹ site.conf:9"_s));
    QVERIFY(panel->source()->isReadOnly());
}

void tst_NginxPanel::dropAConfOntoTheWindow()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"dropped.conf"_s);
    QVERIFY(writeFile(conf, "events {}\nhttp { upstream dropped { server 127.0.0.1:9001; }\n"
                            "server { listen 127.0.0.1:0; location / { proxy_pass http://dropped; } } }\n"));
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(conf)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE(window.document()->lab().upstreams.value(0).name, u"dropped"_s);
}

QTEST_MAIN(tst_NginxPanel)
#include "tst_nginxpanel.moc"
