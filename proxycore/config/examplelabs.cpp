#include "examplelabs.h"

#include "lessons/guidedexamples.h"

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
    // The demo, the guided examples in lesson order, then two more small labs.
    return QStringList{u"demo"_s} + GuidedExamples::names() + QStringList{u"weighted"_s, u"failover"_s};
}

QString description(const QString &name)
{
    if (name == u"demo")
        return Tr::tr("three equal servers, round robin (alpha, beta, gamma in turn)");
    if (name == u"weighted")
        return Tr::tr("weights 5/1/1: nginx's smooth sequence a a b a c a a");
    if (name == u"failover")
        return Tr::tr("gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout");
    if (const auto guided = GuidedExamples::find(name))
        return Tr::tr("guided: %1").arg(guided->title);
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
    if (name == u"failover") {
        lab.name = u"Passive failover"_s;
        lab.backends[2].autostart = false;
        return lab;
    }
    if (const auto guided = GuidedExamples::find(name))
        return guided->lab;
    return std::nullopt;
}

} // namespace ExampleLabs
