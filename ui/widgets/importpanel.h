#pragma once

#include "nginx/nginximporter.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

// What an nginx.conf import could not model: each warning or note with its
// file and line; activating one shows that line in a read-only view of the
// original file.
class ImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)

public:
    explicit ImportPanel(QWidget *parent = nullptr);

    void setResult(const QString &fileName, const QList<NginxImportIssue> &issues);
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *source() const { return m_source; }
    // Shows issue i's line in the original file; returns the 1-based line shown.
    int showIssue(int i);

private:
    QList<NginxImportIssue> m_issues;
    QString m_shownFile;
    QLabel *m_summary;
    QListWidget *m_list;
    QPlainTextEdit *m_source;
};
