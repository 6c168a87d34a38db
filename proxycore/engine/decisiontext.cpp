#include "decisiontext.h"

#include "config/nextupstreamconditions.h"

#include <QDateTime>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

using Candidate = PickDecision::Candidate;
using Method = PickDecision::Method;

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

QString milliseconds(double us)
{
    return QString::number(us / 1000.0, 'f', 2);
}

QString hex(quint32 value)
{
    return u"0x"_s + QString::number(value, 16).rightJustified(8, u'0');
}

QString nameOf(const PickDecision &d, int candidate)
{
    return candidate >= 0 && candidate < d.candidates.size() ? d.candidates[candidate].name : u"?"_s;
}

// ip_hash hashes three octets of an IPv4 address (or all 16 of an IPv6 one).
QString ipHashKey(const QByteArray &key)
{
    if (key.size() == 16) {
        Q_IPV6ADDR v6;
        memcpy(v6.c, key.constData(), 16);
        return QHostAddress(v6).toString();
    }
    QStringList octets;
    for (char c : key)
        octets << QString::number(quint8(c));
    return octets.join(u'.');
}

QString keyText(const QByteArray &key)
{
    QString text = QString::fromUtf8(key);
    if (text.size() > 80)
        text = text.left(80) + u'…';
    return u'"' + text + u'"';
}

} // namespace

QString DecisionText::methodName(Method method)
{
    switch (method) {
    case Method::RoundRobin: return tr("round robin");
    case Method::LeastConn: return u"least_conn"_s;
    case Method::LeastTime: return u"least_time"_s;
    case Method::IpHash: return u"ip_hash"_s;
    case Method::Hash: return u"hash"_s;
    case Method::ConsistentHash: return u"hash consistent"_s;
    case Method::Random: return u"random"_s;
    case Method::RandomTwo: return u"random two"_s;
    }
    return {};
}

QString DecisionText::skipText(const PickDecision &d, const Candidate &c)
{
    using Skip = PickDecision::Skip;
    switch (c.skip) {
    case Skip::None: return {};
    case Skip::Tried: return tr("already tried for this request");
    case Skip::Down: return tr("down");
    case Skip::Draining: return tr("draining");
    case Skip::Unhealthy: return tr("unhealthy (active health check)");
    case Skip::Failed: {
        // The balancer counts whole seconds on its own clock; the wall time
        // of the pick anchors it.
        const qint64 until = d.wallMs + (c.failedUntil - d.now) * 1000;
        return tr("failed until %1 (max_fails=%2 reached within fail_timeout=%3s)")
            .arg(QDateTime::fromMSecsSinceEpoch(until).toString(u"HH:mm:ss"_s))
            .arg(c.maxFails)
            .arg(c.failTimeout);
    }
    case Skip::MaxConns: return tr("max_conns=%1 reached (%2 active)").arg(c.maxConns).arg(c.conns);
    case Skip::BackupUnused: return tr("backup, not in use while a primary server can take the request");
    }
    return {};
}

