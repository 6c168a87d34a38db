#pragma once

#include <QAbstractTableModel>

class LabDocument;
struct UpstreamServer;

// The servers of one upstream group, editable in place. Every change is a
// LabDocument edit (undoable, applied live); a field that breaks a rule shows
// the rule in its tooltip and a warning colour.
class ServerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTableModel)

public:
    // backup and down next to the weight: they must be visible without scrolling on a small screen.
    enum Column { Name, Address, Weight, Backup, Down, MaxFails, FailTimeout, MaxConns, SlowStart, Drain, ColumnCount };

    explicit ServerTableModel(LabDocument *document, QObject *parent = nullptr);

    void setGroup(int group);
    int group() const { return m_group; }
    // The JSON path of a cell's value ("upstreams[0].servers[1].weight").
    QString pathOf(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void labChanged();
    const UpstreamServer *server(int row) const;

    LabDocument *m_document;
    int m_group = -1;
    int m_rows = 0;
};
