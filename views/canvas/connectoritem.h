#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace hierarch {

// The line from a parent site's box down to a child site's box: down, across, down, with
// rounded bends, so a tree reads as a tree. Drawn below the sites.
class ConnectorItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 3;

    ConnectorItem();

    int type() const override { return Type; }
    // From the middle of the parent's bottom edge to the middle of the child's top edge.
    void setEnds(const QPointF &from, const QPointF &to, bool toSecondary);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath mPath;
    QPointF mFrom;
    QPointF mTo;
    bool mDashed = false;
};

} // namespace hierarch
