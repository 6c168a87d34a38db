#include "guideprogress.h"

#include "http/httpparser.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The server that answered: the last try, when it got a response.
QString answeredBy(const RequestRecord &r)
{
    if (r.attempts.isEmpty() || r.attempts.last().outcome != UpstreamAttempt::Outcome::Ok)
        return {};
    return r.attempts.last().server;
}

// The value of cookie `name` in the request head as the client sent it.
QByteArray cookieValue(const QByteArray &head, const QByteArray &name)
{
    HttpParser parser(HttpParser::Kind::Request);
    if (head.isEmpty() || parser.parse(head).event != HttpParser::Event::HeadComplete)
        return {};
    const QByteArray cookies = parser.head().value("cookie").toByteArray();
    const QByteArray prefix = name + '=';
    for (const QByteArray &item : cookies.split(';')) {
        const QByteArray pair = item.trimmed();
        if (pair.startsWith(prefix))
            return pair.mid(prefix.size());
    }
    return {};
}

// "127.1.2.3" of "127.1.2.3:53422" (or "[::1]" of "[::1]:53422").
QByteArray clientAddress(const QString &client)
{
    const qsizetype colon = client.lastIndexOf(u':');
    return (colon > 0 ? client.left(colon) : client).toLatin1();
}

} // namespace

