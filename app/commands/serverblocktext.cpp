#include "serverblocktext.h"

#include "engine/proxyengine.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ServerBlockText {

QString describe(const Listener &listener, const ProxyEngine &engine)
{
    QStringList urls;
    for (const ListenAddress &listen : listener.listens()) {
        QString host = listen.address;
        if (host.contains(u':') && !host.startsWith(u'['))
            host = u'[' + host + u']';
        urls.append(u"http://%1:%2/"_s.arg(host).arg(engine.listenPort(listen.address, listen.port))
                    + (listen.defaultServer ? u" default_server"_s : QString()));
    }
    QString text = urls.join(u", "_s);
    if (!listener.serverNames.isEmpty())
        text += u"  server_name "_s + listener.serverNames.join(u' ');
    return text;
}

QString rewrite(const RewriteRule &rule)
{
    const QString flag = RewriteRule::flagName(rule.flag);
    return u"rewrite %1 %2%3"_s.arg(rule.regex, rule.replacement, flag.isEmpty() ? QString() : u' ' + flag);
}

} // namespace ServerBlockText
