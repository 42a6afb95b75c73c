#pragma once

#include "itemroles.h"

#include <QAbstractTableModel>

namespace hierarch {

class Comparison;
struct ItemChange;
struct DeltaFinding;

// The Changes dock's table: the structural changes of compare mode, then the findings delta
// (new, resolved, updated). Rows are read from the Comparison, refreshed when it changes.
class ChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ItemColumn, DetailsColumn, ColumnCount };
    // What a row is, for the dock's filter (EntryRole).
    enum Entry { StructuralChange, NewFinding, ResolvedFinding, UpdatedFinding };
    static constexpr int EntryRole = SearchTextRole + 1;

    explicit ChangesModel(Comparison *comparison, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A structural change as people read it ("Changed", "Site P01", "Client mode: mixed →
    // native"), translated.
    static QString actionText(const ItemChange &change);
    static QString itemText(const ItemChange &change);
    static QString detailsText(const ItemChange &change);

private:
    QVariant changeData(const ItemChange &change, int column, int role) const;
    QVariant findingData(const DeltaFinding &finding, Entry entry, int column, int role) const;

    Comparison *mComparison;
    int mRows = 0;
};

} // namespace hierarch
