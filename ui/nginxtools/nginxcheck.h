#pragma once

#include <QObject>

class QProcess;
class QTemporaryDir;

// Runs `nginx -t` on a temporary copy of a config, asynchronously (the GUI
// thread never waits), in a throw-away prefix so nothing of the system's
// nginx is touched.
class NginxCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NginxCheck)

public:
    explicit NginxCheck(QObject *parent = nullptr);
    ~NginxCheck() override;

    // The nginx binary: the setting if set, else /usr/sbin/nginx or PATH.
    static QString findBinary(const QString &configured = {});
    bool isRunning() const { return m_process != nullptr; }
    // False (and finished() is not emitted) if there is no nginx binary.
    bool start(const QString &config, const QString &binary);

signals:
    void finished(bool ok, const QString &output);

private:
    QProcess *m_process = nullptr;
    QTemporaryDir *m_dir = nullptr;
};
