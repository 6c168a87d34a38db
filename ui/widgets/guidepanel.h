#pragma once

#include <QList>
#include <QWidget>

class GuideProgress;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

// A guided example's guide, beside the lab: what it shows, its numbered
// steps (ticked as GuideProgress sees them done, or by hand), what to look
// for, how far the current step is, and one click each to start the
// example's traffic, show its nginx.conf and make a step's change for you.
class GuidePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidePanel)

public:
    explicit GuidePanel(GuideProgress *progress, QWidget *parent = nullptr);

    int stepCount() const { return int(m_boxes.size()); }
    // Step i's tick (a person may tick it) and its text.
    QCheckBox *stepBox(int step) const { return m_boxes.value(step); }
    QLabel *stepLabel(int step) const { return m_labels.value(step); }
    QPushButton *startTrafficButton() const { return m_startTraffic; }
    QPushButton *showNginxButton() const { return m_showNginx; }
    QPushButton *actionButton() const { return m_action; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *progressLabel() const { return m_counts; }
    // The current step's count checks against their targets, in words.
    QString progressText() const;

signals:
    void startTrafficRequested();
    void showNginxRequested();
    // The current step's "do it for me".
    void actionRequested(int step);

private:
    void rebuild();
    void refresh();

    GuideProgress *m_progress;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_startTraffic;
    QPushButton *m_showNginx;
    QPushButton *m_restart;
    QWidget *m_stepsBox;
    QGridLayout *m_stepsGrid;
    QList<QCheckBox *> m_boxes;
    QList<QLabel *> m_labels;
    QLabel *m_current;
    QPushButton *m_action;
    QLabel *m_counts;
    QLabel *m_lookFor;
    QString m_shownName; // the example the list shows
    bool m_refreshing = false;
};
