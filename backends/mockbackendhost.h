#pragma once

#include "config/labconfig.h"
#include "mockbackend.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

class QThread;

// Runs a lab's mock backends on a small shared pool of threads (not one each),
// and marshals start/stop calls into their threads. Its calls wait for those
// threads: use it from a thread that may wait (not the GUI's; see LabRunner).
class MockBackendHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockBackendHost)

public:
    explicit MockBackendHost(int threadCount = 2, QObject *parent = nullptr);
    ~MockBackendHost() override;

    // body_file paths are relative to baseDirectory (the lab file's folder).
    MockBackend *add(const MockBackendConfig &config, const QString &baseDirectory = {});
    void remove(MockBackend *backend);
    void clear();
    // Starts every backend whose config says autostart, then every timeline
    // (a timeline may start a backend later); first error wins.
    bool startAll(QString *error, bool onlyAutostart = true);
    bool start(MockBackend *backend, QString *error);
    void stop(MockBackend *backend);
    void pause(MockBackend *backend);
    void resume(MockBackend *backend);
    bool setBehaviour(MockBackend *backend, const MockBehaviour &behaviour, QString *error = nullptr);
    // As setBehaviour, and it becomes what the timeline's "reset" returns to.
    bool setConfiguredBehaviour(MockBackend *backend, const MockBehaviour &behaviour, QString *error = nullptr);
    void startTimeline(MockBackend *backend);

    MockBackend *find(const QString &name) const;
    const QList<MockBackend *> &backends() const { return m_backends; }

signals:
    // Emitted from the backend's own thread (connect queued).
    void backendStateChanged(const QString &name, MockBackend::State state);

private:
    bool runBehaviourChange(MockBackend *backend, const MockBehaviour &behaviour, QString *error, bool configured);

    std::vector<QThread *> m_threads;
    QList<MockBackend *> m_backends;
    int m_next = 0;
};
