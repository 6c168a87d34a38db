#pragma once

#include "balancing/pickdecision.h"
#include "requestrecord.h"

#include <QCoreApplication>
#include <QStringList>

// The balancer's recorded decisions in plain words, for the log's details pane
// and `run --explain`. Called only when someone looks, never on the hot path.
class DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(DecisionText)

public:
    // The verdict first, then the numbers it rested on and every server
    // skipped, one line each.
    static QStringList lines(const PickDecision &decision);
    // Why a server could not be chosen: "down", "failed until 12:00:11 (…)".
    static QString skipText(const PickDecision &decision, const PickDecision::Candidate &candidate);
    // The attempts: "alpha: connect refused → beta: 502 (next_upstream http_502) → gamma: 200".
    static QString chain(const RequestRecord &record);
    // The proxy_next_upstream condition a failed attempt met (NextHttp502...), 0 for none.
    static quint32 condition(const UpstreamAttempt &attempt);
    // The conditions the request was passed to the next server under.
    static quint32 retriedUnder(const RequestRecord &record);
    // Everything on one line, for the access log: the chain, then each pick.
    static QString oneLine(const RequestRecord &record);
    static QString methodName(PickDecision::Method method);
};
