#pragma once

#include "selection.h"

#include <QDockWidget>
#include <QSet>

class QItemSelection;
class QTreeView;

namespace hierarch {

class Document;
class OutlineModel;
class OutlineProxy;

// The Outline dock: the plan as a tree (plan > sites > servers > roles; accounts; waivers), its
// selection kept in step with the canvas through the shared Selection.
class OutlineDock : public QDockWidget
{
    Q_OBJECT

public:
    OutlineDock(Document *document, Selection *selection, QWidget *parent = nullptr);

    OutlineModel *outlineModel() const { return mModel; }
    OutlineProxy *proxyModel() const { return mProxy; }
    QTreeView *treeView() const { return mView; }
    // The tree row (of proxyModel()) that shows a selection item; invalid when there is none.
    QModelIndex indexFor(const Selection::Item &item) const;

private:
    void pushSelection();
    void pullSelection();
    void rememberExpansion();
    void restoreExpansion();

    Document *mDocument;
    Selection *mSelection;
    OutlineModel *mModel;
    OutlineProxy *mProxy;
    QTreeView *mView;
    bool mSyncing = false;
    // Expansion by item key across the resets of the model; keys seen before keep the user's
    // choice, new sites open by default.
    QSet<QString> mExpanded;
    QSet<QString> mKnown;
};

} // namespace hierarch
