#include "engine/proxyengine.h"
#include "labrunner.h"
#include "models/requestlogmodel.h"
#include "testsupport.h"
#include "windows/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsLabAndLogsRealRequests();
    void logModelIsBoundedAndBatched();
    void warnsWhenAListenerIsNotLoopback();
};

static quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void tst_MainWindow::showsLabAndLogsRealRequests()
{
    LabConfig lab = LabConfig::demo();
    lab.listeners[0].port = 0;
    for (int i = 0; i < lab.backends.size(); ++i) {
        const QString address = u"127.0.0.1:%1"_s.arg(freePort());
        lab.backends[i].listen = address;
        lab.upstreams[0].servers[i].address = address;
    }
    MainWindow window;
    QAbstractItemModelTester tester(window.logModel());
    QVERIFY2(window.openLab(lab), qPrintable(window.lastError()));
    window.show();
    QCOMPARE(window.windowTitle(), u"Upstream Lab — Demo lab[*]"_s);

    TestClient client(window.runner()->engine()->listenerPort(0));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(client.get("/ui").status, 200);
    QTRY_COMPARE(window.logModel()->rowCount(), 6);
    QStringList upstreams;
    for (int row = 0; row < 6; ++row)
        upstreams.append(window.logModel()->index(row, RequestLogModel::Upstream).data().toString());
    upstreams.sort();
    QCOMPARE(upstreams, (QStringList{u"alpha"_s, u"alpha"_s, u"beta"_s, u"beta"_s, u"gamma"_s, u"gamma"_s}));
    QCOMPARE(window.logModel()->index(0, RequestLogModel::Status).data().toInt(), 200);

    window.stopLab();
    QVERIFY(!window.runner()->isRunning());
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
    // The newest rows are kept: the last row is the batch's last record.
    QCOMPARE(model.index(99, RequestLogModel::Status).data().toInt(), 269);
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toInt(), 240);
    QList<RequestRecord> huge(250, RequestRecord());
    model.appendRecords(huge);
    QCOMPARE(model.rowCount(), 100);
}

void tst_MainWindow::warnsWhenAListenerIsNotLoopback()
{
    LabConfig lab = LabConfig::demo();
    QVERIFY(lab.exposedListeners().isEmpty());
    lab.listeners[0].address = u"0.0.0.0"_s;
    QCOMPARE(lab.exposedListeners(), QStringList{u"0.0.0.0:8080"_s});
    lab.listeners[0].address = u"[::1]"_s;
    QVERIFY(lab.exposedListeners().isEmpty());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
