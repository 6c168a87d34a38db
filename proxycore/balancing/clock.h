#pragma once

#include "platform/loopclock.h"

#include <QtGlobal>

// Whole seconds, like nginx's cached ngx_time(): fail accounting compares them.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSeconds() const = 0;
};

// Monotonic seconds, offset so that "now - 0 > fail_timeout" holds from the
// start (nginx compares against the epoch; a peer's "checked" starts at 0).
// Read from the worker's turn (LoopClock), as nginx's from its cached time.
class SteadyClock final : public Clock
{
public:
    qint64 nowSeconds() const override { return Epoch + (LoopClock::nowNs() - m_startNs) / 1'000'000'000; }
    static constexpr qint64 Epoch = 1'000'000'000;

private:
    const qint64 m_startNs = LoopClock::readSteadyNs();
};

// For tests: time moves only when told to.
class ManualClock final : public Clock
{
public:
    qint64 nowSeconds() const override { return m_now; }
    void advance(qint64 seconds) { m_now += seconds; }
    void set(qint64 seconds) { m_now = seconds; }

private:
    qint64 m_now = SteadyClock::Epoch;
};
