// The desktop app driven like a person would: widgets clicked and typed into
// (offscreen), real requests through the running lab, files saved and reopened.

#include "config/hostport.h"
#include "config/labexposure.h"
#include "config/labjson.h"
#include "dialogs/backenddialog.h"
#include "document/labdocument.h"
#include "balancing/pickdecision.h"
#include "engine/proxyengine.h"
#include "labrunner.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "models/backendtablemodel.h"
#include "models/requestfiltermodel.h"
#include "models/requestlogmodel.h"
#include "models/servertablemodel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/backendspanel.h"
#include "widgets/distributionview.h"
#include "widgets/listenereditor.h"
#include "widgets/logpanel.h"
#include "widgets/upstreameditor.h"
#include "windows/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no recent files or targets from an earlier run
    }
    void showsLabAndLogsRealRequests();
    void buildLabByDrivingTheWidgets();
    void downInTheTableMovesTrafficAndUndoBringsItBack();
    void invalidValueIsShownAtItsField();
    void editWhileAProxyWorkerIsBusyKeepsTheGuiResponsive();
    void backendsPanelStopsAndBreaksMocks();
    void addedBackendsAvoidTakenPortsAndEditsSurviveOne();
    void backendDialogEditsEverySettingLive();
    void routeTableMakesExactAndReturnLocations();
    void logFiltersDetailsAndCsv();
    void detailsSayWhyThisServer();
    void detailsExplainRetryConditions();
    void saveReopenCompare();
    void unsavedChangesPromptCancelKeepsEdits();
    void labThatBreaksARuleOpensForFixing();
    void removeEverythingThenUndoAll();
    void floodKeepsTheEventLoopResponsive();
    void logModelIsBoundedAndBatched();
    void warnsWhenAListenerIsNotLoopback();
    void sharedLabAsksAndKeepItLocalBindsLoopback();
    void allowedLabRunsAsWrittenAndIsRemembered();
    void importedNginxConfAsksToo();

private:
    static QStringList servedBy(MainWindow &window, int n);
    static void clickTreeItem(MainWindow &window, const QString &text);
};

void tst_MainWindow::clickTreeItem(MainWindow &window, const QString &text)
{
    QTreeWidget *tree = window.labTree();
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    tree->scrollToItem(found.first());
    const QRect rect = tree->visualItemRect(found.first());
    // On the item's text, wherever the column is cut by a narrow window.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(qMin(rect.left() + 4, tree->viewport()->width() - 2), rect.center().y()));
    QCOMPARE(tree->currentItem(), found.first());
}

QStringList tst_MainWindow::servedBy(MainWindow &window, int n)
{
    if (!waitForLab(window)) // edits reach the running lab asynchronously
        return {};
    TestClient client(window.runner()->listenerPort(0));
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QString::fromLatin1(client.get("/who").header("X-Upstream-Name"));
    return names;
}

void tst_MainWindow::showsLabAndLogsRealRequests()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.logModel());
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QCOMPARE(window.windowTitle(), u"Upstream Lab — Demo lab[*]"_s);
    QVERIFY(!window.isWindowModified());

    QStringList upstreams = servedBy(window, 6);
    QTRY_COMPARE(window.logModel()->rowCount(), 6);
    upstreams.clear();
    for (int row = 0; row < 6; ++row)
        upstreams.append(window.logModel()->index(row, RequestLogModel::Upstream).data().toString());
    upstreams.sort();
    QCOMPARE(upstreams, (QStringList{u"alpha"_s, u"alpha"_s, u"beta"_s, u"beta"_s, u"gamma"_s, u"gamma"_s}));
    QCOMPARE(window.logModel()->index(0, RequestLogModel::Status).data().toInt(), 200);
    // The chart counts the same requests; the status bar shows the address to copy.
    window.distributionView()->tick();
    QCOMPARE(window.distributionView()->total(u"alpha"_s), 2u);
    QCOMPARE(window.distributionView()->lastState(u"alpha"_s), DistributionView::ServerState::Up);
    QVERIFY2(window.statusText().contains(u"http://127.0.0.1:%1/"_s.arg(window.runner()->listenerPort(0))),
             qPrintable(window.statusText()));
#ifdef Q_OS_UNIX
    QTRY_VERIFY2(window.statusText().contains(u"open files limit"_s), qPrintable(window.statusText()));
#endif

    window.stopLab();
    QVERIFY(!window.runner()->isRunning());
}

