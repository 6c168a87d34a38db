#pragma once

#include "config/labconfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

class MockBackend;
class QThread;

// Runs a lab's mock backends on a small shared pool of threads (not one each),
// and marshals start/stop calls into their threads.
class MockBackendHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockBackendHost)

public:
    explicit MockBackendHost(int threadCount = 2, QObject *parent = nullptr);
    ~MockBackendHost() override;

    MockBackend *add(const MockBackendConfig &config);
    void remove(MockBackend *backend);
    void clear();
    // Starts every backend whose config says autostart; first error wins.
    bool startAll(QString *error, bool onlyAutostart = true);
    bool start(MockBackend *backend, QString *error);
    void stop(MockBackend *backend);

    MockBackend *find(const QString &name) const;
    const QList<MockBackend *> &backends() const { return m_backends; }

private:
    std::vector<QThread *> m_threads;
    QList<MockBackend *> m_backends;
    int m_next = 0;
};
