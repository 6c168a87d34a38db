// Help ▸ About, opened from the menu as a person would (offscreen): it names
// the version, the licence, the Qt version and where the settings are kept.

#include "windows/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_AboutBox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UpstreamLab"_s);
        QCoreApplication::setApplicationName(u"upstreamlab"_s);
    }
    void aboutNamesVersionLicenceQtAndSettings();
    void helpMenuHasAboutQt();
};

void tst_AboutBox::aboutNamesVersionLicenceQtAndSettings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    QCOMPARE(about->menuRole(), QAction::AboutRole);

    // The box is modal: read it from a timer while trigger() runs its event loop.
    QString title;
    QString text;
    QTimer timer;
    int tries = 0;
    connect(&timer, &QTimer::timeout, &timer, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            title = box->windowTitle();
            text = box->text();
            box->accept();
        } else if (++tries < 200) {
            return;
        }
        timer.stop();
    });
    timer.start(20);
    about->trigger();

    QVERIFY2(!text.isEmpty(), "no About box opened");
    QCOMPARE(title, u"About Upstream Lab"_s);
    QVERIFY2(text.contains(QStringLiteral(UPSTREAMLAB_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(u"MIT licence"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(u"LGPLv3"_s), qPrintable(text));
    const QString settings = QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped();
    QVERIFY(!settings.isEmpty());
    QVERIFY2(text.contains(settings), qPrintable(text));
}

void tst_AboutBox::helpMenuHasAboutQt()
{
    MainWindow window;
    auto *aboutQt = window.findChild<QAction *>(u"aboutQtAction"_s);
    QVERIFY(aboutQt);
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QVERIFY(menus.constLast()->menu());
    QVERIFY(menus.constLast()->menu()->actions().contains(aboutQt)); // Help is the last menu
}

QTEST_MAIN(tst_AboutBox)
#include "tst_aboutbox.moc"