GuideProgress::GuideProgress(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

GuideProgress::~GuideProgress() = default;

void GuideProgress::setExample(const GuidedExample &example)
{
    m_example = example;
    m_done = QList<bool>(example.steps.size(), false);
    m_doneCounts.clear();
    beginStep(firstUndone());
    evaluate();
    emit changed();
}

void GuideProgress::clear()
{
    m_example.reset();
    m_done.clear();
    m_doneCounts.clear();
    m_current = -1;
    m_counts = {};
    m_cookie.reset();
    m_counting = false;
    emit changed();
}

void GuideProgress::restart()
{
    if (!m_example)
        return;
    setExample(*m_example);
}

int GuideProgress::firstUndone() const
{
    const qsizetype i = m_done.indexOf(false);
    return i < 0 ? -1 : int(i);
}

std::optional<QString> GuideProgress::sessionCookie(int step) const
{
    if (!m_example || step < 0)
        return std::nullopt;
    for (const GuideCheck &c : m_example->steps[step].checks) {
        if (c.kind == GuideCheck::Kind::SessionsKept || c.kind == GuideCheck::Kind::SessionsMoved)
            return c.name;
    }
    return std::nullopt;
}

void GuideProgress::beginStep(int step)
{
    m_current = step;
    m_counts = {};
    m_counting = false;
    m_cookie = sessionCookie(step);
    updateCounting();
}

void GuideProgress::updateCounting()
{
    if (!m_example || m_current < 0) {
        m_counting = false;
        return;
    }
    const QList<GuideCheck> &checks = m_example->steps[m_current].checks;
    const bool stateHolds = std::all_of(checks.cbegin(), checks.cend(), [this](const GuideCheck &c) {
        return !(c.isLabState() || c.isMockState()) || holds(c);
    });
    if (stateHolds == m_counting)
        return;
    // What the lab shows counts from the moment the step's state is reached, afresh each time.
    m_counting = stateHolds;
    m_countFromMs = m_now();
    m_counts = {};
    emit changed();
}

void GuideProgress::setLab(const LabConfig &lab)
{
    m_lab = lab;
    m_hasLab = true;
    updateCounting();
    evaluate();
}

void GuideProgress::setMockState(const QString &mock, MockState state)
{
    if (m_mocks.value(mock, MockState::Stopped) == state && m_mocks.contains(mock))
        return;
    m_mocks.insert(mock, state);
    updateCounting();
    evaluate();
}

void GuideProgress::setAllMocksStopped()
{
    for (auto it = m_mocks.begin(); it != m_mocks.end(); ++it)
        it.value() = MockState::Stopped;
    updateCounting();
    evaluate();
}

void GuideProgress::addRecords(const QList<RequestRecord> &records)
{
    if (m_current < 0 || !m_counting)
        return;
    const QByteArray cookie = m_cookie ? m_cookie->toLatin1() : QByteArray();
    bool counted = false;
    for (const RequestRecord &r : records) {
        if (r.startMs < m_countFromMs + SettleMs)
            continue;
        counted = true;
        ++m_counts.requests;
        if (r.status >= 500)
            ++m_counts.clientErrors;
        if (r.attempts.size() > 1)
            ++m_counts.retries;
        if (r.upstream.isEmpty() && r.attempts.isEmpty() && r.error.isEmpty() && r.status > 0)
            ++m_counts.answeredByProxy;
        const QString server = answeredBy(r);
        if (!server.isEmpty())
            ++m_counts.served[server];
        if (m_cookie && !server.isEmpty()) {
            const QByteArray session = cookie.isEmpty() ? clientAddress(r.client) : cookieValue(r.requestHead, cookie);
            if (!session.isEmpty()) {
                Counts::Session &s = m_counts.sessions[session];
                if (s.seen > 0 && s.server != server)
                    s.moved = true;
                s.server = server;
                ++s.seen;
            }
        }
    }
    if (counted) {
        evaluate();
        emit changed();
    }
}

void GuideProgress::notify(GuideCheck::Kind event)
{
    if (m_current < 0 || !m_counting)
        return;
    if (event == GuideCheck::Kind::RequestInspected)
        m_counts.requestInspected = true;
    else if (event == GuideCheck::Kind::ComparisonFinished)
        m_counts.comparisonFinished = true;
    evaluate();
}

qint64 GuideProgress::value(const GuideCheck &check) const
{
    switch (check.kind) {
    case GuideCheck::Kind::Requests: return m_counts.requests;
    case GuideCheck::Kind::Served: return m_counts.served.value(check.name);
    case GuideCheck::Kind::ServedShare:
        return m_counts.requests > 0 ? m_counts.served.value(check.name) * 100 / m_counts.requests : 0;
    case GuideCheck::Kind::ClientErrors: return m_counts.clientErrors;
    case GuideCheck::Kind::Retries: return m_counts.retries;
    case GuideCheck::Kind::AnsweredByProxy: return m_counts.answeredByProxy;
    case GuideCheck::Kind::SessionsKept: {
        qint64 n = 0;
        for (const Counts::Session &s : m_counts.sessions)
            n += s.seen >= 3 && !s.moved ? 1 : 0;
        return n;
    }
    case GuideCheck::Kind::SessionsMoved: {
        qint64 n = 0;
        for (const Counts::Session &s : m_counts.sessions)
            n += s.moved ? 1 : 0;
        return n;
    }
    default: return 0;
    }
}

bool GuideProgress::holds(const GuideCheck &check) const
{
    if (check.isLabState())
        return m_hasLab && check.holdsFor(m_lab);
    if (check.kind == GuideCheck::Kind::MockRunning)
        return m_mocks.value(check.name, MockState::Stopped) == MockState::Running;
    if (check.kind == GuideCheck::Kind::MockStopped)
        return m_mocks.value(check.name, MockState::Stopped) == MockState::Stopped;
    if (check.kind == GuideCheck::Kind::RequestInspected)
        return m_counts.requestInspected;
    if (check.kind == GuideCheck::Kind::ComparisonFinished)
        return m_counts.comparisonFinished;
    const qint64 v = value(check);
    return v >= check.atLeast && (check.atMost < 0 || v <= check.atMost);
}

bool GuideProgress::stepHolds(int step) const
{
    const QList<GuideCheck> &checks = m_example->steps[step].checks;
    return !checks.isEmpty() && std::all_of(checks.cbegin(), checks.cend(), [this](const GuideCheck &c) { return holds(c); });
}

void GuideProgress::evaluate()
{
    bool any = false;
    while (m_example && m_current >= 0 && stepHolds(m_current)) {
        const int done = m_current;
        m_done[done] = true;
        m_doneCounts.insert(done, m_counts);
        beginStep(firstUndone());
        any = true;
        emit stepDone(done);
    }
    if (any)
        emit changed();
}

void GuideProgress::setDone(int step, bool done)
{
    if (!m_example || step < 0 || step >= m_done.size() || m_done[step] == done)
        return;
    m_done[step] = done;
    // The current step is the first one not done; it starts afresh when it changes.
    if (firstUndone() != m_current)
        beginStep(firstUndone());
    if (done)
        emit stepDone(step);
    evaluate();
    emit changed();
}
