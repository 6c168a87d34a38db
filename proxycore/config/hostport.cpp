#include "hostport.h"

using namespace Qt::StringLiterals;

std::optional<HostPort> HostPort::parse(const QString &text, quint16 defaultPort)
{
    QString host = text.trimmed();
    int port = defaultPort;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            bool ok = false;
            port = rest.mid(1).toInt(&ok);
            if (!ok)
                return std::nullopt;
        }
        host = host.mid(1, close - 1);
    } else if (host.count(u':') == 1) {
        const qsizetype colon = host.indexOf(u':');
        bool ok = false;
        port = host.mid(colon + 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
        host.truncate(colon);
    }
    if (port < 0 || port > 65535) // 0 = any free port (tests, quick labs)
        return std::nullopt;
    HostPort hp;
    hp.port = quint16(port);
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        hp.address = QHostAddress(QHostAddress::LocalHost);
    else if (!hp.address.setAddress(host))
        return std::nullopt;
    return hp;
}

QString HostPort::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]:%2"_s.arg(address.toString()).arg(port);
    return u"%1:%2"_s.arg(address.toString()).arg(port);
}
