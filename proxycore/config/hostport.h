#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// "127.0.0.1:9001", "[::1]:9001", "localhost:9001", "127.0.0.1" (port 80, as nginx).
struct HostPort {
    QHostAddress address;
    quint16 port = 0;

    static std::optional<HostPort> parse(const QString &text, quint16 defaultPort = 80);
    QString toString() const;
};
