#include "mockbehaviour.h"

#include "lablimits.h"
#include "units.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *faultNames[MockFault::KindCount] = {"reset",  "close",     "mid-body",  "hang",
                                                          "drip",   "malformed", "bad-chunk", "wrong-length"};

// "20ms", "1.5s", "2m"; a bare number takes the unit of `bareUnitMs`.
std::optional<double> parseMs(QStringView text, double bareUnitMs = 1)
{
    static const QRegularExpression re(u"^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit.isEmpty())
        return n * bareUnitMs;
    return n * (unit == u"ms" ? 1 : unit == u"s" ? 1000 : unit == u"m" ? 60000 : 3600000);
}

QString formatMs(double ms)
{
    if (ms >= 1000 && std::fmod(ms, 1000) == 0)
        return u"%1s"_s.arg(qint64(ms / 1000));
    return QString::number(ms, 'g', 12) + u"ms"_s;
}

QString formatShare(double p)
{
    return QString::number(p * 100, 'g', 12) + u'%';
}

} // namespace

std::optional<double> MockSyntax::parseProbability(QStringView text)
{
    QStringView t = text.trimmed();
    double scale = 1;
    if (t.endsWith(u'%')) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double p = t.trimmed().toDouble(&ok) * scale;
    if (!ok || p < 0 || p > 1)
        return std::nullopt;
    return p;
}

std::optional<MockLatency> MockSyntax::parseLatency(QStringView text, QString *error)
{
    const auto fail = [&] {
        *error = tr("expected a latency such as \"20ms\", \"10..50ms\", \"normal:40ms,10ms\", \"40ms±10ms\", "
                    "\"lognormal:40ms,10ms\" or \"none\", optionally followed by \"on 30%\"");
        return std::nullopt;
    };
    MockLatency l;
    QString t = text.trimmed().toString();
    static const QRegularExpression onShare(u"\\s+on\\s+(\\S+)$"_s);
    if (const QRegularExpressionMatch m = onShare.match(t); m.hasMatch()) {
        const auto p = parseProbability(m.captured(1));
        if (!p)
            return fail();
        l.share = *p;
        t.truncate(m.capturedStart());
    }
    if (t == u"none" || t == u"0" || t == u"0ms")
        return l;
    if (t.startsWith(u"normal:") || t.startsWith(u"lognormal:")) {
        const bool log = t.startsWith(u'l');
        const QStringList parts = t.section(u':', 1).split(u',');
        if (parts.size() != 2)
            return fail();
        const auto mean = parseMs(parts[0]);
        if (!mean)
            return fail();
        const auto sd = parseMs(parts[1]);
        if (!sd || (log && *mean <= 0))
            return fail();
        l.kind = log ? MockLatency::Kind::LogNormal : MockLatency::Kind::Normal;
        l.a = *mean;
        l.b = *sd;
        return l;
    }
    if (const qsizetype pm = t.indexOf(u'±'); pm > 0) {
        const auto mean = parseMs(QStringView(t).left(pm));
        if (!mean)
            return fail();
        // "800ms±200": the spread takes the mean's unit.
        const QString meanText = t.left(pm).trimmed();
        const double unit = meanText.endsWith(u"ms") ? 1 : meanText.endsWith(u's') ? 1000 : meanText.endsWith(u'm') ? 60000 : 1;
        const auto sd = parseMs(QStringView(t).mid(pm + 1), unit);
        if (!sd)
            return fail();
        l.kind = MockLatency::Kind::Normal;
        l.a = *mean;
        l.b = *sd;
        return l;
    }
    if (const qsizetype dots = t.indexOf(u".."); dots > 0) {
        // "10..50ms": the low end takes the high end's unit.
        const QString high = t.mid(dots + 2).trimmed();
        const auto hi = parseMs(high);
        if (!hi)
            return fail();
        const double unit = high.endsWith(u"ms") ? 1 : high.endsWith(u's') ? 1000 : high.endsWith(u'm') ? 60000 : 1;
        const auto lo = parseMs(QStringView(t).left(dots), unit);
        if (!lo || *lo > *hi)
            return fail();
        l.kind = MockLatency::Kind::Uniform;
        l.a = *lo;
        l.b = *hi;
        return l;
    }
    const auto ms = parseMs(t);
    if (!ms)
        return fail();
    l.kind = *ms > 0 ? MockLatency::Kind::Fixed : MockLatency::Kind::None;
    l.a = *ms;
    return l;
}