void tst_MainWindow::buildLabByDrivingTheWidgets()
{
    // A lab of alpha and beta; gamma's mock runs but is not in the group yet.
    LabConfig lab = demoOnFreePorts();
    const QString gammaAddress = lab.upstreams[0].servers[2].address;
    lab.upstreams[0].servers.removeLast();
    MainWindow window;
    QVERIFY2(openLabAndWait(window, lab), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    clickTreeItem(window, u"backend"_s);
    QCOMPARE(window.upstreamEditor()->group(), 0);
    QVERIFY(window.upstreamEditor()->isVisible());

    // Add a server: it suggests gamma's mock, the one the group lacks.
    auto *add = window.upstreamEditor()->findChild<QPushButton *>(u"addServer"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QTableView *table = window.upstreamEditor()->serverTable();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(2, ServerTableModel::Address).data().toString(), gammaAddress);
    QCOMPARE(table->model()->index(2, ServerTableModel::Name).data().toString(), u"gamma"_s);
    const auto typeInto = [table](int row, int column, const QString &text) {
        const QModelIndex index = table->model()->index(row, column);
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        // The delegate's editor: the one visible direct child of the viewport.
        QWidget *editor = nullptr;
        for (QWidget *w : table->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (w->isVisible())
                editor = w;
        }
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    // Then rename and weigh it by typing into the table.
    typeInto(2, ServerTableModel::Address, gammaAddress); // typed as suggested: no change
    typeInto(2, ServerTableModel::Name, u"gamma-eu"_s);
    typeInto(2, ServerTableModel::Weight, u"2"_s);
    // The delegate commits a Return on the next turn of the event loop.
    QTRY_COMPARE(window.document()->lab().upstreams[0].servers[2].weight, 2);
    const UpstreamServer &added = window.document()->lab().upstreams[0].servers[2];
    QCOMPARE(added.address, gammaAddress);
    QCOMPARE(added.name, u"gamma-eu"_s);
    QCOMPARE(added.weight, 2);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.document()->isValid());

    // Applied to the running lab at once: gamma takes 2 of every 4 requests.
    const QStringList names = servedBy(window, 8);
    QCOMPARE(names.count(u"gamma-eu"_s), 4);
    QCOMPARE(names.count(u"alpha"_s), 2);

    // The method combo changes the balancing live, with its explanation.
    QComboBox *method = window.upstreamEditor()->methodCombo();
    method->setCurrentIndex(1); // least_conn
    QCOMPARE(window.document()->lab().upstreams[0].method, BalancingMethod::LeastConn);
    QCOMPARE(window.document()->undoStack()->count(), 4); // add, rename, weight, method
}

void tst_MainWindow::downInTheTableMovesTrafficAndUndoBringsItBack()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickTreeItem(window, u"backend"_s);
    QTableView *table = window.upstreamEditor()->serverTable();
    // Space on a check box cell toggles it, like a click.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, ServerTableModel::Down));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(window.document()->lab().upstreams[0].servers[1].down);
    QVERIFY(!servedBy(window, 9).contains(u"beta"_s));

    // Undo (Ctrl+Z) restores beta in the running lab too.
    QTest::keySequence(&window, QKeySequence(QKeySequence::Undo));
    QVERIFY(!window.document()->lab().upstreams[0].servers[1].down);
    QVERIFY(servedBy(window, 9).contains(u"beta"_s));
    QVERIFY(!window.isWindowModified()); // back to the saved state
    QTest::keySequence(&window, QKeySequence(QKeySequence::Redo));
    QVERIFY(window.document()->lab().upstreams[0].servers[1].down);
}

void tst_MainWindow::invalidValueIsShownAtItsField()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.upstreamEditor()->setGroup(0);
    QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
    QVERIFY(servers->setData(servers->index(2, ServerTableModel::Backup), Qt::Checked, Qt::CheckStateRole));
    window.upstreamEditor()->methodCombo()->setCurrentIndex(3); // hash KEY: nginx refuses backup with hash
    QVERIFY(!window.document()->isValid());
    const QString tip = servers->index(2, ServerTableModel::Backup).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"does not support"_s), qPrintable(tip));
    QVERIFY(servers->index(2, ServerTableModel::Backup).data(Qt::BackgroundRole).isValid());
    // The running lab keeps its last valid configuration (round robin with backup).
    QCOMPARE(servedBy(window, 4).count(u"gamma"_s), 0);
    // Fixing it (back to round robin) applies again.
    window.upstreamEditor()->methodCombo()->setCurrentIndex(0);
    QVERIFY(window.document()->isValid());
    QVERIFY(!servers->index(2, ServerTableModel::Backup).data(Qt::BackgroundRole).isValid());
}

void tst_MainWindow::editWhileAProxyWorkerIsBusyKeepsTheGuiResponsive()
{
    MainWindow window;
    LabConfig lab = demoOnFreePorts();
    lab.proxy.workers = 1; // the busy worker is the one that must take the edit
    QVERIFY2(openLabAndWait(window, lab), qPrintable(window.lastError()));
    window.show();
    QVERIFY(servedBy(window, 3).contains(u"alpha"_s));

    // Worker 0 is busy for 2 s; three edits arrive meanwhile. The first waits
    // for the worker in the lab's control thread; the next two are coalesced
    // into one (the newest: alpha down).
    QSignalSpy applied(window.runner(), &LabRunner::applied);
    window.runner()->occupyProxyWorkerForTest(0, 2000);
    QElapsedTimer busy;
    busy.start();
    for (int weight : {2, 3, 4}) {
        LabConfig edited = window.document()->lab();
        edited.upstreams[0].servers[1].weight = weight;
        edited.upstreams[0].servers[0].down = weight == 4;
        window.document()->edit(edited, u"edit %1"_s.arg(weight));
    }
    QVERIFY(window.runner()->isApplying());

    // The GUI's event loop keeps turning while the edit waits for the worker:
    // a 5 ms timer is never late by much. Measured once the window has drawn
    // the edits (its own work, 50–120 ms in a debug build on a loaded 2-core
    // machine); a GUI that waited on the worker would stall ~1.7 s here.
    QVERIFY(QTest::qWaitFor([&] { return busy.elapsed() >= 250; }));
    QVERIFY(window.runner()->isApplying()); // still waiting for the worker
    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    qint64 stallAt = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 stall = sinceTick.restart();
        if (stall > longestStall) {
            longestStall = stall;
            stallAt = busy.elapsed();
        }
    });
    sinceTick.start();
    ticker.start();
    QVERIFY(QTest::qWaitFor([&] { return busy.elapsed() >= 2000; }, 5000)); // the measuring window, not a wait for a result
    ticker.stop();
    qInfo("longest event-loop stall %lld ms, %lld ms into the worker's 2 s; edits applied so far: %d",
          longestStall, stallAt, int(applied.size()));
    QVERIFY2(longestStall < 50, qPrintable(u"the GUI stalled for %1 ms"_s.arg(longestStall)));

    // Once the worker is free the newest edit is what runs, and the window says so.
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 10000);
    QVERIFY(applied.at(1).at(0).toString().isEmpty());
    QVERIFY(!window.runner()->isApplying());
    QVERIFY2(window.statusText().startsWith(u"● Running "_s), qPrintable(window.statusText()));
    const QStringList names = servedBy(window, 6);
    QVERIFY2(!names.contains(u"alpha"_s) && !names.contains(QString()), qPrintable(names.join(u',')));
}

