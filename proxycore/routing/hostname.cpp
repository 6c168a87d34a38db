#include "hostname.h"

#include <array>

namespace HostName {

std::optional<QByteArray> validated(QByteArrayView host)
{
    QByteArray lowered;
    const std::optional<QByteArrayView> valid = validate(host, lowered);
    if (!valid)
        return std::nullopt;
    return lowered.isNull() ? valid->toByteArray() : lowered;
}

namespace {
// What validate() does with each byte: most are Plain and cost one lookup
// instead of a switch.
enum ByteClass : unsigned char { Plain, Upper, Special, Bad };
constexpr auto ByteClasses = [] {
    std::array<ByteClass, 256> t{};
    for (int c = 0; c <= 0x20; ++c)
        t[size_t(c)] = Bad;
    t['/'] = t[0x7f] = Bad;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = Upper;
    t['.'] = t[':'] = t['['] = t[']'] = Special;
    return t;
}();
} // namespace

std::optional<QByteArrayView> validate(QByteArrayView host, QByteArray &lowered)
{
    enum { Usual, Literal, Rest } state = Usual;
    qsizetype dotPos = host.size(); // "no dot yet": never i - 1 for i >= 1
    qsizetype hostLength = host.size();
    bool upper = false;
    for (qsizetype i = 0; i < host.size(); ++i) {
        const auto ch = static_cast<unsigned char>(host[i]);
        const ByteClass k = ByteClasses[ch];
        if (k == Plain)
            continue;
        if (k == Upper) {
            upper = true;
            continue;
        }
        if (k == Bad)
            return std::nullopt;
        switch (ch) {
        case '.':
            if (dotPos == i - 1)
                return std::nullopt;
            dotPos = i;
            break;
        case ':':
            if (state == Usual) {
                hostLength = i;
                state = Rest;
            }
            break;
        case '[':
            if (i == 0)
                state = Literal;
            break;
        case ']':
            if (state == Literal) {
                hostLength = i + 1;
                state = Rest;
            }
            break;
        default:
            Q_UNREACHABLE();
        }
    }
    if (dotPos == hostLength - 1)
        --hostLength;
    if (hostLength <= 0)
        return std::nullopt;
    const QByteArrayView name = host.first(hostLength);
    if (!upper) // (one after the port, which is cut, only costs a needless copy)
        return name;
    lowered = name.toByteArray().toLower();
    return QByteArrayView(lowered);
}

} // namespace HostName
