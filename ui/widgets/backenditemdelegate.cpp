#include "backenditemdelegate.h"

#include "config/lablimits.h"
#include "models/backendtablemodel.h"

#include <QSpinBox>

QWidget *BackendItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != BackendTableModel::Status)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *spin = new QSpinBox(parent);
    spin->setRange(LabLimits::HttpStatus.min, LabLimits::HttpStatus.max);
    spin->setFrame(false);
    return spin;
}
