// The window in German and in Spanish: the catalogues installed as main()
// installs them (AppLanguage), then the main window, its menus and its docks
// read in that language; accelerators stay unique in every menu. English
// shows "1 backend", not "1 backend(s)". Settings ▸ Language keeps the choice.

#include "i18n/applanguage.h"
#include "document/labdocument.h"
#include "models/requestlogmodel.h"
#include "uitestsupport.h"
#include "widgets/guidepanel.h"
#include "widgets/topologyview.h"
#include "widgets/trafficbar.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

QMenu *menuTitled(MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == title)
            return action->menu();
    }
    return nullptr;
}

// The accelerator letter of "&Datei" ('d'), or a null char.
QChar acceleratorOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Texts that share an accelerator, as "a / b" lines.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar key = acceleratorOf(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            found << seen.value(key) + u" / "_s + text;
        else
            seen.insert(key, text);
    }
    return found;
}

QStringList menuClashes(QMenu *menu)
{
    QStringList texts;
    QStringList found;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text();
        if (action->menu())
            found += menuClashes(action->menu());
    }
    for (const QString &clash : clashes(texts))
        found << (menu->title().isEmpty() ? menu->objectName() : menu->title()) + u": "_s + clash;
    return found;
}

// Accelerators: unique in every menu (the topology card's too), and across
// what shares the window's Alt keys at all times: the menu bar, the centre
// tabs and the traffic bar, and the Guide dock's buttons while it is open.
QStringList acceleratorClashes(MainWindow &window)
{
    QStringList found;
    QStringList windowKeys;
    for (QAction *action : window.menuBar()->actions()) {
        windowKeys << action->text();
        if (action->menu())
            found += menuClashes(action->menu());
    }
    auto *tabs = window.findChild<QTabWidget *>(u"centreTabs"_s);
    for (int i = 0; tabs && i < tabs->count(); ++i)
        windowKeys << tabs->tabText(i);
    for (QAbstractButton *button : window.trafficBar()->findChildren<QAbstractButton *>())
        windowKeys << button->text();
    for (QAbstractButton *button : window.guidePanel()->findChildren<QAbstractButton *>())
        windowKeys << button->text();
    found += clashes(windowKeys);
    std::unique_ptr<QMenu> card(window.topologyView()->createContextMenu(0, 0, &window));
    if (card)
        found += menuClashes(card.get());
    else
        found << u"no topology card menu for server 0"_s;
    return found;
}

} // namespace

class tst_Language final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UpstreamLab"_s);
        QCoreApplication::setApplicationName(u"upstreamlab"_s);
        QSettings().clear();
    }
    void cleanupTestCase() { AppLanguage::install(u"en"_s); }
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void germanReadsAsGerman();
    void englishPluralsSaySingularForOne();
    void languageMenuKeepsTheChoiceForTheNextStart();
    void qtsOwnDialogButtonsAreTranslatedWhenInstalled();
};

void tst_Language::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("es") << u"es"_s;
}

