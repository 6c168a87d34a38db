#include "nginxcheck.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

NginxCheck::NginxCheck(QObject *parent)
    : QObject(parent)
{
}

NginxCheck::~NginxCheck()
{
    if (m_process) {
        m_process->kill(); // our own child, by pid
        m_process->waitForFinished(2000);
    }
    delete m_dir;
}

QString NginxCheck::findBinary(const QString &configured)
{
    if (!configured.isEmpty())
        return QFile::exists(configured) ? configured : QString();
    for (const QString &candidate : {u"/usr/sbin/nginx"_s, QStandardPaths::findExecutable(u"nginx"_s),
                                     QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/local/sbin"_s, u"/opt/homebrew/bin"_s})}) {
        if (!candidate.isEmpty() && QFile::exists(candidate))
            return candidate;
    }
    return {};
}

bool NginxCheck::start(const QString &config, const QString &binary)
{
    if (m_process || binary.isEmpty())
        return false;
    m_dir = new QTemporaryDir;
    const QString file = m_dir->filePath(u"nginx.conf"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        delete std::exchange(m_dir, nullptr);
        return false;
    }
    f.write(config.toUtf8());
    f.close();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
        m_process->deleteLater();
        m_process = nullptr;
        delete std::exchange(m_dir, nullptr);
        emit finished(status == QProcess::NormalExit && exitCode == 0, output);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        delete std::exchange(m_dir, nullptr);
        emit finished(false, message);
    });
    // A private prefix, pid and error log: the check touches nothing of the system's nginx.
    m_process->start(binary, {u"-t"_s, u"-p"_s, m_dir->path(), u"-c"_s, file, u"-g"_s,
                              u"pid %1/nginx.pid; error_log %1/error.log;"_s.arg(m_dir->path())});
    return true;
}
