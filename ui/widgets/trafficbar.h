#pragma once

#include "traffic/trafficgenerator.h"
#include "traffic/trafficpreset.h"

#include <QHostAddress>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

// The lab's own traffic, as the window's main action: a preset, Start/Stop,
// rate and connections changeable while it runs, and the live readouts
// (elapsed, achieved against target, in flight, p50/p99 over five seconds,
// errors, and why the target is not reached when it is not). "Send one"
// asks the window for a single request whose row it then selects.
class TrafficBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficBar)

public:
    using Preset = TrafficPreset;
    // The built-in presets (an example's own comes after them, see setExamplePreset).
    static QList<Preset> presets();

    explicit TrafficBar(QWidget *parent = nullptr);
    ~TrafficBar() override;

    // Where traffic goes: the lab's first listener; a null address = no lab running.
    void setTarget(const QHostAddress &address, quint16 port);
    bool start();
    void stop();
    // Offers a guided example's preset after the built-in ones and selects it;
    // nullopt removes it (another lab was opened).
    void setExamplePreset(const std::optional<Preset> &preset);
    // Selects the preset by index in presetBox() (restarts a running traffic with it).
    void selectPreset(int index);
    int examplePresetIndex() const { return m_hasExamplePreset ? int(m_presets.size()) - 1 : -1; }
    const Preset &currentPreset() const;
    bool isRunning() const { return m_generator->isRunning(); }

    TrafficGenerator *generator() const { return m_generator; }
    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *rateBox() const { return m_rate; }
    QSpinBox *connectionsBox() const { return m_connections; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *sendOneButton() const { return m_sendOne; }
    QString readoutText() const;

signals:
    void sendOneRequested();
    void runningChanged(bool running);
    void message(const QString &text);

private:
    void applyPreset(int index);
    void toggle();
    void updateReadouts();
    void onFinished();
    void shapeStep();
    void markModified();

    QList<Preset> m_presets; // presets() and an example's
    bool m_hasExamplePreset = false;
    TrafficGenerator *m_generator;
    QHostAddress m_address;
    quint16 m_port = 0;
    QComboBox *m_preset;
    QSpinBox *m_rate;
    QSpinBox *m_connections;
    QPushButton *m_start;
    QPushButton *m_sendOne;
    QLabel *m_state;
    QLabel *m_rateReadout;
    QLabel *m_latency;
    QLabel *m_errors;
    QLabel *m_limit;
    QTimer *m_shapeTimer;
    bool m_applyingPreset = false;
    bool m_restartWhenStopped = false;
    qint64 m_lastCompleted = 0;
};
