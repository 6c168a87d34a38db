#include "nextupstreamconditions.h"

using namespace Qt::StringLiterals;

namespace {

using Condition = NextUpstreamConditions::Condition;

// nginx's ngx_http_proxy_next_upstream_masks, in its documentation's order.
constexpr Condition conditions[] = {
    {NextError, "error"_L1, 0,
     QT_TRANSLATE_NOOP("NextUpstreamConditions", "connecting, sending the request or reading the response head failed")},
    {NextTimeout, "timeout"_L1, 0,
     QT_TRANSLATE_NOOP("NextUpstreamConditions", "connecting, sending the request or reading the response head timed out")},
    {NextInvalidHeader, "invalid_header"_L1, 0,
     QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server's response head was empty or invalid")},
    {NextHttp500, "http_500"_L1, 500, QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 500")},
    {NextHttp502, "http_502"_L1, 502, QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 502")},
    {NextHttp503, "http_503"_L1, 503, QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 503")},
    {NextHttp504, "http_504"_L1, 504, QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 504")},
    {NextHttp403, "http_403"_L1, 403,
     QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 403 (not counted as a failure)")},
    {NextHttp404, "http_404"_L1, 404,
     QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 404 (not counted as a failure)")},
    {NextHttp429, "http_429"_L1, 429, QT_TRANSLATE_NOOP("NextUpstreamConditions", "the server answered 429")},
    {NextNonIdempotent, "non_idempotent"_L1, 0,
     QT_TRANSLATE_NOOP("NextUpstreamConditions",
                       "POST, LOCK and PATCH are retried too, even after the request reached a server")},
};

const Condition *find(quint32 flag)
{
    for (const Condition &c : conditions) {
        if (c.flag == flag)
            return &c;
    }
    return nullptr;
}

} // namespace

std::span<const NextUpstreamConditions::Condition> NextUpstreamConditions::all()
{
    return conditions;
}

quint32 NextUpstreamConditions::flag(QStringView name)
{
    for (const Condition &c : conditions) {
        if (name == c.name)
            return c.flag;
    }
    return 0;
}

QString NextUpstreamConditions::name(quint32 flag)
{
    const Condition *c = find(flag);
    return c ? QString(c->name) : QString();
}

quint32 NextUpstreamConditions::flagForStatus(int status)
{
    for (const Condition &c : conditions) {
        if (c.status != 0 && c.status == status)
            return c.flag;
    }
    return 0;
}

int NextUpstreamConditions::status(quint32 flag)
{
    const Condition *c = find(flag);
    return c ? c->status : 0;
}

QStringList NextUpstreamConditions::names(quint32 mask)
{
    QStringList words;
    for (const Condition &c : conditions) {
        if (mask & c.flag)
            words.append(c.name);
    }
    return words;
}

QString NextUpstreamConditions::text(quint32 mask)
{
    const QStringList words = names(mask);
    return words.isEmpty() ? u"off"_s : words.join(u' ');
}

QString NextUpstreamConditions::acceptedWords()
{
    QStringList words;
    for (const Condition &c : conditions)
        words.append(c.name);
    words.append(u"off"_s);
    return words.join(u", "_s);
}

QString NextUpstreamConditions::description(quint32 flag)
{
    const Condition *c = find(flag);
    return c ? tr(c->description) : QString();
}
