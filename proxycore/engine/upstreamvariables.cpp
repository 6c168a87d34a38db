#include "upstreamvariables.h"

#include "http/httpwriter.h"

namespace UpstreamVariables {

QByteArray addresses(const UpstreamAttempts &before, const QByteArray &last)
{
    if (before.isEmpty())
        return last;
    QByteArray out;
    for (const UpstreamAttempt &attempt : before)
        out.append(attempt.address.toLatin1()).append(", ");
    out.append(last);
    return out;
}

QByteArray statuses(const UpstreamAttempts &before, int last)
{
    QByteArray out;
    for (const UpstreamAttempt &attempt : before) {
        HttpWriter::appendNumber(out, attempt.status ? attempt.status : 502);
        out.append(", ");
    }
    HttpWriter::appendNumber(out, last);
    return out;
}

} // namespace UpstreamVariables
