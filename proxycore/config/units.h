#pragma once

#include <QString>

#include <optional>

// nginx's time and size syntax: "500ms", "10s", "1m", "2h", "1d", bare number
// = seconds; sizes "512", "64k", "1m", "1g".
namespace Units {
std::optional<qint64> parseDurationMs(QStringView text);
std::optional<qint64> parseSize(QStringView text);
// Shortest exact nginx spelling: 60000 → "60s", 1500 → "1500ms", 120000 → "2m".
QString formatDurationMs(qint64 ms);
QString formatSize(qint64 bytes);
} // namespace Units
