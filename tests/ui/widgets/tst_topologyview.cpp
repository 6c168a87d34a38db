// The topology view driven like a person would (offscreen): cards for the
// running lab, counters moved by real requests through the proxy, card
// controls making undoable live edits, and the dot sampling and paint staying
// bounded under a flood of records.

#include "document/labdocument.h"
#include "engine/proxyengine.h"
#include "labrunner.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/topologyview.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

using Control = TopologyView::Control;
using State = TopologyView::ServerState;

namespace {
// A lab of `n` servers in one group (no mocks, nothing running): for layout,
// sampling and paint tests that feed synthetic records.
LabConfig labOf(int n, int groups = 1)
{
    LabConfig lab;
    lab.name = u"Synthetic"_s;
    Listener listener;
    for (int g = 0; g < groups; ++g) {
        UpstreamGroup group;
        group.name = u"group%1"_s.arg(g);
        for (int i = 0; i < n; ++i)
            group.servers.append(UpstreamServer{u"s%1"_s.arg(i + 1), u"127.0.0.1:%1"_s.arg(20000 + g * 100 + i)});
        lab.upstreams.append(group);
        listener.routes.append(Route::proxyTo(g == 0 ? u"/"_s : u"/g%1/"_s.arg(g), group.name));
    }
    lab.listeners.append(listener);
    return lab;
}

QList<RequestRecord> syntheticRecords(const LabConfig &lab, int count, int errorEvery = 0)
{
    QList<RequestRecord> records;
    records.reserve(count);
    const UpstreamGroup &group = lab.upstreams.first();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        RequestRecord r;
        r.startMs = now;
        r.durationUs = 2000;
        r.method = "GET";
        r.uri = "/";
        r.upstream = group.name;
        const bool error = errorEvery > 0 && i % errorEvery == 0;
        r.status = error ? 502 : 200;
        UpstreamAttempt a;
        a.server = group.servers[i % group.servers.size()].name;
        a.address = group.servers[i % group.servers.size()].address;
        a.status = r.status;
        a.durationUs = 2000;
        r.attempts.append(a);
        records.append(r);
    }
    return records;
}

void sendRequests(MainWindow &window, int n)
{
    QVERIFY(waitForLab(window)); // edits reach the running lab asynchronously
    TestClient client(window.runner()->listenerPort(0));
    for (int i = 0; i < n; ++i)
        QCOMPARE(client.get("/who").status, 200);
}

quint64 totalOf(TopologyView *view, int servers)
{
    quint64 sum = 0;
    for (int s = 0; s < servers; ++s)
        sum += view->totalRequests(0, s);
    return sum;
}
} // namespace

class tst_TopologyView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cardsShowTheRunningDemoLab();
    void realRequestsMoveTheCardCounters();
    void downControlMovesTrafficAndUndoBringsItBack();
    void weightAndBackupControlsAreUndoableEdits();
    void mockMenuBreaksAndRestoresLive();
    void selectingACardSelectsTheServerInTheTree();
    void gridFitsTheCentreOfA1366x768Window();
    void keyboardSelectsAndToggles();
    void manyServersUseCompactRows();
    void samplingBoundsDotsUnderAFlood();
    void errorsAreNeverSampledAway();
    void dotsFinishAndTheTimerStops();
    void paintOfAFullViewIsFast();
};

