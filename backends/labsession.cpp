#include "labsession.h"

#include "engine/proxyengine.h"
#include "mockbackend.h"
#include "mockbackendhost.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

LabSession::LabSession(QObject *parent)
    : QObject(parent)
    , m_engine(new ProxyEngine(this))
    , m_mocks(new MockBackendHost(2, this))
{
    connect(m_engine, &ProxyEngine::requestsLogged, this, &LabSession::requestsLogged);
    connect(m_engine, &ProxyEngine::serverHealthChanged, this, &LabSession::serverHealthChanged);
}

LabSession::~LabSession()
{
    stop();
}

bool LabSession::start(const LabConfig &lab, QString *error, const QString &baseDirectory)
{
    Q_ASSERT(thread() == QThread::currentThread());
    stop();
    m_baseDirectory = baseDirectory;
    for (const MockBackendConfig &b : lab.backends)
        m_mocks->add(b, baseDirectory);
    if (!m_mocks->startAll(error)) {
        stop();
        return false;
    }
    if (!m_engine->start(lab, error)) {
        stop();
        return false;
    }
    return true;
}

void LabSession::stop()
{
    Q_ASSERT(thread() == QThread::currentThread());
    m_engine->stop();
    m_mocks->clear();
}

bool LabSession::isRunning() const
{
    return m_engine->isRunning();
}

bool LabSession::apply(const LabConfig &lab, QString *error)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (!isRunning())
        return false;
    // Best effort: one mock that cannot listen (its port taken by another
    // program) must not leave the rest of the edit unapplied. It stays in the
    // lab, stopped, and the error names it.
    QStringList errors;
    // Mocks first, so a server that now points at a new mock finds it listening.
    const QList<MockBackend *> current = m_mocks->backends();
    for (MockBackend *b : current) {
        const auto it = std::find_if(lab.backends.begin(), lab.backends.end(),
                                     [b](const MockBackendConfig &c) { return c.name == b->name(); });
        MockBackendConfig withoutBehaviour = b->config();
        if (it != lab.backends.end()) {
            // Behaviour, colour and start-up state change in place; the rest restarts the mock.
            withoutBehaviour.behaviour = it->behaviour;
            withoutBehaviour.color = it->color;
            withoutBehaviour.autostart = it->autostart;
            withoutBehaviour.paused = it->paused;
            if (withoutBehaviour == *it) {
                QString message;
                if (b->config().behaviour != it->behaviour && !m_mocks->setConfiguredBehaviour(b, it->behaviour, &message))
                    errors.append(message);
                continue;
            }
        }
        m_mocks->remove(b); // gone, or its address or timeline changed: restarted below
    }
    for (const MockBackendConfig &c : lab.backends) {
        if (m_mocks->find(c.name))
            continue;
        MockBackend *b = m_mocks->add(c, m_baseDirectory);
        QString message;
        if (c.autostart && !m_mocks->start(b, &message)) {
            errors.append(message);
            continue;
        }
        m_mocks->startTimeline(b);
    }
    QString message;
    if (!m_engine->applyConfig(lab, &message))
        errors.append(message);
    if (!errors.isEmpty() && error)
        *error = errors.join(u"; "_s);
    return errors.isEmpty();
}
