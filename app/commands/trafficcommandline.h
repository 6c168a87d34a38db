#pragma once

#include "traffic/trafficoptions.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

// The traffic options that `load`, `compare` and `replay-nginx` share
// (-n, -d, -c, --rate, --poisson, --no-keepalive, --method, --header,
// --body-size, --path, --keys, --zipf, --clients, --seed, --timeout,
// --threads): one place for their names, help and checks.
class TrafficCommandLine
{
public:
    // Adds the options to `parser`.
    explicit TrafficCommandLine(QCommandLineParser &parser);

    // Reads them into *options (the target is left alone; set it first) and
    // checks the whole (TrafficGenerator::validate); every problem is appended
    // as "OPTION: what is wrong". Without -n and -d, the run is
    // `defaultRequests` requests (or `defaultDurationMs` if that is 0).
    void read(const QCommandLineParser &parser, TrafficOptions *options, QStringList *problems,
              qint64 defaultRequests, qint64 defaultDurationMs) const;

    // "http://127.0.0.1:8080/path/{key}" → address, port, Host and path template.
    static void readTarget(const QString &url, TrafficOptions *options, QStringList *problems);

private:
    QCommandLineOption m_requests;
    QCommandLineOption m_duration;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_rate;
    QCommandLineOption m_poisson;
    QCommandLineOption m_noKeepAlive;
    QCommandLineOption m_method;
    QCommandLineOption m_header;
    QCommandLineOption m_bodySize;
    QCommandLineOption m_path;
    QCommandLineOption m_keys;
    QCommandLineOption m_zipf;
    QCommandLineOption m_clients;
    QCommandLineOption m_seed;
    QCommandLineOption m_timeout;
    QCommandLineOption m_threads;
};
