#include "topologyview.h"

#include "config/lablimits.h"
#include "document/labdocument.h"
#include "labrunner.h"
#include "mockbackend.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaEnum>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Layout, in device-independent pixels; tuned for a 1366×768 window's centre.
constexpr int Margin = 8;
constexpr int LegendHeight = 20;
constexpr int CardWidth = 176;
constexpr int CardHeight = 104;
constexpr int MinCardHeight = 92;
constexpr int CardGap = 10;     // between cards in a row
constexpr int RowGap = 18;      // above each row: the edges run here
constexpr int GroupGap = 12;
constexpr int CompactRow = 24;
constexpr int GridMaxServers = 9;
constexpr int ClientsWidth = 72;
constexpr int ListenerWidth = 88;
constexpr int LocationWidth = 100;
constexpr int PillWidth = 126;
constexpr int NodeHeight = 36;
constexpr int PillHeight = 54;
constexpr int ChainGap = 26;
constexpr int ControlSize = 18;
constexpr float DotSpeed = 900.f; // px/s, the same for every dot (speed carries no meaning)
constexpr qint64 BackupInUseMs = 3000;

// Okabe–Ito: tells apart with every common colour-vision deficiency.
const QColor UpColor(0x00, 0x9E, 0x73);
const QColor FailedColor(0xD5, 0x5E, 0x00);
const QColor DownColor(0x80, 0x80, 0x80);
const QColor BackupColor(0x56, 0xB4, 0xE9);
const QColor DrainColor(0xE6, 0x9F, 0x00);
const QColor UnhealthyColor(0xCC, 0x79, 0xA7);
const QColor RedirectColor(0x00, 0x72, 0xB2);

QColor statusColor(int statusClass)
{
    switch (statusClass) {
    case 2: return UpColor;
    case 3: return RedirectColor;
    case 4: return DrainColor;
    case 5: return FailedColor;
    default: return DownColor;
    }
}

bool isFailure(const UpstreamAttempt &a)
{
    // As nginx frees a peer: 403 and 404 never count against it; a client
    // that went away says nothing about the server.
    switch (a.outcome) {
    case UpstreamAttempt::Outcome::Ok:
    case UpstreamAttempt::Outcome::Aborted:
        return false;
    case UpstreamAttempt::Outcome::HttpStatus:
        return a.status != 403 && a.status != 404;
    default:
        return true;
    }
}

// A smaller (or larger) copy of a font, whether it was set in points or pixels.
QFont scaledFont(const QFont &font, qreal factor)
{
    QFont f = font;
    if (font.pointSizeF() > 0)
        f.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        f.setPixelSize(qMax(6, qRound(font.pixelSize() * factor)));
    return f;
}

// Flattened cubic S-curve from a to b (horizontal tangents at both ends).
void appendCurve(std::vector<QPointF> &out, QPointF a, QPointF b)
{
    const qreal dx = (b.x() - a.x()) / 2;
    const QPointF c1(a.x() + dx, a.y()), c2(b.x() - dx, b.y());
    constexpr int Steps = 12;
    for (int i = 1; i <= Steps; ++i) {
        const qreal t = qreal(i) / Steps, u = 1 - t;
        out.push_back(u * u * u * a + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * b);
    }
}

// Spreads nodes around their wished centres without overlap, inside [top, bottom].
void spread(std::vector<int> &centres, int height, int gap, int top, int bottom)
{
    std::vector<int> order(centres.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return centres[size_t(a)] < centres[size_t(b)]; });
    int y = top + height / 2;
    for (int i : order) {
        centres[size_t(i)] = qMax(centres[size_t(i)], y);
        y = centres[size_t(i)] + height + gap;
    }
    // Pushed past the bottom: shift everything back up as far as the top allows.
    if (!order.empty()) {
        const int over = centres[size_t(order.back())] + height / 2 - bottom;
        if (over > 0) {
            const int shift = qMin(over, centres[size_t(order.front())] - height / 2 - top);
            for (int &c : centres)
                c -= shift;
        }
    }
}
} // namespace

QPointF TopologyView::Path::at(float distance) const
{
    if (points.empty())
        return {};
    if (distance <= 0)
        return points.front();
    if (distance >= lengths.back())
        return points.back();
    const auto it = std::upper_bound(lengths.begin(), lengths.end(), distance);
    const size_t i = size_t(it - lengths.begin());
    const float span = lengths[i] - lengths[i - 1];
    const qreal t = span > 0 ? qreal((distance - lengths[i - 1]) / span) : 0;
    return points[i - 1] + (points[i] - points[i - 1]) * t;
}

void TopologyView::Path::append(const QPointF &p)
{
    const float before = lengths.empty() ? 0.f : lengths.back();
    const float step = points.empty() ? 0.f : float(QLineF(points.back(), p).length());
    points.push_back(p);
    lengths.push_back(before + step);
}