QStringList DecisionText::lines(const PickDecision &d)
{
    QStringList out;
    const QString chosen = nameOf(d, d.chosen);
    using Fallback = PickDecision::Fallback;

    // A smooth-WRR round: each participant's current_weight before and after.
    auto roundLines = [&] {
        int total = 0;
        int tiedAtTop = 0;
        const int top = d.chosen >= 0 ? d.candidates[d.chosen].currentWeightBefore + d.candidates[d.chosen].added : 0;
        for (const Candidate &c : d.candidates) {
            total += c.inRound ? c.added : 0;
            tiedAtTop += c.inRound && c.currentWeightBefore + c.added == top ? 1 : 0;
        }
        for (int i = 0; i < d.candidates.size(); ++i) {
            const Candidate &c = d.candidates[i];
            if (!c.inRound)
                continue;
            QString line;
            if (i == d.chosen) {
                line = (tiedAtTop > 1 ? tr("%1: current_weight %2 + effective_weight %3 = %4, the highest (the first of equals) → chosen; minus the round's total %5 → %6")
                                      : tr("%1: current_weight %2 + effective_weight %3 = %4, the highest → chosen; minus the round's total %5 → %6"))
                           .arg(c.name)
                           .arg(c.currentWeightBefore)
                           .arg(c.added)
                           .arg(c.currentWeightBefore + c.added)
                           .arg(total)
                           .arg(c.currentWeightAfter);
            } else {
                line = tr("%1: current_weight %2 + effective_weight %3 = %4")
                           .arg(c.name)
                           .arg(c.currentWeightBefore)
                           .arg(c.added)
                           .arg(c.currentWeightAfter);
            }
            if (c.added < c.configuredWeight)
                line += tr(" (weight %1: lowered after failures or by slow_start)").arg(c.configuredWeight);
            out << line;
        }
    };
    auto probeLines = [&](auto describe) {
        // Only worth a line each when the method had to look more than once.
        if (d.probes.size() < 2)
            return;
        for (int i = 0; i < d.probes.size(); ++i) {
            const PickDecision::Probe &p = d.probes[i];
            const Candidate *c = p.candidate >= 0 && p.candidate < d.candidates.size() ? &d.candidates[p.candidate] : nullptr;
            const QString verdict = p.usable ? tr("usable") : c ? skipText(d, *c) : QString();
            out << tr("try %1: %2 → %3 (%4)").arg(i + 1).arg(describe(p), nameOf(d, p.candidate),
                                                          verdict.isEmpty() ? tr("not usable") : verdict);
        }
    };
    int inRound = 0;
    for (const Candidate &c : d.candidates)
        inRound += c.inRound ? 1 : 0;

    if (d.chosen < 0)
        out << tr("no live upstreams: no server could take the request");
    if (d.usedBackups)
        out << tr("no primary server could take it: the backup servers are in use");

    Method shown = d.method;
    switch (d.fallback) {
    case Fallback::None:
        break;
    case Fallback::SingleServer:
        if (d.chosen >= 0)
            out << tr("%1 is the group's only server: it is taken unless down or full, and never marked failed").arg(chosen);
        shown = Method::RoundRobin;
        break;
    case Fallback::EmptyKey:
        out << tr("the hash key is empty: round robin decides");
        shown = Method::RoundRobin;
        break;
    case Fallback::TwentyMisses:
        out << tr("%1 found no usable server in 20 tries: round robin decides").arg(methodName(d.method));
        shown = Method::RoundRobin;
        break;
    }

    if (d.chosen >= 0 && d.fallback != Fallback::SingleServer) {
        switch (shown) {
        case Method::RoundRobin:
            out << tr("smooth weighted round robin → %1: the highest current_weight after adding each server's effective_weight")
                       .arg(chosen);
            roundLines();
            break;
        case Method::LeastConn:
        case Method::LeastTime: {
            const bool time = shown == Method::LeastTime;
            double best = -1;
            for (const Candidate &c : d.candidates) {
                if (c.skip != PickDecision::Skip::None)
                    continue;
                const double score = time ? c.averageTimeUs * (c.conns + 1) / c.weight : double(c.conns) / c.weight;
                if (best < 0 || score < best)
                    best = score;
            }
            if (time)
                out << tr("least_time (NGINX Plus, simulated) → %1: the lowest average time × (active + 1) / weight, %2 ms")
                           .arg(chosen, milliseconds(best));
            else
                out << tr("least_conn → %1: the fewest active connections per weight, %2").arg(chosen, number(best));
            for (const Candidate &c : d.candidates) {
                if (c.skip != PickDecision::Skip::None)
                    continue;
                if (!time)
                    out << tr("%1: %2 active / weight %3 = %4").arg(c.name).arg(c.conns).arg(c.weight).arg(number(double(c.conns) / c.weight));
                else if (c.averageTimeUs == 0)
                    out << tr("%1: no response timed yet, scores 0 (the best)").arg(c.name);
                else
                    out << tr("%1: average %2 ms × (%3 active + 1) / weight %4 = %5 ms")
                               .arg(c.name, milliseconds(c.averageTimeUs))
                               .arg(c.conns)
                               .arg(c.weight)
                               .arg(milliseconds(c.averageTimeUs * (c.conns + 1) / c.weight));
            }
            if (inRound > 1) {
                out << (time ? tr("tie: %1 servers within 1 % of the best score; smooth weighted round robin breaks it").arg(inRound)
                             : tr("tie: %1 servers share the lowest ratio; smooth weighted round robin breaks it").arg(inRound));
                roundLines();
            }
            break;
        }
        case Method::IpHash: {
            const PickDecision::Probe p = d.probes.isEmpty() ? PickDecision::Probe() : d.probes.back();
            const QString key = d.key == QByteArray(3, '\0') ? tr("0.0.0 (no IP address)") : ipHashKey(d.key);
            out << (d.key.size() == 16
                        ? tr("ip_hash → %1: client address %2 hashes to %3; %3 mod total weight %4 = %5")
                        : tr("ip_hash → %1: client key %2 (an IPv4 address's first three octets) hashes to %3; %3 mod total weight %4 = %5"))
                       .arg(chosen, key)
                       .arg(p.value)
                       .arg(d.totalWeight)
                       .arg(p.slot);
            probeLines([](const PickDecision::Probe &q) { return tr("hash %1, slot %2").arg(q.value).arg(q.slot); });
            break;
        }
        case Method::Hash: {
            const PickDecision::Probe p = d.probes.isEmpty() ? PickDecision::Probe() : d.probes.back();
            out << tr("hash → %1: key %2 hashes to %3; %3 mod total weight %4 = %5")
                       .arg(chosen, keyText(d.key))
                       .arg(p.value)
                       .arg(d.totalWeight)
                       .arg(p.slot);
            probeLines([](const PickDecision::Probe &q) { return tr("hash %1, slot %2").arg(q.value).arg(q.slot); });
            break;
        }
        case Method::ConsistentHash: {
            const PickDecision::Probe p = d.probes.isEmpty() ? PickDecision::Probe() : d.probes.back();
            out << tr("hash consistent → %1: key %2 has CRC-32 %3; the first ring point at or after it is #%4 of %5 (%6)")
                       .arg(chosen, keyText(d.key), hex(d.keyHash))
                       .arg(p.slot)
                       .arg(d.ringPoints)
                       .arg(hex(p.value));
            probeLines([](const PickDecision::Probe &q) { return tr("ring point #%1 (%2)").arg(q.slot).arg(hex(q.value)); });
            if (!d.ringNext.isEmpty()) {
                QStringList next;
                for (int c : d.ringNext)
                    next << nameOf(d, c);
                out << tr("next servers on the ring: %1").arg(next.join(u", "_s));
            }
            break;
        }
        case Method::Random: {
            const PickDecision::Probe p = d.probes.isEmpty() ? PickDecision::Probe() : d.probes.back();
            out << tr("random → %1: drew %2; %2 mod total weight %3 = %4").arg(chosen).arg(p.value).arg(d.totalWeight).arg(p.slot);
            probeLines([](const PickDecision::Probe &q) { return tr("drew %1, slot %2").arg(q.value).arg(q.slot); });
            break;
        }
        case Method::RandomTwo: {
            if (d.drawnFirst < 0 || d.drawnSecond < 0)
                break;
            const Candidate &a = d.candidates[d.drawnFirst];
            const Candidate &b = d.candidates[d.drawnSecond];
            const bool equal = qint64(b.conns) * a.weight == qint64(a.conns) * b.weight;
            out << tr("random two → %1: drew %2 (%3 active / weight %4) and %5 (%6 active / weight %7)")
                       .arg(chosen, a.name)
                       .arg(a.conns)
                       .arg(a.weight)
                       .arg(b.name)
                       .arg(b.conns)
                       .arg(b.weight);
            out << (equal ? tr("equal load per weight: the second drawn wins, as in nginx")
                          : tr("%1 has fewer active connections per weight").arg(chosen));
            probeLines([](const PickDecision::Probe &q) { return tr("drew %1, slot %2").arg(q.value).arg(q.slot); });
            break;
        }
        }
    }

    for (const Candidate &c : d.candidates) {
        if (c.skip != PickDecision::Skip::None)
            out << tr("%1: skipped, %2").arg(c.name, skipText(d, c));
    }
    return out;
}

