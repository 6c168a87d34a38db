#include "serveritemdelegate.h"

#include "config/lablimits.h"
#include "durationspinbox.h"
#include "models/servertablemodel.h"

#include <QSpinBox>

QWidget *ServerItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    LabRange<int> range{};
    switch (index.column()) {
    case ServerTableModel::Weight: range = LabLimits::Weight; break;
    case ServerTableModel::MaxFails: range = LabLimits::MaxFails; break;
    case ServerTableModel::MaxConns: range = LabLimits::MaxConns; break;
    case ServerTableModel::FailTimeout:
    case ServerTableModel::SlowStart: {
        // Whole seconds (nginx rejects milliseconds here), typed as nginx writes them.
        const LabRange<int> seconds = index.column() == ServerTableModel::FailTimeout ? LabLimits::FailTimeoutSec
                                                                                      : LabLimits::SlowStartSec;
        auto *duration = new DurationSpinBox(parent);
        duration->setRangeMs(seconds.min * 1000LL, seconds.max * 1000LL);
        duration->setGranularityMs(1000);
        duration->setKeyboardTracking(false); // "1500ms" must not pass through 1500 minutes on the way
        duration->setFrame(false);
        return duration;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *spin = new QSpinBox(parent);
    spin->setRange(range.min, range.max);
    spin->setFrame(false);
    return spin;
}

void ServerItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *duration = qobject_cast<DurationSpinBox *>(editor))
        duration->setValueMs(index.data(Qt::EditRole).toLongLong() * 1000);
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ServerItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *duration = qobject_cast<DurationSpinBox *>(editor)) {
        duration->applyText();
        model->setData(index, int(duration->valueMs() / 1000), Qt::EditRole);
    }
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