TopologyView::TopologyView(LabDocument *document, LabRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(runner)
{
    setObjectName(u"topologyView"_s);
    setAccessibleName(tr("Topology"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(480, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_clock.start();
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &TopologyView::advanceDots);
    // Card numbers change 4×/s: fast enough to follow, slow enough to read.
    m_numbersTimer.setInterval(250);
    connect(&m_numbersTimer, &QTimer::timeout, this, &TopologyView::tickNumbers);
    m_dots.reserve(MaxAliveDots);

    connect(document, &LabDocument::labChanged, this, &TopologyView::labChanged);
    if (runner) {
        connect(runner, &LabRunner::backendStateChanged, this, &TopologyView::invalidateScene);
        connect(runner, &LabRunner::statusChanged, this, &TopologyView::invalidateScene);
        connect(runner, &LabRunner::serverHealthChanged, this,
                [this](const QString &group, const QString &server, bool healthy) {
                    const int g = m_groupIndex.value(group, -1);
                    if (g < 0)
                        return;
                    const int i = m_serverIndex[size_t(g)].value(server, -1);
                    if (i >= 0 && m_servers[size_t(i)].unhealthy != !healthy) {
                        m_servers[size_t(i)].unhealthy = !healthy;
                        invalidateScene();
                    }
                });
    }
    labChanged(document->lab());
}

TopologyView::~TopologyView() = default;

// ---------------------------------------------------------------------------
// Lab and layout

void TopologyView::labChanged(const LabConfig &lab)
{
    // Counters follow servers by (group, name), so an edit keeps the numbers.
    std::vector<Server> old = std::move(m_servers);
    const QHash<QString, int> oldGroups = m_groupIndex;
    const std::vector<QHash<QString, int>> oldIndex = std::move(m_serverIndex);
    bool sameShape = true;

    m_lab = lab;
    m_groups.clear();
    m_servers.clear();
    m_groupIndex.clear();
    m_serverIndex.clear();
    for (int g = 0; g < lab.upstreams.size(); ++g) {
        const UpstreamGroup &group = lab.upstreams[g];
        Group gr;
        gr.name = group.name;
        gr.firstServer = int(m_servers.size());
        gr.serverCount = int(group.servers.size());
        m_groupIndex.insert(group.name, g);
        QHash<QString, int> index;
        for (int s = 0; s < group.servers.size(); ++s) {
            Server srv;
            const int previous = oldGroups.contains(group.name)
                                     ? oldIndex[size_t(oldGroups.value(group.name))].value(group.servers[s].name, -1)
                                     : -1;
            if (previous >= 0)
                srv = old[size_t(previous)];
            if (previous != gr.firstServer + s)
                sameShape = false;
            srv.config = group.servers[s];
            srv.group = g;
            srv.index = s;
            srv.mockName.clear();
            srv.mockLatency.clear();
            srv.mockBroken = false;
            // The mock this server reaches: matched by address (names may differ).
            for (const MockBackendConfig &b : lab.backends) {
                if (b.listen == srv.config.address || (srv.mockName.isEmpty() && b.name == srv.config.name)) {
                    srv.mockName = b.name;
                    const MockLatency &l = b.behaviour.latency;
                    srv.mockLatency = l.isNone() ? QString() : MockSyntax::formatLatency(l);
                    srv.mockBroken = b.behaviour.errorRate > 0 || b.behaviour.errorEvery > 0 || b.behaviour.errorFirst > 0
                                     || !b.behaviour.faults.isEmpty() || b.behaviour.status >= 500;
                    if (b.listen == srv.config.address)
                        break;
                }
            }
            index.insert(srv.config.name, int(m_servers.size()));
            m_servers.push_back(std::move(srv));
        }
        m_serverIndex.push_back(std::move(index));
        m_groups.push_back(std::move(gr));
    }
    // Dots hold indices into the servers; a changed shape invalidates them.
    if (!sameShape || old.size() != m_servers.size())
        m_dots.clear();
    const QPoint sel = m_selected;
    if (sel.x() >= 0 && !serverFor(sel.x(), sel.y()))
        m_selected = {-1, -1};
    relayout();
    updateAccessibleText();
    updateTimer();
}

void TopologyView::clear()
{
    for (Server &s : m_servers) {
        s.requests.fill(0);
        s.errors.fill(0);
        s.busyUs.fill(0);
        s.total = s.totalErrors = 0;
        s.fails = 0;
        s.lastFailMs = s.lastBackupUseMs = 0;
        s.sampleCounter = 0;
        s.lastDotMs = 0;
        s.unhealthy = false;
    }
    m_dots.clear();
    m_firstSecond = m_second = m_clock.elapsed() / 1000;
    m_legendStep = m_batchStep = 1;
    invalidateScene();
    updateTimer();
}

void TopologyView::relayout()
{
    const int w = width(), h = height();
    m_legendRect = QRect(Margin, 4, w - 2 * Margin, LegendHeight);
    const int top = m_legendRect.bottom() + 6;
    const int bottom = h - Margin;
    m_sceneRect = QRect(0, top, w, bottom - top);

    // Grid when every group has at most nine servers and its rows fit; to
    // fit, cards get a little shorter first, then the chain on the left
    // narrows to make room for another column. Else compact rows.
    const int chainNeeded = ClientsWidth + ListenerWidth + LocationWidth + PillWidth + 4 * ChainGap + 24;
    const qreal natural = qBound(0.55, qreal(w - 2 * Margin - CardWidth) / chainNeeded, 1.0);
    qreal squeeze = natural;
    int columns = 1;
    int cardHeight = CardHeight;
    bool fits = false;
    // Node widths shrink with the squeeze, but never below what their words need.
    const auto widths = [](qreal sq) {
        return std::array<int, 5>{qMax(60, int(ClientsWidth * sq)), qMax(64, int(ListenerWidth * sq)),
                                  qMax(64, int(LocationWidth * sq)), qMax(96, int(PillWidth * sq)), qMax(12, int(ChainGap * sq))};
    };
    const auto areaLeft = [&](qreal sq) {
        const std::array<int, 5> n = widths(sq);
        return Margin + n[0] + n[1] + n[2] + n[3] + 3 * n[4] + 24;
    };
    for (qreal sq : {natural, qMin(natural, 0.8), qMin(natural, 0.5)}) {
        columns = qMax(1, (w - Margin - areaLeft(sq) + CardGap) / (CardWidth + CardGap));
        for (cardHeight = CardHeight; cardHeight >= MinCardHeight; cardHeight -= 4) {
            int needed = 0;
            bool small = true;
            for (Group &g : m_groups) {
                int backups = 0;
                for (int i = 0; i < g.serverCount; ++i)
                    backups += m_servers[size_t(g.firstServer + i)].config.backup ? 1 : 0;
                const int primaries = g.serverCount - backups;
                g.primaryRows = (primaries + columns - 1) / columns;
                g.backupRows = (backups + columns - 1) / columns;
                needed += qMax(1, g.primaryRows + g.backupRows) * (RowGap + cardHeight) + GroupGap;
                small = small && g.serverCount <= GridMaxServers;
            }
            fits = small && needed - GroupGap <= bottom - top;
            if (fits)
                break;
        }
        squeeze = sq;
        if (fits)
            break;
    }
    if (!fits) // rows: as much width as possible for their words
        squeeze = 0.5;
    const std::array<int, 5> nodeWidths = widths(squeeze);
    const int clientsW = nodeWidths[0], listenerW = nodeWidths[1], locationW = nodeWidths[2], pillW = nodeWidths[3];
    const int gap = nodeWidths[4];
    const int xClients = Margin;
    const int xListener = xClients + clientsW + gap;
    const int xLocation = xListener + listenerW + gap;
    const int xPill = xLocation + locationW + gap;
    const int busX = xPill + pillW + 12;
    const QRect cardArea(busX + 12, top, qMax(CardWidth, w - Margin - busX - 12), bottom - top);
    m_compact = !fits && !m_groups.empty();
    if (!m_compact)
        m_scroll = 0;

    // Groups, top to bottom, centred when there is room.
    int total = 0;
    for (const Group &g : m_groups) {
        total += m_compact ? RowGap + qMax(1, g.serverCount) * CompactRow + GroupGap
                           : qMax(1, g.primaryRows + g.backupRows) * (RowGap + cardHeight) + GroupGap;
    }
    total -= GroupGap;
    m_compactOverflow = m_compact ? qMax(0, total - cardArea.height()) : 0;
    m_scroll = qBound(0, m_scroll, m_compactOverflow);
    int y = top + qMax(0, (cardArea.height() - total) / 2) - m_scroll;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Group &g : m_groups) {
        const int bandTop = y;
        if (m_compact) {
            // Problems first, so the rows that need attention are on screen.
            std::vector<int> order(size_t(g.serverCount));
            for (int i = 0; i < g.serverCount; ++i)
                order[size_t(i)] = g.firstServer + i;
            const auto rank = [&](int i) {
                switch (stateOf(m_servers[size_t(i)], now)) {
                case ServerState::Failed: return 0;
                case ServerState::Unhealthy: return 1;
                case ServerState::Down: return 2;
                case ServerState::Draining: return 3;
                case ServerState::BackupInUse: return 4;
                case ServerState::Up: return 5;
                case ServerState::BackupWaiting: return 6;
                }
                return 7;
            };
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) < rank(b); });
            int ry = y + RowGap;
            for (int i : order) {
                m_servers[size_t(i)].card = QRect(cardArea.left(), ry, cardArea.width(), CompactRow - 2);
                ry += CompactRow;
            }
            g.band = QRect(cardArea.left(), bandTop, cardArea.width(), ry - bandTop);
            g.pill = QRect(xPill, bandTop + RowGap, pillW, PillHeight);
            g.backupLabel = {};
            y = ry + GroupGap;
            continue;
        }
        int primary = 0, backup = 0;
        const int backupTop = y + g.primaryRows * (RowGap + cardHeight);
        for (int i = 0; i < g.serverCount; ++i) {
            Server &s = m_servers[size_t(g.firstServer + i)];
            const int k = s.config.backup ? backup++ : primary++;
            const int rowTop = (s.config.backup ? backupTop : y) + (k / columns) * (RowGap + cardHeight) + RowGap;
            s.card = QRect(cardArea.left() + (k % columns) * (CardWidth + CardGap), rowTop, CardWidth, cardHeight);
        }
        const int rows = qMax(1, g.primaryRows + g.backupRows);
        g.band = QRect(cardArea.left(), bandTop, cardArea.width(), rows * (RowGap + cardHeight));
        const int primaryCentre = y + RowGap + (qMax(1, g.primaryRows) * (RowGap + cardHeight) - RowGap) / 2;
        g.pill = QRect(xPill, primaryCentre - PillHeight / 2, pillW, PillHeight);
        g.backupLabel = g.backupRows ? QRect(cardArea.left() + 70, backupTop, cardArea.width() - 70, RowGap) : QRect();
        y += rows * (RowGap + cardHeight) + GroupGap;
    }

    // Locations sit beside the group they proxy to; listeners beside their locations.
    m_fronts.clear();
    m_listeners.clear();
    m_locations.clear();
    std::vector<int> locationCentres;
    std::vector<int> locationListener;
    const int middle = top + (bottom - top) / 2;
    for (int l = 0; l < m_lab.listeners.size(); ++l) {
        const Listener &listener = m_lab.listeners[l];
        const quint16 port = m_runner && m_runner->isRunning() ? m_runner->listenerPort(l) : quint16(listener.port);
        Node node;
        node.text = u":%1"_s.arg(port ? port : listener.port);
        node.detail = listener.address;
        m_listeners.push_back(node);
        for (const Route &r : listener.routes) {
            FrontPath f;
            f.listener = l;
            f.group = r.returns() ? -1 : m_groupIndex.value(r.upstream, -1);
            f.location = r.location;
            f.locationUtf8 = r.location.toUtf8();
            f.exact = r.isExact();
            m_fronts.push_back(std::move(f));
            Node loc;
            loc.text = r.nginxLocation();
            loc.detail = r.returns() ? u"return %1"_s.arg(r.returnStatus) : QString(); // nginx's directive
            m_locations.push_back(loc);
            const int g = m_fronts.back().group;
            locationCentres.push_back(g >= 0 ? m_groups[size_t(g)].pill.center().y() : middle);
            locationListener.push_back(l);
        }
    }
    spread(locationCentres, NodeHeight, 8, top, bottom);
    for (size_t i = 0; i < m_locations.size(); ++i)
        m_locations[i].rect = QRect(xLocation, locationCentres[i] - NodeHeight / 2, locationW, NodeHeight);
    std::vector<int> listenerCentres(m_listeners.size(), middle);
    for (size_t l = 0; l < m_listeners.size(); ++l) {
        int sum = 0, n = 0;
        for (size_t i = 0; i < locationListener.size(); ++i) {
            if (locationListener[i] == int(l)) {
                sum += locationCentres[i];
                ++n;
            }
        }
        if (n)
            listenerCentres[l] = sum / n;
    }
    spread(listenerCentres, NodeHeight, 8, top, bottom);
    int clientsCentre = middle;
    if (!listenerCentres.empty()) {
        int sum = 0;
        for (int c : listenerCentres)
            sum += c;
        clientsCentre = sum / int(listenerCentres.size());
    }
    for (size_t l = 0; l < m_listeners.size(); ++l)
        m_listeners[l].rect = QRect(xListener, listenerCentres[l] - NodeHeight / 2, listenerW, NodeHeight);
    m_clients.rect = QRect(xClients, clientsCentre - 22, clientsW, 44);
    m_clients.text = tr("clients");
    buildPaths();
    invalidateScene();
}

