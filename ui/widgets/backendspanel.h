#pragma once

#include <QWidget>

class BackendTableModel;
class LabDocument;
class LabRunner;
class QLabel;
class QTableView;
class QTimer;

// The lab's mock backends: live state (health dot), counters, start / stop /
// pause / resume, behaviour and fault settings edited in place, add and remove.
class BackendsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendsPanel)

public:
    BackendsPanel(LabDocument *document, LabRunner *runner, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    BackendTableModel *model() const { return m_model; }
    // Adds n mocks on free ports, each also a server of `group` (if valid).
    void addBackends(int n, int group);
    // Opens the selected backend's full settings (BackendDialog); OK applies them live.
    void editSelected();

private:
    void startSelected();
    void stopSelected();
    void pauseSelected();
    void resumeSelected();
    void removeSelected();
    int selectedRow() const;

    LabDocument *m_document;
    LabRunner *m_runner;
    BackendTableModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QTimer *m_refresh;
};
