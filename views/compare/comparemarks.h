#pragma once

#include "plan.h"

#include <QList>
#include <QObject>
#include <QPointer>

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

private:
    void rebuild();
    void clear();

    HierarchyScene *mScene;
    Comparison *mComparison;
    QList<QPointer<CompareMarkItem>> mItems;
};

} // namespace hierarch