void TopologyView::buildPaths()
{
    std::vector<QPointF> curve;
    for (size_t i = 0; i < m_fronts.size(); ++i) {
        FrontPath &f = m_fronts[i];
        const QRect listener = m_listeners[size_t(f.listener)].rect;
        const QRect location = m_locations[i].rect;
        f.path.clear();
        const QPointF start(m_clients.rect.right(), m_clients.rect.center().y());
        f.path.append(start);
        curve.clear();
        appendCurve(curve, start, QPointF(listener.left(), listener.center().y()));
        curve.emplace_back(listener.right(), listener.center().y());
        appendCurve(curve, curve.back(), QPointF(location.left(), location.center().y()));
        curve.emplace_back(location.right(), location.center().y());
        if (f.group >= 0) {
            const QRect pill = m_groups[size_t(f.group)].pill;
            appendCurve(curve, curve.back(), QPointF(pill.left(), pill.center().y()));
            curve.emplace_back(pill.right(), pill.center().y());
        }
        for (const QPointF &p : curve)
            f.path.append(p);
    }
    for (Server &s : m_servers) {
        const Group &g = m_groups[size_t(s.group)];
        const QPointF from(g.pill.right(), g.pill.center().y());
        const qreal busX = g.pill.right() + 12;
        s.in.clear();
        s.in.append(from);
        s.in.append(QPointF(busX, from.y()));
        if (m_compact) {
            s.in.append(QPointF(busX, s.card.center().y()));
            s.in.append(QPointF(s.card.left(), s.card.center().y()));
        } else {
            // Along the gap above the card's row, then down into its top edge.
            const qreal gapY = s.card.top() - RowGap / 2.0;
            s.in.append(QPointF(busX, gapY));
            s.in.append(QPointF(s.card.center().x(), gapY));
            s.in.append(QPointF(s.card.center().x(), s.card.top()));
        }
    }
    for (Dot &d : m_dots)
        buildDotGeometry(d);
}

int TopologyView::flatIndex(int group, int server) const
{
    if (group < 0 || size_t(group) >= m_groups.size() || server < 0 || server >= m_groups[size_t(group)].serverCount)
        return -1;
    return m_groups[size_t(group)].firstServer + server;
}

const TopologyView::Server *TopologyView::serverFor(int group, int server) const
{
    const int i = flatIndex(group, server);
    return i < 0 ? nullptr : &m_servers[size_t(i)];
}

QRect TopologyView::cardRect(int group, int server) const
{
    const Server *s = serverFor(group, server);
    return s ? s->card : QRect();
}

QRect TopologyView::controlRect(int group, int server, Control control) const
{
    const Server *s = serverFor(group, server);
    if (!s)
        return {};
    const QRect c = s->card;
    // Cards: a strip along the bottom. Rows: the right end.
    const int y = m_compact ? c.top() + (c.height() - ControlSize) / 2 : c.bottom() - ControlSize - 3;
    const int right = c.right() - 4;
    switch (control) {
    case Control::Menu: return QRect(right - ControlSize, y, ControlSize, ControlSize);
    case Control::WeightUp: return QRect(right - 2 * ControlSize - 6, y, ControlSize, ControlSize);
    case Control::WeightDown: return QRect(right - 4 * ControlSize - 10, y, ControlSize, ControlSize);
    case Control::Down:
        return m_compact ? QRect(right - 6 * ControlSize - 16, y, ControlSize, ControlSize)
                         : QRect(c.left() + 5, y, ControlSize, ControlSize);
    case Control::Backup:
        return m_compact ? QRect(right - 5 * ControlSize - 14, y, ControlSize, ControlSize)
                         : QRect(c.left() + 5 + ControlSize + 4, y, ControlSize, ControlSize);
    }
    return {};
}

