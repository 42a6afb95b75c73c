#include "fielddelegate.h"

#include "listmodel.h"
#include "properties/fieldeditor.h"

#include <QComboBox>

namespace hierarch {

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ListModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *editor = new FieldEditor(model->fieldAt(index.column()), FieldEditor::Context::Cell,
                                   parent, model->product());
    QWidget *widget = editor->widget();
    widget->setAutoFillBackground(true);
    auto *self = const_cast<FieldDelegate *>(this);
    connect(editor, &FieldEditor::edited, self, [self, widget](const QVariant &, bool merge) {
        if (!merge)
            emit self->commitData(widget);
    });
    return widget;
}

void FieldDelegate::setEditorData(QWidget *widget, const QModelIndex &index) const
{
    if (FieldEditor *editor = FieldEditor::of(widget))
        editor->setValue(index.data(Qt::EditRole), index.data(ListModel::DefaultValueRole));
    else
        QStyledItemDelegate::setEditorData(widget, index);
}

void FieldDelegate::setModelData(QWidget *widget, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (FieldEditor *editor = FieldEditor::of(widget))
        model->setData(index, editor->value(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(widget, model, index);
}

} // namespace hierarch
