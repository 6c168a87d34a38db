#pragma once

#include "trafficoptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// A named traffic recipe as the Traffic bar offers it (and a guided example
// brings its own): a shape, a rate, connections, the client population and
// what to request. toOptions() makes the generator's options for a target, so
// the app and a headless test send the same requests.
struct TrafficPreset {
    enum class Shape { Steady, Burst, Ramp };
    QString name;
    QString description;
    Shape shape = Shape::Steady;
    double rate = 20;        // requests per second (peak for burst and ramp)
    int connections = 4;
    int clients = 0;         // client addresses (ip_hash); 0 = one
    int keys = 0;            // {key} values (hash)
    QByteArray path = "/";   // a TrafficPlan template
    QList<QByteArray> headers; // "Name: value", may be templates ({client}, {key}, {n})

    // Open-loop options at `rate` towards address:port (a Ramp starts lower;
    // the Traffic bar moves it).
    TrafficOptions toOptions(const QHostAddress &address, quint16 port, quint64 seed) const;
};
