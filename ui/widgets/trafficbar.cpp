#include "trafficbar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int BurstPeriodMs = 10000;
constexpr int BurstLengthMs = 2000;
constexpr double BurstQuietRate = 1;
constexpr int RampMs = 60000;
constexpr double RampStart = 10;

QString formatMs(qint64 us)
{
    if (us <= 0)
        return u"–"_s;
    return us < 10000 ? QString::number(double(us) / 1000.0, 'f', 1) : QString::number(us / 1000);
}
} // namespace

QList<TrafficBar::Preset> TrafficBar::presets()
{
    using Shape = Preset::Shape;
    return {
        {tr("Steady 20/s"), tr("20 requests per second over 4 connections"), Shape::Steady, 20, 4, 0, 0, "/", {}},
        {tr("Busy 200/s"), tr("200 requests per second over 20 connections"), Shape::Steady, 200, 20, 0, 0, "/", {}},
        {tr("Burst"), tr("300 requests per second for 2 s every 10 s, 1 per second between"), Shape::Burst, 300, 20, 0, 0, "/", {}},
        {tr("Ramp up"), tr("From 10 to 300 requests per second over 60 s, then steady"), Shape::Ramp, 300, 20, 0, 0, "/", {}},
        {tr("1 000 clients"), tr("100 requests per second from 1 000 client addresses (for ip_hash)"), Shape::Steady, 100, 10, 1000, 0, "/", {}},
        {tr("100 keys"), tr("100 requests per second over 100 paths /item/key-N (for hash $request_uri)"), Shape::Steady, 100, 10, 0, 100, "/item/{key}", {}},
    };
}

TrafficBar::TrafficBar(QWidget *parent)
    : QWidget(parent)
    , m_presets(presets())
    , m_generator(new TrafficGenerator(this))
    , m_preset(new QComboBox)
    , m_rate(new QSpinBox)
    , m_connections(new QSpinBox)
    , m_start(new QPushButton)
    , m_sendOne(new QPushButton(tr("Send &One")))
    , m_state(new QLabel)
    , m_rateReadout(new QLabel)
    , m_latency(new QLabel)
    , m_errors(new QLabel)
    , m_limit(new QLabel)
    , m_shapeTimer(new QTimer(this))
{
    setObjectName(u"trafficBar"_s);
    m_preset->setObjectName(u"trafficPreset"_s);
    m_rate->setObjectName(u"trafficRate"_s);
    m_connections->setObjectName(u"trafficConnections"_s);
    m_start->setObjectName(u"trafficStart"_s);
    m_sendOne->setObjectName(u"trafficSendOne"_s);
    for (const Preset &p : std::as_const(m_presets)) {
        m_preset->addItem(p.name);
        m_preset->setItemData(m_preset->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_preset->setToolTip(tr("A traffic preset; rate and connections can be changed while it runs"));
    m_rate->setRange(1, 100000);
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setToolTip(tr("Target rate (open loop: requests are due at this rate whatever the answers do)"));
    m_rate->setAccelerated(true);
    m_connections->setRange(1, 2000);
    m_connections->setSuffix(tr(" conn"));
    m_connections->setToolTip(tr("Connections carrying the traffic"));
    m_start->setIcon(QIcon(u":/icons/start.svg"_s));
    m_sendOne->setIcon(QIcon(u":/icons/send.svg"_s));
    m_sendOne->setToolTip(tr("Send one request and select it in the log (Ctrl+R)"));
    m_limit->setStyleSheet(u"QLabel { color: #8a4b00; }"_s);
    for (QLabel *l : {m_rateReadout, m_latency, m_errors})
        l->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_start);
    layout->addWidget(m_preset);
    layout->addWidget(m_rate);
    layout->addWidget(m_connections);
    layout->addSpacing(8);
    layout->addWidget(m_state);
    layout->addWidget(m_rateReadout);
    layout->addWidget(m_latency);
    layout->addWidget(m_errors);
    layout->addWidget(m_limit);
    layout->addStretch(1);
    layout->addWidget(m_sendOne);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TrafficBar::applyPreset);
    connect(m_start, &QPushButton::clicked, this, &TrafficBar::toggle);
    connect(m_sendOne, &QPushButton::clicked, this, &TrafficBar::sendOneRequested);
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int rate) {
        markModified();
        if (isRunning())
            m_generator->setRate(rate);
    });
    connect(m_connections, &QSpinBox::valueChanged, this, [this](int connections) {
        markModified();
        if (isRunning())
            m_generator->setConcurrency(connections);
    });
    connect(m_generator, &TrafficGenerator::progressed, this, &TrafficBar::updateReadouts);
    connect(m_generator, &TrafficGenerator::finished, this, &TrafficBar::onFinished);
    m_shapeTimer->setInterval(250);
    connect(m_shapeTimer, &QTimer::timeout, this, &TrafficBar::shapeStep);

    applyPreset(0);
    setTarget({}, 0);
    updateReadouts();
}

