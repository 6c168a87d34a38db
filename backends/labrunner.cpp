#include "labrunner.h"

#include "engine/proxyengine.h"
#include "labsession.h"
#include "mockbackendhost.h"

#include <QThread>

using namespace Qt::StringLiterals;

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_session(new LabSession)
{
    qRegisterMetaType<MockBackend::State>();
    m_thread->setObjectName(u"lab-control"_s);
    m_session->moveToThread(m_thread);
    m_thread->start();
    // Queued (the session emits in its threads): never a call into another thread's objects.
    connect(m_session, &LabSession::requestsLogged, this, &LabRunner::requestsLogged);
    connect(m_session, &LabSession::serverHealthChanged, this, &LabRunner::serverHealthChanged);
    connect(m_session->mocks(), &MockBackendHost::backendStateChanged, this, &LabRunner::backendStateChanged);
}

LabRunner::~LabRunner()
{
    // The app is closing: the one place the GUI waits for the lab to stop.
    QMetaObject::invokeMethod(m_session, [session = m_session] { delete session; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LabRunner::post(std::function<Reply(LabSession *)> work, std::function<void(const Reply &)> done)
{
    Q_ASSERT(thread() == QThread::currentThread());
    ++m_outstanding;
    // The control thread does the work, then posts the reply back here; `this`
    // is only the reply's target there (it outlives the thread, see the destructor).
    QMetaObject::invokeMethod(m_session, [this, session = m_session, work = std::move(work), done = std::move(done)] {
        Reply reply = work(session);
        reply.status = statusOf(session);
        QMetaObject::invokeMethod(this, [this, reply = std::move(reply), done] {
            --m_outstanding;
            m_status = reply.status;
            done(reply);
            emit statusChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

LabRunner::Status LabRunner::statusOf(LabSession *session)
{
    Status status;
    const ProxyEngine *engine = session->engine();
    status.connections = engine->connectionCounters();
    for (int i = 0; i < int(status.connections.size()); ++i)
        status.ports.append(engine->listenerPort(i));
    for (const MockBackend *b : session->mocks()->backends())
        status.mocks.append(Mock{b->name(), b->config().listen, b->config().behaviour, b->live()});
    return status;
}

void LabRunner::start(const LabConfig &lab, const QString &baseDirectory)
{
    const quint64 generation = ++m_generation;
    m_phase = Phase::Starting;
    m_queuedLab.reset();
    ++m_labRequests;
    post(
        [lab, baseDirectory](LabSession *session) {
            Reply reply;
            reply.ok = session->start(lab, &reply.error, baseDirectory);
            return reply;
        },
        [this, generation](const Reply &reply) {
            const bool current = generation == m_generation;
            if (current && !reply.ok) {
                m_phase = Phase::Stopped;
                m_queuedLab.reset();
            } else if (current) {
                m_phase = Phase::Running;
            }
            labRequestDone();
            if (current)
                emit started(reply.ok, reply.error);
        });
}

void LabRunner::stop()
{
    const quint64 generation = ++m_generation;
    m_phase = Phase::Stopped;
    m_queuedLab.reset();
    post(
        [](LabSession *session) {
            session->stop();
            return Reply{};
        },
        [this, generation](const Reply &) {
            if (generation == m_generation)
                emit stopped();
        });
}

void LabRunner::apply(const LabConfig &lab)
{
    if (m_phase == Phase::Stopped)
        return;
    // One lab request at a time; the newest edit replaces any that waits.
    if (m_labRequests > 0) {
        m_queuedLab = lab;
        return;
    }
    sendApply(lab);
}

void LabRunner::sendApply(const LabConfig &lab)
{
    const quint64 generation = m_generation;
    ++m_labRequests;
    post(
        [lab](LabSession *session) {
            Reply reply;
            reply.ok = session->apply(lab, &reply.error);
            return reply;
        },
        [this, generation](const Reply &reply) {
            labRequestDone();
            if (generation == m_generation)
                emit applied(reply.error);
        });
}

void LabRunner::labRequestDone()
{
    --m_labRequests;
    if (m_labRequests == 0 && m_queuedLab && m_phase != Phase::Stopped) {
        const LabConfig lab = std::move(*m_queuedLab);
        m_queuedLab.reset();
        sendApply(lab);
    }
}

void LabRunner::mockCommand(const QString &name, std::function<QString(LabSession *, MockBackend *)> command)
{
    if (m_phase == Phase::Stopped)
        return;
    post(
        [name, command](LabSession *session) {
            Reply reply;
            MockBackend *backend = session->mocks()->find(name);
            reply.error = backend ? command(session, backend) : tr("no mock backend %1 is running").arg(name);
            reply.ok = reply.error.isEmpty();
            return reply;
        },
        [this, name](const Reply &reply) { emit mockCommandFinished(name, reply.error); });
}

void LabRunner::startMock(const QString &name)
{
    mockCommand(name, [](LabSession *session, MockBackend *backend) {
        QString error;
        session->mocks()->start(backend, &error);
        return error;
    });
}

void LabRunner::stopMock(const QString &name)
{
    mockCommand(name, [](LabSession *session, MockBackend *backend) {
        session->mocks()->stop(backend);
        return QString();
    });
}

void LabRunner::pauseMock(const QString &name)
{
    mockCommand(name, [](LabSession *session, MockBackend *backend) {
        session->mocks()->pause(backend);
        return QString();
    });
}

void LabRunner::resumeMock(const QString &name)
{
    mockCommand(name, [](LabSession *session, MockBackend *backend) {
        session->mocks()->resume(backend);
        return QString();
    });
}

quint16 LabRunner::listenerPort(int index) const
{
    return isRunning() ? m_status.ports.value(index) : quint16(0);
}

int LabRunner::activeConnections() const
{
    int n = 0;
    for (const auto &counter : m_status.connections)
        n += counter->load(std::memory_order_relaxed);
    return n;
}

const LabRunner::Mock *LabRunner::mock(const QString &name) const
{
    for (const Mock &m : m_status.mocks) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

void LabRunner::setRecordDecisions(bool on)
{
    // The engine lives in the session's thread; its flag is an atomic the workers read.
    QMetaObject::invokeMethod(m_session, [session = m_session, on] { session->engine()->setRecordDecisions(on); }, Qt::QueuedConnection);
}

void LabRunner::occupyProxyWorkerForTest(int index, int ms)
{
    QMetaObject::invokeMethod(m_session, [session = m_session, index, ms] {
        session->engine()->occupyWorkerForTest(index, ms);
    }, Qt::QueuedConnection);
}
