#include "importpanel.h"

#include <QFile>
#include <QFontDatabase>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportPanel::ImportPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_list(new QListWidget)
    , m_source(new QPlainTextEdit)
{
    m_list->setObjectName(u"importIssues"_s);
    m_source->setObjectName(u"importSource"_s);
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setWordWrap(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &ImportPanel::showIssue);
}

void ImportPanel::setResult(const QString &fileName, const QList<NginxImportIssue> &issues)
{
    m_issues = issues;
    m_shownFile.clear();
    m_list->clear();
    int warnings = 0;
    for (const NginxImportIssue &issue : issues) {
        const bool warning = issue.severity == NginxImportIssue::Severity::Warning;
        warnings += warning;
        auto *item = new QListWidgetItem(u"%1 %2:%3  %4"_s.arg(warning ? u"⚠"_s : u"ℹ"_s, QFileInfo(issue.file).fileName())
                                             .arg(issue.line)
                                             .arg(issue.message));
        item->setToolTip(issue.toString());
        m_list->addItem(item);
    }
    const QString file = QFileInfo(fileName).fileName();
    const QString notes = tr("%n note(s) (safely ignored)", nullptr, int(issues.size()) - warnings);
    //: %2 is "N note(s) (safely ignored)".
    const QString found = tr("%1: %n warning(s) (behaviour may differ), %2. Select one to see its line.", nullptr, warnings);
    m_summary->setText(issues.isEmpty() ? tr("%1: everything was imported.").arg(file) : found.arg(file, notes));
    m_source->clear();
    if (!issues.isEmpty())
        m_list->setCurrentRow(0);
}

int ImportPanel::showIssue(int i)
{
    if (i < 0 || i >= m_issues.size())
        return 0;
    const NginxImportIssue &issue = m_issues[i];
    if (issue.file != m_shownFile) {
        QFile f(issue.file);
        m_source->setPlainText(f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : tr("(cannot read %1)").arg(issue.file));
        m_shownFile = issue.file;
    }
    if (issue.line <= 0)
        return 0;
    const QTextBlock block = m_source->document()->findBlockByNumber(issue.line - 1);
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.format.setBackground(QColor(0xff, 0xe9, 0xb8));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_source->setExtraSelections({mark});
    return issue.line;
}
