#pragma once

#include "config/labconfig.h"

#include <QUndoCommand>

class LabDocument;

// One undoable edit: the lab before and after (labs are small; snapshots keep
// undo exact whatever the edit touched).
class LabEditCommand final : public QUndoCommand
{
public:
    LabEditCommand(LabDocument *document, LabConfig before, LabConfig after, const QString &text, const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    LabDocument *m_document;
    LabConfig m_before;
    LabConfig m_after;
    QString m_mergeKey;
};