void tst_TopologyView::cardsShowTheRunningDemoLab()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TopologyView *view = window.topologyView();
    QVERIFY(view);
    // The first tab of the centre, and the one shown.
    auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
    QVERIFY(tabs);
    QCOMPARE(tabs->indexOf(view), 0);
    QCOMPARE(tabs->currentWidget(), view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->accessibleName(), u"Topology"_s);
    sendRequests(window, 6);
    QTRY_COMPARE(totalOf(view, 3), 6u);
    const QString dir = qEnvironmentVariable("UPSTREAMLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(window.grab().save(QDir(dir).filePath(u"topology-window.png"_s)));
        QVERIFY(view->grab().save(QDir(dir).filePath(u"topology.png"_s)));
    }

    // Rows or cards (the centre is small at 1366×768 beside the editors and
    // nginx.conf): every server is there, named, inside the view.
    const QStringList names{u"alpha"_s, u"beta"_s, u"gamma"_s};
    for (int s = 0; s < 3; ++s) {
        const QRect card = view->cardRect(0, s);
        QVERIFY(!card.isEmpty());
        QVERIFY2(view->rect().contains(card), qPrintable(u"card %1 outside %2x%3"_s.arg(s).arg(view->width()).arg(view->height())));
        for (int t = 0; t < s; ++t)
            QVERIFY(!card.intersects(view->cardRect(0, t)));
        const QString summary = view->serverSummary(0, s);
        QVERIFY2(summary.startsWith(names[s] + u", up, weight 1, 127.0.0.1:"_s), qPrintable(summary));
        QCOMPARE(view->serverState(0, s), State::Up);
        for (Control c : {Control::Down, Control::Backup, Control::WeightDown, Control::WeightUp, Control::Menu})
            QVERIFY(card.contains(view->controlRect(0, s, c)));
    }
    QVERIFY(view->accessibleDescription().contains(u"backend/beta: UP, weight 1"_s));
}

void tst_TopologyView::realRequestsMoveTheCardCounters()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    TopologyView *view = window.topologyView();
    sendRequests(window, 6);
    QTRY_COMPARE(totalOf(view, 3), 6u);
    for (int s = 0; s < 3; ++s) {
        QCOMPARE(view->totalRequests(0, s), 2u); // round robin
        QCOMPARE(view->totalErrors(0, s), 0u);
        QVERIFY(view->requestsPerSecond(0, s) > 0);
    }
    QVERIFY(view->serverSummary(0, 0).contains(u"2 in total"_s));
}

void tst_TopologyView::downControlMovesTrafficAndUndoBringsItBack()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TopologyView *view = window.topologyView();
    QUndoStack *undo = window.document()->undoStack();

    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 1, Control::Down).center());
    QVERIFY(window.document()->lab().upstreams[0].servers[1].down);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(view->serverState(0, 1), State::Down);
    QVERIFY(view->serverSummary(0, 1).contains(u"down"_s));

    // Applied live: beta gets nothing.
    sendRequests(window, 6);
    QTRY_COMPARE(totalOf(view, 3), 6u);
    QCOMPARE(view->totalRequests(0, 1), 0u);
    QCOMPARE(view->totalRequests(0, 0), 3u);
    QCOMPARE(view->totalRequests(0, 2), 3u);

    undo->undo();
    QVERIFY(!window.document()->lab().upstreams[0].servers[1].down);
    QCOMPARE(view->serverState(0, 1), State::Up);
    sendRequests(window, 6);
    QTRY_COMPARE(totalOf(view, 3), 12u);
    QCOMPARE(view->totalRequests(0, 1), 2u);
}

void tst_TopologyView::weightAndBackupControlsAreUndoableEdits()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TopologyView *view = window.topologyView();
    QUndoStack *undo = window.document()->undoStack();

    // Two nudges on one server are one undo step.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 0, Control::WeightUp).center());
    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 0, Control::WeightUp).center());
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 3);
    QCOMPARE(undo->count(), 1);
    QVERIFY(view->serverSummary(0, 0).contains(u"weight 3"_s));
    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 0, Control::WeightDown).center());
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 2);
    undo->undo();
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 1);
    QCOMPARE(undo->count(), 1); // the undone step waits for redo
    // Weight never goes below 1.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 0, Control::WeightDown).center());
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 1);

    // Backup: the server waits while the primaries are up.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->controlRect(0, 2, Control::Backup).center());
    QVERIFY(window.document()->lab().upstreams[0].servers[2].backup);
    QCOMPARE(view->serverState(0, 2), State::BackupWaiting);
    sendRequests(window, 4);
    QTRY_COMPARE(totalOf(view, 3), 4u);
    QCOMPARE(view->totalRequests(0, 2), 0u);
    undo->undo();
    QVERIFY(!window.document()->lab().upstreams[0].servers[2].backup);
}

