#pragma once

#include "labruntime.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

// Active health checks (NGINX Plus health_check, simulated): every interval
// each server of a group with a check gets "GET uri"; `fails` failures in a
// row make it unhealthy (skipped by balancing), `passes` passes in a row make
// it healthy again. Lives in a worker thread; one probe in flight per server.
class HealthChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChecker)

public:
    explicit HealthChecker(LabRuntimePtr runtime, QObject *parent = nullptr);
    ~HealthChecker() override;

signals:
    void healthChanged(const QString &group, const QString &server, bool healthy);

private:
    struct Probe {
        UpstreamRuntime *group = nullptr;
        int serverIndex = 0;
        int passes = 0;
        int fails = 0;
        bool healthy = true; // servers start healthy, as in NGINX Plus without "mandatory"
        QTcpSocket *socket = nullptr;
        QByteArray response;
    };

    void checkGroup(UpstreamRuntime *group);
    void startProbe(Probe &probe);
    void finishProbe(Probe &probe, bool passed);

    LabRuntimePtr m_runtime;
    std::vector<std::unique_ptr<Probe>> m_probes;
    std::vector<QTimer *> m_timers;
};
