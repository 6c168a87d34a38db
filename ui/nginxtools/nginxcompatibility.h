#pragma once

#include "nginx/nginxexport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which lines of an exported nginx.conf the chosen target cannot run as
// written, from the export's own annotations: NGINX Plus features (the export
// carries them as comments) and directives newer than an older open-source nginx.
class NginxCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(NginxCompatibility)

public:
    enum class Target { Nginx114, Nginx118, Nginx122, Nginx126, Plus };
    struct Badge {
        int line = 0;      // 0-based
        bool plus = false; // NGINX Plus (else: a newer open-source nginx)
        QString text;      // what and the open-source alternative
    };

    static QList<Badge> badges(const NginxExport &exported, Target target);
    static QString targetName(Target target);
    static QList<Target> targets();
};
