#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

// proxy_next_upstream's conditions as bits of ProxySettings::nextUpstream.
enum NextUpstreamFlag : quint32 {
    NextError = 1u << 0,
    NextTimeout = 1u << 1,
    NextInvalidHeader = 1u << 2,
    NextHttp500 = 1u << 3,
    NextHttp502 = 1u << 4,
    NextHttp503 = 1u << 5,
    NextHttp504 = 1u << 6,
    NextHttp403 = 1u << 7,
    NextHttp404 = 1u << 8,
    NextHttp429 = 1u << 9,
    NextNonIdempotent = 1u << 10,
};

// The one table of proxy_next_upstream's conditions: bit, nginx's word and
// what it means. The lab JSON, the nginx importer and exporter, the engine's
// explanations and the UI all read it, so a condition is added in one place.
// "off" is not a condition (an empty mask) and "updating" only matters with a
// cache, which the lab does not have.
class NextUpstreamConditions
{
    Q_DECLARE_TR_FUNCTIONS(NextUpstreamConditions)

public:
    struct Condition {
        NextUpstreamFlag flag;
        QLatin1StringView name;  // nginx's word: "http_502"
        int status;              // the upstream status an http_* condition names, else 0
        const char *description; // untranslated; description() translates it
    };

    // In nginx's documentation order, which is also the order words are written in.
    static std::span<const Condition> all();
    // The flag for nginx's word, or 0 when it is not a condition ("off" included).
    static quint32 flag(QStringView name);
    // "http_502" for NextHttp502; empty for 0 or a mask of several bits.
    static QString name(quint32 flag);
    // The http_* flag for an upstream status (502 → NextHttp502), else 0.
    static quint32 flagForStatus(int status);
    // The status an http_* flag names (NextHttp502 → 502), else 0.
    static int status(quint32 flag);
    // The mask's words in table order; none for an empty mask.
    static QStringList names(quint32 mask);
    // proxy_next_upstream's argument text: "error timeout", or "off" for an empty mask.
    static QString text(quint32 mask);
    // Every word nginx accepts, comma-separated, "off" last (for error messages).
    static QString acceptedWords();
    // What the condition means, translated; empty for an unknown flag.
    static QString description(quint32 flag);
};
