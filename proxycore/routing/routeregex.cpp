#include "routeregex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RouteRegex)
};

// Bytes as Latin-1 characters: one byte, one character, nothing lost.
QString bytesAsText(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

} // namespace

bool RouteRegex::compile(const QString &pattern, bool caseless, QString *error)
{
    // The config's UTF-8 bytes, matched byte for byte like nginx's PCRE.
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (caseless)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(bytesAsText(pattern.toUtf8()), options);
    if (pattern.isEmpty()) {
        if (error)
            *error = Tr::tr("empty regular expression");
        return false;
    }
    if (!m_regex.isValid()) {
        if (error)
            *error = Tr::tr("invalid regular expression \"%1\": %2 at offset %3")
                         .arg(pattern, m_regex.errorString())
                         .arg(m_regex.patternErrorOffset());
        return false;
    }
    m_regex.optimize();
    return true;
}

QStringList RouteRegex::namedGroups() const
{
    QStringList names;
    for (const QString &name : m_regex.namedCaptureGroups()) {
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

bool RouteRegex::match(QByteArrayView subject, RegexCaptures *captures) const
{
    if (!isValid())
        return false;
    const QRegularExpressionMatch m = m_regex.match(bytesAsText(subject));
    if (!m.hasMatch())
        return false;
    if (captures) {
        captures->clear();
        // nginx counts groups up to the last one that took part.
        int last = m.lastCapturedIndex();
        for (int i = 0; i <= last; ++i)
            captures->groups.append(m.captured(i).toLatin1());
        const QStringList names = m_regex.namedCaptureGroups();
        for (int i = 1; i < names.size(); ++i) {
            if (!names[i].isEmpty())
                captures->setNamed(names[i].toLatin1(), m.captured(i).toLatin1());
        }
    }
    return true;
}
