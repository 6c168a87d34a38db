#pragma once

#include "guidedexample.h"

#include <QList>
#include <QStringList>

#include <optional>

// The guided examples, in lesson order: reverse proxy basics, in front of an
// app, backup servers, handling down servers, the balancing algorithms
// compared, sticky sessions. Their texts go through tr() (context
// GuidedExamples); nginx's directive names stay as they are.
namespace GuidedExamples {
QList<GuidedExample> all();
QStringList names();
std::optional<GuidedExample> find(const QString &name);
} // namespace GuidedExamples
