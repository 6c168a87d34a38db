#include "distributionview.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

DistributionView::DistributionView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(u"distributionView"_s);
    setMinimumHeight(220);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DistributionView::tick);
    m_timer->start();
}

void DistributionView::setLab(const LabConfig &lab)
{
    QStringList servers;
    QList<bool> down, backup;
    QList<int> failTimeout;
    QList<QColor> colors;
    for (const UpstreamGroup &g : lab.upstreams) {
        for (const UpstreamServer &s : g.servers) {
            if (servers.contains(s.name))
                continue;
            servers << s.name;
            down << s.down;
            backup << s.backup;
            failTimeout << qMax(1, s.failTimeoutSec);
            QColor color;
            for (const MockBackendConfig &b : lab.backends) {
                if (b.name == s.name && !b.color.isEmpty())
                    color = QColor(b.color);
            }
            colors << color;
        }
    }
    if (servers != m_servers) {
        m_servers = servers;
        m_index.clear();
        for (int i = 0; i < servers.size(); ++i)
            m_index.insert(servers[i], i);
        m_totals = QList<quint64>(servers.size(), 0);
        m_errors = QList<quint64>(servers.size(), 0);
        m_history.clear();
        m_current = {};
        m_failedFor = QList<int>(servers.size(), 0);
    }
    m_failTimeout = failTimeout;
    m_down = down;
    m_backup = backup;
    m_colors = colors;
    update();
}

void DistributionView::clear()
{
    m_totals.fill(0);
    m_errors.fill(0);
    m_history.clear();
    m_current = {};
    m_failedFor.fill(0);
    update();
}

void DistributionView::addRecords(const QList<RequestRecord> &records)
{
    const qsizetype n = m_servers.size();
    m_current.requests.resize(n, 0);
    m_current.states.resize(n, ServerState::Idle);
    for (const RequestRecord &r : records) {
        for (const UpstreamAttempt &a : r.attempts) {
            const int i = m_index.value(a.server, -1);
            if (i < 0)
                continue;
            const bool ok = a.outcome == UpstreamAttempt::Outcome::Ok;
            if (ok) {
                ++m_current.requests[i];
                ++m_totals[i];
                if (a.status >= 500)
                    ++m_errors[i];
                if (m_current.states[i] != ServerState::Failed)
                    m_current.states[i] = m_backup.value(i) ? ServerState::Backup : ServerState::Up;
            } else if (a.outcome != UpstreamAttempt::Outcome::Aborted) {
                ++m_errors[i];
                m_current.states[i] = ServerState::Failed;
                m_failedFor[i] = m_failTimeout.value(i, 10); // nginx's fail_timeout window
            }
        }
    }
}

void DistributionView::tick()
{
    const qsizetype n = m_servers.size();
    m_current.requests.resize(n, 0);
    m_current.states.resize(n, ServerState::Idle);
    m_failedFor.resize(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (m_down.value(i))
            m_current.states[i] = ServerState::Down;
        else if (m_current.states[i] == ServerState::Idle && m_failedFor[i] > 0)
            m_current.states[i] = ServerState::Failed; // resting out its fail_timeout
        else if (m_current.states[i] != ServerState::Failed)
            m_failedFor[i] = 0;
        if (m_failedFor[i] > 0)
            --m_failedFor[i];
    }
    m_history.push_back(std::move(m_current));
    m_current = {};
    while (m_history.size() > size_t(Seconds))
        m_history.pop_front();
    update();
}

quint64 DistributionView::total(const QString &server) const
{
    const int i = m_index.value(server, -1);
    return i < 0 ? 0 : m_totals[i];
}

quint64 DistributionView::errors(const QString &server) const
{
    const int i = m_index.value(server, -1);
    return i < 0 ? 0 : m_errors[i];
}

DistributionView::ServerState DistributionView::lastState(const QString &server) const
{
    const int i = m_index.value(server, -1);
    if (i < 0 || m_history.empty())
        return ServerState::Idle;
    return m_history.back().states.value(i, ServerState::Idle);
}

QColor DistributionView::colorOf(int server) const
{
    if (m_colors.value(server).isValid())
        return m_colors[server];
    // Distinct hues that read on light and dark palettes.
    return QColor::fromHsv((server * 137 + 200) % 360, 150, 210);
}

