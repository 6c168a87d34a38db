#include "labexposure.h"

#include "hostport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
constexpr Qt::CaseSensitivity PathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity PathCase = Qt::CaseSensitive;
#endif

QString bare(const QString &host)
{
    return host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host;
}

QString listenEndpoint(const QString &address, int port)
{
    const QString host = address.contains(u':') && !address.startsWith(u'[') ? u'[' + address + u']' : address;
    return u"%1:%2"_s.arg(host).arg(port);
}

QString loopbackFor(const QString &address)
{
    const bool brackets = address.startsWith(u'[');
    return QHostAddress(bare(address)).protocol() == QAbstractSocket::IPv6Protocol ? (brackets ? u"[::1]"_s : u"::1"_s)
                                                                                   : u"127.0.0.1"_s;
}

} // namespace

bool LabExposure::isLoopbackHost(const QString &host)
{
    const QString h = bare(host.trimmed());
    if (h.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address(h);
    // ::ffff:127.0.0.1 is loopback too; QHostAddress::isLoopback() alone says no.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    return address.isLoopback();
}

QString LabExposure::resolvePath(const QString &path, const QString &directory)
{
    QString existing = QDir::cleanPath(QDir(directory).absoluteFilePath(path));
    QString rest;
    // Bounded: a symlink loop must not hang the check.
    for (int step = 0; step < 64 && !existing.isEmpty(); ++step) {
        const QFileInfo info(existing);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + u'/' + rest);
        if (info.isSymLink()) {
            // Dangling: judge it by where it points, since its target may appear later.
            existing = QDir::cleanPath(QDir(info.absolutePath()).absoluteFilePath(info.symLinkTarget()));
            continue;
        }
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash < 0 || existing == u"/")
            break;
        const QString name = existing.mid(slash + 1);
        rest = rest.isEmpty() ? name : name + u'/' + rest;
        existing = slash == 0 ? u"/"_s : existing.left(slash);
    }
    return QDir::cleanPath(QDir(directory).absoluteFilePath(path));
}

bool LabExposure::isInside(const QString &resolvedPath, const QString &directory)
{
    QString folder = QFileInfo(directory).canonicalFilePath();
    if (folder.isEmpty())
        return false;
    if (resolvedPath.compare(folder, PathCase) == 0)
        return true;
    if (!folder.endsWith(u'/'))
        folder += u'/';
    return resolvedPath.startsWith(folder, PathCase);
}

LabExposure LabExposure::of(const LabConfig &lab, const QString &labDirectory)
{
    LabExposure e;
    e.m_directory = labDirectory;
    for (qsizetype i = 0; i < lab.listeners.size(); ++i) {
        const QList<ListenAddress> listens = lab.listeners[i].listens();
        for (qsizetype k = 0; k < listens.size(); ++k) {
            const ListenAddress &listen = listens[k];
            const bool binds = listen.address == u"localhost" || !QHostAddress(bare(listen.address)).isNull(); // else validation reports it
            if (binds && !isLoopbackHost(listen.address)) {
                const QString endpoint = listenEndpoint(listen.address, listen.port);
                const QString path = k == 0 ? u"listeners[%1].address"_s.arg(i)
                                            : u"listeners[%1].also_listen[%2].address"_s.arg(i).arg(k - 1);
                e.m_items.append({Kind::Address, path, QString(), endpoint, endpoint});
            }
        }
    }
    for (qsizetype i = 0; i < lab.backends.size(); ++i) {
        const MockBackendConfig &b = lab.backends[i];
        // An address that does not parse binds nothing; validation reports it.
        const auto hp = HostPort::parse(b.listen, 0);
        if (hp && !isLoopbackHost(hp->address.toString()))
            e.m_items.append({Kind::Address, u"backends[%1].listen"_s.arg(i), b.name, b.listen.trimmed(), hp->toString()});
        const QString &file = b.behaviour.bodyFile;
        if (labDirectory.isEmpty() || file.isEmpty())
            continue;
        const QString resolved = resolvePath(file, labDirectory);
        if (!isInside(resolved, labDirectory))
            e.m_items.append({Kind::Path, u"backends[%1].body_file"_s.arg(i), b.name, file, resolved});
    }
    return e;
}

QList<LabExposure::Item> LabExposure::ofKind(Kind kind) const
{
    QList<Item> out;
    for (const Item &item : m_items) {
        if (item.kind == kind)
            out.append(item);
    }
    return out;
}

bool LabExposure::names(Kind kind, const QString &value) const
{
    return std::any_of(m_items.begin(), m_items.end(), [&](const Item &i) { return i.kind == kind && i.value == value; });
}

QString LabExposure::describe(const Item &item)
{
    if (item.kind == Kind::Path) {
        const QString file = item.written == item.value ? item.value : tr("%1 (that is %2)").arg(item.written, item.value);
        return tr("backend %1 serves the file %2, outside the lab's folder (%3)").arg(item.backend, file, item.jsonPath);
    }
    if (item.backend.isEmpty())
        return tr("the proxy listens on %1, reachable from other machines (%2)").arg(item.value, item.jsonPath);
    return tr("backend %1 listens on %2, reachable from other machines (%3)").arg(item.backend, item.value, item.jsonPath);
}

QStringList LabExposure::describe() const
{
    QStringList lines;
    for (const Item &item : m_items)
        lines.append(describe(item));
    return lines;
}

QByteArray LabExposure::fingerprint() const
{
    QStringList keys;
    for (const Item &item : m_items)
        keys.append((item.kind == Kind::Address ? u"address\t"_s : u"path\t"_s) + item.value);
    keys.sort();
    keys.removeDuplicates();
    return QCryptographicHash::hash(keys.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

LabConfig LabExposure::keptLocal(const LabConfig &lab) const
{
    LabConfig local = lab;
    if (isEmpty())
        return local;
    for (Listener &l : local.listeners) {
        if (!isLoopbackHost(l.address) && names(Kind::Address, listenEndpoint(l.address, l.port)))
            l.address = loopbackFor(l.address);
        for (ListenAddress &listen : l.moreListens) {
            if (!isLoopbackHost(listen.address) && names(Kind::Address, listenEndpoint(listen.address, listen.port)))
                listen.address = loopbackFor(listen.address);
        }
    }
    for (qsizetype i = 0; i < local.backends.size(); ++i) {
        MockBackendConfig b = local.backends[i];
        const auto hp = HostPort::parse(b.listen, 0);
        if (hp && !isLoopbackHost(hp->address.toString()) && names(Kind::Address, hp->toString())) {
            HostPort loopback = *hp;
            loopback.address = QHostAddress(hp->address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::LocalHostIPv6
                                                                                                      : QHostAddress::LocalHost);
            b.listen = loopback.toString();
        }
        if (!m_directory.isEmpty() && !b.behaviour.bodyFile.isEmpty()
            && names(Kind::Path, resolvePath(b.behaviour.bodyFile, m_directory)))
            b.behaviour.bodyFile.clear();
        if (b != local.backends[i])
            local.replaceBackend(i, b); // servers that pointed at the mock follow it to loopback
    }
    return local;
}
