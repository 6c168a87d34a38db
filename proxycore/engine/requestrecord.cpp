#include "requestrecord.h"

#include "platform/loopclock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

QString UpstreamAttempt::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return u"ok"_s;
    case Outcome::Refused: return u"refused"_s;
    case Outcome::Timeout: return u"timeout"_s;
    case Outcome::Error: return u"error"_s;
    case Outcome::InvalidHeader: return u"invalid_header"_s;
    case Outcome::HttpStatus: return u"http_status"_s;
    case Outcome::Aborted: return u"aborted"_s;
    }
    return {};
}

qint64 RequestRecord::steadyNowUs()
{
    return LoopClock::nowUs();
}

QString RequestRecord::triesText() const
{
    if (attempts.isEmpty())
        return upstream.isEmpty() ? u"-"_s : upstream + u" ✗"_s;
    QStringList parts;
    for (const UpstreamAttempt &a : attempts)
        parts.append(a.server + (a.outcome == UpstreamAttempt::Outcome::Ok ? u" ✓"_s : u" ✗"_s));
    return parts.join(u" → "_s);
}

bool RequestRecord::hasDecisions() const
{
    if (failedPick)
        return true;
    for (const UpstreamAttempt &a : attempts) {
        if (a.decision)
            return true;
    }
    return false;
}

void RequestRecord::dropDecisions()
{
    failedPick.reset();
    for (UpstreamAttempt &a : attempts)
        a.decision.reset();
}

void RequestRecord::dropHeads()
{
    requestHead = QByteArray();
    responseHead = QByteArray();
    dropDecisions();
    // detach() would keep the block when this is its last reference.
    if (!uri.isEmpty())
        uri = QByteArray(uri.constData(), uri.size());
}

QString RequestRecord::accessLogLine() const
{
    const QString time = QDateTime::fromMSecsSinceEpoch(startMs).toString(u"HH:mm:ss.zzz"_s);
    QString upstreamText = u"-"_s;
    if (!attempts.isEmpty()) {
        const UpstreamAttempt &last = attempts.last();
        upstreamText = last.server + u" ("_s + last.address + u')';
    } else if (!upstream.isEmpty()) {
        upstreamText = upstream;
    }
    QString line = u"%1 %2 \"%3 %4\" %5 %6 tries=%7 %8ms"_s.arg(
        time, client, QString::fromLatin1(method), QString::fromLatin1(uri), QString::number(status), upstreamText,
        triesText(), QString::number(double(durationUs) / 1000.0, 'f', 1));
    if (!error.isEmpty())
        line += u" (%1)"_s.arg(error);
    return line;
}
