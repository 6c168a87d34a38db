#pragma once

#include "routeregex.h"
#include "servername.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// The server blocks that listen on one address and port, and how a request's
// host picks one, in nginx's order (ngx_http_find_virtual_server): an exact
// name, then the longest leading wildcard, then the longest trailing
// wildcard, then the regexes in the order they were written; otherwise the
// default_server, else the first block on that address. A block without
// server_name has the name "", which a request without a host matches.
// When two blocks claim one name the first keeps it (nginx: "conflicting
// server name ... ignored").
class VirtualServers
{
public:
    // Blocks are added in config order; `server` is the caller's index.
    void add(int server, const QList<ServerName> &names, bool isDefault);

    // The block for a validated, lower-cased host ("" when the request has
    // none). A regex name's captures go to `captures`.
    int find(QByteArrayView host, RegexCaptures *captures = nullptr) const;
    int defaultServer() const { return m_default >= 0 ? m_default : m_first; }
    bool isEmpty() const { return m_first < 0; }
    QList<int> servers() const { return m_servers; }

private:
    struct Wildcard {
        QByteArray key; // ".example.com" or "www.example."
        bool bare = false;
        int server = -1;
    };
    struct RegexName {
        ServerName name;
        int server = -1;
    };

    QList<int> m_servers;
    QHash<QByteArray, int> m_exact;
    QList<Wildcard> m_leading;
    QList<Wildcard> m_trailing;
    QList<RegexName> m_regexes;
    int m_default = -1;
    int m_first = -1;
};
