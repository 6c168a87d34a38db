#pragma once

#include "config/labconfig.h"
#include "config/labexposure.h"
#include "engine/requestrecord.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>

class BackendsPanel;
class ComparePanel;
class DistributionView;
class GuidePanel;
class GuideProgress;
class ImportPanel;
class LabDocument;
class LabRunner;
class ListenerEditor;
class LogPanel;
class NginxPreview;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class ReplayPanel;
class RequestLogModel;
class TrafficBar;
class TopologyView;
class UpstreamEditor;

// The desktop app's window: the lab tree and its editors (every edit applies
// to the running lab at once, undoable), the mock backends, the live request
// log, the distribution chart, the nginx.conf preview, and file handling
// that never loses an edit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the lab (replacing the current one without asking) and starts it;
    // false (and the reason in lastError()) if it cannot run.
    bool openLab(const LabConfig &lab, const QString &fileName = {});
    bool startLab();
    void stopLab();

    // File operations without dialogs (the menu actions ask first). Opening a
    // lab that would listen beyond loopback or serve files from outside its
    // folder asks first (see askAboutExposure()).
    bool openFile(const QString &fileName);
    // Opens a built-in example (ExampleLabs) without asking, with its guide in
    // the Guide dock and its traffic preset when it is a guided one; ports
    // that are taken on this machine are moved (the status bar says which).
    bool openExample(const QString &name);
    bool saveTo(const QString &fileName);
    bool importNginx(const QString &fileName);
    bool exportNginx(const QString &fileName);
    // Asks to save unsaved changes; false = the user cancelled.
    bool maybeSave();

    LabRunner *runner() const { return m_runner; }
    LabDocument *document() const { return m_document; }
    RequestLogModel *logModel() const { return m_logModel; }
    LogPanel *logPanel() const { return m_logPanel; }
    UpstreamEditor *upstreamEditor() const { return m_upstreamEditor; }
    ListenerEditor *listenerEditor() const { return m_listenerEditor; }
    BackendsPanel *backendsPanel() const { return m_backendsPanel; }
    DistributionView *distributionView() const { return m_distribution; }
    TopologyView *topologyView() const { return m_topology; }
    NginxPreview *nginxPreview() const { return m_preview; }
    ImportPanel *importPanel() const { return m_importPanel; }
    TrafficBar *trafficBar() const { return m_trafficBar; }
    ComparePanel *comparePanel() const { return m_compare; }
    ReplayPanel *replayPanel() const { return m_replay; }
    GuideProgress *guide() const { return m_guide; }
    GuidePanel *guidePanel() const { return m_guidePanel; }
    QDockWidget *guideDock() const { return m_guideDock; }
    QDockWidget *nginxDock() const { return m_nginxDock; }
    QMenu *examplesMenu() const { return m_examplesMenu; }
    // Lab ▸ Replay through nginx: shows the panel and starts a replay.
    void replayThroughNginx();
    QTreeWidget *labTree() const { return m_tree; }
    QString lastError() const { return m_lastError; }
    QString statusText() const;
    // The lab as the runner gets it: the document, minus what the person chose to keep local.
    LabConfig runnableLab(const LabConfig &lab) const { return m_keptLocal.keptLocal(lab); }
    const LabExposure &keptLocal() const { return m_keptLocal; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void populateTree();
    void treeSelectionChanged();
    void selectServerInTree(const QString &group, int server);
    void labEdited(const LabConfig &lab);
    void updateStatus();
    void updateTitle();
    void newLab();
    void openInteractively();
    bool save();
    bool saveAs();
    void importInteractively();
    void exportInteractively();
    // One request to the first listener; its row is selected when it is logged.
    void sendOneRequest();
    void startExampleTraffic();
    void showNginxConf();
    void applyGuideAction(int step);
    void selectPendingRequest(const QList<RequestRecord> &records);
    void updateTrafficTarget();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void chooseNginxBinary();
    void chooseLanguage(const QString &language);
    QString baseDirectory() const;
    bool openLabFrom(const LabConfig &lab, const QString &fileName, const QString &sourceFolder, const LabExposure &keepLocal);
    LabExposure askAboutExposure(const LabConfig &lab, const QString &sourceFile, const QString &folder);

    LabDocument *m_document;
    QString m_lastError;
    LabExposure m_keptLocal;          // declined by the person for the open lab; empty = nothing
    QSet<QString> m_keptLocalFiles;   // "canonical path\nfingerprint" declined this session
    QString m_sourceFolder;           // an imported lab's folder (before it is saved)
    LabRunner *m_runner;
    RequestLogModel *m_logModel;
    QTreeWidget *m_tree;
    QStackedWidget *m_editors;
    UpstreamEditor *m_upstreamEditor;
    ListenerEditor *m_listenerEditor;
    QLabel *m_labPage;
    QTabWidget *m_centreTabs; // topology, distribution
    LogPanel *m_logPanel;
    DistributionView *m_distribution;
    TopologyView *m_topology = nullptr;
    BackendsPanel *m_backendsPanel;
    NginxPreview *m_preview;
    ImportPanel *m_importPanel;
    TrafficBar *m_trafficBar;
    ComparePanel *m_compare;
    ReplayPanel *m_replay;
    GuideProgress *m_guide;
    GuidePanel *m_guidePanel;
    QDockWidget *m_guideDock = nullptr;
    QDockWidget *m_nginxDock = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QDockWidget *m_replayDock = nullptr;
    QByteArray m_pendingOneUri; // "Send One": the URI whose row to select
    int m_sentOne = 0;
    QDockWidget *m_importDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    // Saved dock layouts of another version are not restored (the docks changed in 2).
    static constexpr int StateVersion = 2;
    QLabel *m_stateLabel;
    QLabel *m_listenLabel;
    QLabel *m_rateLabel;
    QLabel *m_exposedLabel;
    QLabel *m_keptLocalLabel;
    QLabel *m_problemsLabel;
    QTimer *m_statusTimer;
    QNetworkAccessManager *m_network = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    quint64 m_lastTotal = 0;
    QElapsedTimer m_rateClock;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    bool m_populating = false;
};
