#pragma once

#include "config/labconfig.h"
#include "mockcounters.h"
#include "responsetemplate.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <random>

class MockConnection;
class MockListener;
class MockTimeline;

// What the backend decided for one request.
struct MockOutcome {
    int status = 200;
    qint64 delayMs = 0;
    std::optional<MockFault> fault;
    bool health = false;
};

// A response before framing: the status line and headers (without
// Content-Length, Connection and the blank line), then the body or filler.
struct MockResponse {
    int status = 200;
    QByteArray head;
    QByteArray body;
    qint64 filler = 0;
};

// One line of the `mock` command's request log.
struct MockRequestLog {
    qint64 timeMs = 0; // since the epoch
    QString backend;
    QString client;
    QByteArray method;
    QByteArray uri;
    int status = 0;    // 0 = no response (reset, close, hang)
    qint64 durationMs = 0;
    int fault = -1;    // MockFault::Kind, -1 = none
};
Q_DECLARE_METATYPE(MockRequestLog)

// A mock HTTP backend with a behaviour (status, headers, body template or file
// or filler, latency, errors, connection faults) that can be changed while it
// runs, a chaos timeline, and lock-free counters. Lives in one of
// MockBackendHost's threads; everything but the const readers runs there.
class MockBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockBackend)

public:
    enum class State { Stopped, Running, Paused };
    Q_ENUM(State)

    // What others may read of a backend from any thread, lock-free: written
    // only by the backend's thread. Shared, so a reader (the GUI) may hold it
    // without holding the backend, which lives and dies in its own thread.
    struct Live {
        MockCounters counters;
        std::atomic<State> state{State::Stopped};
        std::atomic<quint16> port{0};
        std::atomic<bool> failing{false};
        std::atomic<int> errorFirst{0};

        bool isRunning() const { return state.load() != State::Stopped; }
        bool isFailing() const
        {
            const int first = errorFirst.load();
            return failing.load() || (first > 0 && counters.requests() < quint64(first));
        }
    };

    explicit MockBackend(const MockBackendConfig &config, const QString &baseDirectory = {}, QObject *parent = nullptr);
    ~MockBackend() override;

    // Thread-safe reads.
    QString name() const { return m_config.name; }
    const MockBackendConfig &config() const { return m_config; }
    State state() const { return m_live->state.load(); }
    bool isRunning() const { return m_live->isRunning(); }
    quint16 port() const { return m_live->port.load(); }
    quint64 requestCount() const { return m_live->counters.requests(); }
    quint64 connectionCount() const { return m_live->counters.connections(); }
    int activeConnections() const { return m_live->counters.activeConnections(); }
    quint64 bodyBytesReceived() const { return m_live->counters.bytesIn(); }
    MockCounterSnapshot counters() const { return m_live->counters.snapshot(); }
    std::shared_ptr<const Live> live() const { return m_live; }

    // In the backend's thread (MockBackendHost marshals these).
    bool startListening(QString *error);
    void stopListening();
    void pause();
    void resume();
    bool setBehaviour(const MockBehaviour &behaviour, QString *error = nullptr);
    void setStatus(int status);
    void startTimeline();
    void setRequestLogging(bool on) { m_logRequests = on; } // thread-safe (the mock command sets it from main)
    const MockBehaviour &behaviour() const { return m_behaviour; }

    // Used by MockConnection.
    MockCounters &counterSink() { return m_live->counters; }
    MockOutcome decide(QByteArrayView target);
    void buildResponse(const HttpHead &request, const MockOutcome &outcome, MockResponse *out) const;
    bool isPaused() const { return m_live->state.load() == State::Paused; }
    bool isFailing() const { return m_live->isFailing(); } // thread-safe
    // The configured behaviour changes (the UI edited it): also what "reset" returns to.
    bool setConfiguredBehaviour(const MockBehaviour &behaviour, QString *error = nullptr);
    void connectionClosed(MockConnection *connection);
    void logRequest(MockRequestLog &&entry);
    bool logsRequests() const { return m_logRequests.load(std::memory_order_relaxed); }

signals:
    void stateChanged(MockBackend::State state);
    void requestServed(const MockRequestLog &entry);
    void resumed(); // paused connections go on
    void timelineStepApplied(const QString &step); // "20s latency 800ms±200 on 30%"

private:
    // Sockets, timers and the behaviour belong to the backend's thread.
    void assertInOwnThread() const { Q_ASSERT(thread() == QThread::currentThread()); }
    void acceptConnection(qintptr descriptor);
    void applyStep(const MockTimelineStep &step);
    void setState(State state);
    void compileBehaviour(const MockBehaviour &behaviour);
    bool loadBodyFile(QString *error);
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_random); }
    qint64 sampleLatency();

    MockBackendConfig m_config;
    QString m_baseDirectory;
    MockBehaviour m_behaviour;
    ResponseTemplate m_bodyTemplate;
    QList<std::pair<QByteArray, ResponseTemplate>> m_headerTemplates;
    QByteArray m_fileBody;
    QString m_loadedBodyFile;    // the body_file m_fileBody holds
    QByteArray m_contentType;    // for the JSON, template or filler body
    QByteArray m_fileContentType;
    bool m_customContentType = false; // a Content-Type header is configured
    QByteArray m_nameUtf8;
    QByteArray m_healthPath;
    bool m_startedOnce = false;
    MockListener *m_server = nullptr;
    MockTimeline *m_timeline = nullptr;
    QSet<MockConnection *> m_openConnections;
    std::mt19937_64 m_random;
    std::atomic<bool> m_logRequests{false};
    std::shared_ptr<Live> m_live = std::make_shared<Live>();
};
