#pragma once

#include "config/labconfig.h"

#include <QString>

// One thing a guide step waits for, as data: the app (and a headless test)
// evaluates it against the lab as edited, the state of its mocks and the
// requests seen since the step began (GuideProgress). A step is done when all
// of its checks hold.
struct GuideCheck {
    enum class Kind {
        // The lab as edited
        ServerDown,         // group, name (server): `on`
        ServerBackup,       // group, name (server): `on`
        Method,             // group: method (+ hash key in `text`, consistent, two, leastConn)
        NextUpstream,       // proxy_next_upstream has every flag of `flags`; flags 0: is "off"
        RouteUri,           // the route at location `name` proxies with URI `text` ("" = none)
        RequestHeader,      // the proxy_set_header lines in force at location `name` set `header` to `text`
        // The running lab's mocks
        MockRunning,        // name
        MockStopped,        // name
        // The requests that started since the step began (counts: atLeast..atMost)
        Requests,           // any answer
        Served,             // name (server): answered by it
        ServedShare,        // name (server): its share of the step's requests, in percent
        ClientErrors,       // a 5xx to the client (the proxy's 502/504 or a backend's)
        Retries,            // requests that took more than one try
        AnsweredByProxy,    // a `return` location answered
        SessionsKept,       // cookie `name` (empty: the client address): sessions seen 3+ times, always on one server
        SessionsMoved,      // cookie `name` (empty: the client address): sessions answered by more than one server
        // In the app
        RequestInspected,   // a request's details were shown in the log
        ComparisonFinished, // a method comparison ran to its end
    };

    Kind kind = Kind::Requests;
    QString group;
    QString name;
    QString text;
    QString header;
    BalancingMethod method = BalancingMethod::RoundRobin;
    bool consistent = false;
    bool two = false;
    bool leastConn = false;
    bool on = true;
    quint32 flags = 0;
    qint64 atLeast = 0;
    qint64 atMost = -1; // -1: no upper bound

    bool isCount() const { return kind >= Kind::Requests && kind <= Kind::SessionsMoved; }
    bool isEvent() const { return kind == Kind::RequestInspected || kind == Kind::ComparisonFinished; }
    bool isLabState() const { return kind <= Kind::RequestHeader; }
    bool isMockState() const { return kind == Kind::MockRunning || kind == Kind::MockStopped; }
    // Whether the lab (as edited) satisfies a lab-state check.
    bool holdsFor(const LabConfig &lab) const;
    // Changes `lab` so that a lab-state check holds (a guide's "do it for me",
    // a test driving the guide); false when it names nothing in the lab.
    bool applyTo(LabConfig &lab) const;

    static GuideCheck serverDown(const QString &group, const QString &server, bool on = true);
    static GuideCheck serverBackup(const QString &group, const QString &server, bool on = true);
    static GuideCheck methodIs(const QString &group, BalancingMethod method);
    static GuideCheck hashIs(const QString &group, const QString &key, bool consistent);
    static GuideCheck randomTwoLeastConn(const QString &group);
    static GuideCheck nextUpstreamHas(quint32 flags);
    static GuideCheck nextUpstreamOff();
    static GuideCheck routeUri(const QString &location, const QString &uri);
    // Where no level names the header, nginx's defaults count (Host $proxy_host, Connection close).
    static GuideCheck requestHeader(const QString &location, const QString &header, const QString &value);
    static GuideCheck mockRunning(const QString &mock);
    static GuideCheck mockStopped(const QString &mock);
    static GuideCheck requests(qint64 atLeast);
    static GuideCheck served(const QString &server, qint64 atLeast, qint64 atMost = -1);
    static GuideCheck servedNone(const QString &server);
    static GuideCheck servedShare(const QString &server, qint64 atLeastPercent, qint64 atMostPercent);
    static GuideCheck clientErrors(qint64 atLeast, qint64 atMost = -1);
    static GuideCheck noClientErrors();
    static GuideCheck retries(qint64 atLeast, qint64 atMost = -1);
    static GuideCheck answeredByProxy(qint64 atLeast);
    static GuideCheck sessionsKept(const QString &cookie, qint64 atLeast);
    static GuideCheck sessionsMoved(const QString &cookie, qint64 atLeast, qint64 atMost = -1);
    static GuideCheck requestInspected();
    static GuideCheck comparisonFinished();
};