void tst_MainWindow::backendsPanelStopsAndBreaksMocks()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QTableView *table = window.backendsPanel()->table();
    BackendTableModel *model = window.backendsPanel()->model();
    QCOMPARE(model->index(0, BackendTableModel::State).data().toString(), u"running"_s);
    table->selectRow(1); // beta
    QTest::mouseClick(window.backendsPanel()->findChild<QToolButton *>(u"stopBackend"_s), Qt::LeftButton);
    QTRY_COMPARE(model->index(1, BackendTableModel::State).data().toString(), u"stopped"_s);
    // Stopped = refused: the proxy moves on to the next server, clients see 200s.
    const QStringList names = servedBy(window, 6);
    QVERIFY(!names.contains(u"beta"_s));
    QVERIFY(!names.contains(QString()));
    QTest::mouseClick(window.backendsPanel()->findChild<QToolButton *>(u"startBackend"_s), Qt::LeftButton);
    QTRY_COMPARE(model->index(1, BackendTableModel::State).data().toString(), u"running"_s);

    // Behaviour edited in place goes live: gamma answers 503.
    QVERIFY(model->setData(model->index(2, BackendTableModel::Status), 503));
    QVERIFY(waitForLab(window));
    QCOMPARE(window.runner()->mock(u"gamma"_s)->behaviour.status, 503);
    QVERIFY(model->setData(model->index(2, BackendTableModel::Latency), u"normal:5ms,1ms"_s));
    QVERIFY(waitForLab(window));
    QCOMPARE(window.runner()->mock(u"gamma"_s)->behaviour.latency.kind, MockLatency::Kind::Normal);
    // A value that cannot be read is refused with what is expected.
    QSignalSpy parseErrors(model, &BackendTableModel::parseError);
    QVERIFY(!model->setData(model->index(2, BackendTableModel::Faults), u"explode:1"_s));
    QCOMPARE(parseErrors.size(), 1);
    QVERIFY(parseErrors.first().at(1).toString().contains(u"expected a fault"_s));

    // A colour is only a colour: the running mock (and its counters) stays.
    const auto gamma = window.runner()->mock(u"gamma"_s)->live;
    LabConfig recoloured = window.document()->lab();
    recoloured.backends[2].color = u"#123456"_s;
    window.document()->edit(recoloured, u"colour"_s);
    QVERIFY(waitForLab(window));
    QCOMPARE(window.runner()->mock(u"gamma"_s)->live, gamma);

    // Add 2 backends: each runs and joins the group.
    window.backendsPanel()->addBackends(2, 0);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(window.document()->lab().upstreams[0].servers.size(), 5);
    QTRY_VERIFY(window.runner()->mock(window.document()->lab().backends[4].name) != nullptr);
}

void tst_MainWindow::addedBackendsAvoidTakenPortsAndEditsSurviveOne()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    // Another program holds the port after the lab's highest one.
    int highest = 0;
    for (const MockBackendConfig &b : window.document()->lab().backends)
        highest = qMax(highest, b.listen.section(u':', -1).toInt());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(highest + 1)) || squatter.listen(QHostAddress::LocalHost, 0));
    const QString taken = u"127.0.0.1:%1"_s.arg(squatter.serverPort());

    window.backendsPanel()->addBackends(1, 0);
    const MockBackendConfig added = window.document()->lab().backends.last();
    QVERIFY2(added.listen != taken, qPrintable(added.listen));
    QVERIFY(waitForLab(window));
    const LabRunner::Mock *mock = window.runner()->mock(added.name);
    QVERIFY(mock);
    QCOMPARE(mock->state(), MockBackend::State::Running);
    QTRY_VERIFY(servedBy(window, 4).contains(added.name));

    // An edit that moves that mock onto the taken port, and marks alpha down:
    // the mock cannot listen and says so; the rest of the edit still applies.
    LabConfig lab = window.document()->lab();
    lab.backends.last().listen = taken;
    lab.upstreams[0].servers[0].down = true;
    window.document()->edit(lab, u"move"_s);
    QVERIFY(waitForLab(window));
    QVERIFY2(window.lastError().contains(added.name) && window.lastError().contains(taken), qPrintable(window.lastError()));
    QCOMPARE(window.runner()->mock(added.name)->state(), MockBackend::State::Stopped);
    const QStringList names = servedBy(window, 8);
    QVERIFY2(!names.contains(u"alpha"_s) && !names.contains(QString()), qPrintable(names.join(u',')));
}