int TopologyView::serverAt(const QPoint &pos, Control *control) const
{
    for (const Server &s : m_servers) {
        if (!s.card.contains(pos) || !m_sceneRect.contains(pos))
            continue;
        if (control) {
            *control = Control(-1);
            for (Control c : {Control::Down, Control::Backup, Control::WeightDown, Control::WeightUp, Control::Menu}) {
                if (controlRect(s.group, s.index, c).adjusted(-2, -2, 2, 2).contains(pos))
                    *control = c;
            }
        }
        return int(&s - m_servers.data());
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Counting and sampling

void TopologyView::rollSeconds()
{
    const qint64 second = m_clock.elapsed() / 1000;
    if (second <= m_second)
        return;
    // Clear the buckets of the seconds that began (at most the whole ring).
    for (qint64 s = m_second + 1; s <= qMin(second, m_second + 8); ++s) {
        const size_t b = size_t(s % 8);
        for (Server &srv : m_servers) {
            srv.requests[b] = 0;
            srv.errors[b] = 0;
            srv.busyUs[b] = 0;
        }
    }
    m_second = second;
    m_legendStep = m_batchStep;
    m_batchStep = 1;
    m_errorsSampled = false;
}

void TopologyView::addRecords(const QList<RequestRecord> &records)
{
    rollSeconds();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const size_t bucket = size_t(m_second % 8);
    const bool animate = isVisible() && !window()->isMinimized() && !m_servers.empty();

    // Refill the dot budgets, then pick k so that this batch stays within it
    // and the recent rate too: every k-th request per server keeps proportions.
    const qint64 elapsed = m_clock.elapsed();
    const double dt = qBound(0.0, double(elapsed - m_lastRefillMs) / 1000.0, 1.0);
    // A batch holds ~100 ms of requests: its dots set off spread over that
    // time, not as one clump.
    const float spreadPx = DotSpeed * float(qMin(dt, 0.15));
    const qsizetype batchSize = qMax<qsizetype>(1, records.size());
    qsizetype position = 0;
    m_lastRefillMs = elapsed;
    m_dotTokens = qMin(DotsPerSecond / 2.0, m_dotTokens + dt * DotsPerSecond);
    m_errorTokens = qMin(double(ErrorDotsPerSecond), m_errorTokens + dt * ErrorDotsPerSecond);
    double recentRate = 0;
    for (const Server &s : m_servers)
        recentRate += rateOf(s);
    const int stepForRate = int(std::ceil(recentRate / DotsPerSecond));
    const int stepForBatch = int(std::ceil(double(records.size()) / qMax(1.0, m_dotTokens)));
    const int step = qMax(1, qMax(stepForRate, stepForBatch));
    m_batchStep = qMax(m_batchStep, step);

    for (const RequestRecord &r : records) {
        const float delay = spreadPx * float(position++) / float(batchSize); // oldest first
        const int g = r.upstream.isEmpty() ? -1 : m_groupIndex.value(r.upstream, -1);
        bool troubled = r.status >= 500 || r.status == 0 || r.attempts.size() > 1;
        if (g >= 0) {
            const QHash<QString, int> &index = m_serverIndex[size_t(g)];
            const qint64 atMs = r.startMs > 0 ? r.startMs + r.durationUs / 1000 : nowMs;
            for (const UpstreamAttempt &a : r.attempts) {
                const int i = index.value(a.server, -1);
                if (i < 0)
                    continue;
                Server &s = m_servers[size_t(i)];
                ++s.requests[bucket];
                ++s.total;
                s.busyUs[bucket] += a.durationUs;
                const bool failure = isFailure(a);
                if (failure || a.status >= 500) {
                    ++s.errors[bucket];
                    ++s.totalErrors;
                }
                // nginx's max_fails / fail_timeout: failures count up; a
                // success after fail_timeout has passed clears them.
                if (failure) {
                    ++s.fails;
                    s.lastFailMs = atMs;
                    troubled = true;
                } else if (a.outcome == UpstreamAttempt::Outcome::Ok && atMs - s.lastFailMs > qint64(s.config.failTimeoutSec) * 1000) {
                    s.fails = 0;
                }
                if (s.config.backup)
                    s.lastBackupUseMs = nowMs;
            }
        }
        if (!animate)
            continue;
        // Errors and retries are drawn one for one (up to their own budget).
        if (troubled && m_errorTokens >= 1) {
            m_errorTokens -= 1;
            sample(r, g, true, nowMs, delay);
            continue;
        }
        if (troubled)
            m_errorsSampled = true;
        sample(r, g, false, nowMs, delay);
    }
    updateTimer();
}

void TopologyView::sample(const RequestRecord &record, int groupIndex, bool mustShow, qint64 nowMs, float delay)
{
    Server *last = nullptr;
    if (groupIndex >= 0 && !record.attempts.isEmpty()) {
        const int i = m_serverIndex[size_t(groupIndex)].value(record.attempts.last().server, -1);
        if (i >= 0)
            last = &m_servers[size_t(i)];
    }
    if (!mustShow) {
        if (m_dotTokens < 1)
            return;
        bool take = false;
        if (last) {
            // Every k-th request per server; and any server with traffic gets a dot a second.
            take = ++last->sampleCounter % quint32(qMax(1, m_batchStep)) == 0 || nowMs - last->lastDotMs > 1000;
        } else {
            take = ++m_otherCounter % quint32(qMax(1, m_batchStep)) == 0;
        }
        if (!take)
            return;
        m_dotTokens -= 1;
    }
    if (m_dots.size() >= size_t(MaxAliveDots))
        return;
    Dot d;
    d.distance = -delay; // waits off-path until its turn
    d.front = qint16(frontFor(record, groupIndex));
    if (d.front < 0)
        return;
    int n = 0;
    const qsizetype count = record.attempts.size();
    for (qsizetype k = 0; k < count && n < 3; ++k) {
        // More than three tries: the first two and the last tell the story.
        const qsizetype which = (n == 2 && count > 3) ? count - 1 : k;
        const int i = groupIndex >= 0 ? m_serverIndex[size_t(groupIndex)].value(record.attempts[which].server, -1) : -1;
        if (i >= 0)
            d.servers[size_t(n++)] = i;
        if (which == count - 1)
            break;
    }
    d.attempts = qint16(n);
    d.status = quint16(qBound(0, record.status, 999));
    d.statusClass = quint8(d.status / 100);
    d.error = record.status >= 500 || record.status == 0;
    d.noUpstream = groupIndex >= 0 && n == 0;
    if (last)
        last->lastDotMs = nowMs;
    buildDotGeometry(d);
    m_dots.push_back(d);
}

int TopologyView::frontFor(const RequestRecord &record, int groupIndex) const
{
    // The location nginx would have picked: on the record's listener, exact
    // first, then the longest prefix; among those routes to the record's group.
    const qsizetype query = record.uri.indexOf('?');
    const QByteArray path = query >= 0 ? record.uri.first(query) : record.uri;
    int best = -1;
    qsizetype bestLength = -1;
    for (size_t i = 0; i < m_fronts.size(); ++i) {
        const FrontPath &f = m_fronts[i];
        if (f.group != groupIndex)
            continue;
        const Listener &l = m_lab.listeners[f.listener];
        const quint16 port = m_runner && m_runner->isRunning() ? m_runner->listenerPort(f.listener) : quint16(l.port);
        const bool portMatches = record.listenerPort == 0 || record.listenerPort == port;
        qsizetype length = -1;
        if (f.exact ? path == f.locationUtf8 : path.startsWith(f.locationUtf8))
            length = f.exact ? 1 << 20 : f.locationUtf8.size();
        length += portMatches ? (1 << 21) : 0;
        if (length > bestLength) {
            bestLength = length;
            best = int(i);
        }
    }
    return best;
}

void TopologyView::buildDotGeometry(Dot &d) const
{
    if (d.front < 0 || size_t(d.front) >= m_fronts.size()) {
        d.length = 0;
        return;
    }
    float length = m_fronts[size_t(d.front)].path.length();
    for (int k = 0; k < d.attempts; ++k) {
        const float in = m_servers[size_t(d.servers[size_t(k)])].in.length();
        length += in;
        if (k + 1 < d.attempts || d.error)
            length += in; // back to the pill: a retry, or the error returning
    }
    d.length = length;
}

QPointF TopologyView::dotPosition(const Dot &d, int *attempt, bool *returning) const
{
    *attempt = -1;
    *returning = false;
    const Path &front = m_fronts[size_t(d.front)].path;
    float distance = d.distance;
    if (distance < front.length() || d.attempts == 0)
        return front.at(distance);
    distance -= front.length();
    for (int k = 0; k < d.attempts; ++k) {
        const Path &in = m_servers[size_t(d.servers[size_t(k)])].in;
        *attempt = k;
        if (distance < in.length())
            return in.at(distance);
        distance -= in.length();
        if (k + 1 < d.attempts || d.error) {
            *returning = true;
            if (distance < in.length() || k + 1 == d.attempts)
                return in.at(in.length() - distance);
            distance -= in.length();
            *returning = false;
        }
    }
    const Path &in = m_servers[size_t(d.servers[size_t(d.attempts - 1)])].in;
    return in.points.back();
}

// ---------------------------------------------------------------------------
// Animation

void TopologyView::updateTimer()
{
    if (!m_dots.empty() && isVisible()) {
        if (!m_frameTimer.isActive()) {
            m_frameClock.start();
            m_frameTimer.start();
        }
    } else {
        m_frameTimer.stop();
    }
}

void TopologyView::advanceDots()
{
    if (window()->isMinimized()) { // no hide event for that: stop here, as when hidden
        m_dots.clear();
        updateTimer();
        return;
    }
    // Capped: after a stall dots move on, they do not jump to the end.
    const qint64 ms = qMin<qint64>(m_frameClock.restart(), 100);
    const float step = DotSpeed * float(ms) / 1000.f;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QRectF dirty;
    const auto touch = [&](const QPointF &p) { dirty |= QRectF(p.x() - 9, p.y() - 16, 28, 26); };
    int attempt = 0;
    bool returning = false;
    for (Dot &d : m_dots) {
        if (d.distance >= 0)
            touch(dotPosition(d, &attempt, &returning));
        d.distance += step;
        if (d.error && !d.flashed && d.attempts > 0) {
            dotPosition(d, &attempt, &returning);
            if (returning && attempt == d.attempts - 1) {
                // The error reached its server: the card's border flashes once.
                d.flashed = true;
                Server &s = m_servers[size_t(d.servers[size_t(d.attempts - 1)])];
                s.flashUntilMs = now + 300;
                dirty |= QRectF(s.card.adjusted(-4, -4, 4, 4));
            }
        }
        if (d.distance >= 0 && d.distance < d.length)
            touch(dotPosition(d, &attempt, &returning));
    }
    // A flash that ended is repainted away.
    for (const Server &s : m_servers) {
        if (s.flashUntilMs && s.flashUntilMs + 100 > now)
            dirty |= QRectF(s.card.adjusted(-4, -4, 4, 4));
    }
    m_dots.erase(std::remove_if(m_dots.begin(), m_dots.end(), [](const Dot &d) { return d.distance >= d.length; }),
                 m_dots.end());
    update(dirty.toAlignedRect());
    updateTimer();
}

void TopologyView::tickNumbers()
{
    rollSeconds();
    // A listener asked for port 0 shows its bound port once the lab runs.
    bool portsChanged = false;
    for (size_t l = 0; l < m_listeners.size() && m_runner && m_runner->isRunning(); ++l) {
        const quint16 port = m_runner->listenerPort(int(l));
        portsChanged = portsChanged || (port && m_listeners[l].text != u":%1"_s.arg(port));
    }
    if (m_compact || portsChanged)
        relayout(); // compact rows are re-sorted: problems first
    invalidateScene();
    updateAccessibleText();
}

void TopologyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_numbersTimer.start();
    invalidateScene();
    updateTimer();
}

void TopologyView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden: no frames, and no backlog replayed when shown again.
    m_numbersTimer.stop();
    m_frameTimer.stop();
    m_dots.clear();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        invalidateScene();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------
// Numbers and states

double TopologyView::rateOf(const Server &s) const
{
    const int full = int(qMin<qint64>(WindowSeconds, m_second - m_firstSecond));
    quint64 sum = s.requests[size_t(m_second % 8)];
    for (int k = 1; k <= full; ++k)
        sum += s.requests[size_t((m_second - k) % 8)];
    const double seconds = full + double(m_clock.elapsed() % 1000) / 1000.0;
    return double(sum) / qMax(1.0, seconds);
}

double TopologyView::errorShareOf(const Server &s) const
{
    const int full = int(qMin<qint64>(WindowSeconds, m_second - m_firstSecond));
    quint64 requests = 0, errors = 0;
    for (int k = 0; k <= full; ++k) {
        requests += s.requests[size_t((m_second - k) % 8)];
        errors += s.errors[size_t((m_second - k) % 8)];
    }
    return requests ? double(errors) / double(requests) : 0.0;
}

double TopologyView::inFlightOf(const Server &s) const
{
    // Little's law: time spent in requests over the window ÷ the window.
    const int full = int(qMin<qint64>(WindowSeconds, m_second - m_firstSecond));
    qint64 busy = 0;
    for (int k = 0; k <= full; ++k)
        busy += s.busyUs[size_t((m_second - k) % 8)];
    const double seconds = full + double(m_clock.elapsed() % 1000) / 1000.0;
    return double(busy) / 1e6 / qMax(1.0, seconds);
}

TopologyView::ServerState TopologyView::stateOf(const Server &s, qint64 nowMs) const
{
    if (s.config.down)
        return ServerState::Down;
    if (s.config.drain)
        return ServerState::Draining;
    if (s.unhealthy)
        return ServerState::Unhealthy;
    // nginx never marks a group's only server failed.
    const Group &g = m_groups[size_t(s.group)];
    const bool single = g.serverCount == 1;
    if (!single && s.config.maxFails > 0 && s.fails >= s.config.maxFails
        && nowMs - s.lastFailMs <= qint64(s.config.failTimeoutSec) * 1000)
        return ServerState::Failed;
    if (s.config.backup)
        return s.lastBackupUseMs && nowMs - s.lastBackupUseMs < BackupInUseMs ? ServerState::BackupInUse
                                                                               : ServerState::BackupWaiting;
    return ServerState::Up;
}

QString TopologyView::stateText(const Server &s, qint64 nowMs) const
{
    switch (stateOf(s, nowMs)) {
    case ServerState::Up: return tr("UP");
    case ServerState::Down: return tr("DOWN");
    case ServerState::Draining: return tr("DRAINING");
    case ServerState::Unhealthy: return tr("UNHEALTHY");
    case ServerState::BackupWaiting: return tr("BACKUP waiting");
    case ServerState::BackupInUse: return tr("BACKUP in use");
    case ServerState::Failed: {
        const qint64 until = s.lastFailMs + qint64(s.config.failTimeoutSec) * 1000;
        const QString time = QDateTime::fromMSecsSinceEpoch(until).time().toString(u"HH:mm:ss"_s);
        return tr("FAILED until %1 (%2 s)").arg(time).arg(qMax<qint64>(0, (until - nowMs + 500) / 1000));
    }
    }
    return {};
}

QString TopologyView::mockChip(const Server &s) const
{
    if (s.mockName.isEmpty())
        return {};
    if (m_runner && m_runner->isRunning()) {
        if (const LabRunner::Mock *mock = m_runner->mock(s.mockName)) {
            if (!mock->isRunning())
                return tr("mock stopped");
            if (mock->state() == MockBackend::State::Paused)
                return tr("mock paused");
        }
    }
    if (s.mockBroken)
        return tr("mock broken");
    if (m_restore.contains(s.mockName) && !s.mockLatency.isEmpty())
        return tr("mock slowed");
    return {};
}

quint64 TopologyView::totalRequests(int group, int server) const
{
    const Server *s = serverFor(group, server);
    return s ? s->total : 0;
}

quint64 TopologyView::totalErrors(int group, int server) const
{
    const Server *s = serverFor(group, server);
    return s ? s->totalErrors : 0;
}

double TopologyView::requestsPerSecond(int group, int server) const
{
    const Server *s = serverFor(group, server);
    return s ? rateOf(*s) : 0.0;
}

TopologyView::ServerState TopologyView::serverState(int group, int server) const
{
    const Server *s = serverFor(group, server);
    return s ? stateOf(*s, QDateTime::currentMSecsSinceEpoch()) : ServerState::Down;
}

QString TopologyView::serverSummary(int group, int server) const
{
    const Server *s = serverFor(group, server);
    if (!s)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList parts{s->config.name, stateText(*s, now).toLower(), tr("weight %1").arg(s->config.weight), s->config.address,
                      tr("%1 requests per second").arg(rateOf(*s), 0, 'f', 1),
                      tr("%1 % errors").arg(errorShareOf(*s) * 100, 0, 'f', 1),
                      tr("about %1 in flight").arg(inFlightOf(*s), 0, 'f', 1)};
    if (!s->mockLatency.isEmpty())
        parts << tr("mock latency %1").arg(s->mockLatency);
    const QString chip = mockChip(*s);
    if (!chip.isEmpty())
        parts << chip;
    parts << tr("%1 in total").arg(s->total);
    return parts.join(u", "_s);
}

void TopologyView::updateAccessibleText()
{
    // Only states (not rates): screen readers hear about changes, not a ticker.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList lines;
    for (const Server &s : m_servers)
        lines << u"%1/%2: %3, %4"_s.arg(m_groups[size_t(s.group)].name, s.config.name, stateText(s, now).section(u" ("_s, 0, 0),
                                         tr("weight %1").arg(s.config.weight));
    const QString text = lines.join(u"; "_s);
    if (text != m_accessibleText) {
        m_accessibleText = text;
        setAccessibleDescription(text);
    }
}

// ---------------------------------------------------------------------------
// Edits

void TopologyView::editServer(int group, int server, const std::function<void(UpstreamServer &)> &change,
                              const QString &description, const QString &mergeKey)
{
    LabConfig lab = m_document->lab();
    if (group < 0 || group >= lab.upstreams.size() || server < 0 || server >= lab.upstreams[group].servers.size())
        return;
    change(lab.upstreams[group].servers[server]);
    m_document->edit(lab, description, mergeKey);
}

void TopologyView::toggleDown(int group, int server)
{
    const Server *s = serverFor(group, server);
    if (!s)
        return;
    const bool down = !s->config.down;
    editServer(group, server, [down](UpstreamServer &u) { u.down = down; },
               down ? tr("Mark %1 down").arg(s->config.name) : tr("Mark %1 up").arg(s->config.name));
}

void TopologyView::toggleBackup(int group, int server)
{
    const Server *s = serverFor(group, server);
    if (!s)
        return;
    const bool backup = !s->config.backup;
    editServer(group, server, [backup](UpstreamServer &u) { u.backup = backup; },
               backup ? tr("Make %1 a backup").arg(s->config.name) : tr("Make %1 a primary server").arg(s->config.name));
}

void TopologyView::changeWeight(int group, int server, int delta)
{
    const Server *s = serverFor(group, server);
    if (!s)
        return;
    const int weight = qBound(LabLimits::Weight.min, s->config.weight + delta, LabLimits::Weight.max);
    if (weight == s->config.weight)
        return;
    // Nudges in a row on one server are one undo step.
    editServer(group, server, [weight](UpstreamServer &u) { u.weight = weight; },
               tr("Weight of %1: %2").arg(s->config.name).arg(weight),
               u"topology/weight/%1/%2"_s.arg(group).arg(server));
}

bool TopologyView::applyMockAction(int group, int server, MockAction action)
{
    const Server *s = serverFor(group, server);
    if (!s || s->mockName.isEmpty())
        return false;
    const QString name = s->mockName;
    switch (action) {
    case MockAction::Start:
    case MockAction::Stop:
    case MockAction::Pause:
    case MockAction::Resume: {
        // Like the Backends panel: the running mock's state, not a lab edit
        // (the lab keeps its start-up state), so these are not on the undo stack.
        if (!m_runner || !m_runner->isRunning() || !m_runner->mock(name))
            return false;
        // Asked, not waited for: the card follows the runner's state signals.
        if (action == MockAction::Start)
            m_runner->startMock(name);
        else if (action == MockAction::Stop)
            m_runner->stopMock(name);
        else if (action == MockAction::Pause)
            m_runner->pauseMock(name);
        else
            m_runner->resumeMock(name);
        return true;
    }
    default:
        break;
    }
    LabConfig lab = m_document->lab();
    const auto it = std::find_if(lab.backends.begin(), lab.backends.end(), [&](const MockBackendConfig &b) { return b.name == name; });
    if (it == lab.backends.end())
        return false;
    MockBehaviour &b = it->behaviour;
    // Restore returns to what the mock did before the first break or slow-down from here.
    if (action != MockAction::Restore && !m_restore.contains(name))
        m_restore.insert(name, b);
    QString description;
    const auto slow = [&](double ms) {
        MockLatency &l = b.latency;
        if (l.isNone()) {
            l = MockLatency{};
            l.kind = MockLatency::Kind::Fixed;
            l.a = ms;
        } else {
            l.a += ms;
            if (l.kind == MockLatency::Kind::Uniform)
                l.b += ms;
        }
        description = tr("Slow %1 by %2 ms").arg(name).arg(ms);
    };
    switch (action) {
    case MockAction::Break500:
    case MockAction::Break502:
        b.errorRate = 1.0;
        b.errorStatus = action == MockAction::Break500 ? 500 : 502;
        description = tr("Break %1: %2 errors").arg(name).arg(b.errorStatus);
        break;
    case MockAction::BreakReset:
        b.faults = {MockFault{MockFault::Kind::Reset, 1.0, 1024}};
        description = tr("Break %1: reset connections").arg(name);
        break;
    case MockAction::BreakTimeout:
        b.faults = {MockFault{MockFault::Kind::Hang, 1.0, 1024}};
        description = tr("Break %1: never answer").arg(name);
        break;
    case MockAction::Slow100: slow(100); break;
    case MockAction::Slow500: slow(500); break;
    case MockAction::Slow2000: slow(2000); break;
    case MockAction::Restore:
        if (m_restore.contains(name)) {
            b = m_restore.take(name);
        } else {
            b.errorRate = 0;
            b.errorEvery = 0;
            b.errorFirst = 0;
            b.faults.clear();
        }
        description = tr("Restore %1").arg(name);
        break;
    default:
        return false;
    }
    m_document->edit(lab, description);
    return true;
}

QMenu *TopologyView::createContextMenu(int group, int server, QWidget *parent)
{
    const Server *s = serverFor(group, server);
    if (!s)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"topologyMenu"_s);
    menu->addSection(s->config.name);
    const auto add = [&](const QString &text, auto slot) {
        QAction *a = menu->addAction(text);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(s->config.down ? tr("Mark &Up") : tr("Mark &Down"), [this, group, server] { toggleDown(group, server); });
    const bool backupAllowed = m_lab.upstreams[group].method == BalancingMethod::RoundRobin
                               || m_lab.upstreams[group].method == BalancingMethod::LeastConn
                               || m_lab.upstreams[group].method == BalancingMethod::LeastTime;
    add(s->config.backup ? tr("Make &Primary") : tr("Make &Backup"), [this, group, server] { toggleBackup(group, server); })
        ->setEnabled(backupAllowed || s->config.backup);
    add(s->config.drain ? tr("Stop D&raining") : tr("D&rain (NGINX Plus)"), [this, group, server] {
        const Server *t = serverFor(group, server);
        if (!t)
            return;
        const bool drain = !t->config.drain;
        editServer(group, server, [drain](UpstreamServer &u) { u.drain = drain; },
                   drain ? tr("Drain %1").arg(t->config.name) : tr("Stop draining %1").arg(t->config.name));
    });
    add(tr("&Weight +1"), [this, group, server] { changeWeight(group, server, +1); });
    add(tr("Weight −&1"), [this, group, server] { changeWeight(group, server, -1); });

    if (!s->mockName.isEmpty()) {
        menu->addSection(tr("Mock %1").arg(s->mockName));
        const LabRunner::Mock *mock = m_runner && m_runner->isRunning() ? m_runner->mock(s->mockName) : nullptr;
        const auto mockAction = [&](const QString &text, MockAction action) {
            QAction *a = add(text, [this, group, server, action] { applyMockAction(group, server, action); });
            a->setObjectName(QString::fromLatin1(QMetaEnum::fromType<MockAction>().valueToKey(int(action))));
            return a;
        };
        if (mock && !mock->isRunning())
            mockAction(tr("&Start"), MockAction::Start);
        else
            mockAction(tr("S&top"), MockAction::Stop)->setEnabled(mock != nullptr);
        if (mock && mock->state() == MockBackend::State::Paused)
            mockAction(tr("R&esume"), MockAction::Resume);
        else
            mockAction(tr("P&ause"), MockAction::Pause)->setEnabled(mock && mock->isRunning());
        mockAction(tr("Break: 500 errors"), MockAction::Break500);
        mockAction(tr("Break: 502 errors"), MockAction::Break502);
        mockAction(tr("Break: reset connections"), MockAction::BreakReset);
        mockAction(tr("Break: never answer (timeout)"), MockAction::BreakTimeout);
        mockAction(tr("Slow: +100 ms"), MockAction::Slow100);
        mockAction(tr("Slow: +500 ms"), MockAction::Slow500);
        mockAction(tr("Slow: +2 s"), MockAction::Slow2000);
        mockAction(tr("Rest&ore"), MockAction::Restore);
    }
    return menu;
}

void TopologyView::selectServer(int group, int server)
{
    if (!serverFor(group, server))
        return;
    if (m_selected != QPoint(group, server)) {
        m_selected = QPoint(group, server);
        invalidateScene();
    }
    emit serverSelected(group, server);
}

// ---------------------------------------------------------------------------
// Input

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    Control control;
    const int i = serverAt(event->position().toPoint(), &control);
    if (i < 0)
        return;
    const Server &s = m_servers[size_t(i)];
    const int g = s.group, k = s.index;
    selectServer(g, k);
    switch (control) {
    case Control::Down: toggleDown(g, k); break;
    case Control::Backup: toggleBackup(g, k); break;
    case Control::WeightDown: changeWeight(g, k, -1); break;
    case Control::WeightUp: changeWeight(g, k, +1); break;
    case Control::Menu:
        if (QMenu *menu = createContextMenu(g, k, this)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(mapToGlobal(controlRect(g, k, Control::Menu).bottomLeft()));
        }
        break;
    }
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    Control control;
    const int i = serverAt(event->position().toPoint(), &control);
    const int hovered = i < 0 ? -1 : i * 8 + int(control) + 1;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        invalidateScene();
    }
    setCursor(i >= 0 && int(control) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TopologyView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_hovered != -1) {
        m_hovered = -1;
        invalidateScene();
    }
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    int i = serverAt(event->pos(), nullptr);
    if (event->reason() == QContextMenuEvent::Keyboard && m_selected.x() >= 0)
        i = flatIndex(m_selected.x(), m_selected.y());
    if (i < 0)
        return;
    const Server &s = m_servers[size_t(i)];
    selectServer(s.group, s.index);
    QMenu *menu = createContextMenu(s.group, s.index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(s.card.center()) : event->globalPos());
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (m_servers.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int i = m_selected.x() >= 0 ? flatIndex(m_selected.x(), m_selected.y()) : -1;
    const auto moveTo = [&](int next) {
        next = qBound(0, next, int(m_servers.size()) - 1);
        selectServer(m_servers[size_t(next)].group, m_servers[size_t(next)].index);
    };
    if (i < 0 && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down || event->key() == Qt::Key_Left
                  || event->key() == Qt::Key_Up)) {
        moveTo(0);
        return;
    }
    if (i < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const Server &s = m_servers[size_t(i)];
    // Up/down: the nearest card in the row above or below.
    const auto vertical = [&](int direction) {
        int best = -1;
        int bestScore = INT_MAX;
        for (const Server &o : m_servers) {
            const int dy = (o.card.center().y() - s.card.center().y()) * direction;
            if (dy <= 0)
                continue;
            const int score = dy * 4 + qAbs(o.card.center().x() - s.card.center().x());
            if (score < bestScore) {
                bestScore = score;
                best = int(&o - m_servers.data());
            }
        }
        if (best >= 0)
            moveTo(best);
    };
    switch (event->key()) {
    case Qt::Key_Right: moveTo(i + 1); break;
    case Qt::Key_Left: moveTo(i - 1); break;
    case Qt::Key_Down: vertical(+1); break;
    case Qt::Key_Up: vertical(-1); break;
    case Qt::Key_D: toggleDown(s.group, s.index); break;
    case Qt::Key_B: toggleBackup(s.group, s.index); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: changeWeight(s.group, s.index, +1); break;
    case Qt::Key_Minus: changeWeight(s.group, s.index, -1); break;
    case Qt::Key_M:
    case Qt::Key_Menu: {
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, s.card.center(), mapToGlobal(s.card.center()));
        contextMenuEvent(&menuEvent);
        break;
    }
    default: QWidget::keyPressEvent(event); return;
    }
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (!m_compact || m_compactOverflow == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    m_scroll = qBound(0, m_scroll - event->angleDelta().y() / 120 * CompactRow * 3, m_compactOverflow);
    relayout();
    update();
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        Control control;
        const int i = serverAt(help->pos(), &control);
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Server &s = m_servers[size_t(i)];
        QString tip = serverSummary(s.group, s.index);
        switch (control) {
        case Control::Down: tip = (s.config.down ? tr("Mark up (D)") : tr("Mark down (D)")) + u"\n"_s + tip; break;
        case Control::Backup: tip = (s.config.backup ? tr("Make primary (B)") : tr("Make backup (B)")) + u"\n"_s + tip; break;
        case Control::WeightDown: tip = tr("Weight −1 (−)") + u"\n"_s + tip; break;
        case Control::WeightUp: tip = tr("Weight +1 (+)") + u"\n"_s + tip; break;
        case Control::Menu: tip = tr("Server and mock actions (M)") + u"\n"_s + tip; break;
        }
        QToolTip::showText(help->globalPos(), tip, this, s.card);
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------
// Painting

void TopologyView::invalidateScene()
{
    m_sceneValid = false;
    update();
}

void TopologyView::paintEvent(QPaintEvent *event)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_sceneValid || m_scene.size() != size() * dpr) {
        // The scene (edges, nodes, cards) is redrawn only when its numbers or
        // states change; frames just copy it and draw the dots on top.
        m_scene = QPixmap(size() * dpr);
        m_scene.setDevicePixelRatio(dpr);
        QPainter sp(&m_scene);
        renderScene(sp);
        m_sceneValid = true;
    }
    QPainter p(this);
    p.setClipRegion(event->region());
    p.drawPixmap(0, 0, m_scene);
    paintDots(p);
}

