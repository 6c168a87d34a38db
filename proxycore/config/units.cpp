#include "units.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Units {

std::optional<qint64> parseDurationMs(QStringView text)
{
    // nginx accepts a sequence such as "1m30s"; each part is a number and a unit.
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qint64 n = 0;
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit()) {
            n = n * 10 + text[i].digitValue();
            if (n > 1'000'000'000'000LL)
                return std::nullopt;
            ++i;
        }
        if (i == start)
            return std::nullopt;
        const QStringView rest = text.sliced(i);
        qint64 factor = 1000;
        if (rest.startsWith(u"ms")) {
            factor = 1;
            i += 2;
        } else if (i < text.size()) {
            switch (text[i].unicode()) {
            case 's': factor = 1000; break;
            case 'm': factor = 60'000; break;
            case 'h': factor = 3'600'000; break;
            case 'd': factor = 86'400'000; break;
            case 'w': factor = 7 * 86'400'000LL; break;
            default: return std::nullopt;
            }
            ++i;
        } else if (start != 0) {
            return std::nullopt; // "1m30" is not nginx syntax
        }
        if (n > (std::numeric_limits<qint64>::max() - total) / factor)
            return std::nullopt; // "99999999999w" does not fit: not a duration
        total += n * factor;
    }
    return total;
}

std::optional<qint64> parseSize(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 factor = 1;
    QStringView digits = text;
    switch (text.back().toLower().unicode()) {
    case 'k': factor = 1024; digits.chop(1); break;
    case 'm': factor = 1024 * 1024; digits.chop(1); break;
    case 'g': factor = 1024LL * 1024 * 1024; digits.chop(1); break;
    default: break;
    }
    if (digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    qint64 n = 0;
    for (QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
        n = n * 10 + c.digitValue();
    }
    return n * factor;
}

QString formatDurationMs(qint64 ms)
{
    if (ms == 0)
        return u"0s"_s;
    if (ms % 1000 != 0)
        return u"%1ms"_s.arg(ms);
    const qint64 s = ms / 1000;
    if (s % 3600 == 0)
        return u"%1h"_s.arg(s / 3600);
    if (s % 60 == 0)
        return u"%1m"_s.arg(s / 60);
    return u"%1s"_s.arg(s);
}

QString formatSize(qint64 bytes)
{
    if (bytes != 0 && bytes % (1024LL * 1024 * 1024) == 0)
        return u"%1g"_s.arg(bytes / (1024LL * 1024 * 1024));
    if (bytes != 0 && bytes % (1024 * 1024) == 0)
        return u"%1m"_s.arg(bytes / (1024 * 1024));
    if (bytes != 0 && bytes % 1024 == 0)
        return u"%1k"_s.arg(bytes / 1024);
    return QString::number(bytes);
}

} // namespace Units
