#pragma once

#include "config/labconfig.h"
#include "config/labvalidator.h"

#include <QObject>

class QUndoStack;

// The lab being edited: its model, file, undo history and problems. Every
// edit is a whole new LabConfig snapshot pushed on the undo stack, so undo is
// exact and an edit can never leave the lab half-changed. An edit that breaks
// a rule is kept (and shown at its field); the running lab only ever gets
// valid snapshots.
class LabDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabDocument)

public:
    explicit LabDocument(QObject *parent = nullptr);

    const LabConfig &lab() const { return m_lab; }
    QString fileName() const { return m_fileName; }
    bool isModified() const;
    const QList<ConfigIssue> &issues() const { return m_issues; }
    bool isValid() const { return m_issues.isEmpty(); }
    // The issue for a JSON path ("upstreams[0].servers[1].weight"), or for anything under it.
    QString issueAt(const QString &path, bool includeChildren = false) const;
    QUndoStack *undoStack() const { return m_undo; }

    // A new lab replaces the history (new/open/import).
    void reset(const LabConfig &lab, const QString &fileName = {});
    // One user edit. Edits with the same mergeKey in a row (typing in one
    // field) become one undo step.
    void edit(const LabConfig &changed, const QString &description, const QString &mergeKey = {});
    bool save(const QString &fileName, QString *error);

signals:
    void labChanged(const LabConfig &lab);
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    friend class LabEditCommand;
    void setLab(const LabConfig &lab);

    LabConfig m_lab;
    QString m_fileName;
    QList<ConfigIssue> m_issues;
    QUndoStack *m_undo;
};
