#include "examplelabs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ExampleLabs {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExampleLabs)
};
} // namespace

QStringList names()
{
    return {u"demo"_s, u"weighted"_s, u"backup"_s, u"failover"_s};
}

QString description(const QString &name)
{
    if (name == u"demo")
        return Tr::tr("three equal servers, round robin (alpha, beta, gamma in turn)");
    if (name == u"weighted")
        return Tr::tr("weights 5/1/1: nginx's smooth sequence a a b a c a a");
    if (name == u"backup")
        return Tr::tr("two primaries and a backup; stop both primaries to see the backup take over");
    if (name == u"failover")
        return Tr::tr("gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout");
    return {};
}

std::optional<LabConfig> lab(const QString &name)
{
    LabConfig lab = LabConfig::demo();
    if (name == u"demo")
        return lab;
    if (name == u"weighted") {
        lab.name = u"Weighted round robin"_s;
        lab.upstreams[0].servers[0].weight = 5;
        return lab;
    }
    if (name == u"backup") {
        lab.name = u"Backup server"_s;
        lab.upstreams[0].servers[2].backup = true;
        return lab;
    }
    if (name == u"failover") {
        lab.name = u"Passive failover"_s;
        lab.backends[2].autostart = false;
        return lab;
    }
    return std::nullopt;
}

} // namespace ExampleLabs