void tst_MainWindow::backendDialogEditsEverySettingLive()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    BackendsPanel *panel = window.backendsPanel();
    panel->table()->selectRow(0); // alpha
    QTest::mouseClick(panel->findChild<QToolButton *>(u"editBackend"_s), Qt::LeftButton);
    auto *dialog = panel->findChild<BackendDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    const auto retype = [dialog](const QString &field, const QString &text) {
        QWidget *w = dialog->findChild<QWidget *>(field);
        QVERIFY2(w, qPrintable(field));
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->clear();
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            edit->clear();
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(w, Qt::Key_Return);
            QTest::keyClicks(w, lines[i]);
        }
    };

    // Each field says what is wrong with it, at once, and OK waits.
    retype(u"latency"_s, u"soon"_s);
    QVERIFY(dialog->fieldError(u"latency"_s).contains(u"expected"_s));
    QVERIFY(!dialog->findChild<QLabel *>(u"latencyError"_s)->isHidden());
    QVERIFY(dialog->findChild<QTabWidget *>()->tabText(2).startsWith(u"⚠"_s));
    QVERIFY(!ok->isEnabled());
    retype(u"latency"_s, u"5ms"_s);
    QVERIFY(dialog->fieldError(u"latency"_s).isEmpty());
    retype(u"name"_s, u"beta"_s);
    QVERIFY2(dialog->fieldError(u"name"_s).contains(u"used by another backend"_s), qPrintable(dialog->fieldError(u"name"_s)));
    retype(u"name"_s, u"alpha2"_s);
    retype(u"timeline"_s, u"1h stop\nsoon: explode"_s);
    QVERIFY2(dialog->fieldError(u"timeline"_s).startsWith(u"line 2:"_s), qPrintable(dialog->fieldError(u"timeline"_s)));
    retype(u"timeline"_s, u"1h stop\n30m start"_s);
    QVERIFY2(dialog->fieldError(u"timeline"_s).contains(u"line 2: steps must be in time order"_s), qPrintable(dialog->fieldError(u"timeline"_s)));
    retype(u"timeline"_s, u"1h stop"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->fieldError(QString())));

    // Response: a header and a template body; the first request fails.
    retype(u"headers"_s, u"X-Lab: {{name}}"_s);
    dialog->findChild<QComboBox *>(u"bodyKind"_s)->setCurrentIndex(1);
    retype(u"body"_s, u"hello {{name}}"_s);
    auto *first = dialog->findChild<QSpinBox *>(u"errorFirst"_s);
    first->setValue(1);
    const QString moved = u"127.0.0.1:%1"_s.arg(freePort());
    retype(u"listen"_s, moved);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->fieldError(QString())));
    QTest::mouseClick(ok, Qt::LeftButton);

    // Applied live: the server followed its mock's new name and address.
    const LabConfig &lab = window.document()->lab();
    QCOMPARE(lab.backends[0].name, u"alpha2"_s);
    QCOMPARE(lab.backends[0].listen, moved);
    QCOMPARE(lab.upstreams[0].servers[0].name, u"alpha2"_s);
    QCOMPARE(lab.upstreams[0].servers[0].address, moved);
    QCOMPARE(lab.backends[0].timeline.size(), 1);
    QCOMPARE(lab.backends[0].behaviour.latency.kind, MockLatency::Kind::Fixed);
    QVERIFY(waitForLab(window));
    QVERIFY(window.runner()->mock(u"alpha2"_s));
    QVERIFY(!window.runner()->mock(u"alpha"_s));
    TestClient client(window.runner()->listenerPort(0));
    QList<TestResponse> fromAlpha;
    for (int i = 0; i < 6; ++i) {
        const TestResponse r = client.get("/");
        if (r.header("X-Upstream-Name") == "alpha2")
            fromAlpha.append(r);
    }
    QCOMPARE(fromAlpha.size(), 2);
    QCOMPARE(fromAlpha[0].status, 500);
    QCOMPARE(fromAlpha[1].status, 200);
    QCOMPARE(fromAlpha[1].body, QByteArray("hello alpha2"));
    QCOMPARE(fromAlpha[1].header("X-Lab"), QByteArray("alpha2"));

    // One undo step brings alpha back as it was.
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].name, u"alpha"_s);
    QVERIFY(waitForLab(window));
    QVERIFY(window.runner()->mock(u"alpha"_s));
}

void tst_MainWindow::routeTableMakesExactAndReturnLocations()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    const quint16 port = window.runner()->listenerPort(0);
    clickTreeItem(window, u"127.0.0.1:%1"_s.arg(port));
    ListenerEditor *editor = window.listenerEditor();
    QVERIFY(editor->isVisible());
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addRoute"_s), Qt::LeftButton);
    QTableWidget *routes = editor->routeTable();
    QCOMPARE(routes->rowCount(), 2);
    QCOMPARE(routes->columnCount(), 3);
    // nginx's spelling in the cells: "= /ping" is exact; "200 pong" answers instead of proxying.
    routes->item(1, 0)->setText(u"= /ping"_s);
    routes->item(1, 2)->setText(u"200 pong"_s);
    const Route &route = window.document()->lab().listeners[0].routes[1];
    QVERIFY(route.isExact());
    QCOMPARE(route.location, u"/ping"_s);
    QCOMPARE(route.returnStatus, 200);
    QCOMPARE(route.returnText, u"pong"_s);
    QVERIFY(route.upstream.isEmpty());
    QVERIFY(window.document()->isValid());
    QVERIFY(waitForLab(window));
    {
        TestClient client(port);
        const TestResponse pong = client.get("/ping");
        QCOMPARE(pong.status, 200);
        QCOMPARE(pong.body, "pong"_ba);
        const TestResponse proxied = client.get("/ping/more");
        QCOMPARE(proxied.status, 200);
        QVERIFY(!proxied.header("X-Upstream-Name").isEmpty());
    }
    // "group/uri" in the upstream cell is proxy_pass http://group/uri.
    routes->item(0, 1)->setText(u"backend/inner/"_s);
    QCOMPARE(window.document()->lab().listeners[0].routes[0].upstream, u"backend"_s);
    QCOMPARE(window.document()->lab().listeners[0].routes[0].proxyUri, u"/inner/"_s);
    QVERIFY(window.document()->isValid());
    // A code that is not a number is shown at the editor; the lab keeps its last valid locations.
    routes->item(1, 2)->setText(u"soon"_s);
    QVERIFY(!window.document()->isValid());
    QVERIFY(!editor->issueLabel()->isHidden());
    QVERIFY2(editor->issueLabel()->text().contains(u"status code"_s), qPrintable(editor->issueLabel()->text()));
    TestClient client(port);
    QCOMPARE(client.get("/ping").body, "pong"_ba);
}

