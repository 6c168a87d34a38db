#include "guidepanel.h"

#include "lessons/guideprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuidePanel::GuidePanel(GuideProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_progress(progress)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_startTraffic(new QPushButton(tr("Start the example's &traffic")))
    , m_showNginx(new QPushButton(tr("Show &nginx.conf")))
    , m_restart(new QPushButton(tr("Start &over")))
    , m_steps(new QListWidget)
    , m_current(new QLabel)
    , m_action(new QPushButton)
    , m_counts(new QLabel)
    , m_lookFor(new QLabel)
{
    setObjectName(u"guidePanel"_s);
    m_title->setObjectName(u"guideTitle"_s);
    m_steps->setObjectName(u"guideSteps"_s);
    m_startTraffic->setObjectName(u"guideStartTraffic"_s);
    m_showNginx->setObjectName(u"guideShowNginx"_s);
    m_restart->setObjectName(u"guideRestart"_s);
    m_action->setObjectName(u"guideAction"_s);
    m_counts->setObjectName(u"guideProgress"_s);
    m_current->setObjectName(u"guideCurrent"_s);
    m_lookFor->setObjectName(u"guideLookFor"_s);

    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_summary, m_current, m_counts, m_lookFor}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_lookFor->setTextFormat(Qt::RichText);
    m_counts->setStyleSheet(u"QLabel { color: #555555; }"_s);
    m_startTraffic->setIcon(QIcon(u":/icons/start.svg"_s));
    m_startTraffic->setToolTip(tr("Start the traffic this example was made for (it is also in the Traffic bar's presets)"));
    m_showNginx->setToolTip(tr("The example as nginx.conf: what you would write for nginx 1.22"));
    m_restart->setToolTip(tr("Untick every step and begin again"));
    m_steps->setWordWrap(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setToolTip(tr("A step is ticked when the lab sees it done; tick one yourself to move on"));
    m_action->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startTraffic);
    buttons->addWidget(m_showNginx);
    buttons->addStretch(1);
    buttons->addWidget(m_restart);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_current);
    layout->addWidget(m_action, 0, Qt::AlignLeft);
    layout->addWidget(m_counts);
    layout->addWidget(m_lookFor);

    connect(m_startTraffic, &QPushButton::clicked, this, &GuidePanel::startTrafficRequested);
    connect(m_showNginx, &QPushButton::clicked, this, &GuidePanel::showNginxRequested);
    connect(m_restart, &QPushButton::clicked, m_progress, &GuideProgress::restart);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_progress->currentStep() >= 0)
            emit actionRequested(m_progress->currentStep());
    });
    connect(m_steps, &QListWidget::itemChanged, this, &GuidePanel::itemChanged);
    connect(m_progress, &GuideProgress::changed, this, &GuidePanel::refresh);
    connect(m_progress, &GuideProgress::stepDone, this, &GuidePanel::refresh);
    refresh();
}

void GuidePanel::rebuild()
{
    m_refreshing = true;
    m_steps->clear();
    if (m_progress->hasExample()) {
        const GuidedExample &e = m_progress->example();
        m_title->setText(e.title);
        m_summary->setText(e.summary);
        for (int i = 0; i < e.steps.size(); ++i) {
            auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(e.steps[i].text), m_steps);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(e.steps[i].lookFor);
        }
        QString html = u"<b>"_s + tr("What to look for").toHtmlEscaped() + u"</b><ul style='margin-left:12px; -qt-list-indent:0'>"_s;
        for (const QString &line : e.lookFor)
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        m_lookFor->setText(html + u"</ul>"_s);
    } else {
        m_title->setText(tr("No guide"));
        m_summary->setText(tr("Open a guided example from File ▸ Examples."));
        m_lookFor->clear();
    }
    m_shownSteps = m_progress->hasExample() ? int(m_progress->example().steps.size()) : 0;
    m_refreshing = false;
}

