#pragma once

#include "config/labconfig.h"
#include "engine/requestrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <vector>

class LabDocument;
class LabRunner;
class QMenu;

// The live topology: clients → listeners → locations → upstream groups →
// server cards, for the document's lab. Each card shows the server's config
// and runtime state side by side (state in words, glyph and border, never
// colour alone), its recent traffic and its mock. Sampled requests travel as
// dots; the legend states the sampling. Card controls and the context menu
// make the same undoable, live document edits as the editors.
//
// Fed with the engine's record batches (addRecords); counting is O(1) per
// attempt and allocation-free; painting is a cached scene plus at most
// MaxAliveDots dots, and the animation timer only runs while dots move and
// the view is visible.
class TopologyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    // The hit-tested controls of a card.
    enum class Control { Down, Backup, WeightDown, WeightUp, Menu };
    Q_ENUM(Control)
    // What a card shows as its state (runtime beats config only where both apply).
    enum class ServerState { Up, Failed, Down, BackupWaiting, BackupInUse, Draining, Unhealthy };
    Q_ENUM(ServerState)
    // Context-menu actions on a server's mock backend.
    enum class MockAction { Start, Stop, Pause, Resume, Break500, Break502, BreakReset, BreakTimeout,
                            Slow100, Slow500, Slow2000, Restore };
    Q_ENUM(MockAction)

    static constexpr int MaxAliveDots = 300;
    static constexpr int DotsPerSecond = 80;       // sampled successes
    static constexpr int ErrorDotsPerSecond = 20;  // errors and retries, drawn one for one up to this
    static constexpr int WindowSeconds = 5;        // req/s, error share, in flight

    TopologyView(LabDocument *document, LabRunner *runner, QWidget *parent = nullptr);
    ~TopologyView() override;

    void addRecords(const QList<RequestRecord> &records);
    void clear();

    // For tests and accessibility.
    QRect cardRect(int group, int server) const;
    QRect controlRect(int group, int server, Control control) const;
    bool isCompact() const { return m_compact; }
    quint64 totalRequests(int group, int server) const;
    quint64 totalErrors(int group, int server) const;
    double requestsPerSecond(int group, int server) const;
    ServerState serverState(int group, int server) const;
    // "alpha, up, weight 1, 127.0.0.1:9001, 38 requests per second, …"
    QString serverSummary(int group, int server) const;
    int aliveDots() const { return int(m_dots.size()); }
    // k in "1 in k": the largest step of the last second (the legend shows it).
    int samplingStep() const { return qMax(m_legendStep, m_batchStep); }
    bool isAnimating() const { return m_frameTimer.isActive(); }
    QPoint selectedServer() const { return m_selected; } // (group, server); (-1, -1) = none

    void selectServer(int group, int server);
    // Card actions, each one undoable live edit (mock start/stop/pause/resume
    // act on the running mock directly, as the Backends panel does).
    void toggleDown(int group, int server);
    void toggleBackup(int group, int server);
    void changeWeight(int group, int server, int delta);
    bool applyMockAction(int group, int server, MockAction action);
    // The card's context menu (built on demand; shown by right-click).
    QMenu *createContextMenu(int group, int server, QWidget *parent);

