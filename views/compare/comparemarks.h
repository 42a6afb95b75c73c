#pragma once

#include "diff/plandiff.h"
#include "plan.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace hierarch {

class Comparison;
class HierarchyScene;
class CompareMarkItem;

// One mark or ghost of compare mode, placed on the drawing of NEW: a round mark ("+", "~", ">")
// centred on the top-left corner of a site or server, or a dashed ghost of a removed one.
struct CompareDecoration
{
    enum Style { Mark, Ghost };
    Style style = Mark;
    QString text; // the symbol of a mark, the label of a ghost
    QColor colour;
    // In the coordinates of the anchor's box (its top-left corner at the origin), or in drawing
    // units when the decoration hangs on nothing (a removed site drawn at its old position).
    QRectF rect;
    ItemId anchor = 0; // the site or server it hangs on
    QString toolTip;   // a mark's: the changes of its item
};
// The marks and ghosts of a comparison, in the order the canvas stacks them. `boxOf` is the size
// of a site's or server's box on the drawing, or nothing when the drawing does not show it; the
// canvas and the report's diagram ask their own drawing.
QList<CompareDecoration>
compareDecorations(const Comparison &comparison,
                   const std::function<std::optional<QSizeF>(ItemId)> &boxOf);
// Paints one mark or ghost, the painter in the coordinates its rectangle is in.
void paintCompareDecoration(QPainter *painter, const CompareDecoration &decoration);

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
