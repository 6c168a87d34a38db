#include "guidepanel.h"

#include "lessons/guideprogress.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuidePanel::GuidePanel(GuideProgress *progress, QWidget *parent)
    : QWidget(parent)
    , m_progress(progress)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_startTraffic(new QPushButton(tr("Start the e&xample's traffic")))
    , m_showNginx(new QPushButton(tr("Show &nginx.conf")))
    , m_restart(new QPushButton(tr("&Begin again")))
    , m_stepsBox(new QWidget)
    , m_stepsGrid(new QGridLayout(m_stepsBox))
    , m_current(new QLabel)
    , m_action(new QPushButton)
    , m_counts(new QLabel)
    , m_lookFor(new QLabel)
{
    setObjectName(u"guidePanel"_s);
    m_title->setObjectName(u"guideTitle"_s);
    m_stepsBox->setObjectName(u"guideSteps"_s);
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
    m_stepsBox->setToolTip(tr("A step is ticked when the lab sees it done; tick one yourself to move on"));
    m_stepsGrid->setContentsMargins(0, 4, 0, 4);
    m_stepsGrid->setColumnStretch(1, 1);
    m_action->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startTraffic);
    buttons->addWidget(m_showNginx);
    buttons->addStretch(1);

    // Everything scrolls together: on a small screen the steps keep their
    // full text instead of a squeezed list.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_stepsBox);
    layout->addWidget(m_current);
    layout->addWidget(m_action, 0, Qt::AlignLeft);
    layout->addWidget(m_counts);
    layout->addWidget(m_lookFor);
    layout->addWidget(m_restart, 0, Qt::AlignLeft); // rarely needed: below, so the dock can stay narrow
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_startTraffic, &QPushButton::clicked, this, &GuidePanel::startTrafficRequested);
    connect(m_showNginx, &QPushButton::clicked, this, &GuidePanel::showNginxRequested);
    connect(m_restart, &QPushButton::clicked, m_progress, &GuideProgress::restart);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_progress->currentStep() >= 0)
            emit actionRequested(m_progress->currentStep());
    });
    connect(m_progress, &GuideProgress::changed, this, &GuidePanel::refresh);
    connect(m_progress, &GuideProgress::stepDone, this, &GuidePanel::refresh);
    refresh();
}

void GuidePanel::rebuild()
{
    m_refreshing = true;
    qDeleteAll(m_boxes);
    qDeleteAll(m_labels);
    m_boxes.clear();
    m_labels.clear();
    if (m_progress->hasExample()) {
        const GuidedExample &e = m_progress->example();
        m_title->setText(e.title);
        m_summary->setText(e.summary);
        for (int i = 0; i < e.steps.size(); ++i) {
            auto *box = new QCheckBox;
            box->setObjectName(u"guideStep%1"_s.arg(i + 1));
            auto *label = new QLabel(tr("%1. %2").arg(i + 1).arg(e.steps[i].text));
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->setToolTip(e.steps[i].lookFor);
            label->setBuddy(box);
            m_stepsGrid->addWidget(box, i, 0, Qt::AlignTop);
            m_stepsGrid->addWidget(label, i, 1);
            connect(box, &QCheckBox::toggled, this, [this, i](bool checked) {
                if (!m_refreshing)
                    m_progress->setDone(i, checked);
            });
            m_boxes.append(box);
            m_labels.append(label);
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
    m_shownName = m_progress->hasExample() ? m_progress->example().name : QString();
    m_refreshing = false;
}

void GuidePanel::refresh()
{
    const bool has = m_progress->hasExample();
    // A new example (or none): the list is rebuilt; otherwise only its marks change.
    if (!has || m_shownName != m_progress->example().name || stepCount() != m_progress->stepCount())
        rebuild();
    m_startTraffic->setEnabled(has);
    m_showNginx->setEnabled(has);
    m_restart->setEnabled(has);
    m_refreshing = true;
    const int current = m_progress->currentStep();
    for (int i = 0; i < stepCount(); ++i) {
        const bool done = m_progress->isDone(i);
        m_boxes[i]->setChecked(done);
        QFont font = m_labels[i]->font();
        font.setBold(i == current);
        m_labels[i]->setFont(font);
        QPalette grey = m_labels[i]->palette(); // done steps read greyed (and keep their tooltip)
        grey.setColor(QPalette::WindowText, palette().color(done ? QPalette::Disabled : QPalette::Active, QPalette::WindowText));
        m_labels[i]->setPalette(grey);
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
        return tr("The counts start once you have done what the step asks.");
    return tr("Since this step: %1").arg(parts.join(u" · "_s));
}
