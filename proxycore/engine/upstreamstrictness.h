#pragma once

#include <QString>

// Where the lab refuses an upstream response that nginx 1.22 would have let
// through, one line saying what nginx would have done, for the request's log
// details (the lab stays strict on purpose: those are the responses that
// smuggle or hide bugs). Empty where nginx refuses it too.
namespace UpstreamStrictness {
QString nginxWouldHave(const char *parserError);
} // namespace UpstreamStrictness
