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
    // The demo, the guided examples in lesson order, then three more small labs.
    return QStringList{u"demo"_s} + GuidedExamples::names()
         + QStringList{u"weighted"_s, u"failover"_s, u"virtual-hosts"_s};
}

QString description(const QString &name)
{
    if (name == u"demo")
        return Tr::tr("three equal servers, round robin (alpha, beta, gamma in turn)");
    if (name == u"weighted")
        return Tr::tr("weights 5/1/1: nginx's smooth sequence a a b a c a a");
    if (name == u"failover")
        return Tr::tr("gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout");
    if (name == u"virtual-hosts")
        return Tr::tr("three server blocks on one port chosen by Host (localhost, api.localhost, *.static.localhost), "
                      "a regex location and rewrites");
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
    if (name == u"virtual-hosts") {
        // Browsers send *.localhost to loopback, so each block is one click away.
        lab.name = u"Virtual hosts"_s;
        UpstreamGroup api;
        api.name = u"api"_s;
        api.servers = {lab.upstreams[0].servers[1], lab.upstreams[0].servers[2]};
        lab.upstreams.append(api);
        Listener &site = lab.listeners[0];
        site.serverNames = {u"localhost"_s};
        site.defaultServer = true;
        site.rewrites = {{u"^/old/(.*)$"_s, u"/$1"_s, RewriteRule::Flag::Permanent}};
        Route images = Route::returning(u"\\.(png|jpe?g|gif)$"_s, 200, u"an image: $uri\n"_s);
        images.match = LocationMatch::RegexCaseless;
        site.routes.append(images);
        Route apiPath = Route::proxyTo(u"/api/"_s, u"api"_s);
        apiPath.proxyUri = u"/"_s;
        site.routes.append(apiPath);
        Listener apiHost;
        apiHost.serverNames = {u"api.localhost"_s};
        apiHost.routes = {Route::proxyTo(u"/"_s, u"api"_s)};
        apiHost.routes[0].headers.addHeader = {{u"X-Served-By"_s, u"$server_name $upstream_addr"_s, false}};
        lab.listeners.append(apiHost);
        Listener statics;
        statics.serverNames = {u"*.static.localhost"_s};
        statics.routes = {Route::returning(u"/"_s, 200, u"static files for $host\n"_s)};
        lab.listeners.append(statics);
        return lab;
    }
    if (const auto guided = GuidedExamples::find(name))
        return guided->lab;
    return std::nullopt;
}

} // namespace ExampleLabs
