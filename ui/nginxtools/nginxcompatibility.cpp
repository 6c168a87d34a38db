#include "nginxcompatibility.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

int versionOf(NginxCompatibility::Target t)
{
    switch (t) {
    case NginxCompatibility::Target::Nginx114: return 11400;
    case NginxCompatibility::Target::Nginx118: return 11800;
    case NginxCompatibility::Target::Nginx122: return 12200;
    case NginxCompatibility::Target::Nginx126: return 12600;
    case NginxCompatibility::Target::Plus: return 99999;
    }
    return 12200;
}

// Directives (or parameters) the export can write, with the open-source
// version that introduced them (nginx's CHANGES).
struct Introduced {
    const char *pattern;
    int version;
    const char *what;
};
const Introduced introduced[] = {
    {"^\\s*random\\b", 11501, "random (nginx 1.15.1)"},
    {"^\\s*proxy_socket_keepalive\\b", 11506, "proxy_socket_keepalive (nginx 1.15.6)"},
    {"^\\s*keepalive_time\\b", 11910, "keepalive_time (nginx 1.19.10)"},
};

} // namespace

QList<NginxCompatibility::Target> NginxCompatibility::targets()
{
    return {Target::Nginx114, Target::Nginx118, Target::Nginx122, Target::Nginx126, Target::Plus};
}

QString NginxCompatibility::targetName(Target target)
{
    switch (target) {
    case Target::Nginx114: return tr("nginx 1.14 (Ubuntu 18.04)");
    case Target::Nginx118: return tr("nginx 1.18 (Debian 11, Ubuntu 22.04)");
    case Target::Nginx122: return tr("nginx 1.22 (Debian 12)");
    case Target::Nginx126: return tr("nginx 1.26 and newer");
    case Target::Plus: return tr("NGINX Plus");
    }
    return {};
}

QList<NginxCompatibility::Badge> NginxCompatibility::badges(const QString &config, Target target)
{
    QList<Badge> result;
    const int version = versionOf(target);
    const QStringList lines = config.split(u'\n');
    static const QRegularExpression plusTag(u"\\[plus: ([^\\]]+)\\]"_s);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        // Plus parameters ride on the server line: "server …;  # name [plus: slow_start=10s]".
        if (const auto m = plusTag.match(line); m.hasMatch()) {
            const QString params = m.captured(1);
            Badge b{i, true, {}};
            if (target == Target::Plus) {
                b.text = tr("NGINX Plus: add %1 to this server line (the export writes it as a comment for open source)").arg(params);
            } else if (params.startsWith(u"slow_start")) {
                b.text = tr("Needs NGINX Plus: %1. Open source has no weight ramp: bring the server back with a low weight and raise it by hand.").arg(params);
            } else if (params.startsWith(u"drain")) {
                b.text = tr("Needs NGINX Plus: drain. Open source: mark the server down (requests in flight still finish).");
            } else {
                b.text = tr("Needs NGINX Plus: %1.").arg(params);
            }
            result << b;
            continue;
        }
        if (trimmed.startsWith(u"# upstreamlab-health-check")) {
            result << Badge{i, true,
                            target == Target::Plus
                                ? tr("NGINX Plus: write health_check in the location and a match block (see the comment above)")
                                : tr("Needs NGINX Plus: active health checks. Open source has passive checks only: max_fails and fail_timeout.")};
            continue;
        }
        if (trimmed.startsWith(u"# upstreamlab-method least_time")) {
            result << Badge{i, true,
                            target == Target::Plus ? tr("NGINX Plus: replace least_conn with the least_time line in this comment")
                                                   : tr("Needs NGINX Plus: least_time. The export uses least_conn, the nearest open-source method.")};
            continue;
        }
        if (trimmed.startsWith(u'#'))
            continue;
        for (const Introduced &d : introduced) {
            if (d.version <= version)
                continue;
            static thread_local QHash<const char *, QRegularExpression> cache;
            auto it = cache.find(d.pattern);
            if (it == cache.end())
                it = cache.insert(d.pattern, QRegularExpression(QString::fromLatin1(d.pattern)));
            if (it->match(line).hasMatch())
                result << Badge{i, false, tr("Needs a newer nginx than %1: %2").arg(targetName(target), QString::fromLatin1(d.what))};
        }
    }
    return result;
}
