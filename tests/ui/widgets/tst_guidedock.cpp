// File ▸ Examples and the Guide dock, driven like a person would: the menu,
// the guide's buttons, the Backends panel, the log.

#include "document/labdocument.h"
#include "lessons/guideprogress.h"
#include "models/requestfiltermodel.h"
#include "uitestsupport.h"
#include "widgets/backendspanel.h"
#include "widgets/guidepanel.h"
#include "widgets/logpanel.h"
#include "widgets/nginxpreview.h"
#include "widgets/trafficbar.h"
#include "windows/mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QCheckBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class tst_GuideDock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openFromTheMenuAndTickAStep();
    void examplesAskBeforeDroppingEdits();
    void doItForMeMakesTheStepsChange();
    void basicsShowsBothRequestsSideBySide();

private:
    // The examples' usual ports, held here so the app must move the example
    // (on a shared machine they might be anyone's; this makes it certain).
    std::vector<std::unique_ptr<QTcpServer>> m_held;
    static QAction *exampleAction(MainWindow &window, const QString &name)
    {
        return window.examplesMenu()->findChild<QAction *>(u"example-"_s + name);
    }
    static bool openFromMenu(MainWindow &window, const QString &name)
    {
        QAction *action = exampleAction(window, name);
        if (!action)
            return false;
        action->trigger();
        return waitForLab(window) && window.runner()->isRunning();
    }
};

void tst_GuideDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    for (quint16 port : {8080, 9001, 9002, 9003}) {
        auto server = std::make_unique<QTcpServer>();
        if (server->listen(QHostAddress::LocalHost, port))
            m_held.push_back(std::move(server));
    }
}

void tst_GuideDock::openFromTheMenuAndTickAStep()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QVERIFY(!window.guideDock()->isVisible());
    QVERIFY(exampleAction(window, u"demo"_s)); // the plain labs are there too

    QVERIFY2(openFromMenu(window, u"backup"_s), qPrintable(window.lastError()));
    // The example's ports were taken: it runs on others, and says so.
    for (const MockBackendConfig &b : window.document()->lab().backends)
        QVERIFY2(!b.listen.endsWith(u":9001"_s) && !b.listen.endsWith(u":9002"_s) && !b.listen.endsWith(u":9003"_s), qPrintable(b.listen));
    QVERIFY(window.runner()->listenerPort(0) != 8080);
    QVERIFY(window.statusBar()->currentMessage().contains(u"8080"_s));

    QVERIFY(window.guideDock()->isVisible());
    GuidePanel *panel = window.guidePanel();
    QCOMPARE(panel->titleLabel()->text(), u"Backup servers"_s);
    QCOMPARE(panel->stepCount(), 4);
    QVERIFY(panel->stepLabel(0)->text().startsWith(u"1. "_s));
    QVERIFY(!panel->stepBox(0)->isChecked());
    QCOMPARE(window.trafficBar()->presetBox()->currentIndex(), window.trafficBar()->examplePresetIndex());

    // Step 1: the guide's button starts the example's traffic; the lab sees alpha and beta answer.
    QTest::mouseClick(panel->startTrafficButton(), Qt::LeftButton);
    QTRY_VERIFY(window.trafficBar()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(panel->stepBox(0)->isChecked(), 10000);
    QVERIFY(panel->stepLabel(1)->font().bold()); // the current step

    // Step 2: stop alpha in the Backends panel, as the step says.
    QTableView *table = window.backendsPanel()->table();
    table->selectRow(0);
    QCOMPARE(window.document()->lab().backends[0].name, u"alpha"_s);
    // Until alpha stops, nothing counts for this step.
    QVERIFY2(!window.guide()->isCounting() && panel->progressLabel()->text().contains(u"once you have done"_s),
             qPrintable(panel->progressLabel()->text()));
    QTest::mouseClick(window.backendsPanel()->findChild<QToolButton *>(u"stopBackend"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->stepBox(1)->isChecked(), 10000);
    QCOMPARE(window.guide()->countsWhenDone(1).served.value(u"spare"_s), 0);

    // The example's nginx.conf, one click away.
    QTest::mouseClick(panel->showNginxButton(), Qt::LeftButton);
    QVERIFY(window.nginxDock()->isVisible());
    window.nginxPreview()->flush();
    QVERIFY(window.nginxPreview()->editor()->toPlainText().contains(u" backup;"_s));

    // Ticking by hand moves on; Begin again unticks.
    QTest::mouseClick(panel->stepBox(2), Qt::LeftButton);
    QCOMPARE(window.guide()->currentStep(), 3);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"guideRestart"_s), Qt::LeftButton);
    QCOMPARE(window.guide()->doneCount(), 0);
    QVERIFY(!panel->stepBox(0)->isChecked());
    window.trafficBar()->stop();

    // Another lab replaces the guide.
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    QVERIFY(!window.guideDock()->isVisible());
    QVERIFY(!window.guide()->hasExample());
    QCOMPARE(window.trafficBar()->examplePresetIndex(), -1);
}

