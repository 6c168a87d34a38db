#pragma once

#include "config/labconfig.h"

#include <QElapsedTimer>
#include <QMainWindow>

class LabRunner;
class QLabel;
class QNetworkAccessManager;
class QTableView;
class QTimer;
class QTreeWidget;
class RequestLogModel;

// The desktop app's window: the lab as a tree, the live request log, and the
// lab's state in the status bar. (The editors come with the UI issue.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the lab and starts it; returns false (and shows why) if it cannot run.
    bool openLab(const LabConfig &lab, const QString &fileName = {});
    bool startLab();
    void stopLab();

    LabRunner *runner() const { return m_runner; }
    RequestLogModel *logModel() const { return m_logModel; }
    QString lastError() const { return m_lastError; }

private:
    void createActions();
    void populateTree();
    void updateStatus();
    void openFile();
    void sendTestRequests();

    LabConfig m_lab;
    QString m_fileName;
    QString m_lastError;
    LabRunner *m_runner;
    RequestLogModel *m_logModel;
    QTreeWidget *m_tree;
    QTableView *m_logView;
    QLabel *m_stateLabel;
    QLabel *m_rateLabel;
    QLabel *m_exposedLabel;
    QTimer *m_statusTimer;
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_lastTotal = 0;
    QElapsedTimer m_rateClock;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
};
