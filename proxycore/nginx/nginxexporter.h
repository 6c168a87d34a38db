#pragma once

#include "config/labconfig.h"
#include "nginxexport.h"

#include <QCoreApplication>
#include <QString>

// Writes a lab as an nginx.conf that nginx 1.22 runs as is (`events {}`,
// `http { upstream …; server { … } }`), or only its upstream blocks.
class NginxExporter
{
    Q_DECLARE_TR_FUNCTIONS(NginxExporter)

public:
    enum class Scope { FullConfig, UpstreamsOnly };

    static QString exportLab(const LabConfig &lab, Scope scope = Scope::FullConfig);
    // The same text, with the line of each lab object and the lines that
    // need NGINX Plus or a newer nginx (for the preview and its badges).
    static NginxExport exportWithMap(const LabConfig &lab, Scope scope = Scope::FullConfig);
};
