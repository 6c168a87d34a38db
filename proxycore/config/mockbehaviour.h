#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// What a mock backend does with each request, and the text syntax shared by
// the lab JSON, the `mock` command line and the chaos timeline:
//   latency  "20ms" | "10..50ms" | "normal:40ms,10ms" | "40ms±10ms" | "lognormal:40ms,10ms",
//            optionally " on 30%" (applied to that share of requests); "none"
//   fault    "reset:0.1" | "close:0.1" | "mid-body:0.1" | "hang:0.1" | "drip:0.1:2k"
//            | "malformed:0.1" | "bad-chunk:0.1" | "wrong-length:0.1"
//   step     "10s stop" | "at 20s: latency 800ms±200 on 30%" | "40s start" …
struct MockLatency {
    enum class Kind { None, Fixed, Uniform, Normal, LogNormal };
    Kind kind = Kind::None;
    double a = 0; // ms: fixed value, uniform low, mean
    double b = 0; // ms: uniform high, standard deviation
    double share = 1.0;

    bool isNone() const { return kind == Kind::None || share <= 0; }
    friend bool operator==(const MockLatency &, const MockLatency &) = default;
};

struct MockFault {
    enum class Kind { Reset, Close, MidBody, Hang, Drip, Malformed, BadChunk, WrongLength };
    static constexpr int KindCount = 8;
    Kind kind = Kind::Reset;
    double probability = 0;
    qint64 bytesPerSecond = 1024; // drip only

    friend bool operator==(const MockFault &, const MockFault &) = default;
};

// The part of a backend that the timeline (and the UI) change while it runs.
struct MockBehaviour {
    int status = 200;
    QList<std::pair<QString, QString>> headers; // values are templates
    QString body;        // template; empty and no file = a small JSON naming the backend
    QString bodyFile;    // read when the backend starts (relative to the lab file)
    qint64 bodySize = -1; // >= 0: this many bytes of filler instead
    MockLatency latency;
    double errorRate = 0;
    int errorStatus = 500;
    int errorEvery = 0; // every Nth request fails
    int errorFirst = 0; // the first N requests fail
    QList<MockFault> faults;

    // A mock that answers with this header set to {{request_head_base64}}
    // shows the request as it received it: the app's log decodes it beside
    // the request as the client sent it.
    static constexpr const char *ReceivedRequestHeader = "X-Received-Request";
    static std::pair<QString, QString> echoRequestHeader()
    {
        return {QString::fromLatin1(ReceivedRequestHeader), QStringLiteral("{{request_head_base64}}")};
    }

    friend bool operator==(const MockBehaviour &, const MockBehaviour &) = default;
};

struct MockTimelineStep {
    enum class Action { Start, Stop, Pause, Resume, Status, Latency, Errors, Fault, NoFaults, Reset, Repeat };
    qint64 atMs = 0;
    Action action = Action::Start;
    int status = 0;           // Status; Errors
    double rate = 0;          // Errors
    MockLatency latency;      // Latency
    MockFault fault;          // Fault

    friend bool operator==(const MockTimelineStep &, const MockTimelineStep &) = default;
};

class MockSyntax
{
    Q_DECLARE_TR_FUNCTIONS(MockSyntax)

public:
    // Each parser returns nullopt and sets *error ("expected …") on bad input.
    static std::optional<MockLatency> parseLatency(QStringView text, QString *error);
    static QString formatLatency(const MockLatency &latency);
    static std::optional<MockFault> parseFault(QStringView text, QString *error);
    static QString formatFault(const MockFault &fault);
    // "reset:0.1, drip:0.2:1k" (comma-separated; empty = none).
    static std::optional<QList<MockFault>> parseFaultList(QStringView text, QString *error);
    static QString formatFaultList(const QList<MockFault> &faults);
    static std::optional<MockTimelineStep> parseStep(QStringView text, QString *error);
    static QString formatStep(const MockTimelineStep &step);
    static QString faultName(MockFault::Kind kind);
    // "0.2" or "20%"; nullopt outside 0..1.
    static std::optional<double> parseProbability(QStringView text);
};
