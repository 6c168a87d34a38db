#include "labdocument.h"

#include "config/labjson.h"
#include "labeditcommand.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

LabDocument::LabDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

bool LabDocument::isModified() const
{
    return !m_undo->isClean();
}

QString LabDocument::issueAt(const QString &path, bool includeChildren) const
{
    for (const ConfigIssue &issue : m_issues) {
        if (issue.path == path)
            return issue.message;
        if (includeChildren && (issue.path.startsWith(path + u'.') || issue.path.startsWith(path + u'[')))
            return issue.path.mid(path.size() + (issue.path.at(path.size()) == u'.' ? 1 : 0)) + u": "_s + issue.message;
    }
    return {};
}

void LabDocument::reset(const LabConfig &lab, const QString &fileName)
{
    m_undo->clear();
    m_fileName = fileName;
    emit fileNameChanged(fileName);
    setLab(lab);
    m_undo->setClean();
    emit modifiedChanged(false);
}

void LabDocument::edit(const LabConfig &changed, const QString &description, const QString &mergeKey)
{
    if (changed == m_lab)
        return;
    m_undo->push(new LabEditCommand(this, m_lab, changed, description, mergeKey));
}

bool LabDocument::save(const QString &fileName, QString *error)
{
    if (!LabJson::save(m_lab, fileName, error))
        return false;
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(fileName);
    }
    m_undo->setClean();
    return true;
}

void LabDocument::setLab(const LabConfig &lab)
{
    m_lab = lab;
    m_issues = LabValidator::validate(lab);
    emit labChanged(m_lab);
}
