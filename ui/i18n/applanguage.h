#pragma once

#include <QString>
#include <QStringList>

// The language of the desktop UI. Settings ▸ Language keeps a choice in
// QSettings ("ui/language": "en", "de", "es", or empty to follow the system);
// it applies from the next start, since widgets read their texts when they are
// built. Qt's own texts (the standard dialogs' buttons) come from Qt's
// catalogues in QLibraryInfo::TranslationsPath, when installed (Debian:
// qt6-translations-l10n). The command line loads none of this: its output,
// logs and --help stay English, like nginx's and the man page.
namespace AppLanguage {

// The languages the UI speaks: "en", "de", "es".
QStringList available();
// A language's name in that language ("Deutsch"), as its speakers look for it in a menu.
QString nativeName(const QString &language);

// The saved choice; empty follows the system.
QString chosen();
void choose(const QString &language);

// The language used for a choice: the choice itself, or for the system's the
// first of its preferred languages that the UI speaks, English otherwise.
QString resolve(const QString &choice);

// Installs the UI's and Qt's catalogues for a choice on the application,
// replacing those an earlier call installed, and returns the language used.
// Only the language changes: numbers and dates keep the system's formats.
QString install(const QString &choice);
// The language the last install() used ("en" before any).
QString installed();

} // namespace AppLanguage