void tst_MainWindow::logFiltersDetailsAndCsv()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    {
        TestClient client(window.runner()->listenerPort(0));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(client.get(i % 2 ? "/odd" : "/even").status, 200);
    }
    QTRY_COMPARE(window.logModel()->rowCount(), 6);
    LogPanel *log = window.logPanel();
    QTest::keyClicks(log->filterEdit(), u"odd"_s);
    QCOMPARE(log->filter()->rowCount(), 3);
    log->filterEdit()->clear();
    auto *servers = log->findChild<QComboBox *>(u"serverFilter"_s);
    servers->setCurrentIndex(servers->findText(u"beta"_s));
    QCOMPARE(log->filter()->rowCount(), 2);
    servers->setCurrentIndex(0);

    log->view()->selectRow(0);
    const QString details = log->details()->toPlainText();
    QVERIFY2(details.contains(u"GET /even"_s) && details.contains(u"Request headers"_s) && details.contains(u"ok"_s, Qt::CaseInsensitive),
             qPrintable(details));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"log.csv"_s);
    QString error;
    QVERIFY2(log->exportCsv(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[0].startsWith("time,client,method,uri,status"));
    QVERIFY(lines[1].contains(",GET,/even,200,"));
}

void tst_MainWindow::detailsSayWhyThisServer()
{
    MainWindow window;
    LabConfig lab = demoOnFreePorts();
    lab.upstreams[0].servers[1].down = true; // beta
    QVERIFY2(openLabAndWait(window, lab), qPrintable(window.lastError()));
    window.show();
    {
        TestClient client(window.runner()->listenerPort(0));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.get("/why").status, 200);
    }
    QTRY_COMPARE(window.logModel()->rowCount(), 2);
    LogPanel *log = window.logPanel();
    log->view()->selectRow(1);
    const QString details = log->details()->toPlainText();
    // The second pick: alpha went first, so gamma's current_weight is the highest.
    QVERIFY2(details.contains(u"Why this server"_s), qPrintable(details));
    QVERIFY2(details.contains(u"gamma: 200"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Pick 1: gamma"_s), qPrintable(details));
    QVERIFY2(details.contains(u"smooth weighted round robin → gamma"_s), qPrintable(details));
    QVERIFY2(details.contains(u"gamma: current_weight 1 + effective_weight 1 = 2, the highest → chosen; minus the round's total 2 → 0"_s),
             qPrintable(details));
    QVERIFY2(details.contains(u"alpha: current_weight -1 + effective_weight 1 = 0"_s), qPrintable(details));
    QVERIFY2(details.contains(u"beta: skipped, down"_s), qPrintable(details));
}

void tst_MainWindow::detailsExplainRetryConditions()
{
    // Each proxy_next_upstream condition a request was retried under is
    // explained, in words from the one table of conditions.
    MainWindow window;
    LabConfig lab = demoOnFreePorts();
    lab.upstreams[0].servers[0].address = u"127.0.0.1:%1"_s.arg(freePort()); // alpha: nothing listens
    QVERIFY2(openLabAndWait(window, lab), qPrintable(window.lastError()));
    {
        TestClient client(window.runner()->listenerPort(0));
        QCOMPARE(client.get("/retry").status, 200);
    }
    QTRY_COMPARE(window.logModel()->rowCount(), 1);
    LogPanel *log = window.logPanel();
    log->view()->selectRow(0);
    const QString details = log->details()->toPlainText();
    QVERIFY2(details.contains(u"alpha: connect refused (next_upstream error) → beta: 200"_s), qPrintable(details));
    QVERIFY2(details.contains(u"next_upstream error: "_s + NextUpstreamConditions::description(NextError)), qPrintable(details));
    QVERIFY2(!details.contains(u"next_upstream timeout"_s), qPrintable(details));
}

void tst_MainWindow::saveReopenCompare()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lab.json"_s);
    LabConfig edited;
    {
        MainWindow window;
        QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
        window.upstreamEditor()->setGroup(0);
        QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
        QVERIFY(servers->setData(servers->index(0, ServerTableModel::Weight), 7));
        QVERIFY(servers->setData(servers->index(2, ServerTableModel::Backup), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.saveTo(file));
        QVERIFY(!window.isWindowModified());
        edited = window.document()->lab();
    }
    MainWindow reopened;
    QVERIFY(reopened.openFile(file));
    QCOMPARE(reopened.document()->lab(), edited);
    QCOMPARE(reopened.document()->fileName(), file);
    QVERIFY(reopened.windowTitle().startsWith(u"Upstream Lab — Demo lab"_s));
}

void tst_MainWindow::unsavedChangesPromptCancelKeepsEdits()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    window.upstreamEditor()->setGroup(0);
    QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
    QVERIFY(servers->setData(servers->index(0, ServerTableModel::Weight), 9));
    bool prompted = false;
    answerNextMessageBox(QMessageBox::Cancel, &prompted);
    QVERIFY(!window.close()); // the prompt appears; Cancel keeps the window and the edit
    QVERIFY(prompted);
    QVERIFY(window.isVisible());
    QCOMPARE(window.document()->lab().upstreams[0].servers[0].weight, 9);
    QVERIFY(window.isWindowModified());
    // Discard closes.
    prompted = false;
    answerNextMessageBox(QMessageBox::Discard, &prompted);
    QVERIFY(window.close());
    QVERIFY(prompted);
}

