#pragma once

#include "canvasstyle.h"
#include "plan.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace hierarch {

class HierarchyScene;

// A site on the canvas: a rounded container with the site's header (code, name, type, mode,
// clients) holding its server cards in a grid. It keeps only its id and geometry; everything it
// shows is looked up in the Document when it paints (canvas::paintSite, which the report's
// diagram paints with too), so it never goes stale.
class SiteItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 1;

    SiteItem(HierarchyScene *scene, ItemId id);

    ItemId id() const { return mId; }
    int type() const override { return Type; }

    // The box without decorations, in item coordinates (top-left is the item's position).
    QRectF rect() const { return QRectF(QPointF(0, 0), mSize); }
    QSizeF size() const { return mSize; }
    // Places the server cards in a grid (in the Document's order) and resizes the box to fit.
    void layoutContents();

    void setFindingMarks(const FindingMarks &marks);
    const FindingMarks &findingMarks() const { return mMarks; }
    // The colour of the findings outline (invalid when there is no unwaived finding).
    QColor outlineColor() const;
    int badgeCount() const { return mMarks.count; }
    QString toolTipText() const;
    // The collapse toggle on the bottom edge of a site with child sites ("−", or "+N sites" when
    // collapsed), in item coordinates; null when the site has no child sites.
    QRectF toggleRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    HierarchyScene *mScene;
    ItemId mId;
    QSizeF mSize;
    FindingMarks mMarks;
    bool mHovered = false;
};

} // namespace hierarch
