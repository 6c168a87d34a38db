#pragma once

#include "engine/requestrecord.h"

#include <QAbstractTableModel>

#include <deque>

// The live request log: a bounded ring of the newest records, appended in
// batches (one beginInsertRows per batch, one beginRemoveRows per trim).
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Client, Method, Uri, Status, Upstream, Tries, Duration, ColumnCount };
    static constexpr int HeadersKept = 10000; // the newest rows keep their heads and balancer decisions

    explicit RequestLogModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void appendRecords(const QList<RequestRecord> &records);
    void clear();
    const RequestRecord &record(int row) const { return m_rows[size_t(row)]; }
    quint64 totalAppended() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<RequestRecord> m_rows;
    int m_capacity = 100000;
    quint64 m_total = 0;
};
