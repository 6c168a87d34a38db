#pragma once

#include <QStyledItemDelegate>

// Editors for the backend table: the status within the lab's limits
// (LabLimits::HttpStatus); the other columns are typed text.
class BackendItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