void TopologyView::renderScene(QPainter &p)
{
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    paintLegend(p);
    if (m_servers.empty() && m_fronts.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("The lab has no listeners or upstream groups yet"));
        return;
    }
    p.save();
    p.setClipRect(m_sceneRect);
    const QColor edge = pal.color(QPalette::Mid);

    // Edges: clients → listener → location (→ pill).
    QPainterPath edges;
    for (const FrontPath &f : m_fronts) {
        if (f.path.points.empty())
            continue;
        edges.moveTo(f.path.points.front());
        for (const QPointF &pt : f.path.points)
            edges.lineTo(pt);
    }
    p.setPen(QPen(edge, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(edges);

    // Pill → servers: solid to servers that may get requests; dashed to
    // waiting backups and down servers.
    for (const Server &s : m_servers) {
        if (s.card.bottom() < m_sceneRect.top() || s.card.top() > m_sceneRect.bottom())
            continue;
        const ServerState st = stateOf(s, now);
        const bool idle = st == ServerState::BackupWaiting || st == ServerState::Down || st == ServerState::Draining;
        QPen pen(idle ? pal.color(QPalette::Midlight).darker(110) : edge, 1.5);
        if (idle)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        QPainterPath path;
        path.moveTo(s.in.points.front());
        for (const QPointF &pt : s.in.points)
            path.lineTo(pt);
        p.drawPath(path);
    }

    // Nodes.
    const QFont base = font();
    QFont small = scaledFont(base, 0.85);
    QFont bold = base;
    bold.setBold(true);
    const auto node = [&](const QRect &r, const QString &text, const QString &detail, qreal radius) {
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        p.setPen(pal.color(QPalette::Text));
        if (detail.isEmpty()) {
            p.setFont(bold);
            p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter, QFontMetrics(bold).elidedText(text, Qt::ElideRight, r.width() - 8));
            return;
        }
        p.setFont(bold);
        p.drawText(r.adjusted(4, 2, -4, -r.height() / 2), Qt::AlignHCenter | Qt::AlignBottom,
                   QFontMetrics(bold).elidedText(text, Qt::ElideRight, r.width() - 8));
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(r.adjusted(4, r.height() / 2, -4, -2), Qt::AlignHCenter | Qt::AlignTop,
                   QFontMetrics(small).elidedText(detail, Qt::ElideRight, r.width() - 8));
    };
    double clientsRate = 0;
    for (const Server &s : m_servers)
        clientsRate += rateOf(s);
    node(m_clients.rect, m_clients.text, tr("%1/s").arg(clientsRate, 0, 'f', clientsRate < 10 ? 1 : 0), m_clients.rect.height() / 2.0);
    for (const Node &n : m_listeners)
        node(n.rect, n.text, n.detail, 6);
    for (const Node &n : m_locations)
        node(n.rect, n.text, n.detail, 6);

    // Group pills: name and a summary of the group's state.
    for (const Group &g : m_groups) {
        int primaries = 0, usable = 0;
        bool backupInUse = false;
        for (int i = 0; i < g.serverCount; ++i) {
            const Server &s = m_servers[size_t(g.firstServer + i)];
            const ServerState st = stateOf(s, now);
            if (st == ServerState::BackupInUse)
                backupInUse = true;
            if (s.config.backup)
                continue;
            ++primaries;
            usable += st == ServerState::Up ? 1 : 0;
        }
        const QString summary = tr("%1/%2 up").arg(usable).arg(primaries);
        const bool allDown = primaries > 0 && usable == 0 && !backupInUse;
        p.setPen(QPen(allDown ? FailedColor : pal.color(QPalette::Mid), allDown ? 2 : 1));
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(QRectF(g.pill).adjusted(0.5, 0.5, -0.5, -0.5), PillHeight / 2.0, PillHeight / 2.0);
        // Name, then "2/3 up", then "backup in use" when it is.
        const QRect inner = g.pill.adjusted(PillHeight / 4, 2, -PillHeight / 4, -2);
        const QFontMetrics fmBold(bold), fmSmall(small);
        const int lines = fmBold.height() + fmSmall.height() * (backupInUse ? 2 : 1);
        int ly = inner.top() + (inner.height() - lines) / 2;
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(inner.left(), ly, inner.width(), fmBold.height()), Qt::AlignCenter,
                   fmBold.elidedText(g.name, Qt::ElideRight, inner.width()));
        ly += fmBold.height();
        p.setFont(small);
        p.setPen(allDown ? FailedColor : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(inner.left(), ly, inner.width(), fmSmall.height()), Qt::AlignCenter,
                   fmSmall.elidedText(summary, Qt::ElideRight, inner.width()));
        if (backupInUse) {
            ly += fmSmall.height();
            p.setPen(BackupColor.darker(130));
            p.drawText(QRect(inner.left(), ly, inner.width(), fmSmall.height()), Qt::AlignCenter,
                       fmSmall.elidedText(tr("backup in use"), Qt::ElideRight, inner.width()));
        }
        if (!g.backupLabel.isNull()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(g.backupLabel.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                       tr("backups: used only when all primaries are down"));
        }
    }
    p.setFont(base);

    for (const Server &s : m_servers) {
        if (s.card.bottom() < m_sceneRect.top() || s.card.top() > m_sceneRect.bottom())
            continue;
        if (m_compact)
            paintRow(p, s, now);
        else
            paintCard(p, s, now);
    }
    if (m_compactOverflow > 0) {
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(m_sceneRect.adjusted(0, 0, -Margin, 0), Qt::AlignRight | Qt::AlignBottom,
                   m_scroll < m_compactOverflow ? tr("▼ more (scroll)") : tr("▲ scroll up"));
    }
    p.restore();
}

