// The catalogues are complete: lupdate runs over the sources as the build's
// ui_lupdate target does (same project, same options), into copies of the
// committed catalogues, and every message must come out translated. A string
// added to the sources without a translation, or a translation left for a
// string that is gone, fails here. Finished translations keep their source's
// placeholders and accelerators, and lrelease compiles them without a word.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString TranslationsDir = QStringLiteral(UPSTREAMLAB_TRANSLATIONS_DIR);
const QString RefreshHint = u"refresh with `ninja -C build/dev update_translations`, then translate in translations/*.ts"_s;

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const
    {
        QString text = source;
        text.replace(u'\n', u"\\n"_s);
        if (text.size() > 90)
            text = text.left(87) + u"..."_s;
        return context + u": \""_s + text + u'"';
    }
};

QList<Message> readCatalogue(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(fileName, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, xml.attributes().value(QLatin1StringView("numerus")).toString() == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString runTool(const QString &program, const QStringList &arguments, int *exitCode, QString *errors = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return u"%1 did not finish: %2"_s.arg(program, process.errorString());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
}

// %1…%99 and %n, with %L1 counted as %1 (a translation may format a number for its locale).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

// "&File": an accelerator; "&&" is a literal ampersand and "&nbsp;" an entity.
int accelerators(const QString &text)
{
    static const QRegularExpression accelerator(u"&(?!&)(?![A-Za-z]+;|#\\d+;)(?=\\S)"_s);
    QString plain = text;
    plain.replace(u"&&"_s, QString());
    return int(plain.count(accelerator));
}

// Lists the problems (QTest cuts long failure messages) and returns the summary.
QString report(const QString &fileName, const QStringList &problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 100);
    for (qsizetype i = 0; i < shown; ++i)
        qWarning().noquote() << fileName + u": "_s + problems[i];
    if (problems.size() > shown)
        qWarning().noquote() << u"%1: … and %2 more"_s.arg(fileName).arg(problems.size() - shown);
    return u"%1: %2 problem(s); %3"_s.arg(fileName).arg(problems.size()).arg(RefreshHint);
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void translationsKeepPlaceholdersAndAccelerators_data() { catalogueIsComplete_data(); }
    void translationsKeepPlaceholdersAndAccelerators();
    void lreleaseCompilesWithoutWarnings_data() { catalogueIsComplete_data(); }
    void lreleaseCompilesWithoutWarnings();
};

void tst_Translations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("en-plurals") << u"en"_s;
}

void tst_Translations::catalogueIsComplete()
{
    QFETCH(QString, language);
    const QString name = u"upstreamlab_%1.ts"_s.arg(language);
    const QString committed = TranslationsDir + u'/' + name;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(name);
    QVERIFY2(QFile::copy(committed, copy), qPrintable(committed));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The project lupdate reads, generated the way ui_lupdate generates it, but
    // writing into the copy.
    const QString project = dir.filePath(u"project.json"_s);
    int exitCode = 0;
    QString output = runTool(QStringLiteral(UPSTREAMLAB_CMAKE),
                             {u"-DIN_FILE="_s + QStringLiteral(UPSTREAMLAB_LUPDATE_PROJECT), u"-DOUT_FILE="_s + project, u"-P"_s,
                              QStringLiteral(UPSTREAMLAB_LUPDATE_PROJECT_GENERATOR)},
                             &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QFile projectFile(project);
    QVERIFY(projectFile.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(projectFile.readAll()).object();
    projectFile.close();
    QVERIFY2(!json.value(u"sources"_s).toArray().isEmpty(), "the lupdate project lists no sources");
    json.insert(u"translations"_s, QJsonArray{copy});
    QVERIFY(projectFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    projectFile.write(QJsonDocument(json).toJson());
    projectFile.close();

    QStringList arguments{u"-project"_s, project};
    arguments += QStringLiteral(UPSTREAMLAB_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (language == u"en")
        arguments << u"-pluralonly"_s; // English needs its plural forms only
    output = runTool(QStringLiteral(UPSTREAMLAB_LUPDATE), arguments, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));

    QString error;
    const QList<Message> refreshed = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> before = readCatalogue(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!refreshed.isEmpty(), qPrintable(output));

    QStringList problems;
    QSet<QString> inSources;
    for (const Message &m : refreshed) {
        inSources.insert(m.key());
        if (m.type == u"unfinished")
            problems << u"untranslated: "_s + m.name();
        else if (m.type == u"vanished" || m.type == u"obsolete")
            problems << m.type + u": "_s + m.name();
    }
    // -no-obsolete drops what the sources no longer have: the committed
    // catalogue must not carry it either.
    for (const Message &m : before) {
        if (m.type == u"vanished" || m.type == u"obsolete")
            problems << m.type + u" in the committed catalogue: "_s + m.name();
        else if (!inSources.contains(m.key()))
            problems << u"no longer in the sources: "_s + m.name();
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report(name, problems)));
}

void tst_Translations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, language);
    const QString name = u"upstreamlab_%1.ts"_s.arg(language);
    QString error;
    const QList<Message> messages = readCatalogue(TranslationsDir + u'/' + name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished ones are catalogueIsComplete's
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &translation : m.translations) {
            if (translation.isEmpty()) {
                problems << u"empty translation: "_s + m.name();
                continue;
            }
            if (placeholders(translation) != wanted)
                problems << u"placeholders differ: "_s + m.name() + u" → \""_s + translation + u'"';
            if (accelerators(translation) != accelerators(m.source))
                problems << u"accelerator (&) differs: "_s + m.name() + u" → \""_s + translation + u'"';
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(report(name, problems)));
}

void tst_Translations::lreleaseCompilesWithoutWarnings()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = TranslationsDir + u"/upstreamlab_%1.ts"_s.arg(language);
    int exitCode = 0;
    QString errors;
    const QString output
        = runTool(QStringLiteral(UPSTREAMLAB_LRELEASE), {u"-silent"_s, ts, u"-qm"_s, dir.filePath(u"out.qm"_s)}, &exitCode, &errors);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(errors.trimmed().isEmpty(), qPrintable(errors));
    QVERIFY(QFileInfo(dir.filePath(u"out.qm"_s)).size() > 0);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