void GuidePanel::refresh()
{
    const bool has = m_progress->hasExample();
    // A new example (or none): the list is rebuilt; otherwise only its marks change.
    if (!has || m_shownSteps != m_progress->stepCount() || m_title->text() != m_progress->example().title)
        rebuild();
    m_startTraffic->setEnabled(has);
    m_showNginx->setEnabled(has);
    m_restart->setEnabled(has);
    m_refreshing = true;
    const int current = m_progress->currentStep();
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        const bool done = m_progress->isDone(i);
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        QFont font = m_steps->font();
        font.setBold(i == current);
        item->setFont(font);
        item->setForeground(done ? palette().color(QPalette::Disabled, QPalette::Text) : palette().color(QPalette::Text));
    }
    m_refreshing = false;
    if (!has) {
        m_current->clear();
        m_action->hide();
        m_counts->clear();
        return;
    }
    if (current < 0) {
        m_current->setText(tr("All %n step(s) done. Try your own changes, or open another example.", nullptr, m_progress->stepCount()));
        m_action->hide();
        m_counts->clear();
        return;
    }
    const GuideStep &step = m_progress->example().steps[current];
    m_current->setText(tr("Step %1: %2\nLook for: %3").arg(current + 1).arg(step.text, step.lookFor));
    m_action->setVisible(!step.actionLabel.isEmpty());
    m_action->setText(tr("Do it for me: %1").arg(step.actionLabel));
    m_counts->setText(progressText());
}

QString GuidePanel::progressText() const
{
    const int current = m_progress->currentStep();
    if (!m_progress->hasExample() || current < 0)
        return {};
    const GuideStep &step = m_progress->example().steps[current];
    QStringList parts;
    bool counts = false;
    for (const GuideCheck &c : step.checks) {
        if (!c.isCount())
            continue;
        counts = true;
        const qint64 v = m_progress->value(c);
        const bool staysZero = c.atLeast == 0 && c.atMost == 0;
        switch (c.kind) {
        case GuideCheck::Kind::Requests: parts << tr("requests %1 of %2").arg(v).arg(c.atLeast); break;
        case GuideCheck::Kind::Served:
            parts << (staysZero ? tr("%1 answered %2 (stays 0)").arg(c.name).arg(v) : tr("%1 answered %2 of %3").arg(c.name).arg(v).arg(c.atLeast));
            break;
        case GuideCheck::Kind::ServedShare:
            parts << tr("%1's share %2 % (%3–%4 %)").arg(c.name).arg(v).arg(c.atLeast).arg(c.atMost);
            break;
        case GuideCheck::Kind::ClientErrors:
            parts << (staysZero ? tr("client errors %1 (stays 0)").arg(v) : tr("client errors %1 of %2").arg(v).arg(c.atLeast));
            break;
        case GuideCheck::Kind::Retries:
            parts << (staysZero ? tr("retries %1 (stays 0)").arg(v) : tr("retries %1 of %2").arg(v).arg(c.atLeast));
            break;
        case GuideCheck::Kind::AnsweredByProxy: parts << tr("answered by the proxy %1 of %2").arg(v).arg(c.atLeast); break;
        case GuideCheck::Kind::SessionsKept: parts << tr("sessions kept %1 of %2").arg(v).arg(c.atLeast); break;
        case GuideCheck::Kind::SessionsMoved:
            parts << (staysZero ? tr("sessions moved %1 (stays 0)").arg(v) : tr("sessions moved %1 of %2").arg(v).arg(c.atLeast));
            break;
        default: break;
        }
    }
    if (!counts)
        return {};
    if (!m_progress->isCounting())
        return tr("Counting starts when the step is done.");
    return tr("Since this step: %1").arg(parts.join(u" · "_s));
}

void GuidePanel::itemChanged(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    m_progress->setDone(m_steps->row(item), item->checkState() == Qt::Checked);
}