void tst_GuideDock::examplesAskBeforeDroppingEdits()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    LabConfig edited = window.document()->lab();
    edited.upstreams[0].servers[0].weight = 7;
    window.document()->edit(edited, u"weight"_s);
    bool prompted = false;
    answerNextMessageBox(QMessageBox::Cancel, &prompted);
    exampleAction(window, u"sticky"_s)->trigger();
    QVERIFY(prompted);
    QCOMPARE(window.document()->lab(), edited); // Cancel keeps the edit
    QVERIFY(!window.guide()->hasExample());
    prompted = false;
    answerNextMessageBox(QMessageBox::Discard, &prompted);
    exampleAction(window, u"sticky"_s)->trigger();
    QVERIFY(prompted);
    QVERIFY(waitForLab(window));
    QCOMPARE(window.guide()->example().name, u"sticky"_s);
    QCOMPARE(window.document()->lab().upstreams[0].hashKey, u"$cookie_session"_s);
    QVERIFY(!window.document()->isModified());
}

void tst_GuideDock::doItForMeMakesTheStepsChange()
{
    MainWindow window;
    window.show();
    QVERIFY2(openFromMenu(window, u"failures"_s), qPrintable(window.lastError()));
    GuidePanel *panel = window.guidePanel();
    QVERIFY(!panel->actionButton()->isVisible()); // step 1 has nothing to do for you
    window.guide()->setDone(0, true);
    QVERIFY(panel->actionButton()->isVisible());
    QVERIFY(panel->actionButton()->text().contains(u"http_502"_s));
    QVERIFY(!(window.document()->lab().proxy.nextUpstream & NextHttp502));
    QTest::mouseClick(panel->actionButton(), Qt::LeftButton);
    QVERIFY(window.document()->lab().proxy.nextUpstream & NextHttp502);
    QVERIFY(window.document()->undoStack()->canUndo()); // an ordinary, undoable edit
    QVERIFY(waitForLab(window));
    // The step's state holds; it ticks once the traffic shows retried, error-free answers.
    QVERIFY(window.guide()->isCounting());
    QTest::mouseClick(panel->startTrafficButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->stepBox(1)->isChecked(), 15000);
    window.trafficBar()->stop();
}

void tst_GuideDock::basicsShowsBothRequestsSideBySide()
{
    MainWindow window;
    window.show();
    QVERIFY2(openFromMenu(window, u"basics"_s), qPrintable(window.lastError()));
    QTest::mouseClick(window.guidePanel()->startTrafficButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.guidePanel()->stepBox(0)->isChecked(), 10000);
    window.trafficBar()->stop();
    QTRY_VERIFY(!window.trafficBar()->isRunning());
    // Step 2: select a request in the log.
    QTableView *view = window.logPanel()->view();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->selectRow(view->model()->rowCount() - 1);
    const QString details = window.logPanel()->details()->toPlainText();
    QVERIFY2(details.contains(u"As the client sent it"_s) && details.contains(u"As app received it"_s), qPrintable(details));
    QVERIFY2(details.contains(u"GET /shop/item-"_s) && details.contains(u"GET /item-"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Host: app"_s) && details.contains(u"X-Real-IP: 127."_s), qPrintable(details));
    QTRY_VERIFY(window.guidePanel()->stepBox(1)->isChecked());
}

QTEST_MAIN(tst_GuideDock)
#include "tst_guidedock.moc"
