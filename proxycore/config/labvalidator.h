#pragma once

#include "labconfig.h"
#include "lablimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One problem found in a lab: where (file, optional line:column, JSON path) and what.
struct ConfigIssue {
    QString path;    // "upstreams[1].servers[0].weight"
    QString message; // "must be 1..1000"

    QString toString() const;
};

// The lab's rules, in one place: what the engine and nginx need, and the
// ranges of LabLimits. Lab files, imported nginx.conf, the `mock` command and
// every editor are checked here; each issue names the field's JSON path.
class LabValidator
{
    Q_DECLARE_TR_FUNCTIONS(LabValidator)

public:
    static QList<ConfigIssue> validate(const LabConfig &lab);

    // A range as the messages write it: "1..1000"; durations "100ms..1h", "0s..7d".
    static QString rangeText(const LabRange<int> &range);
    static QString durationRangeText(qint64 minMs, qint64 maxMs);
};