TrafficBar::~TrafficBar() = default;

const TrafficBar::Preset &TrafficBar::currentPreset() const
{
    const int index = m_preset->currentIndex();
    return m_presets[index >= 0 && index < m_presets.size() ? index : 0];
}

void TrafficBar::setExamplePreset(const std::optional<Preset> &preset)
{
    const bool wasSelected = m_hasExamplePreset && m_preset->currentIndex() == examplePresetIndex();
    if (m_hasExamplePreset) {
        m_presets.removeLast();
        m_hasExamplePreset = false;
        QSignalBlocker block(m_preset);
        m_preset->removeItem(m_preset->count() - 1);
    }
    if (!preset) {
        if (wasSelected)
            selectPreset(0);
        return;
    }
    m_presets.append(*preset);
    m_hasExamplePreset = true;
    {
        QSignalBlocker block(m_preset);
        m_preset->addItem(preset->name);
        m_preset->setItemData(m_preset->count() - 1, preset->description, Qt::ToolTipRole);
    }
    selectPreset(examplePresetIndex());
}

void TrafficBar::selectPreset(int index)
{
    if (m_preset->currentIndex() == index)
        applyPreset(index); // the same index with new contents
    else
        m_preset->setCurrentIndex(index);
}

void TrafficBar::applyPreset(int index)
{
    const QList<Preset> &all = m_presets;
    if (index < 0 || index >= all.size())
        return;
    m_applyingPreset = true;
    m_rate->setValue(int(all[index].rate));
    m_connections->setValue(all[index].connections);
    m_applyingPreset = false;
    m_preset->setItemText(index, all[index].name);
    if (isRunning()) {
        // A new preset while running: restart with its shape and population
        // once the workers have stopped (finished() comes back asynchronously).
        m_restartWhenStopped = true;
        stop();
    }
}

void TrafficBar::markModified()
{
    if (m_applyingPreset)
        return;
    const int index = m_preset->currentIndex();
    const QString name = m_presets.value(index).name;
    if (index >= 0)
        m_preset->setItemText(index, tr("%1 (modified)").arg(name));
}

void TrafficBar::setTarget(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    const bool ok = !address.isNull() && port != 0;
    m_start->setEnabled(ok || isRunning());
    m_sendOne->setEnabled(ok);
    if (!ok && isRunning())
        stop();
    updateReadouts();
}

bool TrafficBar::start()
{
    if (isRunning() || m_address.isNull() || m_port == 0)
        return false;
    const Preset preset = currentPreset();
    TrafficOptions o = preset.toOptions(m_address, m_port, quint64(QDateTime::currentMSecsSinceEpoch()));
    o.concurrency = m_connections->value();
    o.rate = preset.shape == Preset::Shape::Ramp ? RampStart : m_rate->value();
    QString error;
    if (!m_generator->start(o, &error)) {
        emit message(tr("Traffic did not start: %1").arg(error));
        return false;
    }
    m_lastCompleted = 0;
    if (preset.shape != Preset::Shape::Steady)
        m_shapeTimer->start();
    m_start->setText(tr("Stop"));
    m_start->setIcon(QIcon(u":/icons/stop.svg"_s));
    m_start->setStyleSheet(u"QPushButton { color: white; background: #c62828; padding: 2px 10px; }"_s);
    setStyleSheet(u"#trafficBar { background: #fff4e0; }"_s);
    setAttribute(Qt::WA_StyledBackground, true);
    emit runningChanged(true);
    updateReadouts();
    return true;
}

