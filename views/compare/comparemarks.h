#pragma once

#include "diff/plandiff.h"
#include "plan.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>

namespace hierarch {

class Comparison;
class HierarchyScene;
class CompareMarkItem;

// Compare mode on the canvas: a mark on every added (+), changed (~), renamed or moved (>) site
// and server, and dashed ghosts for the servers and sites NEW no longer has, where they were.
// Marks are child items of the scene's site and server items, so they follow every layout and
// drag; they take no clicks, so the plan stays editable underneath and the ghosts cannot be.
// Everything is rebuilt from the Comparison when it changes.
class CompareMarks : public QObject
{
    Q_OBJECT

public:
    CompareMarks(HierarchyScene *scene, Comparison *comparison, QObject *parent = nullptr);
    ~CompareMarks() override;

    // The symbol shown on a site or server ("+", "~", ">"), empty when unmarked; for tests.
    QString markOf(ItemId id) const;
    // The names on the ghosts drawn, for tests.
    QStringList ghostNames() const;
    // Where the marks and ghosts are, in scene units (ghosts can lie outside the sites' boxes).
    QRectF sceneRect() const;
    // The colour of the mark for an action (added, changed, renamed or moved) and of the ghosts
    // (Removed); the report's legend and its tests use the same.
    static QColor colour(DiffAction action);

private:
    void rebuild();
    void clear();

    HierarchyScene *mScene;
    Comparison *mComparison;
    QList<QPointer<CompareMarkItem>> mItems;
};

} // namespace hierarch
