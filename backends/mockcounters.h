#pragma once

#include "config/mockbehaviour.h"

#include <QtGlobal>

#include <array>
#include <atomic>

// A plain copy of a backend's counters, for the UI and the command line.
struct MockCounterSnapshot {
    quint64 requests = 0;
    quint64 healthRequests = 0;
    quint64 connections = 0;
    int activeConnections = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 status2xx = 0, status3xx = 0, status4xx = 0, status5xx = 0;
    std::array<quint64, 600> byStatus{};
    std::array<quint64, MockFault::KindCount> faults{};

    quint64 faultsTotal() const
    {
        quint64 n = 0;
        for (quint64 f : faults)
            n += f;
        return n;
    }
};

// Written only by the backend's thread, read by any thread: relaxed atomics,
// no locks on the hot path.
class MockCounters
{
public:
    void countRequest() { m_requests.fetch_add(1, std::memory_order_relaxed); }
    void countHealth() { m_health.fetch_add(1, std::memory_order_relaxed); }
    void countConnection() { m_connections.fetch_add(1, std::memory_order_relaxed); m_active.fetch_add(1, std::memory_order_relaxed); }
    void countClosed() { m_active.fetch_sub(1, std::memory_order_relaxed); }
    void countBytesIn(qint64 n) { m_bytesIn.fetch_add(quint64(n), std::memory_order_relaxed); }
    void countBytesOut(qint64 n) { m_bytesOut.fetch_add(quint64(n), std::memory_order_relaxed); }
    void countStatus(int status)
    {
        if (status >= 0 && status < int(m_byStatus.size()))
            m_byStatus[size_t(status)].fetch_add(1, std::memory_order_relaxed);
    }
    void countFault(MockFault::Kind kind) { m_faults[size_t(kind)].fetch_add(1, std::memory_order_relaxed); }

    quint64 requests() const { return m_requests.load(std::memory_order_relaxed); }
    int activeConnections() const { return m_active.load(std::memory_order_relaxed); }
    quint64 connections() const { return m_connections.load(std::memory_order_relaxed); }
    quint64 bytesIn() const { return m_bytesIn.load(std::memory_order_relaxed); }

    MockCounterSnapshot snapshot() const
    {
        MockCounterSnapshot s;
        s.requests = m_requests.load(std::memory_order_relaxed);
        s.healthRequests = m_health.load(std::memory_order_relaxed);
        s.connections = m_connections.load(std::memory_order_relaxed);
        s.activeConnections = m_active.load(std::memory_order_relaxed);
        s.bytesIn = m_bytesIn.load(std::memory_order_relaxed);
        s.bytesOut = m_bytesOut.load(std::memory_order_relaxed);
        for (size_t i = 0; i < m_byStatus.size(); ++i) {
            const quint64 n = m_byStatus[i].load(std::memory_order_relaxed);
            s.byStatus[i] = n;
            if (i >= 200 && i < 300) s.status2xx += n;
            else if (i >= 300 && i < 400) s.status3xx += n;
            else if (i >= 400 && i < 500) s.status4xx += n;
            else if (i >= 500) s.status5xx += n;
        }
        for (size_t i = 0; i < m_faults.size(); ++i)
            s.faults[i] = m_faults[i].load(std::memory_order_relaxed);
        return s;
    }

private:
    std::atomic<quint64> m_requests{0};
    std::atomic<quint64> m_health{0};
    std::atomic<quint64> m_connections{0};
    std::atomic<int> m_active{0};
    std::atomic<quint64> m_bytesIn{0};
    std::atomic<quint64> m_bytesOut{0};
    std::array<std::atomic<quint64>, 600> m_byStatus{};
    std::array<std::atomic<quint64>, MockFault::KindCount> m_faults{};
};
