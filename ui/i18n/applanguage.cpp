#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace AppLanguage {

namespace {
const QString SettingsKey = u"ui/language"_s;

QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &installedLanguage()
{
    static QString language = u"en"_s;
    return language;
}

void installCatalogue(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        installedTranslators().append(translator);
    else
        delete translator;
}
} // namespace

QStringList available()
{
    return {u"en"_s, u"de"_s, u"es"_s};
}

QString nativeName(const QString &language)
{
    // Written out: QLocale's native names carry a country ("español de España").
    if (language == u"en")
        return u"English"_s;
    if (language == u"de")
        return u"Deutsch"_s;
    if (language == u"es")
        return u"Español"_s;
    return QLocale(language).nativeLanguageName();
}

QString chosen()
{
    const QString language = QSettings().value(SettingsKey).toString();
    return available().contains(language) ? language : QString();
}

void choose(const QString &language)
{
    QSettings settings;
    if (available().contains(language))
        settings.setValue(SettingsKey, language);
    else
        settings.remove(SettingsKey);
}

QString resolve(const QString &choice)
{
    if (available().contains(choice))
        return choice;
    // uiLanguages: the system's preferred languages, most preferred first ("de-AT", "de", "en-US").
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return u"en"_s;
}

QString install(const QString &choice)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    const QString language = resolve(choice);
    // The last installed is asked first: English below the others gives any
    // message that a catalogue lacks its English plural form, not "1 request(s)".
    installCatalogue(u"upstreamlab_en"_s, u":/i18n"_s);
    installCatalogue(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (language != u"en")
        installCatalogue(u"upstreamlab_"_s + language, u":/i18n"_s);
    installedLanguage() = language;
    return language;
}

QString installed()
{
    return installedLanguage();
}

} // namespace AppLanguage
