#include "nginxcompatibility.h"

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

// 11501 → "1.15.1"
QString versionText(int version)
{
    return u"%1.%2.%3"_s.arg(version / 10000).arg(version / 100 % 100).arg(version % 100);
}

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

QList<NginxCompatibility::Badge> NginxCompatibility::badges(const NginxExport &exported, Target target)
{
    using Kind = NginxExport::Annotation::Kind;
    QList<Badge> result;
    const bool plus = target == Target::Plus;
    for (const NginxExport::Annotation &a : exported.annotations) {
        switch (a.kind) {
        case Kind::PlusServerParameters: {
            // The parameters ride on the server line: "server …;  # name [plus: slow_start=10s]".
            Badge b{a.line, true, {}};
            if (plus)
                b.text = tr("NGINX Plus: add %1 to this server line (the export writes it as a comment for open source)").arg(a.detail);
            else if (a.detail.startsWith(u"slow_start"))
                b.text = tr("Needs NGINX Plus: %1. Open source has no weight ramp: bring the server back with a low weight and raise it by hand.").arg(a.detail);
            else if (a.detail.startsWith(u"drain"))
                b.text = tr("Needs NGINX Plus: drain. Open source: mark the server down (requests in flight still finish).");
            else
                b.text = tr("Needs NGINX Plus: %1.").arg(a.detail);
            result << b;
            break;
        }
        case Kind::PlusHealthCheck:
            result << Badge{a.line, true,
                            plus ? tr("NGINX Plus: write health_check in the location and a match block (see the comment above)")
                                 : tr("Needs NGINX Plus: active health checks. Open source has passive checks only: max_fails and fail_timeout.")};
            break;
        case Kind::PlusLeastTime:
            result << Badge{a.line, true,
                            plus ? tr("NGINX Plus: replace least_conn with the least_time line in this comment")
                                 : tr("Needs NGINX Plus: least_time. The export uses least_conn, the nearest open-source method.")};
            break;
        case Kind::NewerDirective:
            if (a.sinceVersion > versionOf(target))
                result << Badge{a.line, false,
                                tr("Needs a newer nginx than %1: %2")
                                    .arg(targetName(target), u"%1 (nginx %2)"_s.arg(a.detail, versionText(a.sinceVersion)))};
            break;
        }
    }
    return result;
}
