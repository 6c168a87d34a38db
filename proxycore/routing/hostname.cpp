#include "hostname.h"

namespace HostName {

std::optional<QByteArray> validated(QByteArrayView host)
{
    QByteArray lowered;
    const std::optional<QByteArrayView> valid = validate(host, lowered);
    if (!valid)
        return std::nullopt;
    return lowered.isNull() ? valid->toByteArray() : lowered;
}

std::optional<QByteArrayView> validate(QByteArrayView host, QByteArray &lowered)
{
    enum { Usual, Literal, Rest } state = Usual;
    qsizetype dotPos = host.size(); // "no dot yet": never i - 1 for i >= 1
    qsizetype hostLength = host.size();
    bool upper = false;
    for (qsizetype i = 0; i < host.size(); ++i) {
        const auto ch = static_cast<unsigned char>(host[i]);
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
            if (ch == '/' || ch <= 0x20 || ch == 0x7f)
                return std::nullopt;
            upper = upper || (ch >= 'A' && ch <= 'Z');
            break;
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
