#pragma once

#include <QtGlobal>

#include <limits>

// An inclusive range of values a lab field may take.
template <typename T>
struct LabRange {
    T min;
    T max;

    constexpr bool contains(T value) const { return value >= min && value <= max; }
};

// The lab's limits, named once. LabValidator enforces them, the nginx importer
// checks against them and every editor takes its range from them, so an editor
// can show every value the rules allow (and no value they reject).
// Durations carry their unit in the name; the lab stores them in that unit.
namespace LabLimits {

// upstream server parameters
inline constexpr LabRange<int> Weight{1, 1000};
inline constexpr LabRange<int> MaxFails{0, 1000};              // 0 turns failure accounting off
inline constexpr LabRange<int> FailTimeoutSec{0, 7 * 86'400};   // whole seconds, as nginx
inline constexpr LabRange<int> MaxConns{0, 1'000'000};          // 0 = unlimited
inline constexpr LabRange<int> SlowStartSec{0, 3'600};          // NGINX Plus, simulated

// upstream group
inline constexpr LabRange<int> Keepalive{0, 10'000};
inline constexpr LabRange<int> HealthIntervalMs{100, 3'600'000};
inline constexpr LabRange<int> HealthPasses{1, 100};
inline constexpr LabRange<int> HealthFails{1, 100};

// HTTP statuses a mock answers with or a health check expects
inline constexpr LabRange<int> HttpStatus{100, 599};

// listeners and routes
inline constexpr LabRange<int> Port{0, 65'535};                 // 0 = any free port
inline constexpr LabRange<int> ListenerMaxConnections{0, 1'000'000};
inline constexpr LabRange<int> ReturnStatus{1, 999};            // nginx's return; 444 closes

// proxy settings
inline constexpr LabRange<int> TimeoutMs{1, 86'400'000};        // connect, send, read, client timeouts
inline constexpr LabRange<int> OptionalTimeoutMs{0, 86'400'000}; // keepalive_timeout, next_upstream_timeout: 0 = off
inline constexpr LabRange<int> KeepaliveRequests{0, 10'000'000};
inline constexpr LabRange<qint64> ClientMaxBodySize{0, std::numeric_limits<qint64>::max()}; // 0 = unlimited
inline constexpr LabRange<int> MaxUriLength{64, 1 << 20};
inline constexpr LabRange<int> MaxHeaderSize{1024, 1 << 22};
inline constexpr LabRange<int> NextUpstreamTries{0, 1000};     // 0 = unlimited
inline constexpr LabRange<int> Workers{0, 64};                  // 0 = one per core

// mock backends
inline constexpr LabRange<double> Probability{0.0, 1.0};        // error_rate, each fault
inline constexpr LabRange<int> ErrorEvery{0, std::numeric_limits<int>::max()}; // 0 = off
inline constexpr LabRange<int> ErrorFirst{0, std::numeric_limits<int>::max()}; // 0 = off
inline constexpr LabRange<qint64> BodySize{0, qint64(1) << 40};  // filler bytes; -1 = no filler
inline constexpr LabRange<quint64> Seed{0, (quint64(1) << 53) - 1}; // what a JSON number holds exactly

} // namespace LabLimits
