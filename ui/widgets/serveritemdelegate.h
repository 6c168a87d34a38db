#pragma once

#include <QStyledItemDelegate>

// Editors for the server table's numeric columns, with the lab's limits
// (LabLimits): spin boxes for counts, duration boxes for fail_timeout and
// slow_start, so every value the rules allow can be shown and kept.
class ServerItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
