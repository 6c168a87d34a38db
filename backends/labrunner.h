#pragma once

#include "config/labconfig.h"
#include "engine/requestrecord.h"
#include "mockbackend.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class LabSession;
class QThread;

// The running lab as the desktop app sees it: an asynchronous facade over a
// LabSession (the proxy engine and the mocks) that lives in a control thread
// of its own. So nothing the GUI asks for waits on a proxy worker, on a mock's
// thread or on the disk (a mock's body file): requests go by name and return
// at once; results come back as signals, in the order asked. What the GUI
// reads — listener ports, the mocks and their addresses — is a copy published
// with each result; live state and counters are read lock-free from shared
// blocks (MockBackend::Live), never through a pointer to a QObject of another
// thread.
//
// Edits are applied in order and coalesced: while a start or an apply is in
// flight, later edits wait here and only the latest is sent when it returns.
class LabRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabRunner)

public:
    // A mock of the running lab, as last published.
    struct Mock {
        QString name;
        QString listen;          // where it really listens (a lab kept local differs from the file)
        MockBehaviour behaviour; // as configured (a timeline may vary it meanwhile)
        std::shared_ptr<const MockBackend::Live> live;

        MockBackend::State state() const { return live->state.load(); }
        bool isRunning() const { return live->isRunning(); }
        bool isFailing() const { return live->isFailing(); }
        quint16 port() const { return live->port.load(); }
        MockCounterSnapshot counters() const { return live->counters.snapshot(); }
    };

    explicit LabRunner(QObject *parent = nullptr);
    // Stops the lab and waits for it: the app is closing.
    ~LabRunner() override;

    // baseDirectory: where relative body_file paths start (the lab file's folder).
    void start(const LabConfig &lab, const QString &baseDirectory = {});
    void stop();
    // Applies an edited lab to the running (or starting) one; see LabSession::apply.
    void apply(const LabConfig &lab);
    // The running mock's state, not a lab edit; errors come with mockCommandFinished.
    void startMock(const QString &name);
    void stopMock(const QString &name);
    void pauseMock(const QString &name);
    void resumeMock(const QString &name);

    bool isRunning() const { return m_phase == Phase::Running; }
    bool isStarting() const { return m_phase == Phase::Starting; }
    // A start or an edit is on its way to the running lab.
    bool isApplying() const { return m_labRequests > 0 || m_queuedLab.has_value(); }
    // Anything asked is not answered yet (tests wait for this to settle).
    bool isBusy() const { return m_outstanding > 0 || m_queuedLab.has_value(); }

    // Actual port of listener i while running (0 otherwise).
    quint16 listenerPort(int index) const;
    // Client connections open now, over every listener (lock-free read).
    int activeConnections() const;
    const Mock *mock(const QString &name) const;
    const QList<Mock> &mocks() const { return m_status.mocks; }

    // Test hook: keeps proxy worker `index` busy for `ms` milliseconds.
    void occupyProxyWorkerForTest(int index, int ms);
    // Whether the proxy records why each server was chosen (kept across restarts).
    void setRecordDecisions(bool on);

signals:
    void started(bool ok, const QString &error);
    void stopped();
    // An edit reached the running lab (error: what could not be applied).
    void applied(const QString &error);
    void mockCommandFinished(const QString &name, const QString &error);
    void backendStateChanged(const QString &name, MockBackend::State state);
    // Ports, the set of mocks or their addresses changed.
    void statusChanged();
    void requestsLogged(const QList<RequestRecord> &records);
    void serverHealthChanged(const QString &group, const QString &server, bool healthy);

private:
    enum class Phase { Stopped, Starting, Running };
    struct Status {
        QList<quint16> ports;
        std::vector<std::shared_ptr<const std::atomic<int>>> connections;
        QList<Mock> mocks;
    };
    struct Reply {
        bool ok = true;
        QString error;
        Status status;
    };

    // Runs `work` in the control thread, then `done` here with its reply.
    void post(std::function<Reply(LabSession *)> work, std::function<void(const Reply &)> done);
    void sendApply(const LabConfig &lab);
    void labRequestDone();
    void mockCommand(const QString &name, std::function<QString(LabSession *, MockBackend *)> command);
    static Status statusOf(LabSession *session);

    QThread *m_thread;
    LabSession *m_session; // lives in m_thread
    Phase m_phase = Phase::Stopped;
    quint64 m_generation = 0; // a reply from before the last start or stop is stale
    int m_outstanding = 0;
    int m_labRequests = 0;    // starts and applies in flight
    std::optional<LabConfig> m_queuedLab;
    Status m_status;
};
