#include "nginxhighlighter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

NginxHighlighter::NginxHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateColors(false);
}

void NginxHighlighter::updateColors(bool dark)
{
    const auto color = [dark](const char *light, const char *darkColor) { return QColor(QLatin1StringView(dark ? darkColor : light)); };
    m_directive.setForeground(color("#1d4ed8", "#7aa2f7"));
    m_directive.setFontWeight(QFont::DemiBold);
    m_block.setForeground(color("#7c3aed", "#bb9af7"));
    m_block.setFontWeight(QFont::Bold);
    m_parameter.setForeground(color("#0f766e", "#73daca"));
    m_string.setForeground(color("#b45309", "#e0af68"));
    m_comment.setForeground(color("#6b7280", "#737aa2"));
    m_comment.setFontItalic(true);
    m_variable.setForeground(color("#be185d", "#f7768e"));
    m_number.setForeground(color("#15803d", "#9ece6a"));
    rehighlight();
}

void NginxHighlighter::highlightBlock(const QString &text)
{
    // Comment: from an unquoted '#' to the end of the line.
    qsizetype comment = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#') {
            comment = i;
            break;
        }
    }
    const QString code = comment < 0 ? text : text.left(comment);
    if (comment >= 0)
        setFormat(int(comment), int(text.size() - comment), m_comment);

    static const QRegularExpression directive(u"^\\s*([A-Za-z_][A-Za-z0-9_]*)"_s);
    static const QRegularExpression blockNames(u"^(http|server|upstream|location|events|map|stream|match)$"_s);
    if (const auto m = directive.match(code); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), blockNames.match(m.captured(1)).hasMatch() ? m_block : m_directive);
    static const QRegularExpression parameter(u"\\s([a-z_]+)=(\\S+?)(?=[\\s;]|$)"_s);
    for (auto it = parameter.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_parameter);
    }
    static const QRegularExpression number(u"(?<=[\\s=:])(\\d+(?:ms|s|m|h|d|k|K|g|G)?)(?=[\\s;]|$)"_s);
    for (auto it = number.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_number);
    }
    static const QRegularExpression string(u"\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'"_s);
    for (auto it = string.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    static const QRegularExpression variable(u"\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?"_s);
    for (auto it = variable.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
}
