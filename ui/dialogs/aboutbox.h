#pragma once

#include <QString>

class QWidget;

// Help ▸ About: the version, the licence, the Qt version the app was built
// with and runs on, and where the settings and recent files are kept.
QString aboutText();
void showAboutBox(QWidget *parent);
