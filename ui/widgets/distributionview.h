#pragma once

#include "config/labconfig.h"
#include "engine/requestrecord.h"

#include <QHash>
#include <QWidget>

#include <deque>

class QTimer;

// The live balance: requests per server per second over the last minute
// (stacked bars), totals and error share per server, and each server's state
// over time (up, failed, down, backup in use). Fed with the same batches as
// the log; aggregates as they arrive, paints once a second.
class DistributionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributionView)

public:
    enum class ServerState : quint8 { Idle, Up, Failed, Down, Backup };

    explicit DistributionView(QWidget *parent = nullptr);

    void setLab(const LabConfig &lab);
    void addRecords(const QList<RequestRecord> &records);
    void clear();
    // Closes the current second (called by the view's own timer; public for tests).
    void tick();

    quint64 total(const QString &server) const;
    quint64 errors(const QString &server) const;
    ServerState lastState(const QString &server) const;
    static constexpr int Seconds = 60;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Second {
        QList<quint32> requests; // per server
        QList<ServerState> states;
    };
    QColor colorOf(int server) const;

    QStringList m_servers;
    QList<bool> m_down;
    QList<bool> m_backup;
    QList<int> m_failTimeout;  // seconds: how long a failure keeps a server marked failed
    QList<int> m_failedFor;    // seconds left in the current fail_timeout window
    QList<QColor> m_colors;
    QHash<QString, int> m_index;
    QList<quint64> m_totals;
    QList<quint64> m_errors;
    Second m_current;
    std::deque<Second> m_history;
    QTimer *m_timer;
};