void tst_MainWindow::labThatBreaksARuleOpensForFixing()
{
    // Saved with a broken rule (hash with backup): it opens, marked, and runs once fixed.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.json"_s);
    LabConfig lab = demoOnFreePorts();
    lab.upstreams[0].method = BalancingMethod::Hash;
    lab.upstreams[0].hashKey = u"$request_uri"_s;
    lab.upstreams[0].servers[2].backup = true;
    QString error;
    QVERIFY(LabJson::save(lab, file, &error));
    MainWindow window;
    QVERIFY(window.openFile(file));
    QVERIFY(!window.document()->isValid());
    QVERIFY(!window.runner()->isRunning());
    QVERIFY2(window.lastError().contains(u"backup"_s), qPrintable(window.lastError()));
    window.upstreamEditor()->setGroup(0);
    QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
    QVERIFY(servers->index(2, ServerTableModel::Backup).data(Qt::ToolTipRole).toString().contains(u"does not support"_s));
    QVERIFY(servers->setData(servers->index(2, ServerTableModel::Backup), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(window.document()->isValid());
    QVERIFY2(startLabAndWait(window), qPrintable(window.lastError()));
    QCOMPARE(servedBy(window, 3).size(), 3);
}

void tst_MainWindow::removeEverythingThenUndoAll()
{
    // Take the lab apart through the widgets (breaking rules on the way), then undo it all.
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    const LabConfig original = window.document()->lab();
    clickTreeItem(window, u"backend"_s);
    auto *remove = window.upstreamEditor()->findChild<QPushButton *>(u"removeServer"_s);
    for (int i = 0; i < 3; ++i) {
        window.upstreamEditor()->serverTable()->selectRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QCOMPARE(window.document()->lab().upstreams[0].servers.size(), 0);
    QVERIFY(!window.document()->isValid()); // a group needs a server: marked, not applied
    QVERIFY(window.runner()->isRunning());
    for (int i = 0; i < 3; ++i) {
        window.backendsPanel()->table()->selectRow(0);
        QTest::mouseClick(window.backendsPanel()->findChild<QToolButton *>(u"removeBackend"_s), Qt::LeftButton);
    }
    QCOMPARE(window.document()->lab().backends.size(), 0);
    while (window.document()->undoStack()->canUndo())
        window.document()->undoStack()->undo();
    QCOMPARE(window.document()->lab(), original);
    QVERIFY(!window.isWindowModified());
    // The running lab is whole again: every mock answers through the proxy.
    QTRY_COMPARE(window.runner()->mocks().size(), 3);
    QStringList names = servedBy(window, 6);
    names.removeDuplicates();
    QCOMPARE(names.size(), 3);
}

// Records arrive as the engine publishes them: batches from another thread.
class RecordFlood final : public QObject
{
    Q_OBJECT
public:
    void run(int perSecond, int seconds)
    {
        QList<RequestRecord> batch;
        RequestRecord r;
        r.method = "GET";
        r.uri = "/flood";
        r.status = 200;
        r.client = u"127.0.0.1:40000"_s;
        r.upstream = u"backend"_s;
        UpstreamAttempt a;
        a.server = u"alpha"_s;
        a.address = u"127.0.0.1:9001"_s;
        a.status = 200;
        r.attempts = {a};
        const int perBatch = perSecond / 10; // the engine publishes ~10 batches a second
        for (int i = 0; i < perBatch; ++i)
            batch.append(r);
        for (int b = 0; b < seconds * 10; ++b) {
            emit records(batch);
            QThread::msleep(100); // the generator's pace, not synchronisation
        }
        emit done();
    }
signals:
    void records(const QList<RequestRecord> &records);
    void done();
};

void tst_MainWindow::floodKeepsTheEventLoopResponsive()
{
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.logModel()->setCapacity(100000);
    QThread thread;
    RecordFlood flood;
    flood.moveToThread(&thread);
    connect(&flood, &RecordFlood::records, window.runner(), &LabRunner::requestsLogged); // the same path as the engine's
    QSignalSpy done(&flood, &RecordFlood::done);
    thread.start();
    // The GUI thread's longest gap between 5 ms ticks while 20 000 records/s arrive for 8 s.
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    QMetaObject::invokeMethod(&flood, [&flood] { flood.run(20000, 8); });
    QVERIFY(done.wait(60000));
    QCoreApplication::processEvents();
    ticker.stop();
    thread.quit();
    thread.wait();
    qInfo("flood: 160000 records in 8 s; longest event-loop stall %lld ms; log rows %d (capacity 100000)", longest,
          window.logModel()->rowCount());
#ifndef UPSTREAMLAB_SANITIZED
    QVERIFY2(longest < 50, qPrintable(u"longest stall %1 ms"_s.arg(longest)));
#endif
    QCOMPARE(window.logModel()->rowCount(), 100000); // bounded
    QCOMPARE(window.logModel()->totalAppended(), 160000u);
}

void tst_MainWindow::logModelIsBoundedAndBatched()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(100);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<RequestRecord> batch;
    for (int i = 0; i < 70; ++i) {
        RequestRecord r;
        r.status = 200 + i;
        batch.append(r);
    }
    model.appendRecords(batch);
    model.appendRecords(batch);
    QCOMPARE(inserted.size(), 2); // one insert per batch
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalAppended(), 140u);
    QCOMPARE(model.index(99, RequestLogModel::Status).data().toInt(), 269);
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toInt(), 240);
    QList<RequestRecord> huge(250, RequestRecord());
    model.appendRecords(huge);
    QCOMPARE(model.rowCount(), 100);

    // Only the newest rows keep their heads.
    RequestLogModel big;
    RequestRecord withHeads;
    withHeads.requestHead = "GET / HTTP/1.1\r\nHost: t\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        big.appendRecords(QList<RequestRecord>(RequestLogModel::HeadersKept / 2 + 7, withHeads));
    const int rows = big.rowCount();
    QVERIFY(big.record(rows - RequestLogModel::HeadersKept).requestHead.size() > 0);
    QVERIFY(big.record(rows - RequestLogModel::HeadersKept - 1).requestHead.isEmpty());
    QVERIFY(big.record(0).requestHead.isEmpty());

    // Decisions go with the heads.
    RequestLogModel explained;
    RequestRecord withDecision;
    UpstreamAttempt attempt;
    attempt.server = u"alpha"_s;
    attempt.decision = std::make_shared<PickDecision>();
    withDecision.attempts.append(attempt);
    explained.appendRecords(QList<RequestRecord>(RequestLogModel::HeadersKept + 3, withDecision));
    QVERIFY(explained.record(3).hasDecisions());
    QVERIFY(!explained.record(2).hasDecisions());
    QCOMPARE(explained.record(2).attempts.size(), 1);
}

