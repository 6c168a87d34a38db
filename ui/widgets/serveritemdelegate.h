#pragma once

#include <QStyledItemDelegate>

// Spin boxes with nginx's ranges for the server table's numeric columns.
class ServerItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