QString MockSyntax::formatLatency(const MockLatency &l)
{
    QString s;
    switch (l.kind) {
    case MockLatency::Kind::None: s = u"none"_s; break; // "none on 30%" reads back as it was
    case MockLatency::Kind::Fixed: s = formatMs(l.a); break;
    case MockLatency::Kind::Uniform: s = formatMs(l.a) + u".."_s + formatMs(l.b); break;
    case MockLatency::Kind::Normal: s = u"normal:"_s + formatMs(l.a) + u',' + formatMs(l.b); break;
    case MockLatency::Kind::LogNormal: s = u"lognormal:"_s + formatMs(l.a) + u',' + formatMs(l.b); break;
    }
    if (l.share < 1)
        s += u" on "_s + formatShare(l.share);
    return s;
}

std::optional<MockFault> MockSyntax::parseFault(QStringView text, QString *error)
{
    const QStringList parts = text.trimmed().toString().split(u':');
    MockFault f;
    int kind = -1;
    QString name = parts.value(0).toLower().replace(u'_', u'-');
    // Other spellings people reach for (Toxiproxy's, the words).
    static const std::pair<const char *, const char *> aliases[] = {
        {"rst", "reset"},          {"slow", "drip"},          {"slow-drip", "drip"},    {"midbody", "mid-body"},
        {"close-mid-body", "mid-body"}, {"garbage", "malformed"}, {"badchunk", "bad-chunk"},
        {"wrong-content-length", "wrong-length"}, {"bad-length", "wrong-length"}, {"timeout", "hang"}};
    for (const auto &[alias, canonical] : aliases) {
        if (name == QLatin1StringView(alias))
            name = QString::fromLatin1(canonical);
    }
    for (int i = 0; i < MockFault::KindCount; ++i) {
        if (name == QLatin1StringView(faultNames[i]))
            kind = i;
    }
    if (kind < 0 || parts.size() < 2 || parts.size() > 3) {
        QStringList names;
        for (const char *n : faultNames)
            names << QString::fromLatin1(n);
        *error = tr("expected a fault KIND:PROBABILITY such as \"reset:0.1\" (kinds: %1; drip takes a rate too: "
                    "\"drip:0.1:2k\" = 2 KiB/s)")
                     .arg(names.join(u", "_s));
        return std::nullopt;
    }
    f.kind = MockFault::Kind(kind);
    const auto p = parseProbability(parts[1]);
    if (!p) {
        *error = tr("the probability must be 0..1 or a percentage, e.g. 0.1 or 10%");
        return std::nullopt;
    }
    f.probability = *p;
    if (parts.size() == 3) {
        const auto rate = Units::parseSize(parts[2]);
        if (f.kind != MockFault::Kind::Drip || !rate || *rate <= 0) {
            *error = tr("only drip takes a rate (bytes per second, e.g. \"drip:0.1:2k\")");
            return std::nullopt;
        }
        f.bytesPerSecond = *rate;
    }
    return f;
}

QString MockSyntax::formatFault(const MockFault &f)
{
    QString s = faultName(f.kind) + u':' + QString::number(f.probability, 'g', 12);
    if (f.kind == MockFault::Kind::Drip)
        s += u':' + Units::formatSize(f.bytesPerSecond);
    return s;
}

std::optional<QList<MockFault>> MockSyntax::parseFaultList(QStringView text, QString *error)
{
    QList<MockFault> faults;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto f = parseFault(part.trimmed(), error);
        if (!f)
            return std::nullopt;
        faults.append(*f);
    }
    return faults;
}

QString MockSyntax::formatFaultList(const QList<MockFault> &faults)
{
    QStringList parts;
    for (const MockFault &f : faults)
        parts.append(formatFault(f));
    return parts.join(u", "_s);
}

QString MockSyntax::faultName(MockFault::Kind kind)
{
    return QString::fromLatin1(faultNames[int(kind)]);
}