void TrafficBar::stop()
{
    m_shapeTimer->stop();
    if (isRunning())
        m_generator->stop();
}

void TrafficBar::toggle()
{
    if (isRunning())
        stop();
    else
        start();
}

void TrafficBar::onFinished()
{
    m_shapeTimer->stop();
    m_start->setText(tr("Start"));
    m_start->setIcon(QIcon(u":/icons/start.svg"_s));
    m_start->setStyleSheet({});
    setStyleSheet({});
    m_start->setEnabled(!m_address.isNull() && m_port != 0);
    emit runningChanged(false);
    updateReadouts();
    if (m_restartWhenStopped) {
        m_restartWhenStopped = false;
        start();
    }
}

void TrafficBar::shapeStep()
{
    if (!isRunning())
        return;
    const Preset &preset = currentPreset();
    const qint64 elapsed = m_generator->progress().elapsedMs;
    double rate = m_rate->value();
    if (preset.shape == Preset::Shape::Burst)
        rate = elapsed % BurstPeriodMs < BurstLengthMs ? m_rate->value() : BurstQuietRate;
    else if (preset.shape == Preset::Shape::Ramp)
        rate = RampStart + (m_rate->value() - RampStart) * std::min<double>(1.0, double(elapsed) / RampMs);
    if (std::abs(rate - m_generator->options().rate) >= 1)
        m_generator->setRate(rate);
}

QString TrafficBar::readoutText() const
{
    return QStringList{m_state->text(), m_rateReadout->text(), m_latency->text(), m_errors->text(), m_limit->text()}.join(u' ');
}

void TrafficBar::updateReadouts()
{
    if (!isRunning()) {
        m_state->setText(m_address.isNull() ? tr("Start the lab to send traffic") : tr("Stopped"));
        const TrafficProgress &p = m_generator->progress();
        if (p.completed > 0)
            m_rateReadout->setText(tr("last run: %n request(s)", nullptr, int(std::min<qint64>(p.completed, INT_MAX))));
        else
            m_rateReadout->clear();
        m_latency->clear();
        m_errors->clear();
        m_limit->clear();
        return;
    }
    const TrafficProgress &p = m_generator->progress();
    const qint64 s = p.elapsedMs / 1000;
    m_state->setText(tr("● RUNNING %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    QString rate = tr("%1/%2 req/s · %3 in flight").arg(p.rate, 0, 'f', p.rate < 100 ? 1 : 0).arg(p.targetRate, 0, 'f', 0).arg(p.inFlight);
    if (m_generator->clientCount() > 1) {
        // Say how the clients reach the proxy: their own addresses, or a header.
        rate += m_generator->clientsVia() == ClientPopulation::Via::SourceAddress
            ? tr(" · %n client address(es)", nullptr, m_generator->clientCount())
            : tr(" · %n client(s) in X-Forwarded-For", nullptr, m_generator->clientCount());
    }
    m_rateReadout->setText(rate);
    m_latency->setText(tr("p50 %1 ms · p99 %2 ms (5 s)").arg(formatMs(p.p50Us), formatMs(p.p99Us)));
    const qint64 bad = p.errors + p.serverErrors;
    m_errors->setText(tr("errors %1 %").arg(p.completed ? 100.0 * double(bad) / double(p.completed) : 0.0, 0, 'f', 1));
    // Say why the target is not reached instead of under-delivering silently.
    QString limit;
    if (p.elapsedMs > 2000 && p.targetRate > 0 && p.rate < 0.9 * p.targetRate) {
        if (p.queued > 0 || p.inFlight >= p.concurrency)
            limit = tr("limited by %n connection(s)", nullptr, p.concurrency);
        else
            limit = tr("below target");
    }
    m_limit->setText(limit);
}
