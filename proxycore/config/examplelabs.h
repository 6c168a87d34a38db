#pragma once

#include "labconfig.h"

#include <QStringList>

#include <optional>

// Ready-made labs for learning: `upstreamlab run --example NAME`.
namespace ExampleLabs {
QStringList names();
QString description(const QString &name);
std::optional<LabConfig> lab(const QString &name);
} // namespace ExampleLabs