void tst_TopologyView::mockMenuBreaksAndRestoresLive()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    TopologyView *view = window.topologyView();
    QUndoStack *undo = window.document()->undoStack();

    // The menu names its actions; "Break: 500 errors" is a document edit.
    std::unique_ptr<QMenu> menu(view->createContextMenu(0, 0, view));
    QVERIFY(menu);
    auto *break500 = menu->findChild<QAction *>(u"Break500"_s);
    QVERIFY(break500);
    QCOMPARE(break500->text(), u"Break: 500 errors"_s);
    break500->trigger();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(window.document()->lab().backends[0].behaviour.errorRate, 1.0);
    QVERIFY(view->serverSummary(0, 0).contains(u"mock broken"_s));
    // The edit reaches the lab asynchronously; a round-robin count is only exact once it has.
    QTRY_VERIFY(!window.runner()->isBusy());
    {
        TestClient client(window.runner()->listenerPort(0));
        int errors = 0;
        for (int i = 0; i < 6; ++i)
            errors += client.get("/who").status == 500 ? 1 : 0;
        QCOMPARE(errors, 2);
    }
    QTRY_COMPARE(view->totalErrors(0, 0), 2u);
    QVERIFY(view->applyMockAction(0, 0, TopologyView::MockAction::Restore));
    QCOMPARE(window.document()->lab().backends[0].behaviour, LabConfig::demo().backends[0].behaviour);
    QCOMPARE(undo->count(), 2);
    undo->undo();
    QCOMPARE(window.document()->lab().backends[0].behaviour.errorRate, 1.0);
    undo->undo();
    QCOMPARE(window.document()->lab().backends[0].behaviour.errorRate, 0.0);

    // Slow adds latency on top of what the mock has.
    QVERIFY(view->applyMockAction(0, 1, TopologyView::MockAction::Slow500));
    QVERIFY(view->applyMockAction(0, 1, TopologyView::MockAction::Slow100));
    QCOMPARE(window.document()->lab().backends[1].behaviour.latency.a, 600.0);
    QVERIFY(view->serverSummary(0, 1).contains(u"mock latency 600ms"_s));

    // Reset connections: the proxy retries elsewhere and marks gamma failed
    // (max_fails=1) until fail_timeout has passed.
    QVERIFY(view->applyMockAction(0, 2, TopologyView::MockAction::BreakReset));
    QVERIFY(waitForLab(window));
    {
        TestClient client(window.runner()->listenerPort(0));
        for (int i = 0; i < 3; ++i)
            client.get("/who");
    }
    QTRY_COMPARE(view->serverState(0, 2), State::Failed);
    QVERIFY2(view->serverSummary(0, 2).contains(u"failed until "_s), qPrintable(view->serverSummary(0, 2)));

    // Stop and start act on the running mock, as the Backends panel does.
    QVERIFY(view->applyMockAction(0, 0, TopologyView::MockAction::Stop));
    QTRY_VERIFY(!window.runner()->mock(u"alpha"_s)->isRunning());
    QVERIFY(view->serverSummary(0, 0).contains(u"mock stopped"_s));
    menu.reset(view->createContextMenu(0, 0, view));
    QVERIFY(menu->findChild<QAction *>(u"Start"_s));
    QVERIFY(view->applyMockAction(0, 0, TopologyView::MockAction::Start));
    QTRY_VERIFY(window.runner()->mock(u"alpha"_s)->isRunning());
    QVERIFY(view->applyMockAction(0, 0, TopologyView::MockAction::Pause));
    QTRY_VERIFY(view->serverSummary(0, 0).contains(u"mock paused"_s));
    QVERIFY(view->applyMockAction(0, 0, TopologyView::MockAction::Resume));
}

void tst_TopologyView::selectingACardSelectsTheServerInTheTree()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TopologyView *view = window.topologyView();
    QSignalSpy selected(view, &TopologyView::serverSelected);
    const QRect card = view->cardRect(0, 1);
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(card.left() + 40, card.center().y()));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first(), (QList<QVariant>{0, 1}));
    QCOMPARE(view->selectedServer(), QPoint(0, 1));
    QVERIFY(window.labTree()->currentItem());
    QCOMPARE(window.labTree()->currentItem()->text(0), u"beta"_s);
    QCOMPARE(window.document()->undoStack()->count(), 0); // selecting edits nothing
}