quint32 DecisionText::condition(const UpstreamAttempt &a)
{
    using Outcome = UpstreamAttempt::Outcome;
    switch (a.outcome) {
    case Outcome::Refused:
    case Outcome::Error: return NextError;
    case Outcome::Timeout: return NextTimeout;
    case Outcome::InvalidHeader: return NextInvalidHeader;
    case Outcome::HttpStatus: return NextUpstreamConditions::flagForStatus(a.status);
    case Outcome::Ok:
    case Outcome::Aborted: return 0;
    }
    return 0;
}

quint32 DecisionText::retriedUnder(const RequestRecord &r)
{
    quint32 mask = 0;
    for (int i = 0; i < r.attempts.size(); ++i) {
        // A failed try followed by another was retried under its condition.
        if (i + 1 < r.attempts.size() || r.failedPick)
            mask |= condition(r.attempts[i]);
    }
    return mask;
}

QString DecisionText::chain(const RequestRecord &r)
{
    using Outcome = UpstreamAttempt::Outcome;
    QStringList parts;
    for (int i = 0; i < r.attempts.size(); ++i) {
        const UpstreamAttempt &a = r.attempts[i];
        QString what;
        switch (a.outcome) {
        case Outcome::Ok: what = QString::number(a.status); break;
        case Outcome::Refused: what = tr("connect refused"); break;
        case Outcome::Timeout: what = tr("timed out"); break;
        case Outcome::Error: what = tr("connection error"); break;
        case Outcome::InvalidHeader: what = tr("invalid header"); break;
        case Outcome::HttpStatus: what = QString::number(a.status); break;
        case Outcome::Aborted: what = tr("aborted"); break;
        }
        const bool retried = i + 1 < r.attempts.size() || r.failedPick;
        if (const quint32 flag = condition(a); retried && flag != 0)
            what += tr(" (next_upstream %1)").arg(NextUpstreamConditions::name(flag));
        parts << a.server + u": "_s + what;
    }
    if (r.failedPick)
        parts << tr("no live upstreams");
    return parts.join(u" → "_s);
}

QString DecisionText::oneLine(const RequestRecord &r)
{
    if (r.upstream.isEmpty())
        return tr("answered by the proxy itself, no upstream");
    QStringList parts;
    const QString chainText = chain(r);
    parts << (chainText.isEmpty() ? tr("no server was picked") : chainText);
    int pick = 0;
    auto add = [&](const PickDecision &d) { parts << tr("pick %1: %2").arg(++pick).arg(lines(d).join(u"; "_s)); };
    for (const UpstreamAttempt &a : r.attempts) {
        if (a.decision)
            add(*a.decision);
    }
    if (r.failedPick)
        add(*r.failedPick);
    if (pick == 0 && !r.attempts.isEmpty())
        parts << tr("the decision was not recorded");
    return parts.join(u" | "_s);
}