void tst_Language::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(AppLanguage::install(language), language);
    QCOMPARE(AppLanguage::installed(), language);

    // Each check: the widget shows the catalogue's text, and that text is not the English source.
    QStringList untranslated;
    const auto expect = [&](const QString &where, const QString &shown, const char *context, const char *source, int n = -1) {
        const QString wanted = translated(context, source, n);
        if (wanted == QLatin1StringView(source) || shown != wanted)
            untranslated << u"%1: shows \"%2\", the catalogue says \"%3\" for \"%4\""_s.arg(where, shown, wanted,
                                                                                                QLatin1StringView(source));
    };

    MainWindow window;
    QVERIFY2(openLabAndWait(window, demoOnFreePorts()), qPrintable(window.lastError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The main window: title (with the demo lab's name), status bar, centre tabs.
    QCOMPARE(window.windowTitle(), translated("MainWindow", "Upstream Lab — %1").arg(translated("LabConfig", "Demo lab")) + u"[*]"_s);
    expect(u"lab name"_s, window.document()->lab().name, "LabConfig", "Demo lab");
    QTRY_VERIFY2(window.statusText().startsWith(translated("MainWindow", "● Running")), qPrintable(window.statusText()));
    auto *tabs = window.findChild<QTabWidget *>(u"centreTabs"_s);
    QVERIFY(tabs);
    expect(u"tab 0"_s, tabs->tabText(0), "MainWindow", "&Topology");
    expect(u"tab 1"_s, tabs->tabText(1), "MainWindow", "&Distribution");
    expect(u"tab 2"_s, tabs->tabText(2), "MainWindow", "Com&pare");

    // The menus, their items, and Settings ▸ Language.
    const char *const menus[] = {"&File", "&Edit", "&Lab", "&View", "&Settings", "&Help"};
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    for (const char *menu : menus) {
        if (!titles.contains(translated("MainWindow", menu)) || translated("MainWindow", menu) == QLatin1StringView(menu))
            untranslated << u"menu bar: no \"%1\" for \"%2\" in %3"_s.arg(translated("MainWindow", menu), QLatin1StringView(menu),
                                                                           titles.join(u", "_s));
    }
    QMenu *file = menuTitled(window, translated("MainWindow", "&File"));
    QVERIFY(file);
    expect(u"File menu"_s, file->actions().value(0)->text(), "MainWindow", "&New Lab");
    QMenu *lab = menuTitled(window, translated("MainWindow", "&Lab"));
    QVERIFY(lab);
    expect(u"Lab menu"_s, lab->actions().value(0)->text(), "MainWindow", "&Start");
    QMenu *language_ = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(language_);
    expect(u"Settings menu"_s, language_->title(), "MainWindow", "&Language");
    QVERIFY(language_->actions().first()->text().contains(AppLanguage::nativeName(AppLanguage::resolve({}))));

    // Docks: their titles and what is in them.
    auto *logDock = window.findChild<QDockWidget *>(u"logDock"_s);
    auto *backendsDock = window.findChild<QDockWidget *>(u"backendsDock"_s);
    QVERIFY(logDock && backendsDock);
    expect(u"log dock"_s, logDock->windowTitle(), "MainWindow", "Request Log");
    expect(u"log header"_s, window.logModel()->headerData(RequestLogModel::Duration, Qt::Horizontal).toString(),
           "RequestLogModel", "Duration");
    auto *pause = backendsDock->findChild<QAbstractButton *>(u"pauseBackend"_s);
    QVERIFY(pause);
    expect(u"backends dock button"_s, pause->text(), "BackendsPanel", "Pause");
    expect(u"backends dock tooltip"_s, pause->toolTip(), "BackendsPanel", "Pause: accept connections but answer nothing");
    auto *backendTable = backendsDock->findChild<QTableView *>(u"backendTable"_s);
    QVERIFY(backendTable);
    expect(u"backends table header"_s, backendTable->model()->headerData(0, Qt::Horizontal).toString(), "BackendTableModel",
           "State");
    QTreeWidget *tree = window.labTree();
    QVERIFY(!tree->findItems(translated("MainWindow", "%n backend(s)", 3), Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());

    for (const QString &line : std::as_const(untranslated))
        qWarning().noquote() << line; // QTest cuts long failure messages
    QVERIFY2(untranslated.isEmpty(), qPrintable(u"%1 text(s) not in %2"_s.arg(untranslated.size()).arg(language)));

    const QStringList found = acceleratorClashes(window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void tst_Language::germanReadsAsGerman()
{
    // Written out once, so that a catalogue mix-up (Spanish under de) shows.
    AppLanguage::install(u"de"_s);
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Labor"_s, u"&Ansicht"_s, u"&Einstellungen"_s, u"&Hilfe"_s}));
    QCOMPARE(window.findChild<QDockWidget *>(u"logDock"_s)->windowTitle(), u"Anfrageprotokoll"_s);
    QCOMPARE(translated("MainWindow", "%n request(s)", 1), u"1 Anfrage"_s);
    QCOMPARE(translated("MainWindow", "%n request(s)", 2), u"2 Anfragen"_s);
    // nginx's words stay nginx's.
    QVERIFY(translated("ServerTableModel", "max_fails=N: failed attempts within fail_timeout that mark the server failed (0 = never)")
                .startsWith(u"max_fails=N"_s));
}

void tst_Language::englishPluralsSaySingularForOne()
{
    QCOMPARE(AppLanguage::install(u"en"_s), u"en"_s);
    QCOMPARE(translated("MainWindow", "%n backend(s)", 1), u"1 backend"_s);
    QCOMPARE(translated("MainWindow", "%n backend(s)", 3), u"3 backends"_s);
    // In the window: a lab with one mock backend.
    LabConfig lab = demoOnFreePorts();
    lab.backends.resize(1);
    lab.upstreams[0].servers.resize(1);
    MainWindow window;
    QVERIFY2(openLabAndWait(window, lab), qPrintable(window.lastError()));
    QVERIFY(!window.labTree()->findItems(u"1 backend"_s, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
    const QStringList found = acceleratorClashes(window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QTRY_VERIFY2(window.statusText().contains(u" 0 active connections"_s), qPrintable(window.statusText()));
}

void tst_Language::languageMenuKeepsTheChoiceForTheNextStart()
{
    AppLanguage::install(u"en"_s);
    QSettings().clear();
    MainWindow window;
    window.show();
    auto *system = window.findChild<QAction *>(u"language_system"_s);
    auto *german = window.findChild<QAction *>(u"language_de"_s);
    auto *spanish = window.findChild<QAction *>(u"language_es"_s);
    QVERIFY(system && german && spanish && window.findChild<QAction *>(u"language_en"_s));
    QVERIFY(system->isChecked());
    QCOMPARE(german->text(), u"Deutsch"_s);
    QCOMPARE(spanish->text(), u"Español"_s);

    german->trigger();
    QVERIFY(german->isChecked() && !system->isChecked());
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(AppLanguage::chosen(), u"de"_s);
    // It applies from the next start, and the window says so.
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"languageRestartNote"_s));
    auto *note = window.findChild<QMessageBox *>(u"languageRestartNote"_s);
    QVERIFY2(note->text().contains(u"Deutsch"_s), qPrintable(note->text()));
    note->accept();
    QCOMPARE(AppLanguage::installed(), u"en"_s);

    // What main() installs on the next start.
    QCOMPARE(AppLanguage::install(AppLanguage::chosen()), u"de"_s);
    AppLanguage::install(u"en"_s);
    system->trigger();
    QVERIFY(!QSettings().contains(u"ui/language"_s));
    QCOMPARE(AppLanguage::chosen(), QString());
}

void tst_Language::qtsOwnDialogButtonsAreTranslatedWhenInstalled()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtTranslations + u"/qtbase_de.qm"_s))
        QSKIP("Qt's catalogues are not installed (Debian: qt6-translations-l10n, which scripts/setup.sh installs)");
    AppLanguage::install(u"de"_s);
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(cancel.contains(u"Abbrechen"_s), qPrintable(cancel));
    AppLanguage::install(u"en"_s);
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
