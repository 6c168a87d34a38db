#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One directive of an nginx config, with where it was written.
struct NginxDirective {
    QString name;
    QStringList args;
    bool hasBlock = false;
    QList<NginxDirective> block;
    QString file;
    int line = 0;
    int column = 0;
    QString trailingComment; // "# text" after the directive on the same line
    QStringList innerComments; // comments directly inside this directive's block
};

struct NginxParseResult {
    bool ok = false;
    QList<NginxDirective> directives;
    QString error; // "FILE:LINE:COLUMN: message"
    QString leadingComment; // the file's first comment line, if any
    QStringList comments;   // every comment's text, in order (main file and includes)
};

// A real parser of nginx's config syntax (as ngx_conf_read_token reads it):
// directives end with ';' or open a block; quoted strings with \" \' \\ \t
// \r \n escapes; "#" comments; "${var}" inside words; `include` (globs,
// relative to the main config's directory, as nginx resolves them).
class NginxConfParser
{
    Q_DECLARE_TR_FUNCTIONS(NginxConfParser)

public:
    static NginxParseResult parseFile(const QString &fileName);
    static NginxParseResult parseText(const QString &text, const QString &fileName);
};
