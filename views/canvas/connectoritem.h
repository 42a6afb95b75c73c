#pragma once

#include "sitelinks.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace hierarch {

// The line from a parent site's box down to a child site's box: down, across, down, with
// rounded bends, so a tree reads as a tree. Drawn below the sites. Where the two sites' addresses
// are worth a note (a sender other than standard, a rate limit, a schedule, one direction only)
// a label sits beside the line's last leg; it is left out when zoomed so far that it could not be
// read.
class ConnectorItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 3;

    explicit ConnectorItem(ItemId child);

    int type() const override { return Type; }
    ItemId childSite() const { return mChild; }
    // The two sites' boxes in scene coordinates; the line runs from the middle of the parent's
    // bottom edge to the middle of the child's top edge, dashed to a secondary site.
    void setBoxes(const QRectF &parentBox, const QRectF &childBox, bool toSecondary);
    void setLabel(const LinkLabel &label);
    const LinkLabel &label() const { return mLabel; }
    // Where the label is drawn (item coordinates are scene coordinates); null without a label.
    QRectF labelRect() const { return mLabelRect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ItemId mChild;
    LinkLabel mLabel;
    QRectF mLabelRect;
    QPainterPath mPath;
    QPointF mFrom;
    QPointF mTo;
    bool mDashed = false;
};

} // namespace hierarch
