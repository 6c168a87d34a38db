#pragma once

#include <QList>
#include <QRandomGenerator>

// What nginx's random() gives the random method: 0 .. 2^31-1. Injected so
// tests can drive exact sequences.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual quint32 next() = 0;
};

class SystemRandomSource final : public RandomSource
{
public:
    quint32 next() override { return QRandomGenerator::global()->generate() & 0x7fffffffu; }
};

// For tests: replays the given values in a loop.
class ScriptedRandomSource final : public RandomSource
{
public:
    explicit ScriptedRandomSource(QList<quint32> values) : m_values(std::move(values)) {}
    quint32 next() override { return m_values.isEmpty() ? 0 : m_values[m_next++ % m_values.size()]; }

private:
    QList<quint32> m_values;
    qsizetype m_next = 0;
};
