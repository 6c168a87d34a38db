#include "aboutbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
};
} // namespace

QString aboutText()
{
    // QSettings' default location comes from QStandardPaths (GenericConfigLocation
    // on Linux, ~/Library/Preferences on macOS); on Windows it is a registry key.
    // Recent files are a key in the same settings.
    const QString settings = QDir::toNativeSeparators(QSettings().fileName());
    return Tr::tr("<h3>Upstream Lab %1</h3>"
                  "<p>A local lab for HTTP load balancing with nginx's semantics: a reverse proxy, "
                  "mock backends and a traffic generator.</p>"
                  "<p>Released under the MIT licence.</p>"
                  "<p>Built with Qt %2, running on Qt %3. Qt is used under the GNU Lesser General "
                  "Public License version 3 (LGPLv3) and linked dynamically.</p>"
                  "<p>Settings and recent files are kept in:<br><code>%4</code></p>")
        .arg(QStringLiteral(UPSTREAMLAB_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             settings.toHtmlEscaped());
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, Tr::tr("About Upstream Lab"), aboutText());
}
