#include "document/labdocument.h"
#include "labrunner.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "models/requestlogmodel.h"
#include "models/requestfiltermodel.h"
#include "uitestsupport.h"
#include "widgets/logpanel.h"
#include "widgets/topologyview.h"
#include "widgets/trafficbar.h"
#include "windows/mainwindow.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Traffic bar drives the real generator against the window's running lab.
class tst_TrafficBar final : public QObject
{
    Q_OBJECT

private slots:
    void presetSendsTrafficAndChangesLive();
    void sendOneSelectsItsRow();
    void downInTheLabMovesGeneratedTraffic();
    void stoppedLabDisablesTraffic();
};

void tst_TrafficBar::presetSendsTrafficAndChangesLive()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    window.show();
    TrafficBar *bar = window.trafficBar();
    QVERIFY(bar->startButton()->isEnabled());
    bar->presetBox()->setCurrentIndex(1); // Busy 200/s
    QCOMPARE(bar->rateBox()->value(), 200);
    QCOMPARE(bar->connectionsBox()->value(), 20);
    QSignalSpy running(bar, &TrafficBar::runningChanged);
    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    QVERIFY(bar->isRunning());
    QCOMPARE(bar->startButton()->text(), u"Stop"_s);
    // The proxy's log fills from the generator's requests, on all three servers.
    QTRY_VERIFY_WITH_TIMEOUT(window.logModel()->rowCount() >= 300, 10000);
    QTRY_VERIFY(bar->readoutText().contains(u"RUNNING"_s));
    QTRY_VERIFY(bar->readoutText().contains(u"p99"_s));
    QSet<QString> servers;
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        servers.insert(window.logModel()->record(row).attempts.value(0).server);
    QCOMPARE(servers.size(), 3);

    // Rate changes while it runs; the preset says it was modified.
    bar->rateBox()->setValue(400);
    QVERIFY(bar->presetBox()->currentText().contains(u"modified"_s));
    QTRY_COMPARE(bar->generator()->options().rate, 400.0);
    QTRY_VERIFY_WITH_TIMEOUT(bar->generator()->progress().rate > 300, 8000);
    bar->connectionsBox()->setValue(5);
    QTRY_COMPARE(bar->generator()->progress().concurrency, 5);

    // Another preset while running: the run restarts with its shape and population.
    bar->presetBox()->setCurrentIndex(4); // 1 000 clients
    QTRY_COMPARE(running.count(), 3);
    QVERIFY(bar->isRunning());
    QCOMPARE(bar->generator()->options().clients, 1000);
    QCOMPARE(bar->rateBox()->value(), 100);
    // The restarted run has answers of its own before it is stopped.
    QTRY_VERIFY_WITH_TIMEOUT(bar->generator()->progress().responses > 0, 10000);

    QTest::mouseClick(bar->startButton(), Qt::LeftButton);
    QTRY_VERIFY(!bar->isRunning());
    QCOMPARE(bar->startButton()->text(), u"Start"_s);
    QCOMPARE(running.count(), 4);
    QVERIFY(bar->generator()->result().responses() > 0);
    QCOMPARE(bar->generator()->result().errors(), 0);
}

void tst_TrafficBar::sendOneSelectsItsRow()
{
    MainWindow window;
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    window.show();
    QTest::mouseClick(window.trafficBar()->sendOneButton(), Qt::LeftButton);
    QTableView *view = window.logPanel()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->selectionModel()->hasSelection(), 10000);
    const QModelIndex selected = window.logPanel()->filter()->mapToSource(view->selectionModel()->selectedRows().value(0));
    QCOMPARE(window.logModel()->record(selected.row()).uri, QByteArray("/?one=1"));
    QCOMPARE(window.logModel()->record(selected.row()).status, 200);
}

void tst_TrafficBar::downInTheLabMovesGeneratedTraffic()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrafficBar *bar = window.trafficBar();
    QVERIFY(bar->start());
    // The topology's counters move with the generated traffic.
    TopologyView *topology = window.topologyView();
    QTRY_VERIFY_WITH_TIMEOUT(topology->totalRequests(0, 0) > 10 && topology->totalRequests(0, 2) > 10, 10000);
    QTRY_VERIFY(topology->requestsPerSecond(0, 1) > 0);
    // The card's down control: one undoable edit, applied live.
    QTest::mouseClick(topology, Qt::LeftButton, {}, topology->controlRect(0, 0, TopologyView::Control::Down).center());
    QVERIFY(window.document()->lab().upstreams[0].servers[0].down);
    QCOMPARE(topology->serverState(0, 0), TopologyView::ServerState::Down);
    QVERIFY(waitForLab(window)); // the edit reached the proxy
    const quint64 atDown = window.runner()->mock(u"alpha"_s)->counters().requests;
    const quint64 betaAtDown = window.runner()->mock(u"beta"_s)->counters().requests;
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->mock(u"beta"_s)->counters().requests > betaAtDown + 20, 10000);
    QVERIFY(window.runner()->mock(u"alpha"_s)->counters().requests <= atDown + 2); // in flight at the edit
    window.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(window.runner()->mock(u"alpha"_s)->counters().requests > atDown + 20, 10000);
    bar->stop();
    QTRY_VERIFY(!bar->isRunning());
}

void tst_TrafficBar::stoppedLabDisablesTraffic()
{
    MainWindow window;
    QVERIFY(openLabAndWait(window, demoOnFreePorts()));
    TrafficBar *bar = window.trafficBar();
    QVERIFY(bar->start());
    window.stopLab();
    // No lab, no target: the run stops and Start waits for the lab.
    QTRY_VERIFY(!bar->isRunning());
    QVERIFY(!bar->startButton()->isEnabled());
    QVERIFY(!bar->sendOneButton()->isEnabled());
    QVERIFY(bar->readoutText().contains(u"Start the lab"_s));
    QVERIFY(startLabAndWait(window));
    QVERIFY(bar->startButton()->isEnabled());
}

QTEST_MAIN(tst_TrafficBar)
#include "tst_trafficbar.moc"
