#pragma once

#include <QStyledItemDelegate>

namespace hierarch {

// Edits a ListModel cell with the same FieldEditor the Properties dock uses, so a field has one
// look in both places. Choices (combo, spin box) commit as soon as they are made; text commits
// when the cell editor closes, one undo step per cell edit.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace hierarch
