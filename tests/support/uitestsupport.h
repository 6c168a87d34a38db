#pragma once

// Helpers for the UI tests: labs on free loopback ports, and answering the
// next modal dialog the way a person would.

#include "config/labconfig.h"
#include "freeport.h"
#include "labrunner.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>
#include <QTimer>


// The lab answers asynchronously: waits until all the window asked of it is answered.
inline bool waitForLab(MainWindow &window, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !window.runner()->isBusy(); }, timeoutMs);
}

// Opens (or starts) the lab and waits for it to run.
inline bool openLabAndWait(MainWindow &window, const LabConfig &lab)
{
    return window.openLab(lab) && waitForLab(window) && window.runner()->isRunning();
}

inline bool startLabAndWait(MainWindow &window)
{
    return window.startLab() && waitForLab(window) && window.runner()->isRunning();
}

// The demo lab with its mocks and proxy on free ports.
inline LabConfig demoOnFreePorts()
{
    LabConfig lab = LabConfig::demo();
    lab.listeners[0].port = 0;
    for (int i = 0; i < lab.backends.size(); ++i) {
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        lab.backends[i].listen = address;
        lab.upstreams[0].servers[i].address = address;
    }
    return lab;
}

// Writes a fixture file for a test (a config to import or drop).
inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
}

// Clicks `button` on the next message box that opens (polling, bounded).
inline void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen)
{
    auto *timer = new QTimer;
    auto *tries = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button, seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *seen = true;
            box->button(button)->click();
        } else if (++*tries < 200) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        delete tries;
    });
    timer->start(20);
}

// While it lives, answers every message box that opens by clicking the button
// named `buttonName` (an objectName), and keeps what each box said.
class MessageBoxAnswerer final
{
public:
    explicit MessageBoxAnswerer(const QString &buttonName)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, buttonName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_texts.append(box->text() + QLatin1Char('\n') + box->informativeText());
            if (auto *button = box->findChild<QAbstractButton *>(buttonName))
                button->click();
            else
                box->reject(); // never leave a test blocked in exec()
        });
        m_timer.start(20);
    }
    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};
