#pragma once

#include "labconfig.h"
#include "labvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

struct LabLoadResult {
    bool ok = false;
    // Read completely, though it may break rules (then the editor can open it
    // and show each problem at its field; nothing runs until they are fixed).
    bool wellFormed = false;
    LabConfig lab;
    QList<ConfigIssue> issues;
    QString errorText; // every issue, one per line, prefixed by the file name
};

// Reads and writes the versioned lab JSON ("format": 1). A lab read completely
// is then checked by LabValidator.
class LabJson
{
    Q_DECLARE_TR_FUNCTIONS(LabJson)

public:
    static QByteArray toJson(const LabConfig &lab);
    static LabLoadResult fromJson(const QByteArray &json, const QString &fileName);
    static LabLoadResult load(const QString &fileName);
    // Atomic (QSaveFile): a failed save leaves the previous file intact.
    static bool save(const LabConfig &lab, const QString &fileName, QString *error);

    // One mock backend as it appears in the lab (and in exported nginx.conf comments).
    static QJsonObject backendToJson(const MockBackendConfig &backend);
    static MockBackendConfig backendFromJson(const QJsonObject &json, const QString &path, QList<ConfigIssue> *issues);
};