namespace {
struct StateLook {
    QColor color;
    Qt::PenStyle border;
};

StateLook lookOf(TopologyView::ServerState state)
{
    using S = TopologyView::ServerState;
    switch (state) {
    case S::Up: return {UpColor, Qt::SolidLine};
    case S::Failed: return {FailedColor, Qt::DashLine};
    case S::Down: return {DownColor, Qt::SolidLine};
    case S::BackupWaiting: return {BackupColor, Qt::DotLine};
    case S::BackupInUse: return {BackupColor, Qt::SolidLine};
    case S::Draining: return {DrainColor, Qt::SolidLine};
    case S::Unhealthy: return {UnhealthyColor, Qt::SolidLine};
    }
    return {DownColor, Qt::SolidLine};
}

// The power sign: a ring open at the top and a bar (fonts often lack U+23FB).
void drawPower(QPainter &p, const QRectF &r, const QColor &color, qreal width)
{
    const qreal d = qMin(r.width(), r.height()) * 0.62;
    const QRectF ring(r.center().x() - d / 2, r.center().y() - d / 2 + d * 0.08, d, d);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(ring, 120 * 16, 300 * 16);
    p.drawLine(QPointF(r.center().x(), ring.top() - d * 0.18), QPointF(r.center().x(), ring.center().y()));
}

// State glyphs drawn as shapes, so they read whatever the font: ● up, ✕
// failed, ⏻ down, ○ backup waiting, ● backup in use, ◐ draining, ▲ unhealthy.
void drawStateGlyph(QPainter &p, const QRectF &r, TopologyView::ServerState state)
{
    using S = TopologyView::ServerState;
    const QColor color = lookOf(state).color;
    const qreal d = qMin(r.width(), r.height()) * 0.7;
    const QRectF c(r.center().x() - d / 2, r.center().y() - d / 2, d, d);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case S::Up:
    case S::BackupInUse:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(c);
        break;
    case S::BackupWaiting:
        p.setPen(QPen(color, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c.adjusted(1, 1, -1, -1));
        break;
    case S::Failed:
        p.setPen(QPen(color, 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(c.topLeft() + QPointF(1.5, 1.5), c.bottomRight() - QPointF(1.5, 1.5));
        p.drawLine(c.bottomLeft() + QPointF(1.5, -1.5), c.topRight() + QPointF(-1.5, 1.5));
        break;
    case S::Down:
        drawPower(p, r, color, 1.8);
        break;
    case S::Draining: {
        p.setPen(QPen(color, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPie(c, 90 * 16, 180 * 16);
        break;
    }
    case S::Unhealthy: {
        QPolygonF triangle{QPointF(c.center().x(), c.top()), c.bottomRight(), c.bottomLeft()};
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(triangle);
        p.setPen(QPen(Qt::white, 1.6));
        p.drawLine(QPointF(c.center().x(), c.top() + d * 0.35), QPointF(c.center().x(), c.bottom() - d * 0.3));
        p.drawPoint(QPointF(c.center().x(), c.bottom() - d * 0.12));
        break;
    }
    }
    p.restore();
}
} // namespace

void TopologyView::paintCard(QPainter &p, const Server &s, qint64 now)
{
    const QPalette pal = palette();
    const ServerState st = stateOf(s, now);
    const StateLook look = lookOf(st);
    const QRectF box = QRectF(s.card).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool selected = m_selected == QPoint(s.group, s.index);

    p.save();
    if (st == ServerState::BackupWaiting)
        p.setOpacity(0.75); // waiting backups recede; the words still say why
    p.setBrush(pal.color(QPalette::Base).lightness() > 128 ? pal.color(QPalette::Window).lighter(104) : pal.color(QPalette::Window));
    p.setPen(QPen(look.color, st == ServerState::Up || st == ServerState::BackupInUse ? 1.5 : 2, look.border));
    p.drawRoundedRect(box, 6, 6);
    if (st == ServerState::Down) // hatched: config says down
        p.fillRect(box.adjusted(2, 2, -2, -2), QBrush(pal.color(QPalette::Midlight), Qt::BDiagPattern));
    if (st == ServerState::Unhealthy) { // double border
        p.setPen(QPen(look.color, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(3, 3, -3, -3), 4, 4);
    }
    if (selected) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 8, 8);
    }

    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = scaledFont(base, 0.85);
    const QFontMetrics fmBold(bold), fmSmall(small);
    const int left = s.card.left() + 8, right = s.card.right() - 7;
    int y = s.card.top() + 5;

    // Row 1: glyph, name, weight badge.
    const QString weight = tr("w%1").arg(s.config.weight);
    const int badgeW = fmSmall.horizontalAdvance(weight) + 10;
    const QRect badge(right - badgeW, y + 1, badgeW, fmBold.height() - 2);
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Mid).lighter(130));
    p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    p.setFont(small);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(badge, Qt::AlignCenter, weight);
    p.setFont(bold);
    const int glyphW = fmBold.height() + 4;
    drawStateGlyph(p, QRectF(left - 1, y, fmBold.height(), fmBold.height()), st);
    if (st == ServerState::Failed) {
        // Countdown ring: what is left of fail_timeout.
        const qint64 window = qMax(1, s.config.failTimeoutSec) * 1000LL;
        const double left01 = qBound(0.0, double(s.lastFailMs + window - now) / double(window), 1.0);
        const QRectF ring(left - 2, y - 1, fmBold.height() + 2, fmBold.height() + 2);
        p.setPen(QPen(look.color, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawArc(ring, 90 * 16, int(left01 * 360 * 16));
        p.setFont(bold);
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(left + glyphW, y, badge.left() - left - glyphW - 4, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fmBold.elidedText(s.config.name, Qt::ElideRight, badge.left() - left - glyphW - 4));
    y += fmBold.height();

    // Row 2: address, and a chip when the mock is not answering normally.
    p.setFont(small);
    const QString chip = mockChip(s);
    int chipLeft = right;
    if (!chip.isEmpty()) {
        const int chipW = fmSmall.horizontalAdvance(chip) + 10;
        const QRect chipRect(right - chipW, y + 1, chipW, fmSmall.height());
        p.setPen(Qt::NoPen);
        p.setBrush(FailedColor);
        p.drawRoundedRect(chipRect, 3, 3);
        p.setPen(Qt::white);
        p.drawText(chipRect, Qt::AlignCenter, chip);
        chipLeft = chipRect.left() - 4;
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(left, y, chipLeft - left, fmSmall.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
               fmSmall.elidedText(s.config.address, Qt::ElideRight, chipLeft - left));
    y += fmSmall.height() + 3;

    // Row 3: the state in words (smaller when it is long, e.g. with a failure's end time).
    const QString state = stateText(s, now);
    QFont stateFont = small;
    stateFont.setBold(true);
    const QFontMetrics fmState(fmBold.horizontalAdvance(state) <= right - left ? bold : stateFont);
    p.setFont(fmBold.horizontalAdvance(state) <= right - left ? bold : stateFont);
    p.setPen(look.color.darker(st == ServerState::BackupWaiting || st == ServerState::Draining ? 140 : 115));
    p.drawText(QRect(left, y, right - left, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fmState.elidedText(state, Qt::ElideRight, right - left));
    y += fmBold.height();

    // Rows 4–5: traffic and the mock.
    const Group &g = m_groups[size_t(s.group)];
    double groupRate = 0;
    for (int i = 0; i < g.serverCount; ++i)
        groupRate += rateOf(m_servers[size_t(g.firstServer + i)]);
    const double rate = rateOf(s);
    const QString line1 = tr("%1/s (%2 %) · %3 % err")
                              .arg(rate, 0, 'f', rate < 10 ? 1 : 0)
                              .arg(groupRate > 0 ? qRound(rate / groupRate * 100) : 0)
                              .arg(errorShareOf(s) * 100, 0, 'f', 1);
    const double inFlight = inFlightOf(s);
    QString line2 = tr("≈%1 in flight").arg(inFlight, 0, 'f', inFlight < 10 ? 1 : 0);
    if (!s.mockLatency.isEmpty())
        line2 += tr(" · mock %1").arg(s.mockLatency);
    p.setFont(small);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(left, y, right - left, fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fmSmall.elidedText(line1, Qt::ElideRight, right - left));
    y += fmSmall.height();
    p.drawText(QRect(left, y, right - left, fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fmSmall.elidedText(line2, Qt::ElideRight, right - left));

    // Control strip: ⏻ B … − w + ⋯
    const auto control = [&](Control c, const QString &text, bool on) {
        const QRect r = controlRect(s.group, s.index, c);
        const int flat = int(&s - m_servers.data());
        const bool hovered = m_hovered == flat * 8 + int(c) + 1;
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(on ? pal.color(QPalette::Highlight) : hovered ? pal.color(QPalette::Midlight) : pal.color(QPalette::Button));
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        const QColor ink = on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText);
        if (text.isEmpty())
            drawPower(p, r, ink, 1.4);
        p.setPen(ink);
        p.drawText(r, Qt::AlignCenter, text);
    };
    p.setFont(small);
    control(Control::Down, QString(), s.config.down); // the power sign, drawn
    control(Control::Backup, u"B"_s, s.config.backup);
    control(Control::WeightDown, u"−"_s, false);
    control(Control::WeightUp, u"+"_s, false);
    control(Control::Menu, u"⋯"_s, false);
    const QRect wd = controlRect(s.group, s.index, Control::WeightDown);
    const QRect wu = controlRect(s.group, s.index, Control::WeightUp);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(wd.right(), wd.top(), wu.left() - wd.right(), wd.height()), Qt::AlignCenter,
               QString::number(s.config.weight));
    p.restore();
}

void TopologyView::paintRow(QPainter &p, const Server &s, qint64 now)
{
    const QPalette pal = palette();
    const ServerState st = stateOf(s, now);
    const StateLook look = lookOf(st);
    const QRectF box = QRectF(s.card).adjusted(0.5, 0.5, -0.5, -0.5);
    p.save();
    p.setBrush(st == ServerState::Down ? QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern) : pal.brush(QPalette::AlternateBase));
    p.setPen(QPen(look.color, 1.5, look.border));
    p.drawRoundedRect(box, 3, 3);
    if (m_selected == QPoint(s.group, s.index)) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 4, 4);
    }
    QFont bold = font();
    bold.setBold(true);
    QFont small = scaledFont(font(), 0.85);
    const QRect r = s.card;
    const QRect down = controlRect(s.group, s.index, Control::Down);
    int x = r.left() + 6;
    drawStateGlyph(p, QRectF(x, r.top() + (r.height() - 16) / 2.0, 16, 16), st);
    x += 20;
    // Name and state keep their room; the numbers take what is left.
    const QFontMetrics fmBold(bold), fmSmall(small);
    const int available = down.left() - 6 - x;
    const int nameW = qMin(available, qMin(fmBold.horizontalAdvance(s.config.name) + 8, qMax(48, available / 2)));
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(x, r.top(), nameW, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
               fmBold.elidedText(s.config.name, Qt::ElideRight, nameW));
    x += nameW + 4;
    const QString state = stateText(s, now);
    const int stateW = qMin(fmBold.horizontalAdvance(state) + 10, down.left() - 6 - x);
    if (stateW > 24) {
        p.setPen(look.color.darker(115));
        p.drawText(QRect(x, r.top(), stateW, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   fmBold.elidedText(state, Qt::ElideRight, stateW));
        x += stateW + 4;
    }
    if (down.left() - 6 - x > 40) {
        p.setFont(small);
        p.setPen(pal.color(QPalette::Text));
        const double rate = rateOf(s);
        QString text = tr("%1/s · %2 % err · %3").arg(rate, 0, 'f', rate < 10 ? 1 : 0).arg(errorShareOf(s) * 100, 0, 'f', 1).arg(s.config.address);
        const QString chip = mockChip(s);
        if (!chip.isEmpty())
            text = chip + u" · "_s + text;
        p.drawText(QRect(x, r.top(), down.left() - x - 6, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   fmSmall.elidedText(text, Qt::ElideRight, down.left() - x - 6));
    }
    const auto control = [&](Control c, const QString &label, bool on) {
        const QRect cr = controlRect(s.group, s.index, c);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Button));
        p.drawRoundedRect(QRectF(cr).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        const QColor ink = on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::ButtonText);
        if (label.isEmpty())
            drawPower(p, cr, ink, 1.4);
        p.setPen(ink);
        p.drawText(cr, Qt::AlignCenter, label);
    };
    p.setFont(small);
    control(Control::Down, QString(), s.config.down); // the power sign, drawn
    control(Control::Backup, u"B"_s, s.config.backup);
    control(Control::WeightDown, u"−"_s, false);
    control(Control::WeightUp, u"+"_s, false);
    control(Control::Menu, u"⋯"_s, false);
    const QRect wd = controlRect(s.group, s.index, Control::WeightDown);
    const QRect wu = controlRect(s.group, s.index, Control::WeightUp);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(wd.right(), wd.top(), wu.left() - wd.right(), wd.height()), Qt::AlignCenter, QString::number(s.config.weight));
    p.restore();
}

void TopologyView::paintLegend(QPainter &p)
{
    const QPalette pal = palette();
    QFont small = scaledFont(font(), 0.9);
    p.setFont(small);
    const QFontMetrics fm(small);
    int x = m_legendRect.left();
    const auto item = [&](const QColor &color, const QString &glyph, const QString &text) {
        p.setPen(color);
        p.drawText(QRect(x, m_legendRect.top(), fm.horizontalAdvance(glyph) + 2, m_legendRect.height()), Qt::AlignVCenter, glyph);
        x += fm.horizontalAdvance(glyph) + 3;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x, m_legendRect.top(), fm.horizontalAdvance(text) + 2, m_legendRect.height()), Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 12;
    };
    item(UpColor, u"●"_s, tr("2xx"));
    item(RedirectColor, u"●"_s, tr("3xx"));
    item(DrainColor, u"●"_s, tr("4xx"));
    item(FailedColor, u"✕"_s, tr("5xx / failed"));
    item(pal.color(QPalette::Text), u"○"_s, tr("retry"));
    // The sampling, stated: a dot is not always a request.
    const QString sampling = tr("dots: ● 1 in %1 · ✕ %2").arg(samplingStep()).arg(m_errorsSampled ? tr("sampled") : tr("1:1"));
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(m_legendRect, Qt::AlignRight | Qt::AlignVCenter, sampling);
}