void tst_TopologyView::gridFitsTheCentreOfA1366x768Window()
{
    LabDocument document;
    document.reset(labOf(3));
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Three cards in one row, full size.
    QVERIFY(!view.isCompact());
    for (int s = 0; s < 3; ++s) {
        QCOMPARE(view.cardRect(0, s).size(), QSize(176, 104));
        QCOMPARE(view.cardRect(0, s).top(), view.cardRect(0, 0).top());
    }
    // A backup gets its own row below the primaries.
    LabConfig lab = document.lab();
    lab.upstreams[0].servers[2].backup = true;
    document.edit(lab, u"backup"_s);
    QVERIFY(view.cardRect(0, 2).top() > view.cardRect(0, 0).bottom());
    QCOMPARE(view.serverState(0, 2), State::BackupWaiting);
    // Nine servers, one a backup, still make a grid inside the view.
    lab = labOf(9);
    lab.upstreams[0].servers[8].backup = true;
    document.reset(lab);
    QVERIFY(!view.isCompact());
    for (int s = 0; s < 9; ++s) {
        QVERIFY(view.rect().contains(view.cardRect(0, s)));
        for (int t = 0; t < s; ++t)
            QVERIFY(!view.cardRect(0, s).intersects(view.cardRect(0, t)));
    }
    const QString dir = qEnvironmentVariable("UPSTREAMLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(QDir(dir).filePath(u"topology-nine.png"_s)));
}

void tst_TopologyView::keyboardSelectsAndToggles()
{
    LabDocument document;
    document.reset(labOf(4));
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy selected(&view, &TopologyView::serverSelected);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedServer(), QPoint(0, 0));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedServer(), QPoint(0, 1));
    QTest::keyClick(&view, Qt::Key_Down); // four servers, three columns: s4 is below s1
    QCOMPARE(view.selectedServer(), QPoint(0, 3));
    QCOMPARE(selected.count(), 3);
    QTest::keyClick(&view, Qt::Key_D);
    QVERIFY(document.lab().upstreams[0].servers[3].down);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(document.lab().upstreams[0].servers[3].weight, 2);
    QCOMPARE(document.undoStack()->count(), 2);
}

void tst_TopologyView::manyServersUseCompactRows()
{
    LabDocument document;
    LabConfig lab = labOf(12);
    lab.upstreams[0].servers[7].down = true;
    document.reset(lab);
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isCompact());
    // Problems first: the down server is the top row.
    int topmost = 0;
    for (int s = 1; s < 12; ++s) {
        if (view.cardRect(0, s).top() < view.cardRect(0, topmost).top())
            topmost = s;
    }
    QCOMPARE(topmost, 7);
    QVERIFY(view.cardRect(0, 0).height() <= 24);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.controlRect(0, 7, Control::Down).center());
    QVERIFY(!document.lab().upstreams[0].servers[7].down);

    // Nine servers still make a grid that fits.
    document.reset(labOf(9));
    QVERIFY(!view.isCompact());
    for (int s = 0; s < 9; ++s)
        QVERIFY(view.rect().contains(view.cardRect(0, s)));
}

void tst_TopologyView::samplingBoundsDotsUnderAFlood()
{
    LabDocument document;
    const LabConfig lab = labOf(3);
    document.reset(lab);
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QList<RequestRecord> flood = syntheticRecords(lab, 20000, 100);
    QElapsedTimer timer;
    timer.start();
    view.addRecords(flood);
    const qint64 countingMs = timer.elapsed();
    QVERIFY(view.aliveDots() > 0);
    QVERIFY2(view.aliveDots() <= TopologyView::MaxAliveDots, qPrintable(QString::number(view.aliveDots())));
    QVERIFY(view.isAnimating());
    QVERIFY2(view.samplingStep() > 100, qPrintable(QString::number(view.samplingStep())));
    // Every record is counted, whatever is drawn.
    QCOMPARE(view.totalRequests(0, 0) + view.totalRequests(0, 1) + view.totalRequests(0, 2), 20000u);
    QCOMPARE(view.totalErrors(0, 0) + view.totalErrors(0, 1) + view.totalErrors(0, 2), 200u);
    // More floods in the same instant add no more than the budgets allow.
    for (int i = 0; i < 5; ++i)
        view.addRecords(flood);
    QVERIFY2(view.aliveDots() <= TopologyView::MaxAliveDots, qPrintable(QString::number(view.aliveDots())));
#ifndef UPSTREAMLAB_SANITIZED
    QVERIFY2(countingMs < 50, qPrintable(u"20 000 records took %1 ms"_s.arg(countingMs)));
#else
    Q_UNUSED(countingMs)
#endif

    // Hidden: no frames and no backlog; counting goes on.
    view.hide();
    QCOMPARE(view.aliveDots(), 0);
    QVERIFY(!view.isAnimating());
    view.addRecords(syntheticRecords(lab, 30));
    QCOMPARE(view.aliveDots(), 0);
    QCOMPARE(view.totalRequests(0, 0) + view.totalRequests(0, 1) + view.totalRequests(0, 2), 6u * 20000u + 30u);
}

