#include "labeditcommand.h"

#include "labdocument.h"

LabEditCommand::LabEditCommand(LabDocument *document, LabConfig before, LabConfig after, const QString &text,
                               const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void LabEditCommand::undo()
{
    m_document->setLab(m_before);
}

void LabEditCommand::redo()
{
    m_document->setLab(m_after);
}

bool LabEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const LabEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typed back to where the step began: no step at all, and the document is
    // clean again if that was the saved state.
    setObsolete(m_after == m_before);
    return true;
}
