#pragma once

#include "config/labconfig.h"
#include "traffic/trafficoptions.h"
#include "traffic/trafficstats.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

class MockBackendHost;
class ProxyEngine;
class QTemporaryDir;
class TrafficGenerator;

// `upstreamlab replay-nginx`: the lab exported and run by real nginx (a
// private prefix, daemon off, its own pid file and error log, on free
// loopback ports), then by our proxy, each in front of freshly started copies
// of the lab's mocks (the same seeds, so the same answers), with the same
// request sequence through both; then request by request: which backend
// answered, and the status. Everything it starts it stops, by pid.
class NginxReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxReplay)

public:
    enum class Outcome { Identical, Different, NginxFailed, LabFailed };

    struct Divergence {
        qint64 index = -1; // the first request that differs; -1 = none
    };

    explicit NginxReplay(QObject *parent = nullptr);
    ~NginxReplay() override;

    // `nginx`: the binary (empty: /usr/sbin/nginx or the PATH).
    bool start(const LabConfig &lab, const TrafficOptions &traffic, const QString &baseDirectory, const QString &nginx,
               QString *error);
    void stop();

    Outcome outcome() const { return m_outcome; }
    QString errorText() const { return m_error; }
    qint64 requests() const { return qint64(m_nginx.outcomes().size()); }
    qint64 firstDivergence() const { return m_firstDivergence; }
    qint64 differences() const { return m_differences; }
    const TrafficStats &nginxStats() const { return m_nginx; }
    const TrafficStats &labStats() const { return m_lab; }
    // Lines describing requests `from`..`to` (both sides' answers).
    QStringList describe(qint64 from, qint64 to) const;
    // What in the lab nginx open source cannot run as the lab does (NGINX Plus settings).
    static QStringList plusFeatures(const LabConfig &lab);
    QStringList reasons() const { return plusFeatures(m_config); }
    QJsonObject toJson() const;

    static QString findNginx(const QString &given);

signals:
    void phaseStarted(const QString &what);
    void finished();

private:
    void runNginxSide();
    void runLabSide();
    bool startMocks(QString *error);
    void startTraffic(quint16 port, TrafficStats *into, void (NginxReplay::*next)());
    void compare();
    void finish(Outcome outcome, const QString &error = {});
    void stopNginx();

    LabConfig m_config;

    LabConfig m_relocated; // the lab on the loopback ports nginx ran on (the lab then runs on the same)
    TrafficOptions m_traffic;
    QString m_baseDirectory;
    QString m_nginxBinary;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_nginxProcess;
    std::unique_ptr<MockBackendHost> m_mocks;
    std::unique_ptr<ProxyEngine> m_engine;
    std::unique_ptr<TrafficGenerator> m_generator;
    TrafficStats m_nginx;
    TrafficStats m_lab;
    Outcome m_outcome = Outcome::Identical;
    QString m_error;
    qint64 m_firstDivergence = -1;
    qint64 m_differences = 0;
    bool m_stopping = false;
    bool m_running = false;
};
