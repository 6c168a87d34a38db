#pragma once

#include "config/labconfig.h"
#include "nginxconfparser.h"

#include <QCoreApplication>

// Something the importer did not map exactly, with where it was written.
struct NginxImportIssue {
    enum class Severity { Note, Warning };
    Severity severity = Severity::Warning;
    QString file;
    int line = 0;
    QString message;

    QString toString() const; // "FILE:LINE: warning: message"
};

struct NginxImportResult {
    bool ok = false;
    LabConfig lab;
    QList<NginxImportIssue> issues;
    QString error; // syntax or validation errors, file/line/column or JSON path
};

// Maps an nginx config onto a lab: upstream (servers and their parameters,
// methods, keepalive), server/listen, prefix locations with proxy_pass, the
// proxy_* and client_* directives the lab models. Everything else is listed.
class NginxImporter
{
    Q_DECLARE_TR_FUNCTIONS(NginxImporter)

public:
    static NginxImportResult importFile(const QString &fileName);
    static NginxImportResult importText(const QString &text, const QString &fileName);
    static NginxImportResult importParsed(const NginxParseResult &parsed, const QString &fileName);
};