void tst_MainWindow::warnsWhenAListenerIsNotLoopback()
{
    // The status bar names what the running lab exposes; the demo exposes nothing.
    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    auto *exposed = window.findChild<QLabel *>(u"exposedLabel"_s);
    QVERIFY(exposed->isHidden());
    LabConfig lab = window.document()->lab();
    lab.listeners[0].address = u"[::1]"_s; // loopback too
    QVERIFY(LabExposure::of(lab).isEmpty());
    lab.listeners[0].address = u"0.0.0.0"_s;
    lab.listeners[0].port = 8080;
    QCOMPARE(LabExposure::of(lab).addresses().value(0).value, u"0.0.0.0:8080"_s);
    window.stopLab(); // the person's own edit, shown but not bound here
    window.document()->edit(lab, u"listen everywhere"_s);
    QTRY_VERIFY(!exposed->isHidden());
    QVERIFY2(exposed->text().contains(u"0.0.0.0:8080"_s), qPrintable(exposed->text()));
}

namespace {
// root/lab/ holds the lab file; root/secret.txt lies outside it, and
// root/lab/innocent.txt is a symlink to it.
struct SharedLabFolder {
    QTemporaryDir root;
    QString labDir;
    QString outside; // canonical

    bool create()
    {
        labDir = root.filePath(u"lab"_s);
        outside = QFileInfo(root.path()).canonicalFilePath();
        return QDir().mkpath(labDir) && writeFile(outside + u"/secret.txt"_s, "top secret\n")
            && QFile::link(outside + u"/secret.txt"_s, labDir + u"/innocent.txt"_s);
    }
};

QByteArray bodyFrom(const QString &listen)
{
    TestClient client(HostPort::parse(listen, 0)->port);
    return client.get("/body").body;
}
} // namespace

void tst_MainWindow::sharedLabAsksAndKeepItLocalBindsLoopback()
{
    SharedLabFolder folder;
    QVERIFY(folder.create());
    LabConfig lab = demoOnFreePorts();
    const quint16 port = freePort();
    const QString wide = u"0.0.0.0:%1"_s.arg(port);
    lab.backends[0].listen = wide;
    lab.upstreams[0].servers[0].address = wide;
    lab.backends[1].behaviour.bodyFile = u"../secret.txt"_s;
    lab.backends[2].behaviour.bodyFile = u"innocent.txt"_s;
    const QString file = folder.labDir + u"/shared.json"_s;
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));

    MainWindow window;
    {
        MessageBoxAnswerer answer(u"keepLocal"_s);
        QVERIFY(window.openFile(file));
        QCOMPARE(answer.texts().size(), 1);
        const QString text = answer.texts().first();
        QVERIFY2(text.startsWith(file + u" asks for more than a lab on this machine needs:\n\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"• backend alpha listens on %1, reachable from other machines (backends[0].listen)"_s.arg(wide)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"• backend beta serves the file ../secret.txt (that is %1/secret.txt), outside the lab's folder"_s
                                   .arg(folder.outside)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"• backend gamma serves the file innocent.txt (that is %1/secret.txt), outside the lab's folder"_s
                                   .arg(folder.outside)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\"Keep it local\""_s), qPrintable(text));
    }
    QVERIFY(waitForLab(window));
    QVERIFY2(window.runner()->isRunning(), qPrintable(window.lastError()));
    // Kept local: alpha binds loopback on its port and its server follows; no outside file is served.
    const QString local = u"127.0.0.1:%1"_s.arg(port);
    QCOMPARE(window.runner()->mock(u"alpha"_s)->listen, local);
    QCOMPARE(window.runnableLab(window.document()->lab()).upstreams[0].servers[0].address, local);
    QCOMPARE(window.document()->lab(), lab); // the lab itself is not rewritten
    QVERIFY(!window.isWindowModified());
    QStringList names = servedBy(window, 3);
    names.sort();
    QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QVERIFY(bodyFrom(lab.backends[1].listen).contains("\"backend\":\"beta\""));
    QVERIFY(bodyFrom(lab.backends[2].listen).contains("\"backend\":\"gamma\""));
    QVERIFY(!window.findChild<QLabel *>(u"keptLocalLabel"_s)->isHidden());
    QVERIFY(window.findChild<QLabel *>(u"exposedLabel"_s)->isHidden());
    QAbstractItemModel *backends = window.backendsPanel()->table()->model();
    QCOMPARE(backends->index(0, BackendTableModel::Listen).data().toString(), u"%1 → %2"_s.arg(wide, local));

    // Edits apply to the running lab without undoing the choice.
    window.upstreamEditor()->setGroup(0);
    QAbstractItemModel *servers = window.upstreamEditor()->serverTable()->model();
    QVERIFY(servers->setData(servers->index(1, ServerTableModel::Weight), 2));
    QVERIFY(waitForLab(window));
    QCOMPARE(window.runner()->mock(u"alpha"_s)->listen, local);

    // Reopened in the same session: not asked again, and still local.
    {
        MessageBoxAnswerer answer(u"allowExternal"_s);
        QVERIFY(window.openFile(file));
        QVERIFY2(answer.texts().isEmpty(), qPrintable(answer.texts().join(u'\n')));
    }
    QVERIFY(waitForLab(window));
    QCOMPARE(window.runner()->mock(u"alpha"_s)->listen, local);
    QVERIFY(bodyFrom(lab.backends[2].listen).contains("\"backend\":\"gamma\""));
}