void tst_TopologyView::errorsAreNeverSampledAway()
{
    LabDocument document;
    const LabConfig lab = labOf(3);
    document.reset(lab);
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A flood of successes first, so that successes are sampled 1 in many...
    view.addRecords(syntheticRecords(lab, 5000));
    const int before = view.aliveDots();
    QVERIFY(view.samplingStep() > 1);
    // ...and then errors: each gets its own dot (up to the error budget).
    view.addRecords(syntheticRecords(lab, 10, 1));
    QCOMPARE(view.aliveDots(), before + 10);
}

void tst_TopologyView::dotsFinishAndTheTimerStops()
{
    LabDocument document;
    const LabConfig lab = labOf(3);
    document.reset(lab);
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addRecords(syntheticRecords(lab, 6, 3));
    QCOMPARE(view.aliveDots(), 6);
    QVERIFY(view.isAnimating());
    QTRY_COMPARE_WITH_TIMEOUT(view.aliveDots(), 0, 5000);
    QVERIFY(!view.isAnimating());
}

void tst_TopologyView::paintOfAFullViewIsFast()
{
    LabDocument document;
    LabConfig lab = labOf(9);
    lab.upstreams[0].servers[8].backup = true;
    lab.upstreams[0].servers[3].down = true;
    document.reset(lab);
    LabRunner runner;
    TopologyView view(&document, &runner);
    view.resize(1100, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addRecords(syntheticRecords(lab, 20000, 50));
    // s2 refuses twice (max_fails=1: failed), each request retried on s3; s9 (backup) answered.
    QList<RequestRecord> trouble = syntheticRecords(lab, 3);
    for (RequestRecord &r : trouble) {
        UpstreamAttempt refused;
        refused.server = u"s2"_s;
        refused.outcome = UpstreamAttempt::Outcome::Refused;
        r.attempts = {refused, r.attempts.first()};
        r.attempts[1].server = u"s3"_s;
    }
    trouble.last().attempts = {trouble.last().attempts.last()};
    trouble.last().attempts.first().server = u"s9"_s;
    view.addRecords(trouble);
    QCOMPARE(view.serverState(0, 1), State::Failed);
    QCOMPARE(view.serverState(0, 8), State::BackupInUse);
    QCOMPARE(view.serverState(0, 3), State::Down);
    QVERIFY(view.aliveDots() > 0);

    view.grab(); // warms the glyph cache: text is drawn in these fonts for the first time
    // The whole view, scene included (its cache dropped by a resize).
    view.resize(1101, 380);
    QElapsedTimer timer;
    timer.start();
    const QPixmap shot = view.grab();
    const qint64 fullMs = timer.elapsed();
    // A frame: the cached scene and the dots.
    timer.restart();
    for (int i = 0; i < 10; ++i)
        view.grab();
    const double frameMs = timer.elapsed() / 10.0;
#ifdef UPSTREAMLAB_SANITIZED
    const int bound = 150;
#else
    const int bound = 16;
#endif
    QVERIFY2(fullMs < bound, qPrintable(u"full paint %1 ms"_s.arg(fullMs)));
    QVERIFY2(frameMs < bound, qPrintable(u"frame %1 ms"_s.arg(frameMs)));
    qDebug("full paint %lld ms, frame %.1f ms", fullMs, frameMs);
    // UPSTREAMLAB_SCREENSHOT_DIR=/tmp keeps a picture to look at.
    const QString dir = qEnvironmentVariable("UPSTREAMLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(u"topology-grid.png"_s)));
}

QTEST_MAIN(tst_TopologyView)
#include "tst_topologyview.moc"
