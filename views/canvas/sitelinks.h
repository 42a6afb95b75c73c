#pragma once

#include "plan.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

namespace hierarch {

// What the canvas says about how two sites talk: the lines of the small label drawn on the line
// between them (README "Site addresses and senders").
struct LinkLabel
{
    QStringList lines;
    // An address in one direction only: the label names the missing one and is drawn as a warning.
    bool oneWay = false;
    bool isEmpty() const { return lines.isEmpty(); }
    bool operator==(const LinkLabel &) const = default;
};

// The label of the tree line between a parent and a child site, from the child's address to the
// parent ("↑") and the parent's address to the child ("↓"). Plain links (standard senders both
// ways, no rate limit, no schedule) and pairs without any address get no label, so a plan with
// ordinary links stays as uncluttered as one that does not plan its network.
LinkLabel treeLinkLabel(const Site &parent, const Site &child);
// The label of a link between two sites that are not parent and child: each address is named
// with its direction ("S01 → S05: Courier"), even a plain one, since the link itself is news.
LinkLabel crossLinkLabel(const Site &a, const Site &b);
// The tooltip of a link: each address between the two sites with all its settings, or a note of
// the missing direction. Rich text; plan strings are escaped.
QString linkToolTip(const Site &a, const Site &b);

// A rounded label box centred at `centre`, as link labels are drawn on the canvas.
QRectF linkLabelRect(const LinkLabel &label, const QPointF &centre);
void drawLinkLabel(QPainter *painter, const LinkLabel &label, const QRectF &rect);

// Where the tree line between a parent's and a child's box starts and ends: the middle of the
// parent's bottom edge and the middle of the child's top edge.
std::pair<QPointF, QPointF> treeLineEnds(const QRectF &parentBox, const QRectF &childBox);
// The tree line from `from` to `to` (treeLineEnds()): down, across in the gap above the child,
// down, with rounded bends; straight when aligned or when the child is not below the parent (a
// hand layout).
QPainterPath connectorPath(const QPointF &from, const QPointF &to);
// Where a tree line's label goes: beside the line's last leg, which is the child's own.
QRectF connectorLabelRect(const LinkLabel &label, const QPointF &to);
// The dotted curve between two sites' boxes that are not parent and child, bowed to one side;
// `middle` receives the curve's midpoint, where its label is centred.
QPainterPath crossLinkPath(const QRectF &a, const QRectF &b, QPointF *middle);

// The lines as the canvas draws them, at the painter's level of `detail`; a `full` drawing (an
// export, the report) shows the labels whatever the scale.
void paintConnector(QPainter *painter, const QPainterPath &path, const QPointF &to, bool dashed,
                    const LinkLabel &label, const QRectF &labelRect, double detail, bool full);
void paintCrossLink(QPainter *painter, const QPainterPath &path, const LinkLabel &label,
                    const QRectF &labelRect, double detail, bool full);

// A line between two sites that address each other but are not parent and child (a secondary
// site sending straight to the central site, say): a dotted curve between their boxes, with its
// label. Drawn below the sites, and not at all when the view is zoomed so far out that a plan of
// a thousand sites would turn into a web of lines.
class CrossLinkItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 4;

    CrossLinkItem(ItemId a, ItemId b);

    int type() const override { return Type; }
    ItemId siteA() const { return mA; }
    ItemId siteB() const { return mB; }
    // The two sites' boxes in scene coordinates; the curve runs between their edges.
    void setBoxes(const QRectF &a, const QRectF &b);
    void setLabel(const LinkLabel &label);
    const LinkLabel &label() const { return mLabel; }
    // Where the label is drawn (scene coordinates of the item); null without a label.
    QRectF labelRect() const { return mLabelRect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ItemId mA;
    ItemId mB;
    QPainterPath mPath;
    QPointF mMiddle;
    LinkLabel mLabel;
    QRectF mLabelRect;
};

} // namespace hierarch