void tst_MainWindow::allowedLabRunsAsWrittenAndIsRemembered()
{
    SharedLabFolder folder;
    QVERIFY(folder.create());
    LabConfig lab = demoOnFreePorts();
    lab.backends[0].behaviour.bodyFile = u"../secret.txt"_s;
    // Not loopback, but created stopped: the agreement shows without binding anything there.
    MockBackendConfig wide;
    wide.name = u"wide"_s;
    wide.listen = u"0.0.0.0:0"_s;
    wide.autostart = false;
    lab.backends.append(wide);
    const QString file = folder.labDir + u"/agreed.json"_s;
    QString error;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));
    {
        MainWindow window;
        MessageBoxAnswerer answer(u"allowExternal"_s);
        QVERIFY(window.openFile(file));
        QCOMPARE(answer.texts().size(), 1);
        QVERIFY2(answer.texts().first().contains(u"• backend wide listens on 0.0.0.0:0, reachable from other machines"_s),
                 qPrintable(answer.texts().first()));
        QVERIFY(waitForLab(window));
        QVERIFY2(window.runner()->isRunning(), qPrintable(window.lastError()));
        const LabRunner::Mock *w = window.runner()->mock(u"wide"_s);
        QCOMPARE(w->listen, u"0.0.0.0:0"_s); // as written
        QVERIFY(!w->isRunning());
        QCOMPARE(bodyFrom(lab.backends[0].listen), "top secret\n");
        auto *exposed = window.findChild<QLabel *>(u"exposedLabel"_s);
        QVERIFY(!exposed->isHidden());
        QVERIFY2(exposed->text().contains(u"0.0.0.0:0"_s) && exposed->text().contains(u"secret.txt"_s), qPrintable(exposed->text()));
        QVERIFY(window.findChild<QLabel *>(u"keptLocalLabel"_s)->isHidden());
    }
    // A new window, as after a restart: the agreement holds for this file and these items.
    {
        MainWindow window;
        MessageBoxAnswerer answer(u"keepLocal"_s);
        QVERIFY(window.openFile(file));
        QVERIFY2(answer.texts().isEmpty(), qPrintable(answer.texts().join(u'\n')));
        QVERIFY(waitForLab(window));
        QCOMPARE(bodyFrom(lab.backends[0].listen), "top secret\n");
    }
    // The file now asks for more: asked again, about everything.
    QVERIFY(writeFile(folder.outside + u"/other.txt"_s, "other\n"));
    lab.backends[1].behaviour.bodyFile = folder.outside + u"/other.txt"_s;
    QVERIFY2(LabJson::save(lab, file, &error), qPrintable(error));
    {
        MainWindow window;
        MessageBoxAnswerer answer(u"keepLocal"_s);
        QVERIFY(window.openFile(file));
        QCOMPARE(answer.texts().size(), 1);
        QVERIFY2(answer.texts().first().contains(u"backend beta serves the file %1/other.txt"_s.arg(folder.outside)),
                 qPrintable(answer.texts().first()));
        QVERIFY2(answer.texts().first().contains(u"backend alpha serves the file ../secret.txt"_s), qPrintable(answer.texts().first()));
        QVERIFY(waitForLab(window));
        QVERIFY(bodyFrom(lab.backends[0].listen).contains("\"backend\":\"alpha\""));
        QVERIFY(bodyFrom(lab.backends[1].listen).contains("\"backend\":\"beta\""));
    }
}

void tst_MainWindow::importedNginxConfAsksToo()
{
    // A shared nginx.conf carries mock backends in comments: the same question as a lab file.
    SharedLabFolder folder;
    QVERIFY(folder.create());
    const quint16 mockPort = freePort();
    const quint16 proxyPort = freePort();
    const QString conf = folder.labDir + u"/nginx.conf"_s;
    QVERIFY(writeFile(conf, "# upstreamlab-backend {\"name\": \"leak\", \"listen\": \"127.0.0.1:" + QByteArray::number(mockPort)
                                + "\", \"body_file\": \"../secret.txt\"}\n"
                                  "http {\n  upstream u { server 127.0.0.1:" + QByteArray::number(mockPort) + "; }\n"
                                  "  server {\n    listen " + QByteArray::number(proxyPort) + ";\n"
                                  "    location / { proxy_pass http://u; }\n  }\n}\n"));
    MainWindow window;
    MessageBoxAnswerer answer(u"keepLocal"_s);
    QVERIFY2(window.importNginx(conf), qPrintable(window.lastError()));
    QCOMPARE(answer.texts().size(), 1);
    const QString text = answer.texts().first();
    QVERIFY2(text.startsWith(conf + u" asks for more"_s), qPrintable(text));
    QVERIFY2(text.contains(u"• backend leak serves the file ../secret.txt"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"listens on"_s), qPrintable(text)); // "listen PORT" binds loopback, as the import says
    QVERIFY(waitForLab(window));
    QVERIFY2(window.runner()->isRunning(), qPrintable(window.lastError()));
    QCOMPARE(window.document()->lab().listeners[0].address, u"127.0.0.1"_s);
    QVERIFY(!bodyFrom(u"127.0.0.1:%1"_s.arg(mockPort)).contains("top secret"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
