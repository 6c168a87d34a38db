#pragma once

#include "labrunner.h"

#include <QAbstractTableModel>

class LabDocument;

// The lab's mock backends: their settings (editable, as document edits) and,
// while the lab runs, their live state and counters (read lock-free from what
// the runner publishes; no pointer into the mocks' threads).
class BackendTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendTableModel)

public:
    enum Column { State, Name, Listen, Status, Latency, ErrorRate, Faults, Requests, Errors, FaultsInjected, Active, ColumnCount };

    BackendTableModel(LabDocument *document, LabRunner *runner, QObject *parent = nullptr);

    // The running mock of the row, as the runner last published it (valid
    // until the runner publishes again: read it, do not keep it).
    const LabRunner::Mock *liveBackend(int row) const;
    QString backendName(int row) const;
    // Re-reads the counters (called on a timer; one dataChanged for the live columns).
    void refreshCounters();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A typed value could not be read; the message says what is expected.
    void parseError(const QModelIndex &index, const QString &message);

private:
    void labChanged();

    LabDocument *m_document;
    LabRunner *m_runner;
    int m_rows = 0;
};
