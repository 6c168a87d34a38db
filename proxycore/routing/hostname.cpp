#include "hostname.h"

namespace HostName {

std::optional<QByteArray> validated(QByteArrayView host)
{
    enum { Usual, Literal, Rest } state = Usual;
    qsizetype dotPos = host.size(); // "no dot yet": never i - 1 for i >= 1
    qsizetype hostLength = host.size();
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
            break;
        }
    }
    if (dotPos == hostLength - 1)
        --hostLength;
    if (hostLength <= 0)
        return std::nullopt;
    return host.first(hostLength).toByteArray().toLower();
}

} // namespace HostName