signals:
    void serverSelected(int group, int server);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    // A path a dot follows, flattened to points with cumulative lengths.
    struct Path {
        std::vector<QPointF> points;
        std::vector<float> lengths; // lengths[i] = distance from points[0] to points[i]
        float length() const { return lengths.empty() ? 0.f : lengths.back(); }
        QPointF at(float distance) const;
        void append(const QPointF &p);
        void clear() { points.clear(); lengths.clear(); }
    };
    struct Server {
        UpstreamServer config;
        int group = 0;
        int index = 0;          // in the group's servers
        QRect card;             // a card, or a compact row
        Path in;                // group pill → card
        QString mockName;       // the lab backend this server's address points at
        QString mockLatency;    // "50ms", "" = none
        bool mockBroken = false;
        // Counters: a ring of one-second buckets.
        std::array<quint32, 8> requests{};
        std::array<quint32, 8> errors{};
        std::array<qint64, 8> busyUs{};
        quint64 total = 0;
        quint64 totalErrors = 0;
        // nginx's max_fails/fail_timeout, inferred from the attempts.
        int fails = 0;
        qint64 lastFailMs = 0;
        qint64 lastBackupUseMs = 0;
        bool unhealthy = false;
        // Sampling.
        quint32 sampleCounter = 0;
        qint64 lastDotMs = 0;
        qint64 flashUntilMs = 0;
    };
    struct Group {
        QString name;
        QRect pill;
        int firstServer = 0; // into m_servers
        int serverCount = 0;
        int primaryRows = 0;
        int backupRows = 0;
        QRect band;
        QRect backupLabel;
    };
    struct Node {
        QRect rect;
        QString text;
        QString detail;
    };
    struct FrontPath {
        int listener = 0;
        int group = -1; // -1: the location answers itself (return)
        QString location;
        QByteArray locationUtf8; // compared with the record's URI
        bool exact = false;
        Path path;      // clients → listener → location (→ group pill)
    };
    struct Dot {
        float distance = 0; // along the whole trip; < 0: waiting to set off
        float length = 0;
        qint16 front = 0;
        qint16 attempts = 0;
        std::array<qint32, 3> servers{}; // into m_servers
        quint16 status = 0;
        quint8 statusClass = 0;          // 0 = none, 2..5
        bool error = false;
        bool noUpstream = false;
        bool flashed = false;
    };

    void labChanged(const LabConfig &lab);
    void relayout();
    void layoutCards(const QRect &area);
    void buildPaths();
    int serverAt(const QPoint &pos, Control *control) const;
    int flatIndex(int group, int server) const;
    const Server *serverFor(int group, int server) const;
    void rollSeconds();
    void tickNumbers();
    void advanceDots();
    void updateTimer();
    void sample(const RequestRecord &record, int groupIndex, bool mustShow, qint64 nowMs, float delay);
    int frontFor(const RequestRecord &record, int groupIndex) const;
    void buildDotGeometry(Dot &dot) const;
    QPointF dotPosition(const Dot &dot, int *attempt, bool *returning) const;
    ServerState stateOf(const Server &s, qint64 nowMs) const;
    QString stateText(const Server &s, qint64 nowMs) const;
    QString mockChip(const Server &s) const;
    double rateOf(const Server &s) const;
    double errorShareOf(const Server &s) const;
    double inFlightOf(const Server &s) const;
    void editServer(int group, int server, const std::function<void(UpstreamServer &)> &change,
                    const QString &description, const QString &mergeKey = {});
    void invalidateScene();
    void renderScene(QPainter &p);
    void paintCard(QPainter &p, const Server &s, qint64 nowMs);
    void paintRow(QPainter &p, const Server &s, qint64 nowMs);
    void paintDots(QPainter &p);
    void paintLegend(QPainter &p);
    void updateAccessibleText();

    LabDocument *m_document;
    QPointer<LabRunner> m_runner;
    LabConfig m_lab;
    std::vector<Group> m_groups;
    std::vector<Server> m_servers;
    QHash<QString, int> m_groupIndex;                 // group name → m_groups
    std::vector<QHash<QString, int>> m_serverIndex;   // per group: server name → m_servers
    std::vector<Node> m_listeners;
    std::vector<Node> m_locations;
    std::vector<FrontPath> m_fronts;
    Node m_clients;
    QRect m_legendRect;
    QRect m_sceneRect;
    bool m_compact = false;
    int m_scroll = 0;            // compact rows scrolled away
    int m_compactOverflow = 0;
    QPoint m_selected{-1, -1};
    int m_hovered = -1;

    // Counting clock: bucket = second since m_clock started.
    QElapsedTimer m_clock;
    qint64 m_second = 0;
    qint64 m_firstSecond = 0;

    // Sampling.
    double m_dotTokens = DotsPerSecond / 2.0;
    double m_errorTokens = ErrorDotsPerSecond;
    qint64 m_lastRefillMs = 0;
    int m_batchStep = 1;
    int m_legendStep = 1;
    bool m_errorsSampled = false; // errors beyond ErrorDotsPerSecond in the last second
    quint32 m_otherCounter = 0;   // requests without a server (502 at the pill, returns)
    std::vector<Dot> m_dots;
    QHash<QString, MockBehaviour> m_restore; // a mock's behaviour before the first break or slow-down

    QTimer m_frameTimer;   // 16 ms, only while dots move and the view is visible
    QTimer m_numbersTimer; // card numbers, ~4×/s
    QElapsedTimer m_frameClock;
    QPixmap m_scene;
    bool m_sceneValid = false;
    QString m_accessibleText;
};
