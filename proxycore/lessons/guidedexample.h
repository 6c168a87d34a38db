#pragma once

#include "config/labconfig.h"
#include "guidecheck.h"
#include "traffic/trafficpreset.h"

#include <QList>
#include <QString>
#include <QStringList>

// One numbered step of a guide: what to do, what to look for once it is
// done, and the checks that tell the lab observed it (all must hold). A step
// whose checks are lab settings the app has no editor for offers to make
// the change itself (GuideCheck::applyTo on its lab-state checks).
struct GuideStep {
    QString text;      // "Stop alpha and beta in the Backends panel."
    QString lookFor;   // what the lab shows once it is done
    QList<GuideCheck> checks;
    QString actionLabel; // non-empty: the guide offers "do it for me" with this label

    // The step's lab-state checks, made true on `lab` (the action; a test).
    bool applyTo(LabConfig &lab) const
    {
        bool changed = false;
        for (const GuideCheck &c : checks) {
            if (c.isLabState())
                changed = c.applyTo(lab) || changed;
        }
        return changed;
    }
};

// A lab with a short guide: File ▸ Examples in the app, `run --example NAME`
// on the command line, and a test each (tests/integration/tst_guidedexamples).
struct GuidedExample {
    QString name;       // as `run --example` takes it
    QString title;      // "Backup servers"
    QString summary;    // what the example shows
    LabConfig lab;
    TrafficPreset traffic;
    QList<GuideStep> steps;
    QStringList lookFor; // what to look for, beyond the steps
    QStringList compareMethods; // preselected in Compare (MethodSpec texts); empty = its defaults
};
