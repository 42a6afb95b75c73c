#include "outlinedock.h"

#include "document/document.h"
#include "document/outlinemodel.h"
#include "outlineproxy.h"

#include <QHeaderView>
#include <QTreeView>

#include <functional>

namespace hierarch {

namespace {

using Kind = OutlineModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(ItemKindRole).toInt());
}

// Identifies a row across model resets: sites and servers by id, the plan and the two groups by
// kind (there is one of each). Roles and list entries have no children to expand.
QString expansionKey(const QModelIndex &index)
{
    const Kind kind = kindOf(index);
    QString key = QString::number(int(kind));
    if (kind == Kind::Site || kind == Kind::Server)
        key += QLatin1Char(':') + QString::number(index.data(ItemIdRole).value<ItemId>());
    return key;
}

bool expandedByDefault(Kind kind)
{
    return kind == Kind::Plan || kind == Kind::Site;
}

// Calls `visit` for every row that has children, parents before children.
void forEachParentRow(const QAbstractItemModel *model, const QModelIndex &parent,
                      const std::function<void(const QModelIndex &)> &visit)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (model->rowCount(index) == 0)
            continue;
        visit(index);
        forEachParentRow(model, index, visit);
    }
}

std::optional<Selection::Item> itemFor(const QModelIndex &index)
{
    const ItemId id = index.data(ItemIdRole).value<ItemId>();
    const int row = index.data(ItemIndexRole).toInt();
    switch (kindOf(index)) {
    case Kind::Plan:
        return Selection::Item{Selection::Item::Plan, 0, -1};
    case Kind::Site:
        return Selection::Item{Selection::Item::Site, id, -1};
    case Kind::Server:
        return Selection::Item{Selection::Item::Server, id, -1};
    case Kind::Role:
        return Selection::Item{Selection::Item::Role, id, row};
    case Kind::Account:
        return Selection::Item{Selection::Item::Account, 0, row};
    case Kind::Waiver:
        return Selection::Item{Selection::Item::Waiver, 0, row};
    case Kind::AccountGroup:
    case Kind::WaiverGroup:
        break;
    }
    return std::nullopt;
}

} // namespace

OutlineDock::OutlineDock(Document *document, Selection *selection, QWidget *parent)
    : QDockWidget(tr("Outline"), parent), mDocument(document), mSelection(selection),
      mModel(new OutlineModel(document, this)), mProxy(new OutlineProxy(document, this)),
      mView(new QTreeView)
{
    setObjectName(QStringLiteral("OutlineDock"));
    mProxy->setSourceModel(mModel);

    mView->setObjectName(QStringLiteral("outlineView"));
    mView->setAccessibleName(tr("Outline"));
    mView->setModel(mProxy);
    mView->setHeaderHidden(true);
    mView->setUniformRowHeights(true);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setTextElideMode(Qt::ElideRight);
    setWidget(mView);

    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutlineDock::pushSelection);
    connect(selection, &Selection::changed, this, [this](const QObject *source) {
        if (source != this)
            pullSelection();
    });
    // The model resets when sites come, go or move; the tree would come back collapsed and
    // unselected.
    connect(mProxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        mSyncing = true;
        rememberExpansion();
    });
    connect(mProxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpansion();
        mSyncing = false;
        pullSelection();
    });
    // Other edits insert rows: a site whose first server arrives opens like a new site does.
    connect(mProxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            return;
        const QString key = expansionKey(parent);
        if (mKnown.contains(key))
            return;
        mKnown.insert(key);
        if (expandedByDefault(kindOf(parent)))
            mView->expand(parent);
    });
    restoreExpansion();
    pullSelection();
}

QModelIndex OutlineDock::indexFor(const Selection::Item &item) const
{
    QModelIndex source;
    switch (item.kind) {
    case Selection::Item::Plan:
        source = mModel->planIndex();
        break;
    case Selection::Item::Site:
    case Selection::Item::Server:
        source = mModel->indexOf(item.id);
        break;
    case Selection::Item::Role:
        source = mModel->index(item.index, 0, mModel->indexOf(item.id));
        break;
    case Selection::Item::Account:
    case Selection::Item::Waiver: {
        const Kind group =
            item.kind == Selection::Item::Account ? Kind::AccountGroup : Kind::WaiverGroup;
        const QModelIndex plan = mModel->planIndex();
        for (int r = mModel->rowCount(plan) - 1; r >= 0; --r) {
            const QModelIndex candidate = mModel->index(r, 0, plan);
            if (kindOf(candidate) == group) {
                source = mModel->index(item.index, 0, candidate);
                break;
            }
        }
        break;
    }
    case Selection::Item::Attestation:
    case Selection::Item::Revision:
        break;
    }
    return mProxy->mapFromSource(source);
}

void OutlineDock::pushSelection()
{
    if (mSyncing)
        return;
    const QModelIndex current = mView->selectionModel()->currentIndex();
    QList<Selection::Item> items;
    std::optional<Selection::Item> last;
    for (const QModelIndex &index : mView->selectionModel()->selectedRows()) {
        const auto item = itemFor(index);
        if (!item || items.contains(*item))
            continue;
        if (index == current)
            last = item; // the clicked row goes last: it is what the properties panel shows
        else
            items << *item;
    }
    if (last)
        items << *last;
    mSelection->setItems(items, this);
}

void OutlineDock::pullSelection()
{
    if (mSyncing)
        return;
    mSyncing = true;
    QItemSelection rows;
    QModelIndex last;
    for (const Selection::Item &item : mSelection->items()) {
        const QModelIndex index = indexFor(item);
        if (!index.isValid())
            continue;
        rows.select(index, index);
        last = index;
    }
    QItemSelectionModel *model = mView->selectionModel();
    model->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (last.isValid()) {
        model->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        mView->scrollTo(last); // also opens collapsed ancestors
    }
    mSyncing = false;
}

void OutlineDock::rememberExpansion()
{
    mExpanded.clear();
    forEachParentRow(mProxy, {}, [this](const QModelIndex &index) {
        const QString key = expansionKey(index);
        mKnown.insert(key);
        if (mView->isExpanded(index))
            mExpanded.insert(key);
    });
}

void OutlineDock::restoreExpansion()
{
    forEachParentRow(mProxy, {}, [this](const QModelIndex &index) {
        const QString key = expansionKey(index);
        const bool expand =
            mExpanded.contains(key) || (!mKnown.contains(key) && expandedByDefault(kindOf(index)));
        if (expand)
            mView->expand(index);
        mKnown.insert(key);
    });
}

} // namespace hierarch
