#include "replaypanel.h"

#include "nginxreplay.h"
#include "portfinder.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReplayPanel::ReplayPanel(QWidget *parent)
    : QWidget(parent)
    , m_replay(new NginxReplay(this))
    , m_requests(new QSpinBox)
    , m_clients(new QSpinBox)
    , m_run(new QPushButton(tr("&Replay")))
    , m_verdict(new QLabel)
    , m_details(new QPlainTextEdit)
{
    setObjectName(u"replayPanel"_s);
    m_run->setObjectName(u"replayRun"_s);
    m_requests->setRange(1, 100000);
    m_requests->setValue(200);
    m_clients->setRange(1, 64516);
    m_clients->setValue(20);
    m_clients->setToolTip(tr("Client addresses the requests come from (ip_hash sees them)"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setText(tr("Runs the lab in real nginx and in Upstream Lab, each before copies of its mocks on other ports, "
                          "sends both the same requests one at a time, and compares which backend answered each."));

    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Requests:")));
    form->addWidget(m_requests);
    form->addWidget(new QLabel(tr("Clients:")));
    form->addWidget(m_clients);
    form->addWidget(m_run);
    form->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_replay->stop();
        else
            run();
    });
    connect(m_replay, &NginxReplay::phaseStarted, this, [this](const QString &what) {
        m_verdict->setText(tr("Sending %n request(s) through %1…", nullptr, m_requests->value()).arg(what));
    });
    connect(m_replay, &NginxReplay::finished, this, &ReplayPanel::showResult);
}

ReplayPanel::~ReplayPanel() = default;

void ReplayPanel::setLab(const LabConfig &lab, const QString &baseDirectory)
{
    m_lab = lab;
    m_baseDirectory = baseDirectory;
}

bool ReplayPanel::run()
{
    TrafficOptions traffic;
    traffic.requests = m_requests->value();
    traffic.concurrency = 1; // one at a time: both proxies see the same order
    traffic.clients = m_clients->value() > 1 ? m_clients->value() : 0;
    QString error;
    m_details->clear();
    if (!m_replay->start(PortFinder::withMocksRelocated(m_lab), traffic, m_baseDirectory, m_nginxBinary, &error)) {
        m_verdict->setText(tr("Cannot replay: %1").arg(error));
        return false;
    }
    m_running = true;
    m_run->setText(tr("Stop"));
    return true;
}

void ReplayPanel::showResult()
{
    m_running = false;
    m_run->setText(tr("&Replay"));
    switch (m_replay->outcome()) {
    case NginxReplay::Outcome::Identical:
        m_verdict->setText(tr("✔ Identical for %n/%n request(s): real nginx picks the same backends with the same statuses.",
                              nullptr, int(m_replay->requests())));
        break;
    case NginxReplay::Outcome::Different: {
        m_verdict->setText(m_replay->errorText().isEmpty()
                               ? tr("✘ Different for %1 of %n request(s); the first at request %2.", nullptr, int(m_replay->requests()))
                                     .arg(m_replay->differences())
                                     .arg(m_replay->firstDivergence() + 1)
                               : m_replay->errorText());
        QStringList lines = m_replay->describe(m_replay->firstDivergence() - 3, m_replay->firstDivergence() + 3);
        const QStringList reasons = m_replay->reasons();
        if (!reasons.isEmpty()) {
            lines << QString() << tr("nginx open source cannot run this lab as the lab does:");
            for (const QString &r : reasons)
                lines << u"  - "_s + r;
        }
        m_details->setPlainText(lines.join(u'\n'));
        break;
    }
    case NginxReplay::Outcome::NginxFailed:
    case NginxReplay::Outcome::LabFailed:
        m_verdict->setText(tr("Could not replay: %1").arg(m_replay->errorText()));
        break;
    }
    emit finished();
}
