#pragma once

#include "config/labconfig.h"
#include "engine/requestrecord.h"

#include <QObject>

class MockBackendHost;
class ProxyEngine;

// Runs a whole lab, synchronously: its mock backends, then the proxy. Its
// calls wait for the engine's and the mocks' threads (and a mock's body file),
// so it belongs to a thread that may wait: the headless `run` command's main
// thread, or LabRunner's control thread for the desktop app.
class LabSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSession)

public:
    explicit LabSession(QObject *parent = nullptr);
    ~LabSession() override;

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
    void serverHealthChanged(const QString &group, const QString &server, bool healthy);

private:
    QString m_baseDirectory;
    ProxyEngine *m_engine;
    MockBackendHost *m_mocks;
};
