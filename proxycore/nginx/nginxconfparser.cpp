#include "nginxconfparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

struct Token {
    enum Kind { Word, Semicolon, BlockStart, BlockEnd, End } kind = End;
    QString text;
    int line = 0;
    int column = 0;
    bool quoted = false;
};

class Tokenizer
{
public:
    Tokenizer(const QString &text, const QString &file)
        : m_text(text)
        , m_file(file)
    {
    }

    bool next(Token *token, QString *error);
    QString firstComment() const { return m_firstComment; }
    const QStringList &comments() const { return m_comments; }

private:
    QChar peek(qsizetype offset = 0) const
    {
        return m_pos + offset < m_text.size() ? m_text[m_pos + offset] : QChar();
    }
    void advance()
    {
        if (m_text[m_pos] == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    QString where(int line, int column) const { return u"%1:%2:%3"_s.arg(m_file).arg(line).arg(column); }

    const QString &m_text;
    QString m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QString m_firstComment;
    QStringList m_comments;
    bool m_sawComment = false;
};

bool Tokenizer::next(Token *token, QString *error)
{
    for (;;) {
        while (m_pos < m_text.size() && peek().isSpace())
            advance();
        if (m_pos >= m_text.size()) {
            *token = {Token::End, {}, m_line, m_column, false};
            return true;
        }
        if (peek() == u'#') {
            QString comment;
            advance();
            while (m_pos < m_text.size() && peek() != u'\n') {
                comment += peek();
                advance();
            }
            m_comments.append(comment.trimmed());
            if (!m_sawComment) {
                m_sawComment = true;
                m_firstComment = comment.trimmed();
            }
            continue;
        }
        break;
    }
    token->line = m_line;
    token->column = m_column;
    token->quoted = false;
    token->text.clear();
    const QChar c = peek();
    if (c == u';') {
        advance();
        token->kind = Token::Semicolon;
        return true;
    }
    if (c == u'{') {
        advance();
        token->kind = Token::BlockStart;
        return true;
    }
    if (c == u'}') {
        advance();
        token->kind = Token::BlockEnd;
        return true;
    }
    token->kind = Token::Word;

    auto escape = [&](QChar e) -> QString {
        switch (e.unicode()) {
        case '"': return u"\""_s;
        case '\'': return u"'"_s;
        case '\\': return u"\\"_s;
        case 't': return u"\t"_s;
        case 'r': return u"\r"_s;
        case 'n': return u"\n"_s;
        default: return QString(u'\\') + e; // nginx keeps unknown escapes as written
        }
    };

    if (c == u'"' || c == u'\'') {
        const QChar quote = c;
        advance();
        token->quoted = true;
        for (;;) {
            if (m_pos >= m_text.size()) {
                *error = where(token->line, token->column) + u": "_s
                         + NginxConfParser::tr("unexpected end of file inside a quoted string");
                return false;
            }
            const QChar ch = peek();
            if (ch == u'\\' && m_pos + 1 < m_text.size()) {
                advance();
                token->text += escape(peek());
                advance();
                continue;
            }
            advance();
            if (ch == quote)
                break;
            token->text += ch;
        }
        // nginx needs a separator after a closing quote.
        const QChar after = peek();
        if (!after.isNull() && !after.isSpace() && after != u';' && after != u'{' && after != u'}') {
            *error = where(m_line, m_column) + u": "_s + NginxConfParser::tr("unexpected \"%1\" after a quoted string").arg(after);
            return false;
        }
        return true;
    }

    bool inVariableBraces = false;
    while (m_pos < m_text.size()) {
        const QChar ch = peek();
        if (inVariableBraces) {
            token->text += ch;
            advance();
            if (ch == u'}')
                inVariableBraces = false;
            continue;
        }
        if (ch.isSpace() || ch == u';' || ch == u'{' || ch == u'}')
            break;
        if (ch == u'$' && peek(1) == u'{') {
            inVariableBraces = true;
            token->text += ch;
            advance();
            continue;
        }
        if (ch == u'\\' && m_pos + 1 < m_text.size()) {
            advance();
            token->text += escape(peek());
            advance();
            continue;
        }
        token->text += ch;
        advance();
    }
    return true;
}

class Parser
{
public:
    explicit Parser(QString baseDir)
        : m_baseDir(std::move(baseDir))
    {
    }

    bool parseFile(const QString &fileName, QList<NginxDirective> *out, QString *error, QString *firstComment, int depth)
    {
        if (depth > 16) {
            *error = u"%1: %2"_s.arg(fileName, NginxConfParser::tr("includes nested too deeply (a loop?)"));
            return false;
        }
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"%1: %2"_s.arg(fileName, file.errorString());
            return false;
        }
        if (file.size() > 16 * 1024 * 1024) {
            *error = u"%1: %2"_s.arg(fileName, NginxConfParser::tr("file is too large"));
            return false;
        }
        return parseText(QString::fromUtf8(file.readAll()), fileName, out, error, firstComment, depth);
    }

    bool parseText(const QString &text, const QString &fileName, QList<NginxDirective> *out, QString *error,
                   QString *firstComment, int depth)
    {
        Tokenizer tokenizer(text, fileName);
        const bool ok = parseBlock(tokenizer, fileName, out, error, false, depth);
        if (firstComment)
            *firstComment = tokenizer.firstComment();
        m_comments.append(tokenizer.comments());
        return ok;
    }

private:
    bool parseBlock(Tokenizer &tok, const QString &file, QList<NginxDirective> *out, QString *error, bool inBlock,
                    int depth)
    {
        for (;;) {
            Token t;
            if (!tok.next(&t, error))
                return false;
            const QString where = u"%1:%2:%3: "_s.arg(file).arg(t.line).arg(t.column);
            if (t.kind == Token::End) {
                if (inBlock) {
                    *error = where + NginxConfParser::tr("unexpected end of file, expecting \"}\"");
                    return false;
                }
                return true;
            }
            if (t.kind == Token::BlockEnd) {
                if (!inBlock) {
                    *error = where + NginxConfParser::tr("unexpected \"}\"");
                    return false;
                }
                return true;
            }
            if (t.kind != Token::Word) {
                *error = where + NginxConfParser::tr("unexpected \"%1\"").arg(t.kind == Token::Semicolon ? u";"_s : u"{"_s);
                return false;
            }
            NginxDirective d;
            d.name = t.text;
            d.file = file;
            d.line = t.line;
            d.column = t.column;
            for (;;) {
                Token a;
                if (!tok.next(&a, error))
                    return false;
                if (a.kind == Token::Word) {
                    d.args.append(a.text);
                    continue;
                }
                if (a.kind == Token::Semicolon)
                    break;
                if (a.kind == Token::BlockStart) {
                    d.hasBlock = true;
                    const qsizetype commentsBefore = tok.comments().size();
                    if (!parseBlock(tok, file, &d.block, error, true, depth))
                        return false;
                    d.innerComments = tok.comments().mid(commentsBefore);
                    break;
                }
                const QString at = u"%1:%2:%3: "_s.arg(file).arg(a.line).arg(a.column);
                *error = at + (a.kind == Token::End ? NginxConfParser::tr("unexpected end of file, expecting \";\" or \"}\"")
                                                    : NginxConfParser::tr("unexpected \"}\""));
                return false;
            }
            if (d.name == u"include" && !d.hasBlock) {
                if (d.args.size() != 1) {
                    *error = where + NginxConfParser::tr("invalid number of arguments in \"include\" directive");
                    return false;
                }
                if (!include(d, out, error, depth))
                    return false;
                continue;
            }
            out->append(d);
        }
    }

    bool include(const NginxDirective &d, QList<NginxDirective> *out, QString *error, int depth)
    {
        const QString pattern = QDir::isAbsolutePath(d.args.first()) ? d.args.first() : QDir(m_baseDir).filePath(d.args.first());
        const QFileInfo info(pattern);
        QStringList files;
        if (pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[')) {
            const QDir dir = info.dir();
            for (const QString &name : dir.entryList({info.fileName()}, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else {
            files.append(pattern);
        }
        for (const QString &f : files) {
            if (!parseFile(f, out, error, nullptr, depth + 1)) {
                if (!error->startsWith(f))
                    *error = u"%1:%2:%3: %4"_s.arg(d.file).arg(d.line).arg(d.column).arg(*error);
                return false;
            }
        }
        return true;
    }

public:
    QStringList m_comments;

private:
    QString m_baseDir;
};

// Attaches same-line comments ("server 127.0.0.1:9001;  # alpha") from the
// source lines: the exporter writes server names there.
void attachComments(QList<NginxDirective> &directives, const QHash<QString, QStringList> &sources)
{
    for (NginxDirective &d : directives) {
        if (d.hasBlock) {
            attachComments(d.block, sources);
            continue;
        }
        const QStringList &lines = sources.value(d.file);
        if (d.line < 1 || d.line > lines.size())
            continue;
        const QString &line = lines[d.line - 1];
        // The comment after the last ';' on the line that is not inside quotes.
        bool inQuote = false;
        QChar quote;
        qsizetype semicolon = -1;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (inQuote) {
                if (c == u'\\')
                    ++i;
                else if (c == quote)
                    inQuote = false;
                continue;
            }
            if (c == u'"' || c == u'\'') {
                inQuote = true;
                quote = c;
            } else if (c == u';') {
                semicolon = i;
            } else if (c == u'#') {
                if (semicolon >= 0)
                    d.trailingComment = line.mid(i + 1).trimmed();
                break;
            }
        }
    }
}

void collectSources(const QList<NginxDirective> &directives, QHash<QString, QStringList> *sources, const QString &mainText,
                    const QString &mainFile)
{
    for (const NginxDirective &d : directives) {
        if (!sources->contains(d.file)) {
            if (d.file == mainFile) {
                sources->insert(d.file, mainText.split(u'\n'));
            } else {
                QFile f(d.file);
                if (f.open(QIODevice::ReadOnly))
                    sources->insert(d.file, QString::fromUtf8(f.readAll()).split(u'\n'));
            }
        }
        if (d.hasBlock)
            collectSources(d.block, sources, mainText, mainFile);
    }
}

} // namespace

NginxParseResult NginxConfParser::parseText(const QString &text, const QString &fileName)
{
    NginxParseResult result;
    Parser parser(QFileInfo(fileName).absolutePath());
    result.ok = parser.parseText(text, fileName, &result.directives, &result.error, &result.leadingComment, 0);
    result.comments = parser.m_comments;
    if (result.ok) {
        QHash<QString, QStringList> sources;
        collectSources(result.directives, &sources, text, fileName);
        attachComments(result.directives, sources);
    }
    return result;
}

NginxParseResult NginxConfParser::parseFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        NginxParseResult result;
        result.error = u"%1: %2"_s.arg(fileName, file.errorString());
        return result;
    }
    if (file.size() > 16 * 1024 * 1024) {
        NginxParseResult result;
        result.error = u"%1: %2"_s.arg(fileName, tr("file is too large"));
        return result;
    }
    return parseText(QString::fromUtf8(file.readAll()), fileName);
}