void TopologyView::paintDots(QPainter &p)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    p.setRenderHint(QPainter::Antialiasing);
    // Error flashes: the border of a card whose request just failed.
    for (const Server &s : m_servers) {
        if (s.flashUntilMs > now) {
            p.setPen(QPen(FailedColor, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(s.card).adjusted(-1.5, -1.5, 1.5, 1.5), 7, 7);
        }
    }
    if (m_dots.empty())
        return;
    p.setClipRect(m_sceneRect, Qt::IntersectClip);
    QFont tiny = scaledFont(font(), 0.75);
    tiny.setBold(true);
    p.setFont(tiny);
    int attempt = 0;
    bool returning = false;
    for (const Dot &d : m_dots) {
        if (d.distance < 0)
            continue; // not set off yet
        const QPointF pos = dotPosition(d, &attempt, &returning);
        const QColor color = statusColor(d.statusClass);
        const bool atPill = d.noUpstream && d.distance >= d.length - 60;
        if ((returning && d.error && attempt == d.attempts - 1) || atPill) {
            // An error on its way back (or stopped at the pill): a cross.
            p.setPen(QPen(FailedColor, 2.2));
            p.drawLine(pos + QPointF(-4, -4), pos + QPointF(4, 4));
            p.drawLine(pos + QPointF(-4, 4), pos + QPointF(4, -4));
            if (atPill) {
                p.setPen(FailedColor);
                p.drawText(QRectF(pos.x() + 6, pos.y() - 14, 30, 12), Qt::AlignLeft | Qt::AlignVCenter, QString::number(d.status));
            }
        } else if (returning) {
            // A retry going back to the pill: a ring.
            p.setPen(QPen(color, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(pos, 4, 4);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(pos, 4, 4);
            if (attempt >= 1) {
                // The try number, as nginx's retry count.
                p.setPen(palette().color(QPalette::Text));
                p.drawText(QRectF(pos.x() + 5, pos.y() - 15, 12, 12), Qt::AlignCenter, QString::number(attempt + 1));
            }
        }
    }
}
