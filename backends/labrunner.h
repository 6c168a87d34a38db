#pragma once

#include "config/labconfig.h"
#include "engine/requestrecord.h"

#include <QObject>

class MockBackendHost;
class ProxyEngine;

// Runs a whole lab: its mock backends, then the proxy. Used by the headless
// `run` command and by the desktop app.
class LabRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabRunner)

public:
    explicit LabRunner(QObject *parent = nullptr);
    ~LabRunner() override;

    // baseDirectory: where relative body_file paths start (the lab file's folder).
    bool start(const LabConfig &lab, QString *error, const QString &baseDirectory = {});
    void stop();
    bool isRunning() const;
    // Applies an edited lab to the running one: a new proxy snapshot (requests
    // in flight finish on the old one), mocks added, removed, restarted (new
    // address) or given their new behaviour in place.
    bool apply(const LabConfig &lab, QString *error);

    ProxyEngine *engine() const { return m_engine; }
    MockBackendHost *mocks() const { return m_mocks; }

signals:
    void requestsLogged(const QList<RequestRecord> &records);

private:
    QString m_baseDirectory;
    ProxyEngine *m_engine;
    MockBackendHost *m_mocks;
};
