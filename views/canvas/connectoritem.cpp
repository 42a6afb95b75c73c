#include "connectoritem.h"

#include "canvasstyle.h"
#include "hierarchyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hierarch {

ConnectorItem::ConnectorItem(ItemId child) : mChild(child)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ConnectorItem::setBoxes(const QRectF &parentBox, const QRectF &childBox, bool toSecondary)
{
    const auto [from, to] = treeLineEnds(parentBox, childBox);
    if (from == mFrom && to == mTo && toSecondary == mDashed && !mPath.isEmpty())
        return;
    prepareGeometryChange();
    mFrom = from;
    mTo = to;
    mDashed = toSecondary;
    mPath = connectorPath(from, to);
    mLabelRect = connectorLabelRect(mLabel, mTo);
}

void ConnectorItem::setLabel(const LinkLabel &label)
{
    if (label == mLabel)
        return;
    prepareGeometryChange();
    mLabel = label;
    mLabelRect = connectorLabelRect(mLabel, mTo);
}

QRectF ConnectorItem::boundingRect() const
{
    return mPath.boundingRect().adjusted(-6, -6, 6, 6).united(mLabelRect);
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Labels belong to a scene's drawing: a connector on its own (a test's) draws only its line.
    const auto *hierarchy = static_cast<const HierarchyScene *>(scene());
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    paintConnector(painter, mPath, mTo, mDashed, hierarchy ? mLabel : LinkLabel(), mLabelRect,
                   detail, hierarchy && hierarchy->isExporting());
}

} // namespace hierarch
