#pragma once

#include "canvasstyle.h"
#include "diagramgeometry.h"
#include "plan.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace hierarch {

class HierarchyScene;

// A server card inside its site: name, zone band, DC / IIS markers and the roles as chips. The
// card is dragged onto another site to move the server there; a click on a chip selects that
// role. Like the site it holds only its id and geometry (chip rectangles, by role index); it
// paints with canvas::paintCard, as the report's diagram does.
class ServerItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 2;

    ServerItem(HierarchyScene *scene, ItemId id, QGraphicsItem *parent);

    ItemId id() const { return mId; }
    int type() const override { return Type; }

    QRectF rect() const { return QRectF(QPointF(0, 0), mSize); }
    // Lays the role chips out again after the server changed; naturalHeight() then fits them.
    void updateContents();
    double naturalHeight() const { return mShape.naturalHeight; }
    // Called by the site's grid: the card's place and its row's height.
    void setGeometry(const QPointF &pos, double height);
    // The index of the role chip at a point in item coordinates, or -1.
    int chipAt(const QPointF &pos) const;
    // The name a role's chip shows: the role's, plus the site it serves when that is not the
    // server's own ("site database server · PAR").
    QString chipText(int roleIndex) const;
    bool isDragging() const { return mDragging; }
    void endDrag();

    void setFindingMarks(const FindingMarks &marks);
    const FindingMarks &findingMarks() const { return mMarks; }
    QColor outlineColor() const;
    // The card's colour drawn as one block, far out: its worst finding's, else its zone's.
    QColor blockColor() const;
    int badgeCount() const { return mMarks.count; }
    // The card's tooltip, or a chip's when pos (item coordinates) is over one.
    QString toolTipText(const QPointF &pos = QPointF(-1, -1)) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    HierarchyScene *mScene;
    ItemId mId;
    QSizeF mSize;
    canvas::CardShape mShape;
    FindingMarks mMarks;
    bool mHovered = false;
    bool mDragging = false;
    bool mChipPressed = false;
    QPointF mPressScenePos;
    QPointF mPressItemPos;
};

} // namespace hierarch
