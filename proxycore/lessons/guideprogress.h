#pragma once

#include "engine/requestrecord.h"
#include "guidedexample.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

// How far a person is in a guide: the steps done, the current one, and what
// the lab has shown since it began. Fed with what the lab reports (the lab as
// edited, its mocks' states, the request records, the app's events) and
// nothing else, so the app's Guide dock and a headless test tick steps the
// same way.
//
// Steps go in order: only the current step's checks are evaluated. Its counts
// (and app events) start when its state checks hold — when the person did
// what the step asks ("Stop alpha") — and start over if they stop holding; so
// "beta then takes every request" is measured after alpha stopped. Records of
// requests that started before, or within SettleMs after (still on their way
// under the old state), are not counted. A person can tick or untick a step
// by hand.
class GuideProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideProgress)

public:
    enum class MockState { Stopped, Running };
    static constexpr qint64 SettleMs = 150;

    // What the lab showed since the current step began.
    struct Counts {
        qint64 requests = 0;
        qint64 clientErrors = 0;
        qint64 retries = 0;
        qint64 answeredByProxy = 0;
        QHash<QString, qint64> served; // by server name
        struct Session {
            QString server;
            qint64 seen = 0;
            bool moved = false;
        };
        QHash<QByteArray, Session> sessions; // by the step's cookie's value (or client address)
        bool requestInspected = false;
        bool comparisonFinished = false;
    };

    explicit GuideProgress(QObject *parent = nullptr);
    ~GuideProgress() override;

    void setExample(const GuidedExample &example);
    void clear();
    bool hasExample() const { return m_example.has_value(); }
    const GuidedExample &example() const { return *m_example; }
    int stepCount() const { return int(m_done.size()); }
    bool isDone(int step) const { return m_done.value(step); }
    int doneCount() const { return int(m_done.count(true)); }
    // The first step not done; -1 when every step is.
    int currentStep() const { return m_current; }
    const Counts &counts() const { return m_counts; }
    // What a step had counted when the lab saw it done (empty if ticked by hand).
    Counts countsWhenDone(int step) const { return m_doneCounts.value(step); }
    // Whether the current step's state checks hold, so its counts run.
    bool isCounting() const { return m_counting; }
    // A count check's value now (0 for other checks).
    qint64 value(const GuideCheck &check) const;
    bool holds(const GuideCheck &check) const;

    // What the lab reports.
    void setLab(const LabConfig &lab);
    void setMockState(const QString &mock, MockState state);
    void setAllMocksStopped();
    void addRecords(const QList<RequestRecord> &records);
    void notify(GuideCheck::Kind event); // RequestInspected, ComparisonFinished

    // By hand: a step ticked, or unticked (the first step not done is the current one).
    void setDone(int step, bool done);
    void restart();

    // Tests: the clock (epoch milliseconds).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

signals:
    void stepDone(int step);
    // Anything shown changed: a step, the current step's counts.
    void changed();

private:
    void beginStep(int step);
    int firstUndone() const;
    void evaluate();
    bool stepHolds(int step) const;
    std::optional<QString> sessionCookie(int step) const;
    void updateCounting();

    std::optional<GuidedExample> m_example;
    QList<bool> m_done;
    int m_current = -1;
    Counts m_counts;
    QHash<int, Counts> m_doneCounts;
    std::optional<QString> m_cookie; // the current step's session cookie ("": the client address)
    // The current step's state checks hold since m_countFromMs; its counts start then.
    bool m_counting = false;
    qint64 m_countFromMs = 0;
    LabConfig m_lab;
    bool m_hasLab = false;
    QHash<QString, MockState> m_mocks;
    std::function<qint64()> m_now;
};
