#include "mainwindow.h"

#include "config/examplelabs.h"
#include "config/labjson.h"
#include "dialogs/aboutbox.h"
#include "i18n/applanguage.h"
#include "document/labdocument.h"
#include "guidefeed.h"
#include "labrunner.h"
#include "methodcomparison.h"
#include "lessons/guidedexamples.h"
#include "lessons/guideprogress.h"
#include "models/requestfiltermodel.h"
#include "models/requestlogmodel.h"
#include "nginx/nginximporter.h"
#include "platform/fdlimit.h"
#include "portfinder.h"
#include "widgets/backendspanel.h"
#include "widgets/comparepanel.h"
#include "widgets/distributionview.h"
#include "widgets/guidepanel.h"
#include "widgets/importpanel.h"
#include "widgets/listenereditor.h"
#include "widgets/logpanel.h"
#include "widgets/nginxpreview.h"
#include "widgets/replaypanel.h"
#include "widgets/topologyview.h"
#include "widgets/trafficbar.h"
#include "widgets/upstreameditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QActionGroup>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QScreen>
#include <QTreeWidget>

#include <algorithm>
#include <climits>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxRecentFiles = 8;
enum ItemKind { LabItem = 1, ListenerItem, GroupItem, ServerItem, BackendsItem };
constexpr int KindRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int ServerRole = Qt::UserRole + 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new LabDocument(this))
    , m_runner(new LabRunner(this))
    , m_logModel(new RequestLogModel(this))
    , m_tree(new QTreeWidget)
    , m_editors(new QStackedWidget)
    , m_upstreamEditor(new UpstreamEditor(m_document))
    , m_listenerEditor(new ListenerEditor(m_document))
    , m_labPage(new QLabel)
    , m_centreTabs(new QTabWidget)
    , m_logPanel(new LogPanel(m_logModel))
    , m_distribution(new DistributionView)
    , m_backendsPanel(new BackendsPanel(m_document, m_runner))
    , m_preview(new NginxPreview)
    , m_importPanel(new ImportPanel)
    , m_trafficBar(new TrafficBar)
    , m_compare(new ComparePanel)
    , m_replay(new ReplayPanel)
    , m_guide(new GuideProgress(this))
    , m_guidePanel(new GuidePanel(m_guide))
    , m_stateLabel(new QLabel)
    , m_listenLabel(new QLabel)
    , m_rateLabel(new QLabel)
    , m_exposedLabel(new QLabel)
    , m_keptLocalLabel(new QLabel)
    , m_problemsLabel(new QLabel)
    , m_statusTimer(new QTimer(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    m_tree->setObjectName(u"labTree"_s);
    m_tree->setMinimumWidth(180);
    m_tree->setHeaderLabels({tr("Lab"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_labPage->setWordWrap(true);
    m_labPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_labPage->setMargin(12);
    m_labPage->setText(tr("<h3>Build a lab</h3><p>Select a listener or an upstream group on the left to edit it. "
                          "Every change applies to the running lab at once (requests in flight finish on the old "
                          "configuration) and can be undone with Ctrl+Z.</p><p>The <b>Backends</b> panel starts, stops, "
                          "pauses, slows and breaks the mock servers; the <b>nginx.conf</b> panel shows the lab as a config "
                          "that runs on real nginx.</p>"));
    m_editors->addWidget(m_labPage);
    m_editors->addWidget(m_listenerEditor);
    m_editors->addWidget(m_upstreamEditor);

    // The centre is for watching the running lab: the live topology first,
    // then the distribution. The log, the editors and the backends share the
    // bottom dock (createDocks), so that on a 1366×768 screen the topology,
    // the traffic bar and every server's backup/down controls are in view.
    m_topology = new TopologyView(m_document, m_runner);
    m_centreTabs->setObjectName(u"centreTabs"_s);
    m_centreTabs->addTab(m_topology, tr("&Topology"));
    m_centreTabs->addTab(m_distribution, tr("&Distribution"));
    m_centreTabs->addTab(m_compare, tr("Com&pare"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_centreTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1100});
    setCentralWidget(splitter);

    m_listenLabel->setObjectName(u"listenLabel"_s);
    m_listenLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_listenLabel->setToolTip(tr("Click to copy the URL"));
    connect(m_listenLabel, &QLabel::linkActivated, this, [this](const QString &url) {
        QApplication::clipboard()->setText(url);
        statusBar()->showMessage(tr("Copied %1").arg(url), 3000);
    });
    m_problemsLabel->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_problemsLabel->hide();
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_listenLabel);
    statusBar()->addWidget(m_problemsLabel, 1);
    statusBar()->addPermanentWidget(m_exposedLabel);
    statusBar()->addPermanentWidget(m_keptLocalLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    m_exposedLabel->setStyleSheet(u"QLabel { color: white; background: #b35900; padding: 0 6px; }"_s);
    m_exposedLabel->setObjectName(u"exposedLabel"_s);
    m_exposedLabel->hide();
    m_keptLocalLabel->setObjectName(u"keptLocalLabel"_s);
    m_keptLocalLabel->hide();

    createDocks();
    createActions();

    // The log's details pane says why each server was chosen; the log keeps
    // the decisions of its newest rows (RequestLogModel::HeadersKept).
    m_runner->setRecordDecisions(true);
    connect(m_runner, &LabRunner::requestsLogged, this, [this](const QList<RequestRecord> &records) {
        m_logModel->appendRecords(records);
        m_distribution->addRecords(records);
        if (!m_pendingOneUri.isEmpty())
            selectPendingRequest(records);
        m_topology->addRecords(records);
    });
    // The lab answers asynchronously: the window shows what it reports.
    connect(m_runner, &LabRunner::started, this, [this](bool ok, const QString &error) {
        if (ok) {
            m_lastError.clear();
        } else {
            m_lastError = error;
            statusBar()->showMessage(tr("Cannot start the lab: %1").arg(error));
        }
        populateTree();
        updateStatus();
    });
    connect(m_runner, &LabRunner::applied, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_lastError = error;
            statusBar()->showMessage(tr("Cannot apply the change: %1").arg(error), 8000);
        }
        populateTree();
        updateStatus();
    });
    connect(m_runner, &LabRunner::stopped, this, &MainWindow::updateStatus);
    connect(m_runner, &LabRunner::mockCommandFinished, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            m_lastError = error;
        populateTree();
    });
    // The guide follows the running lab, the log and Compare.
    GuideFeed::follow(m_runner, m_guide);
    connect(m_logPanel, &LogPanel::requestInspected, m_guide, [this] { m_guide->notify(GuideCheck::Kind::RequestInspected); });
    connect(m_compare, &ComparePanel::finished, m_guide, [this] {
        if (m_compare->comparison()->errorText().isEmpty())
            m_guide->notify(GuideCheck::Kind::ComparisonFinished);
    });
    connect(m_guidePanel, &GuidePanel::startTrafficRequested, this, &MainWindow::startExampleTraffic);
    connect(m_guidePanel, &GuidePanel::showNginxRequested, this, &MainWindow::showNginxConf);
    connect(m_guidePanel, &GuidePanel::actionRequested, this, &MainWindow::applyGuideAction);
    connect(m_trafficBar, &TrafficBar::sendOneRequested, this, &MainWindow::sendOneRequest);
    connect(m_trafficBar, &TrafficBar::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_document, &LabDocument::labChanged, this, &MainWindow::labEdited);
    connect(m_document, &LabDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &LabDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::treeSelectionChanged);
    connect(m_upstreamEditor, &UpstreamEditor::serverSelected, this, [this](int group, int server) {
        if (group >= 0 && group < m_document->lab().upstreams.size())
            m_preview->showServer(m_document->lab().upstreams[group].name, server);
    });
    connect(m_preview, &NginxPreview::serverActivated, this, &MainWindow::selectServerInTree);
    connect(m_topology, &TopologyView::serverSelected, this, [this](int group, int server) {
        if (group >= 0 && group < m_document->lab().upstreams.size())
            selectServerInTree(m_document->lab().upstreams[group].name, server);
    });

    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();
    m_rateClock.start();

    QSettings settings;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1366, available.width()), std::min(800, available.height()));
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray(), StateVersion);
    m_preview->setNginxBinary(settings.value(u"nginx/binary"_s).toString());
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body: their signals must not reach it.
    for (QObject *child : findChildren<QObject *>())
        child->blockSignals(true);
    m_runner->stop();
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_logDock = dock(m_logPanel, tr("Request Log"), u"logDock"_s, Qt::BottomDockWidgetArea);
    m_editorDock = dock(m_editors, tr("Editor"), u"editorDock"_s, Qt::BottomDockWidgetArea);
    QDockWidget *backends = dock(m_backendsPanel, tr("Backends"), u"backendsDock"_s, Qt::BottomDockWidgetArea);
    // nginx.conf docks on the right where the screen has room for it beside
    // the topology; on smaller screens it is one more tab at the bottom.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool wide = screen && screen->availableGeometry().width() >= 1600;
    QDockWidget *nginx = dock(m_preview, tr("nginx.conf"), u"nginxDock"_s, wide ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea);
    m_nginxDock = nginx;
    // The guide sits beside the lab, on the right; shown when an example opens.
    m_guideDock = dock(m_guidePanel, tr("Guide"), u"guideDock"_s, Qt::RightDockWidgetArea);
    m_guideDock->hide();
    m_importDock = dock(m_importPanel, tr("Import Warnings"), u"importDock"_s, Qt::BottomDockWidgetArea);
    m_replayDock = dock(m_replay, tr("nginx Replay"), u"replayDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_logDock, m_editorDock);
    tabifyDockWidget(m_editorDock, backends);
    if (!wide)
        tabifyDockWidget(backends, nginx);
    tabifyDockWidget(backends, m_importDock);
    tabifyDockWidget(backends, m_replayDock);
    m_importDock->hide();
    m_replayDock->hide();
    m_editorDock->raise();
    resizeDocks({m_logDock}, {wide ? 300 : 250}, Qt::Vertical);
    if (wide)
        resizeDocks({nginx}, {440}, Qt::Horizontal);
    resizeDocks({m_guideDock}, {360}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Lab"), QKeySequence::New, this, &MainWindow::newLab);
    file->addAction(tr("&Open Lab…"), QKeySequence::Open, this, &MainWindow::openInteractively);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_examplesMenu = file->addMenu(tr("E&xamples"));
    m_examplesMenu->setObjectName(u"examplesMenu"_s);
    m_examplesMenu->setToolTipsVisible(true);
    const auto addExample = [this](const QString &name, const QString &text, const QString &tip) {
        QAction *a = m_examplesMenu->addAction(text, this, [this, name] {
            if (maybeSave()) // as File ▸ Open: unsaved edits are not dropped silently
                openExample(name);
        });
        a->setObjectName(u"example-"_s + name);
        a->setToolTip(tip);
    };
    const QList<GuidedExample> guided = GuidedExamples::all();
    for (int i = 0; i < guided.size(); ++i)
        addExample(guided[i].name, tr("&%1 %2").arg(i + 1).arg(guided[i].title), guided[i].summary);
    m_examplesMenu->addSeparator();
    addExample(u"demo"_s, tr("Demo lab (no guide)"), ExampleLabs::description(u"demo"_s));
    addExample(u"weighted"_s, tr("Weighted round robin (no guide)"), ExampleLabs::description(u"weighted"_s));
    addExample(u"failover"_s, tr("Passive failover (no guide)"), ExampleLabs::description(u"failover"_s));
    addExample(u"virtual-hosts"_s, tr("Virtual hosts (no guide)"), ExampleLabs::description(u"virtual-hosts"_s));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import nginx.conf…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importInteractively);
    file->addAction(tr("&Export nginx.conf…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportInteractively);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Add &Backends…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this, [this] {
        bool ok = false;
        const int n = QInputDialog::getInt(this, tr("Add Backends"), tr("How many mock backends (each also a server of the first group)?"), 3, 1, 200, 1, &ok);
        if (ok)
            m_backendsPanel->addBackends(n, 0);
    });
    edit->addAction(tr("Copy nginx.conf"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] { QApplication::clipboard()->setText(m_preview->fullConfig()); });

    QMenu *lab = menuBar()->addMenu(tr("&Lab"));
    m_startAction = lab->addAction(tr("&Start"), QKeySequence(Qt::Key_F5), this, &MainWindow::startLab);
    m_stopAction = lab->addAction(tr("St&op"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this, &MainWindow::stopLab);
    QAction *traffic = lab->addAction(tr("Start/Stop &Traffic"), QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] {
        if (m_trafficBar->isRunning())
            m_trafficBar->stop();
        else
            m_trafficBar->start();
    });
    QAction *send = lab->addAction(tr("Send One &Request"), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::sendOneRequest);
    Q_UNUSED(traffic);
    QAction *clear = lab->addAction(tr("&Clear Log"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        m_logModel->clear();
        m_distribution->clear();
        m_topology->clear();
    });
    lab->addSeparator();
    lab->addAction(tr("Compare &Methods"), this, [this] { m_centreTabs->setCurrentWidget(m_compare); });
    lab->addAction(tr("Replay through n&ginx…"), this, &MainWindow::replayThroughNginx);
    lab->addAction(tr("Check with &nginx -t"), QKeySequence(Qt::CTRL | Qt::Key_T), m_preview, &NginxPreview::checkWithNginx);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Find in &Log"), QKeySequence::Find, this, [this] {
        m_logDock->show();
        m_logDock->raise();
        m_logPanel->filterEdit()->setFocus();
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("nginx &Binary…"), this, &MainWindow::chooseNginxBinary);
    // Languages by their own names, so that a person who reads none of the
    // others finds theirs; "System" names the language it stands for.
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(languageMenu);
    const QString chosen = AppLanguage::chosen();
    QStringList choices{QString()};
    choices += AppLanguage::available();
    for (const QString &language : std::as_const(choices)) {
        const QString text = language.isEmpty() ? tr("&System (%1)").arg(AppLanguage::nativeName(AppLanguage::resolve({})))
                                                : AppLanguage::nativeName(language);
        QAction *action = languageMenu->addAction(text, this, [this, language] { chooseLanguage(language); });
        action->setObjectName(u"language_"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        languages->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Upstream Lab"), this, [this] { showAboutBox(this); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *bar = addToolBar(tr("Lab"));
    bar->setObjectName(u"labToolBar"_s);
    bar->setMovable(false);
    m_startAction->setIcon(QIcon(u":/icons/start.svg"_s));
    m_stopAction->setIcon(QIcon(u":/icons/stop.svg"_s));
    send->setIcon(QIcon(u":/icons/send.svg"_s));
    // The traffic bar is the main action, beside the lab's few buttons.
    QToolBar *trafficTools = addToolBar(tr("Traffic"));
    trafficTools->setObjectName(u"trafficToolBar"_s);
    trafficTools->setMovable(false);
    trafficTools->addWidget(m_trafficBar);
    clear->setIcon(QIcon(u":/icons/clear.svg"_s));
    undo->setIcon(QIcon(u":/icons/undo.svg"_s));
    redo->setIcon(QIcon(u":/icons/redo.svg"_s));
    // Icons only: the traffic bar shares the row.
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    bar->addAction(clear);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
}

bool MainWindow::openLab(const LabConfig &lab, const QString &fileName)
{
    return openLabFrom(lab, fileName, QString(), LabExposure());
}

bool MainWindow::openLabFrom(const LabConfig &lab, const QString &fileName, const QString &sourceFolder, const LabExposure &keepLocal)
{
    m_runner->stop();
    // Any lab opened replaces a guide; openExample() sets the example's again.
    m_guide->clear();
    m_guideDock->hide();
    m_trafficBar->setExamplePreset(std::nullopt);
    m_keptLocal = keepLocal;
    m_sourceFolder = sourceFolder;
    m_logModel->clear();
    m_distribution->clear();
    m_document->reset(lab, fileName);
    m_topology->clear();
    if (!fileName.isEmpty())
        addRecentFile(fileName);
    const bool started = startLab();
    // Land on the first group's editor: that is where a lab is tuned.
    const QList<QTreeWidgetItem *> groups = m_tree->findItems(lab.upstreams.value(0).name, Qt::MatchExactly | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : groups) {
        if (item->data(0, KindRole).toInt() == GroupItem)
            m_tree->setCurrentItem(item);
    }
    return started;
}

QString MainWindow::baseDirectory() const
{
    return m_document->fileName().isEmpty() ? m_sourceFolder : QFileInfo(m_document->fileName()).absolutePath();
}

LabExposure MainWindow::askAboutExposure(const LabConfig &lab, const QString &sourceFile, const QString &folder)
{
    const LabExposure exposure = LabExposure::of(lab, folder);
    if (exposure.isEmpty())
        return {};
    // "Allow" is kept in QSettings under the file's canonical path, for exactly
    // these addresses and files (the fingerprint): a file that later asks for
    // more, or another file, asks again. "Keep it local" lasts for the session,
    // so the person can change their mind on the next start.
    const QString canonical = QFileInfo(sourceFile).canonicalFilePath();
    const QByteArray fingerprint = exposure.fingerprint();
    const QString settingsKey = u"labSafety/allowed/"_s
        + QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
    QSettings settings;
    if (settings.value(settingsKey).toByteArray() == fingerprint)
        return {};
    const QString sessionKey = canonical + u'\n' + QString::fromLatin1(fingerprint);
    if (m_keptLocalFiles.contains(sessionKey))
        return exposure;

    QStringList lines;
    for (const QString &line : exposure.describe())
        lines.append(u"• "_s + line);
    QMessageBox box(QMessageBox::Warning, tr("This Lab Reaches Outside"),
                    tr("%1 asks for more than a lab on this machine needs:\n\n%2").arg(sourceFile, lines.join(u'\n')),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"exposurePrompt"_s);
    box.setTextFormat(Qt::PlainText); // names and paths come from the file: never rich text
    box.setInformativeText(tr("Allow it only if you trust where this file came from. \"Keep it local\" runs the lab "
                              "with those servers on loopback (same ports) and without those files."));
    QPushButton *allow = box.addButton(tr("Allow"), QMessageBox::AcceptRole);
    allow->setObjectName(u"allowExternal"_s);
    QPushButton *keep = box.addButton(tr("Keep it local"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepLocal"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == allow) {
        settings.setValue(settingsKey, fingerprint);
        return {};
    }
    m_keptLocalFiles.insert(sessionKey);
    return exposure;
}

bool MainWindow::startLab()
{
    if (!m_document->isValid()) {
        m_lastError = tr("the lab has problems: %1").arg(m_document->issues().first().toString());
        statusBar()->showMessage(tr("Cannot start the lab: %1").arg(m_lastError));
        populateTree();
        updateStatus();
        return false;
    }
    // Asked, not waited for: LabRunner::started says how it went.
    m_runner->start(runnableLab(m_document->lab()), baseDirectory());
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

void MainWindow::labEdited(const LabConfig &lab)
{
    // Live: a valid edit goes to the running lab at once; an invalid one waits
    // (the field shows why) and the lab keeps running its last valid snapshot.
    // The runner sends edits in order and only the newest of those that pile
    // up while one is applied; applied() reports the outcome.
    if (m_document->isValid())
        m_runner->apply(runnableLab(lab));
    m_preview->setLab(lab);
    m_distribution->setLab(lab);
    m_compare->setLab(runnableLab(lab), baseDirectory());
    m_replay->setLab(runnableLab(lab), baseDirectory());
    m_logPanel->setServers(lab);
    m_guide->setLab(lab);
    if (!m_populating)
        populateTree();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Upstream Lab — %1").arg(m_document->lab().name) + u"[*]"_s);
    setWindowModified(m_document->isModified());
}

void MainWindow::populateTree()
{
    // Rebuilt in place; the selection follows what it pointed at.
    m_populating = true;
    int kind = 0, index = -1, server = -1;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        kind = current->data(0, KindRole).toInt();
        index = current->data(0, IndexRole).toInt();
        server = current->data(0, ServerRole).toInt();
    }
    m_tree->clear();
    const LabConfig &lab = m_document->lab();
    const LabConfig running = runnableLab(lab); // addresses as bound (a lab kept local differs)
    const auto item = [](QTreeWidgetItem *parent, const QStringList &texts, int kind, int index, int server = -1) {
        auto *i = new QTreeWidgetItem(parent, texts);
        i->setData(0, KindRole, kind);
        i->setData(0, IndexRole, index);
        i->setData(0, ServerRole, server);
        return i;
    };
    auto *root = new QTreeWidgetItem(m_tree, {lab.name});
    root->setData(0, KindRole, LabItem);
    auto *listeners = new QTreeWidgetItem(root, {tr("Listeners")});
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < lab.listeners.size(); ++i) {
        const Listener &l = lab.listeners[i];
        // The bound port when running (it differs when the lab asked for port 0).
        const quint16 port = m_runner->isRunning() ? m_runner->listenerPort(i) : quint16(l.port);
        QStringList routes;
        for (const Route &r : l.routes)
            routes << r.nginxLocation() + u" → "_s
                          + (r.returns() ? u"return %1"_s.arg(r.returnStatus) : r.upstream + r.proxyUri);
        // A server block: its first listen, and the names its Host must carry.
        QString name = u"%1:%2"_s.arg(running.listeners[i].address).arg(port ? port : l.port);
        if (!l.serverNames.isEmpty())
            name += u' ' + l.serverNames.join(u' ');
        auto *li = item(listeners, {name, routes.join(u", "_s)}, ListenerItem, i);
        if (kind == ListenerItem && index == i)
            select = li;
    }
    auto *upstreams = new QTreeWidgetItem(root, {tr("Upstreams")});
    for (int g = 0; g < lab.upstreams.size(); ++g) {
        const UpstreamGroup &group = lab.upstreams[g];
        auto *gi = item(upstreams, {group.name, balancingMethodName(group.method)}, GroupItem, g);
        if (kind == GroupItem && index == g)
            select = gi;
        for (int s = 0; s < group.servers.size(); ++s) {
            const UpstreamServer &srv = group.servers[s];
            QStringList params{u"weight=%1"_s.arg(srv.weight)}; // nginx's spelling, as backup and down
            if (srv.backup)
                params.append(u"backup"_s);
            if (srv.down)
                params.append(u"down"_s);
            auto *si = item(gi, {srv.name, srv.address + u"  "_s + params.join(u' ')}, ServerItem, g, s);
            if (kind == ServerItem && index == g && server == s)
                select = si;
        }
    }
    auto *backends = item(root, {tr("Mock backends"), tr("%n backend(s)", nullptr, int(lab.backends.size()))}, BackendsItem, -1);
    for (const MockBackendConfig &b : lab.backends) {
        const LabRunner::Mock *mock = m_runner->isRunning() ? m_runner->mock(b.name) : nullptr;
        const QString state = !mock || !mock->isRunning() ? tr("stopped")
                              : mock->state() == MockBackend::State::Paused ? tr("paused")
                                                                             : tr("running");
        item(backends, {b.name, (mock ? mock->listen : b.listen) + u"  "_s + state}, BackendsItem, -1);
    }
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
    m_populating = false;
    if (!select)
        treeSelectionChanged();
}

void MainWindow::treeSelectionChanged()
{
    if (m_populating)
        return;
    QTreeWidgetItem *current = m_tree->currentItem();
    const int kind = current ? current->data(0, KindRole).toInt() : 0;
    const int index = current ? current->data(0, IndexRole).toInt() : -1;
    if (kind == ListenerItem || kind == GroupItem || kind == ServerItem)
        m_editorDock->raise();
    if (kind == ListenerItem) {
        m_listenerEditor->setListener(index);
        m_editors->setCurrentWidget(m_listenerEditor);
    } else if (kind == GroupItem || kind == ServerItem) {
        if (m_upstreamEditor->group() != index)
            m_upstreamEditor->setGroup(index);
        m_editors->setCurrentWidget(m_upstreamEditor);
        const int server = kind == ServerItem ? current->data(0, ServerRole).toInt() : -1;
        if (server >= 0)
            m_upstreamEditor->selectServer(server);
        if (index >= 0 && index < m_document->lab().upstreams.size())
            m_preview->showServer(m_document->lab().upstreams[index].name, server);
    } else if (kind == BackendsItem) {
        if (auto *d = findChild<QDockWidget *>(u"backendsDock"_s)) {
            d->show();
            d->raise();
        }
    } else {
        m_editors->setCurrentWidget(m_labPage);
    }
}

void MainWindow::selectServerInTree(const QString &group, int server)
{
    // From the preview to the editors: the line's group (and server) is selected.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int kind = (*it)->data(0, KindRole).toInt();
        const int index = (*it)->data(0, IndexRole).toInt();
        if (index < 0 || index >= m_document->lab().upstreams.size() || m_document->lab().upstreams[index].name != group)
            continue;
        if ((server < 0 && kind == GroupItem) || (server >= 0 && kind == ServerItem && (*it)->data(0, ServerRole).toInt() == server)) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QString MainWindow::statusText() const
{
    return m_stateLabel->text() + u' ' + m_listenLabel->text() + u' ' + m_rateLabel->text();
}

void MainWindow::updateTrafficTarget()
{
    const LabConfig lab = runnableLab(m_document->lab()); // where it really listens
    if (!m_runner->isRunning() || lab.listeners.isEmpty() || !m_runner->listenerPort(0)) {
        m_trafficBar->setTarget({}, 0);
        return;
    }
    QHostAddress address(lab.listeners.first().address);
    // A wildcard listener is reached on loopback; the generator sends nowhere else.
    if (address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    m_trafficBar->setTarget(address, m_runner->listenerPort(0));
}

void MainWindow::updateStatus()
{
    const bool running = m_runner->isRunning();
    updateTrafficTarget();
    m_startAction->setEnabled(!running && !m_runner->isStarting());
    m_stopAction->setEnabled(running || m_runner->isStarting());
    m_stateLabel->setText(m_runner->isStarting() ? tr("◌ Starting…")
                          : !running             ? tr("○ Stopped")
                          : m_runner->isApplying() ? tr("● Running (applying the edit…)")
                                                   : tr("● Running"));
    QStringList links;
    const LabConfig lab = runnableLab(m_document->lab());
    if (running) {
        for (int i = 0; i < lab.listeners.size(); ++i) {
            QString host = lab.listeners[i].address;
            if (host.contains(u':') && !host.startsWith(u'['))
                host = u'[' + host + u']';
            const QString url = u"http://%1:%2/"_s.arg(host).arg(m_runner->listenerPort(i));
            links << u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped());
        }
    }
    m_listenLabel->setText(links.join(u"  "_s));
    // What the running lab really exposes (after any "keep it local"), and what was kept local.
    const LabExposure exposure = LabExposure::of(lab, baseDirectory());
    QStringList exposed;
    for (const LabExposure::Item &item : exposure.items())
        exposed.append(item.value);
    m_exposedLabel->setVisible(!exposure.isEmpty());
    m_exposedLabel->setText(tr("⚠ Reaches outside: %1").arg(exposed.join(u", "_s)));
    m_exposedLabel->setToolTip(exposure.describe().join(u'\n'));
    m_keptLocalLabel->setVisible(!m_keptLocal.isEmpty());
    m_keptLocalLabel->setText(tr("Kept local: %n item(s)", nullptr, int(m_keptLocal.items().size())));
    m_keptLocalLabel->setToolTip(tr("You chose to keep this lab local; not bound or served as the file asks:\n%1")
                                     .arg(m_keptLocal.describe().join(u'\n')));
    const int problems = int(m_document->issues().size());
    m_problemsLabel->setVisible(problems > 0);
    m_problemsLabel->setText(tr("⚠ %n problem(s) — the running lab keeps its last valid configuration", nullptr, problems));
    m_problemsLabel->setToolTip(problems ? m_document->issues().first().toString() : QString());
    const quint64 total = m_logModel->totalAppended();
    const double seconds = qMax<qint64>(1, m_rateClock.restart()) / 1000.0;
    m_rateLabel->setText(tr("%n request(s)", nullptr, int(std::min<quint64>(total, INT_MAX))) + u" · "_s
                         + tr("%1 req/s").arg(double(total - m_lastTotal) / seconds, 0, 'f', 1) + u" · "_s
                         + tr("%n active connection(s)", nullptr, running ? m_runner->activeConnections() : 0));
    // What bounds open connections (raised to the hard limit when the proxy starts).
    if (const qint64 limit = FdLimit::openFileLimit(); limit > 0 && running) {
        m_rateLabel->setText(m_rateLabel->text() + tr(" · open files limit %1").arg(limit));
        m_rateLabel->setToolTip(tr("The process may hold %n descriptor(s) (sockets and files) at once; past it the proxy "
                                   "pauses accepting for 500 ms, as nginx does.", nullptr, int(std::min<qint64>(limit, INT_MAX))));
    }
    m_lastTotal = total;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
                                             tr("The lab \"%1\" has unsaved changes. Save them?").arg(m_document->lab().name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newLab()
{
    if (!maybeSave())
        return;
    openLab(LabConfig::demo());
    LabConfig fresh = m_document->lab();
    fresh.name = tr("New lab");
    m_document->reset(fresh);
}

void MainWindow::openInteractively()
{
    if (!maybeSave())
        return;
    const QString dir = QFileInfo(QSettings().value(u"files/recent"_s).toStringList().value(0)).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Lab"), dir, tr("Labs (*.json)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool MainWindow::openFile(const QString &fileName)
{
    const LabLoadResult loaded = LabJson::load(fileName);
    if (!loaded.ok && !loaded.wellFormed) {
        m_lastError = loaded.errorText;
        QMessageBox::warning(this, tr("Cannot open lab"), loaded.errorText);
        return false;
    }
    // A lab that only breaks rules opens in the editor, its problems marked at
    // their fields; it runs once they are fixed.
    const LabExposure keepLocal = askAboutExposure(loaded.lab, fileName, QFileInfo(fileName).absolutePath());
    openLabFrom(loaded.lab, fileName, QString(), keepLocal);
    if (!loaded.ok)
        m_lastError = loaded.errorText;
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    const QString name = m_document->fileName().isEmpty() ? m_document->lab().name + u".json"_s : m_document->fileName();
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Lab"), name, tr("Labs (*.json)"));
    return !fileName.isEmpty() && saveTo(fileName);
}

bool MainWindow::saveTo(const QString &fileName)
{
    QString error;
    if (!m_document->save(fileName, &error)) {
        m_lastError = error;
        QMessageBox::warning(this, tr("Cannot save lab"), tr("%1: %2").arg(fileName, error));
        return false;
    }
    addRecentFile(fileName);
    statusBar()->showMessage(tr("Saved %1").arg(fileName), 3000);
    return true;
}

void MainWindow::importInteractively()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import nginx.conf"), QString(), tr("nginx configs (*.conf);;All files (*)"));
    if (!fileName.isEmpty())
        importNginx(fileName);
}

bool MainWindow::importNginx(const QString &fileName)
{
    const NginxImportResult result = NginxImporter::importFile(fileName);
    m_importPanel->setResult(fileName, result.issues);
    m_importDock->show();
    m_importDock->raise();
    if (!result.ok) {
        m_lastError = result.error;
        QMessageBox::warning(this, tr("Cannot import nginx.conf"), result.error);
        return false;
    }
    LabConfig lab = result.lab;
    if (lab.name.isEmpty() || lab.name == LabConfig().name)
        lab.name = QFileInfo(fileName).completeBaseName();
    // Its mock comments may carry addresses and body files: the same question as a lab file.
    const QString folder = QFileInfo(fileName).absolutePath();
    const LabExposure keepLocal = askAboutExposure(lab, fileName, folder);
    openLabFrom(lab, QString(), folder, keepLocal); // a new, unsaved lab: saving asks where
    return true;
}

void MainWindow::exportInteractively()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export nginx.conf"), u"nginx.conf"_s, tr("nginx configs (*.conf)"));
    if (!fileName.isEmpty())
        exportNginx(fileName);
}

bool MainWindow::exportNginx(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_preview->fullConfig().toUtf8()) < 0 || !file.commit()) {
        m_lastError = file.errorString();
        QMessageBox::warning(this, tr("Cannot export"), tr("%1: %2").arg(fileName, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(fileName), 3000);
    return true;
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList recent = settings.value(u"files/recent"_s).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(u"files/recent"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"files/recent"_s).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(recent[i]).fileName()), this, [this, file = recent[i]] {
            if (maybeSave())
                openFile(file);
        });
        a->setToolTip(recent[i]);
        if (i == 0)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseNginxBinary()
{
    QSettings settings;
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("nginx Binary"), tr("Path of nginx for \"Check with nginx -t\" (empty: find it):"),
                                               QLineEdit::Normal, settings.value(u"nginx/binary"_s).toString(), &ok);
    if (!ok)
        return;
    settings.setValue(u"nginx/binary"_s, path.trimmed());
    m_preview->setNginxBinary(path.trimmed());
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppLanguage::choose(language);
    // Widgets read their texts when they are built: the choice applies from the next start.
    const QString next = AppLanguage::resolve(language);
    if (next == AppLanguage::installed())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Upstream Lab will be in %1 from its next start.").arg(AppLanguage::nativeName(next)),
                                QMessageBox::Ok, this);
    box->setObjectName(u"languageRestartNote"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState(StateVersion));
    m_runner->stop();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (urls.first().toLocalFile().endsWith(u".conf"_s) || urls.first().toLocalFile().endsWith(u".json"_s)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString fileName = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    // Handled after the drop returns: the save prompt must not run inside the drag.
    QTimer::singleShot(0, this, [this, fileName] {
        if (!maybeSave())
            return;
        if (fileName.endsWith(u".conf"_s))
            importNginx(fileName);
        else
            openFile(fileName);
    });
}

bool MainWindow::openExample(const QString &name)
{
    const std::optional<LabConfig> example = ExampleLabs::lab(name);
    if (!example) {
        m_lastError = tr("no example named %1").arg(name);
        return false;
    }
    QStringList moved;
    const LabConfig lab = PortFinder::withTakenPortsMoved(*example, &moved);
    const bool started = openLab(lab);
    if (!moved.isEmpty())
        statusBar()->showMessage(tr("Ports in use elsewhere, so the example uses others: %1").arg(moved.join(u", "_s)), 15000);
    const std::optional<GuidedExample> guided = GuidedExamples::find(name);
    if (!guided)
        return started;
    m_guide->setExample(*guided);
    m_guide->setLab(m_document->lab());
    m_trafficBar->setExamplePreset(guided->traffic);
    m_compare->setMethods(guided->compareMethods);
    m_guideDock->show();
    m_guideDock->raise();
    return started;
}

void MainWindow::startExampleTraffic()
{
    const int preset = m_trafficBar->examplePresetIndex();
    if (preset < 0)
        return;
    if (m_trafficBar->presetBox()->currentIndex() != preset)
        m_trafficBar->selectPreset(preset); // restarts running traffic with it
    if (!m_trafficBar->isRunning() && !m_trafficBar->start())
        statusBar()->showMessage(tr("The traffic starts once the lab runs."), 5000);
}

void MainWindow::showNginxConf()
{
    m_preview->setSnippetOnly(false);
    m_nginxDock->show();
    m_nginxDock->raise();
}

void MainWindow::applyGuideAction(int step)
{
    if (!m_guide->hasExample() || step < 0 || step >= m_guide->example().steps.size())
        return;
    const GuideStep &s = m_guide->example().steps[step];
    LabConfig lab = m_document->lab();
    if (s.applyTo(lab) && lab != m_document->lab())
        m_document->edit(lab, tr("Guide: %1").arg(s.actionLabel));
}

void MainWindow::replayThroughNginx()
{
    m_replayDock->show();
    m_replayDock->raise();
    m_replay->setNginxBinary(QSettings().value(u"nginx/binary"_s).toString());
    if (!m_replay->isRunning())
        m_replay->run();
}

void MainWindow::sendOneRequest()
{
    const LabConfig lab = runnableLab(m_document->lab());
    if (!m_runner->isRunning() || lab.listeners.isEmpty())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QString host = lab.listeners.first().address;
    if (host == u"0.0.0.0" || host == u"::" || host.isEmpty())
        host = u"127.0.0.1"_s;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    // A query marks this request so its row can be found when it is logged.
    m_pendingOneUri = "/?one=" + QByteArray::number(++m_sentOne);
    const QUrl url(u"http://%1:%2%3"_s.arg(host).arg(m_runner->listenerPort(0)).arg(QString::fromLatin1(m_pendingOneUri)));
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void MainWindow::selectPendingRequest(const QList<RequestRecord> &records)
{
    const bool inBatch = std::any_of(records.cbegin(), records.cend(), [this](const RequestRecord &r) { return r.uri == m_pendingOneUri; });
    if (!inBatch)
        return;
    // The batch was just appended: look for the row among the newest.
    for (int row = m_logModel->rowCount() - 1; row >= std::max(0, m_logModel->rowCount() - int(records.size())); --row) {
        if (m_logModel->record(row).uri != m_pendingOneUri)
            continue;
        m_pendingOneUri.clear();
        m_logDock->show();
        m_logDock->raise();
        const QModelIndex index = m_logPanel->filter()->mapFromSource(m_logModel->index(row, 0));
        if (index.isValid()) {
            m_logPanel->view()->selectRow(index.row());
            m_logPanel->view()->scrollTo(index);
        }
        return;
    }
}
