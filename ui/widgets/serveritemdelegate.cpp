#include "serveritemdelegate.h"

#include "models/servertablemodel.h"

#include <QSpinBox>

QWidget *ServerItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    struct Range {
        int min, max;
        const char *suffix;
    };
    Range range{};
    switch (index.column()) {
    case ServerTableModel::Weight: range = {1, 1000, ""}; break;
    case ServerTableModel::MaxFails: range = {0, 1000, ""}; break;
    case ServerTableModel::FailTimeout: range = {0, 86400, " s"}; break;
    case ServerTableModel::MaxConns: range = {0, 1000000, ""}; break;
    case ServerTableModel::SlowStart: range = {0, 3600, " s"}; break;
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *spin = new QSpinBox(parent);
    spin->setRange(range.min, range.max);
    spin->setSuffix(QString::fromLatin1(range.suffix));
    spin->setFrame(false);
    return spin;
}
