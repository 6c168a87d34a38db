#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// nginx.conf colours: directives, parameters (name=value), strings, comments,
// variables, numbers with units. Line-based (nginx has no multi-line tokens
// besides quoted strings, which the lab never writes across lines).
class NginxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit NginxHighlighter(QTextDocument *document);
    // Re-picks the colours for the current palette (light or dark).
    void updateColors(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_directive;
    QTextCharFormat m_block;
    QTextCharFormat m_parameter;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_variable;
    QTextCharFormat m_number;
};
