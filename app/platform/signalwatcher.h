#pragma once

#include <QObject>

// Turns SIGINT/SIGTERM (Ctrl-C / console close on Windows) into a Qt signal
// delivered in the main thread, so headless commands stop cleanly.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();
};
