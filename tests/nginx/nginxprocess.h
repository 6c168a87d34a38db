#pragma once

// Runs Debian's real nginx on a generated config: one worker, in the
// foreground, in a temporary prefix, stopped by its pid (never by name).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

class NginxProcess
{
public:
    static QString binary()
    {
        for (const QString &candidate : {QStringLiteral("/usr/sbin/nginx"), QStandardPaths::findExecutable(QStringLiteral("nginx"))}) {
            if (!candidate.isEmpty() && QFile::exists(candidate))
                return candidate;
        }
        return {};
    }

    ~NginxProcess() { stop(); }

    // nginx -t on the config; returns nginx's output when it fails.
    static bool check(const QString &config, QString *output)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("nginx.conf"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(config.toUtf8());
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), {QStringLiteral("-t"), QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), file,
                           QStringLiteral("-g"), QStringLiteral("pid %1/nginx.pid; error_log %1/error.log;").arg(dir.path())});
        p.waitForFinished(20000);
        *output = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Starts nginx on the config with one worker; waits until `port` accepts.
    bool start(QString config, quint16 port, QString *error)
    {
        config.replace(QStringLiteral("worker_processes auto;"), QStringLiteral("worker_processes 1;"));
        config.replace(QStringLiteral("http {\n"), QStringLiteral("http {\n    access_log off;\n"));
        const QString file = m_dir.filePath(QStringLiteral("nginx.conf"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = f.errorString();
            return false;
        }
        f.write(config.toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(), {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), file, QStringLiteral("-g"),
                                   QStringLiteral("daemon off; pid %1/nginx.pid; error_log %1/error.log;").arg(m_dir.path())});
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (m_process.state() != QProcess::Running) {
                *error = QString::fromLocal8Bit(m_process.readAll()) + errorLog();
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                return true;
            m_process.waitForFinished(50); // a bounded wait for nginx to bind, not a sleep-as-sync
        }
        *error = QStringLiteral("nginx did not start listening on %1").arg(port);
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM to the master's pid: fast shutdown of master and workers
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString errorLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("error.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};