std::optional<MockTimelineStep> MockSyntax::parseStep(QStringView text, QString *error)
{
    // "[at] TIME[:] ACTION [ARGS]"
    // TIME: "90s", "1.5m", "2h", or nginx's compound "1m30s".
    static const QRegularExpression re(
        u"^(?:at\\s+)?(\\d+(?:\\.\\d+)?(?:ms|s|m|h)?(?:\\d+(?:ms|s|m|h))*)\\s*:?\\s+(\\S+)\\s*(.*)$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed().toString());
    const auto usage = [&] {
        *error = tr("expected a step such as \"10s stop\" or \"at 20s: latency 800ms±200 on 30%\" (actions: start, "
                    "stop, pause, resume, status N, latency SPEC, errors RATE [STATUS] | errors off, fault KIND:P, "
                    "faults off, reset, repeat)");
        return std::nullopt;
    };
    if (!m.hasMatch())
        return usage();
    MockTimelineStep step;
    std::optional<double> at = parseMs(m.captured(1), 1000); // a bare number is seconds, like nginx
    if (!at) {
        if (const auto compound = Units::parseDurationMs(m.captured(1)))
            at = double(*compound);
    }
    if (!at)
        return usage();
    step.atMs = qint64(*at);
    const QString action = m.captured(2);
    const QString args = m.captured(3).trimmed();
    using A = MockTimelineStep::Action;
    static const std::pair<const char *, A> simple[] = {{"start", A::Start}, {"stop", A::Stop},   {"pause", A::Pause},
                                                        {"resume", A::Resume}, {"reset", A::Reset}, {"repeat", A::Repeat}};
    for (const auto &[name, a] : simple) {
        if (action == QLatin1StringView(name)) {
            if (!args.isEmpty())
                return usage();
            step.action = a;
            return step;
        }
    }
    if (action == u"status") {
        bool ok = false;
        step.action = A::Status;
        step.status = args.toInt(&ok);
        if (!ok || !LabLimits::HttpStatus.contains(step.status)) {
            *error = tr("status takes an HTTP status %1..%2").arg(LabLimits::HttpStatus.min).arg(LabLimits::HttpStatus.max);
            return std::nullopt;
        }
        return step;
    }
    if (action == u"latency") {
        const auto l = parseLatency(args, error);
        if (!l)
            return std::nullopt;
        step.action = A::Latency;
        step.latency = *l;
        return step;
    }
    if (action == u"errors") {
        step.action = A::Errors;
        if (args == u"off")
            return step;
        const QStringList parts = args.split(u' ', Qt::SkipEmptyParts);
        const auto p = parseProbability(parts.value(0));
        bool ok = true;
        step.status = parts.size() > 1 ? parts[1].toInt(&ok) : 0;
        if (!p || parts.size() > 2 || !ok || (step.status != 0 && !LabLimits::HttpStatus.contains(step.status))) {
            *error = tr("errors takes a rate and an optional status, e.g. \"errors 0.3 503\", or \"errors off\"");
            return std::nullopt;
        }
        step.rate = *p;
        return step;
    }
    if (action == u"fault") {
        const auto f = parseFault(args, error);
        if (!f)
            return std::nullopt;
        step.action = A::Fault;
        step.fault = *f;
        return step;
    }
    if (action == u"faults" && args == u"off") {
        step.action = A::NoFaults;
        return step;
    }
    return usage();
}

QString MockSyntax::formatStep(const MockTimelineStep &s)
{
    QString at = formatMs(double(s.atMs));
    using A = MockTimelineStep::Action;
    switch (s.action) {
    case A::Start: return at + u" start"_s;
    case A::Stop: return at + u" stop"_s;
    case A::Pause: return at + u" pause"_s;
    case A::Resume: return at + u" resume"_s;
    case A::Reset: return at + u" reset"_s;
    case A::Repeat: return at + u" repeat"_s;
    case A::NoFaults: return at + u" faults off"_s;
    case A::Status: return at + u" status "_s + QString::number(s.status);
    case A::Latency: return at + u" latency "_s + formatLatency(s.latency);
    case A::Fault: return at + u" fault "_s + formatFault(s.fault);
    case A::Errors:
        if (s.rate == 0 && s.status == 0)
            return at + u" errors off"_s;
        return at + u" errors "_s + QString::number(s.rate, 'g', 12) + (s.status ? u" "_s + QString::number(s.status) : QString());
    }
    return at;
}
