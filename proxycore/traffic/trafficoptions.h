#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// What a traffic run sends and how (the `load` command's options, a Traffic
// bar preset). A plain value: the generator copies it when it starts.
struct TrafficOptions {
    enum class KeyDistribution { Uniform, Zipf };

    // Target: an HTTP URL on this machine (loopback; see TrafficGenerator).
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080;
    QByteArray hostHeader = "127.0.0.1:8080";
    QByteArray pathTemplate = "/";  // {n}: request number, {key}: a key from `keys`

    // Stop after `requests` (0 = no limit) or `durationMs` (0 = no limit),
    // whichever comes first; neither: until stop().
    qint64 requests = 0;
    qint64 durationMs = 0;

    // Closed loop: `concurrency` clients, each sends its next request when the
    // previous answer is complete. Open loop (`rate` > 0): requests are due at
    // planned times and latency counts from the planned time (wrk2's
    // coordinated-omission correction); `concurrency` connections carry them.
    int concurrency = 10;
    double rate = 0;       // requests per second; 0 = closed loop
    bool poisson = false;  // open loop: exponential gaps instead of constant spacing

    bool keepAlive = true;
    QByteArray method = "GET";
    QList<QByteArray> headers;  // "Name: value"
    qint64 bodySize = 0;        // request body bytes (Content-Length)

    int keys = 0;  // {key} draws from key-0 … key-(keys-1); 0 = "key-0"
    KeyDistribution keyDistribution = KeyDistribution::Uniform;
    double zipfExponent = 1.0;

    // A population of client addresses (see ClientPopulation); 0 = one client,
    // the machine's default source address.
    int clients = 0;
    quint64 seed = 1;
    int timeoutMs = 10000;  // per request, from its send (or planned) time
    int threads = 1;        // worker threads sharing the connections
    // Forces X-Forwarded-For for the population even where source addresses work.
    bool forceForwardedFor = false;

    // Keep each request's outcome (status and answering backend, by request
    // number) for a request-by-request comparison (replay-nginx).
    bool recordOutcomes = false;

    bool isOpenLoop() const { return rate > 0; }
};
