#include "mainwindow.h"

#include "config/labjson.h"
#include "engine/proxyengine.h"
#include "labrunner.h"
#include "mockbackend.h"
#include "mockbackendhost.h"
#include "models/requestlogmodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new LabRunner(this))
    , m_logModel(new RequestLogModel(this))
    , m_tree(new QTreeWidget)
    , m_logView(new QTableView)
    , m_stateLabel(new QLabel)
    , m_rateLabel(new QLabel)
    , m_exposedLabel(new QLabel)
    , m_statusTimer(new QTimer(this))
{
    m_tree->setHeaderLabels({tr("Lab"), tr("Details")});
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_logView->setModel(m_logModel);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->setVisible(false);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    m_logView->horizontalHeader()->setSectionResizeMode(RequestLogModel::Uri, QHeaderView::Stretch);
    m_logView->setAlternatingRowColors(true);
    m_logView->setColumnWidth(RequestLogModel::Time, 100);
    m_logView->setColumnWidth(RequestLogModel::Client, 130);
    m_logView->setColumnWidth(RequestLogModel::Method, 60);
    m_logView->setColumnWidth(RequestLogModel::Status, 55);
    m_logView->setColumnWidth(RequestLogModel::Upstream, 90);
    m_logView->setColumnWidth(RequestLogModel::Tries, 150);
    m_logView->setColumnWidth(RequestLogModel::Duration, 80);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    setCentralWidget(splitter);

    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_exposedLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    m_exposedLabel->setStyleSheet(u"QLabel { color: palette(highlighted-text); background: #b35900; padding: 0 6px; }"_s);
    m_exposedLabel->hide();

    createActions();

    connect(m_runner, &LabRunner::requestsLogged, this, [this](const QList<RequestRecord> &records) {
        const bool atBottom = m_logView->verticalScrollBar()->value() == m_logView->verticalScrollBar()->maximum();
        m_logModel->appendRecords(records);
        if (atBottom)
            m_logView->scrollToBottom();
    });
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();
    m_rateClock.start();
    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Lab…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *lab = menuBar()->addMenu(tr("&Lab"));
    m_startAction = lab->addAction(tr("&Start"), this, &MainWindow::startLab);
    m_startAction->setShortcut(Qt::Key_F5);
    m_stopAction = lab->addAction(tr("S&top"), this, &MainWindow::stopLab);
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    QAction *send = lab->addAction(tr("Send 10 &Requests"), this, &MainWindow::sendTestRequests);
    send->setShortcut(Qt::CTRL | Qt::Key_R);
    QAction *clear = lab->addAction(tr("&Clear Log"), m_logModel, &RequestLogModel::clear);
    clear->setShortcut(Qt::CTRL | Qt::Key_L);

    QToolBar *bar = addToolBar(tr("Lab"));
    bar->setObjectName(u"labToolBar"_s);
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    bar->addAction(send);
    bar->addAction(clear);
}

bool MainWindow::openLab(const LabConfig &lab, const QString &fileName)
{
    m_runner->stop();
    m_lab = lab;
    m_fileName = fileName;
    setWindowTitle(tr("Upstream Lab — %1").arg(lab.name) + u"[*]"_s);
    m_logModel->clear();
    const bool ok = startLab();
    populateTree();
    return ok;
}

bool MainWindow::startLab()
{
    QString error;
    if (!m_runner->start(m_lab, &error, m_fileName.isEmpty() ? QString() : QFileInfo(m_fileName).absolutePath())) {
        m_lastError = error;
        statusBar()->showMessage(tr("Cannot start the lab: %1").arg(error));
        updateStatus();
        return false;
    }
    m_lastError.clear();
    populateTree();
    updateStatus();
    return true;
}

void MainWindow::stopLab()
{
    m_runner->stop();
    populateTree();
    updateStatus();
}

void MainWindow::populateTree()
{
    m_tree->clear();
    auto *listeners = new QTreeWidgetItem(m_tree, {tr("Listeners")});
    for (int i = 0; i < m_lab.listeners.size(); ++i) {
        const Listener &l = m_lab.listeners[i];
        const quint16 port = m_runner->isRunning() ? m_runner->engine()->listenerPort(i) : quint16(l.port);
        auto *item = new QTreeWidgetItem(listeners, {u"%1:%2"_s.arg(l.address).arg(port)});
        for (const Route &r : l.routes)
            new QTreeWidgetItem(item, {tr("location %1").arg(r.location), tr("→ %1").arg(r.upstream)});
    }
    auto *upstreams = new QTreeWidgetItem(m_tree, {tr("Upstreams")});
    for (const UpstreamGroup &g : m_lab.upstreams) {
        auto *group = new QTreeWidgetItem(upstreams, {g.name, balancingMethodName(g.method)});
        for (const UpstreamServer &s : g.servers) {
            QStringList params{tr("weight=%1").arg(s.weight)};
            if (s.backup)
                params.append(u"backup"_s);
            if (s.down)
                params.append(u"down"_s);
            new QTreeWidgetItem(group, {s.name, s.address + u"  "_s + params.join(u' ')});
        }
    }
    auto *backends = new QTreeWidgetItem(m_tree, {tr("Mock backends")});
    for (const MockBackendConfig &b : m_lab.backends) {
        const MockBackend *mock = m_runner->mocks()->find(b.name);
        const QString state = mock && mock->isRunning() ? tr("running") : tr("stopped");
        new QTreeWidgetItem(backends, {b.name, b.listen + u"  "_s + state});
    }
    m_tree->expandAll();
}

void MainWindow::updateStatus()
{
    const bool running = m_runner->isRunning();
    m_startAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    if (running && !m_lab.listeners.isEmpty()) {
        m_stateLabel->setText(tr("Running — proxy on http://%1:%2/")
                                  .arg(m_lab.listeners.first().address)
                                  .arg(m_runner->engine()->listenerPort(0)));
    } else {
        m_stateLabel->setText(running ? tr("Running") : tr("Stopped"));
    }
    const QStringList exposed = m_lab.exposedListeners();
    m_exposedLabel->setVisible(!exposed.isEmpty());
    m_exposedLabel->setText(tr("⚠ Reachable from other machines: %1").arg(exposed.join(u", "_s)));
    m_exposedLabel->setToolTip(tr("These listeners are not on a loopback address (127.0.0.1 or ::1)."));
    const quint64 total = m_logModel->totalAppended();
    const double seconds = qMax<qint64>(1, m_rateClock.restart()) / 1000.0;
    m_rateLabel->setText(tr("%1 requests · %2 req/s").arg(total).arg(double(total - m_lastTotal) / seconds, 0, 'f', 1));
    m_lastTotal = total;
}

void MainWindow::openFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Lab"), QString(), tr("Labs (*.json)"));
    if (fileName.isEmpty())
        return;
    const LabLoadResult loaded = LabJson::load(fileName);
    if (!loaded.ok) {
        QMessageBox::warning(this, tr("Cannot open lab"), loaded.errorText);
        return;
    }
    openLab(loaded.lab, fileName);
}

void MainWindow::sendTestRequests()
{
    if (!m_runner->isRunning() || m_lab.listeners.isEmpty())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QString host = m_lab.listeners.first().address;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    const QUrl url(u"http://%1:%2/"_s.arg(host).arg(m_runner->engine()->listenerPort(0)));
    for (int i = 0; i < 10; ++i) {
        QNetworkReply *reply = m_network->get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}
