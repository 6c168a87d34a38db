#pragma once

#include "config/labconfig.h"
#include "nginx/nginxexport.h"
#include "nginxtools/nginxcompatibility.h"

#include <QWidget>

class NginxCheck;
class NginxHighlighter;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

// The lab as nginx.conf, live: regenerated (debounced) as the lab is edited,
// highlighted, changed lines briefly marked, lines the chosen target cannot
// run as written badged with the open-source alternative; full config or
// upstream snippets; copy, export, and `nginx -t` run off the GUI thread.
class NginxPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxPreview)

public:
    explicit NginxPreview(QWidget *parent = nullptr);

    void setLab(const LabConfig &lab);
    // Regenerates now instead of after the debounce (tests, export).
    void flush();
    QString text() const;
    bool snippetOnly() const;
    void setSnippetOnly(bool on);
    void setTarget(NginxCompatibility::Target target);
    NginxCompatibility::Target target() const { return m_target; }
    const QList<NginxCompatibility::Badge> &badges() const { return m_badges; }
    QList<int> changedLines() const { return m_changed; }
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *checkResult() const { return m_checkResult; }

    // Scrolls to and highlights a group's "upstream" line or one of its servers (-1 = the group).
    void showServer(const QString &group, int server);
    // The full config (always the whole file, whatever the view shows).
    QString fullConfig() const;
    void checkWithNginx();
    void setNginxBinary(const QString &path) { m_nginxBinary = path; }

signals:
    // The cursor moved onto a server line (server -1: the upstream line).
    void serverActivated(const QString &group, int server);
    void checkFinished(bool ok, const QString &output);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void regenerate();
    void updateSelections();
    void cursorMoved();
    int lineOfServer(const QString &group, int server) const;

    LabConfig m_lab;
    // What the text shows: the lab as exported and where its objects went.
    QStringList m_shownGroups;
    NginxExport m_export;
    bool m_hasLab = false;
    NginxCompatibility::Target m_target = NginxCompatibility::Target::Nginx122;
    QList<NginxCompatibility::Badge> m_badges;
    QList<int> m_changed;
    int m_focusLine = -1;
    bool m_moving = false;
    QString m_nginxBinary;
    QPlainTextEdit *m_edit;
    NginxHighlighter *m_highlighter;
    QComboBox *m_scope;
    QComboBox *m_targetCombo;
    QToolButton *m_check;
    QLabel *m_badgeSummary;
    QLabel *m_checkResult;
    QTimer *m_debounce;
    QTimer *m_fade;
    NginxCheck *m_checker;
};
