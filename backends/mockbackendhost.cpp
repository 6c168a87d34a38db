#include "mockbackendhost.h"

#include "mockbackend.h"
#include "platform/workerdispatcher.h"

#include <QThread>

using namespace Qt::StringLiterals;

MockBackendHost::MockBackendHost(int threadCount, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < qMax(1, threadCount); ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"mock-backends-%1"_s.arg(i));
        WorkerDispatcher::install(thread);
        thread->start();
        m_threads.push_back(thread);
    }
}

MockBackendHost::~MockBackendHost()
{
    clear();
    for (QThread *t : m_threads) {
        t->quit();
        t->wait();
        delete t;
    }
}

MockBackend *MockBackendHost::add(const MockBackendConfig &config, const QString &baseDirectory)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto *backend = new MockBackend(config, baseDirectory);
    // Direct: reported from the backend's thread as it happens, not when this thread is free.
    connect(backend, &MockBackend::stateChanged, this,
            [this, name = config.name](MockBackend::State state) { emit backendStateChanged(name, state); },
            Qt::DirectConnection);
    backend->moveToThread(m_threads[size_t(m_next++ % int(m_threads.size()))]);
    m_backends.append(backend);
    return backend;
}

void MockBackendHost::remove(MockBackend *backend)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (!m_backends.removeOne(backend))
        return;
    // Destroyed in its own thread, where its sockets live.
    QMetaObject::invokeMethod(backend, [backend] { delete backend; }, Qt::BlockingQueuedConnection);
}

void MockBackendHost::clear()
{
    const QList<MockBackend *> all = m_backends;
    for (MockBackend *b : all)
        remove(b);
}

bool MockBackendHost::startAll(QString *error, bool onlyAutostart)
{
    for (MockBackend *b : std::as_const(m_backends)) {
        if (onlyAutostart && !b->config().autostart)
            continue;
        if (!start(b, error))
            return false;
    }
    for (MockBackend *b : std::as_const(m_backends))
        startTimeline(b);
    return true;
}

void MockBackendHost::startTimeline(MockBackend *backend)
{
    QMetaObject::invokeMethod(backend, &MockBackend::startTimeline, Qt::BlockingQueuedConnection);
}

bool MockBackendHost::start(MockBackend *backend, QString *error)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(backend, [&] { ok = backend->startListening(&message); }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

void MockBackendHost::stop(MockBackend *backend)
{
    QMetaObject::invokeMethod(backend, [backend] { backend->stopListening(); }, Qt::BlockingQueuedConnection);
}

void MockBackendHost::pause(MockBackend *backend)
{
    QMetaObject::invokeMethod(backend, &MockBackend::pause, Qt::BlockingQueuedConnection);
}

void MockBackendHost::resume(MockBackend *backend)
{
    QMetaObject::invokeMethod(backend, &MockBackend::resume, Qt::BlockingQueuedConnection);
}

bool MockBackendHost::setBehaviour(MockBackend *backend, const MockBehaviour &behaviour, QString *error)
{
    return runBehaviourChange(backend, behaviour, error, false);
}

bool MockBackendHost::setConfiguredBehaviour(MockBackend *backend, const MockBehaviour &behaviour, QString *error)
{
    return runBehaviourChange(backend, behaviour, error, true);
}

bool MockBackendHost::runBehaviourChange(MockBackend *backend, const MockBehaviour &behaviour, QString *error, bool configured)
{
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        backend,
        [&] { ok = configured ? backend->setConfiguredBehaviour(behaviour, &message) : backend->setBehaviour(behaviour, &message); },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

MockBackend *MockBackendHost::find(const QString &name) const
{
    for (MockBackend *b : m_backends) {
        if (b->name() == name)
            return b;
    }
    return nullptr;
}
