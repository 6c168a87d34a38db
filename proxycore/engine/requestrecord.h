#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVarLengthArray>

#include <memory>

struct PickDecision;

// One try of one upstream server within a request.
struct UpstreamAttempt {
    enum class Outcome : quint8 {
        Ok,            // response passed to the client
        Refused,       // connect error ("error")
        Timeout,       // connect/send/read timeout ("timeout")
        Error,         // reset or closed before a response ("error")
        InvalidHeader, // unparseable response head ("invalid_header")
        HttpStatus,    // a status listed in proxy_next_upstream (http_5xx...)
        Aborted,       // the client went away
    };
    QString server;  // the server's lab name (shared with the config, no copy)
    QString address; // "127.0.0.1:9001"
    int status = 0;  // upstream status if a response head arrived, else 0
    Outcome outcome = Outcome::Ok;
    qint64 durationUs = 0;
    // The balancer's decision that chose this server, when decisions are
    // recorded (ProxyEngine::setRecordDecisions); formatted by DecisionText.
    std::shared_ptr<const PickDecision> decision;

    static QString outcomeText(Outcome outcome);
};

// Nearly every request tries one server: that one is kept in place, so a
// record allocates nothing for it.
using UpstreamAttempts = QVarLengthArray<UpstreamAttempt, 1>;

// Everything the log shows about one request (nginx's access log, and more).
struct RequestRecord {
    qint64 startMs = 0;   // epoch milliseconds
    qint64 durationUs = 0;
    // Steady clock (µs, system-wide) when it completed: orders the records
    // of all workers. startMs + durationUs cannot: startMs is truncated to
    // the millisecond, so records completing in order may not add up in order.
    qint64 completedUs = 0;
    QString client;       // "127.0.0.1:53422"
    // uri and the heads share a worker's RecordArena blocks; method is a
    // shared constant for the standard ones (RecordArena::copyMethod).
    QByteArray method;
    QByteArray uri;
    int status = 0;
    QString upstream;     // group name
    QString error;        // "no live upstreams", "upstream timed out", ...
    // Set when the lab refused an upstream response nginx 1.22 would have
    // accepted: what nginx would have done, in one line (UpstreamStrictness).
    QString stricterThanNginx;
    UpstreamAttempts attempts;
    // A pick that found no server ("no live upstreams"), when decisions are recorded.
    std::shared_ptr<const PickDecision> failedPick;
    qint64 bytesIn = 0;   // request body bytes from the client
    qint64 bytesOut = 0;  // response bytes to the client (head + body)
    QByteArray requestHead;  // as the client sent it
    QByteArray responseHead; // as the client got it from the proxy
    int listenerPort = 0;
    bool upstreamConnectionReused = false;

    // The clock completedUs is read from.
    static qint64 steadyNowUs();

    // "alpha ✗ → beta ✓"
    QString triesText() const;
    // One access-log line: time client "METHOD URI" status upstream (address) tries duration
    QString accessLogLine() const;
    bool hasDecisions() const;
    // Drops the recorded decisions (the log keeps them for its newest rows only).
    void dropDecisions();
    // Drops the heads and decisions, and gives the URI a heap block of its
    // own, so a record kept for long does not pin a worker's RecordArena block.
    void dropHeads();
};

// Nothing in it points into itself (Qt's implicitly shared types and
// std::shared_ptr): a QList grows by realloc() instead of moving each one.
// (A RequestRecord is not: its attempts are kept in place.)
Q_DECLARE_TYPEINFO(UpstreamAttempt, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(RequestRecord)
Q_DECLARE_METATYPE(QList<RequestRecord>)