void DistributionView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int n = int(m_servers.size());
    if (n == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No upstream servers"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int margin = 8;
    const int legendWidth = qMin(width() / 3, 260);
    const int stripHeight = qMin(16, qMax(8, (height() / 3) / n));
    const int labelWidth = qMin(90, width() / 8);
    const QRect chart(margin + labelWidth, margin + fm.height(), width() - legendWidth - 3 * margin - labelWidth,
                      height() - n * (stripHeight + 2) - 4 * margin - 2 * fm.height());
    const QRect legend(chart.right() + 2 * margin, margin, legendWidth, height() - 2 * margin);

    // Requests per second, stacked by server, newest on the right.
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(chart.left(), margin, chart.width(), fm.height()), Qt::AlignLeft,
               tr("Requests per second, last %1 s").arg(Seconds));
    quint32 peak = 1;
    for (const Second &s : m_history) {
        quint32 sum = 0;
        for (quint32 v : s.requests)
            sum += v;
        peak = qMax(peak, sum);
    }
    p.drawText(QRect(chart.left(), margin, chart.width(), fm.height()), Qt::AlignRight, tr("peak %1/s").arg(peak));
    const double barWidth = double(chart.width()) / Seconds;
    p.setPen(Qt::NoPen);
    int column = Seconds - int(m_history.size());
    for (const Second &s : m_history) {
        double y = chart.bottom();
        for (int i = 0; i < n; ++i) {
            const double h = double(s.requests.value(i)) / peak * chart.height();
            p.setBrush(colorOf(i));
            p.drawRect(QRectF(chart.left() + column * barWidth, y - h, qMax(1.0, barWidth - 1), h));
            y -= h;
        }
        ++column;
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(chart.bottomLeft(), chart.bottomRight());

    // Each server's state over time.
    int y = chart.bottom() + margin + fm.height();
    // Legend of the state colours, drawn as coloured squares.
    const QColor stateColors[] = {QColor(0x22, 0xa5, 0x4b), QColor(0xd3, 0x2f, 0x2f), QColor(0x75, 0x75, 0x75), QColor(0xf5, 0x9e, 0x0b)};
    const QString stateNames[] = {tr("up"), tr("failed (fail_timeout)"), tr("down"), tr("backup in use")};
    int lx = chart.left();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(margin, chart.bottom() + 4, labelWidth, fm.height()), Qt::AlignLeft, tr("State"));
    for (int k = 0; k < 4; ++k) {
        p.fillRect(QRect(lx, chart.bottom() + 4 + fm.height() / 4, fm.height() / 2, fm.height() / 2), stateColors[k]);
        lx += fm.height() / 2 + 4;
        p.drawText(QRect(lx, chart.bottom() + 4, fm.horizontalAdvance(stateNames[k]) + 2, fm.height()), Qt::AlignLeft, stateNames[k]);
        lx += fm.horizontalAdvance(stateNames[k]) + 12;
    }
    for (int i = 0; i < n; ++i) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(margin, y, labelWidth - 4, stripHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_servers[i], Qt::ElideRight, labelWidth - 4));
        column = Seconds - int(m_history.size());
        for (const Second &s : m_history) {
            QColor c;
            switch (s.states.value(i, ServerState::Idle)) {
            case ServerState::Idle: c = pal.color(QPalette::AlternateBase); break;
            case ServerState::Up: c = QColor(0x22, 0xa5, 0x4b); break;
            case ServerState::Failed: c = QColor(0xd3, 0x2f, 0x2f); break;
            case ServerState::Down: c = QColor(0x75, 0x75, 0x75); break;
            case ServerState::Backup: c = QColor(0xf5, 0x9e, 0x0b); break;
            }
            p.fillRect(QRectF(chart.left() + column * barWidth, y, qMax(1.0, barWidth - 1), stripHeight), c);
            ++column;
        }
        y += stripHeight + 2;
    }

    // Totals and error share.
    quint64 all = 0;
    for (quint64 t : m_totals)
        all += t;
    int ly = legend.top();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(legend.left(), ly, legend.width(), fm.height()), Qt::AlignLeft, tr("Total %n request(s)", nullptr, int(std::min<quint64>(all, INT_MAX))));
    ly += fm.height() + 4;
    for (int i = 0; i < n && ly < legend.bottom(); ++i) {
        const double share = all ? double(m_totals[i]) / double(all) : 0;
        const double errorShare = m_totals[i] + m_errors[i] ? double(m_errors[i]) / double(m_totals[i] + m_errors[i]) : 0;
        p.fillRect(QRect(legend.left(), ly + 2, 10, fm.height() - 4), colorOf(i));
        QString label = u"%1  %2 (%3%)"_s.arg(m_servers[i]).arg(m_totals[i]).arg(share * 100, 0, 'f', 1);
        if (m_errors[i])
            label += tr("  errors %1%").arg(errorShare * 100, 0, 'f', 1);
        if (m_down.value(i))
            label += tr("  down");
        else if (m_backup.value(i))
            label += tr("  backup");
        p.drawText(QRect(legend.left() + 14, ly, legend.width() - 14, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, legend.width() - 14));
        ly += fm.height();
        const int barMax = legend.width() - 14;
        p.fillRect(QRect(legend.left() + 14, ly, int(barMax * share), 4), colorOf(i));
        ly += 8;
    }
}
