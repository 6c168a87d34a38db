#include "labrunner.h"

#include "engine/proxyengine.h"
#include "mockbackend.h"
#include "mockbackendhost.h"

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
    , m_engine(new ProxyEngine(this))
    , m_mocks(new MockBackendHost(2, this))
{
    connect(m_engine, &ProxyEngine::requestsLogged, this, &LabRunner::requestsLogged);
}

LabRunner::~LabRunner()
{
    stop();
}

bool LabRunner::start(const LabConfig &lab, QString *error, const QString &baseDirectory)
{
    stop();
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

void LabRunner::stop()
{
    m_engine->stop();
    m_mocks->clear();
}

bool LabRunner::isRunning() const
{
    return m_engine->isRunning();
}
