#pragma once

#include "config/labconfig.h"

#include <QString>

class ProxyEngine;

// How the `run` and `proxy` banners name a server block: every address it
// listens on, with the port the running engine bound, default_server, and its
// server names.
namespace ServerBlockText {
QString describe(const Listener &listener, const ProxyEngine &engine);
// "rewrite REGEX REPLACEMENT [flag]", as nginx writes it.
QString rewrite(const RewriteRule &rule);
} // namespace ServerBlockText
