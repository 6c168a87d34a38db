#pragma once

#include "labconfig.h"

#include <QStringList>

#include <optional>

// Ready-made labs for learning: `upstreamlab run --example NAME`. The guided
// examples (lessons/guidedexamples) are among them, with the demo and two more.
namespace ExampleLabs {
QStringList names();
QString description(const QString &name);
std::optional<LabConfig> lab(const QString &name);
} // namespace ExampleLabs
