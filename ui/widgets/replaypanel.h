#pragma once

#include "config/labconfig.h"

#include <QWidget>

class NginxReplay;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Lab ▸ Replay through nginx: the lab run by real nginx and by our proxy, each
// before copies of its mocks on other ports (the running lab is untouched),
// the same requests through both, compared one by one. Runs in the
// background; the panel shows its progress and the verdict.
class ReplayPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayPanel)

public:
    explicit ReplayPanel(QWidget *parent = nullptr);
    ~ReplayPanel() override;

    void setLab(const LabConfig &lab, const QString &baseDirectory);
    void setNginxBinary(const QString &binary) { m_nginxBinary = binary; }
    bool run();
    bool isRunning() const { return m_running; }

    QPushButton *runButton() const { return m_run; }
    QSpinBox *requestsBox() const { return m_requests; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPlainTextEdit *details() const { return m_details; }
    NginxReplay *replay() const { return m_replay; }

signals:
    void finished();

private:
    void showResult();

    LabConfig m_lab;
    QString m_baseDirectory;
    QString m_nginxBinary;
    NginxReplay *m_replay;
    QSpinBox *m_requests;
    QSpinBox *m_clients;
    QPushButton *m_run;
    QLabel *m_verdict;
    QPlainTextEdit *m_details;
    bool m_running = false;
};
