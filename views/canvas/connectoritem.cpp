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

void ConnectorItem::setEnds(const QPointF &from, const QPointF &to, bool toSecondary)
{
    if (from == mFrom && to == mTo && toSecondary == mDashed && !mPath.isEmpty())
        return;
    prepareGeometryChange();
    mFrom = from;
    mTo = to;
    mDashed = toSecondary;

    QPainterPath path(from);
    const double gap = to.y() - from.y();
    if (gap <= 8 || qFuzzyCompare(from.x(), to.x())) {
        // Straight when aligned, or when the child is not below the parent (a hand layout).
        path.lineTo(to);
    } else {
        // The horizontal run sits in the gap above the child, so siblings share it.
        const double midY = to.y() - std::min(gap / 2, canvas::kTreeVerticalGap / 2);
        const double dx = to.x() - from.x();
        const double radius = std::min({8.0, std::abs(dx) / 2, (midY - from.y()), to.y() - midY});
        const double sign = dx > 0 ? 1 : -1;
        path.lineTo(from.x(), midY - radius);
        path.quadTo(from.x(), midY, from.x() + sign * radius, midY);
        path.lineTo(to.x() - sign * radius, midY);
        path.quadTo(to.x(), midY, to.x(), midY + radius);
        path.lineTo(to);
    }
    mPath = path;
    placeLabel();
}

void ConnectorItem::setLabel(const LinkLabel &label)
{
    if (label == mLabel)
        return;
    prepareGeometryChange();
    mLabel = label;
    placeLabel();
}

void ConnectorItem::placeLabel()
{
    // Beside the last leg, which is the child's own (siblings share the horizontal run), its
    // bottom clear of the child's box and of the findings badge on the box's corner.
    constexpr double kClearance = canvas::kDecorationMargin + 2;
    const QRectF rect = linkLabelRect(mLabel, mTo);
    mLabelRect = rect.isNull()
                     ? QRectF()
                     : rect.translated(rect.width() / 2 + 6, -rect.height() / 2 - kClearance);
}

QRectF ConnectorItem::boundingRect() const
{
    return mPath.boundingRect().adjusted(-6, -6, 6, 6).united(mLabelRect);
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setBrush(Qt::NoBrush);
    const auto *hierarchy = static_cast<const HierarchyScene *>(scene());
    if (option->levelOfDetailFromTransform(painter->worldTransform()) <
            canvas::kCardBlockMaxDetail &&
        hierarchy && !hierarchy->isExporting()) {
        // Far out (a whole large plan in the window) a hairline shows the tree as well and costs
        // a fraction of a smooth 1.8-unit stroke, of which there is one per site.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(canvas::colors::connector, 0));
        painter->drawPath(mPath);
        return;
    }
    QPen pen(canvas::colors::connector, 1.8, mDashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
             Qt::RoundJoin);
    painter->setPen(pen);
    painter->drawPath(mPath);
    // A small dot where the line meets the child, so the direction reads at a glance.
    painter->setPen(Qt::NoPen);
    painter->setBrush(canvas::colors::connector);
    painter->drawEllipse(mTo, 3, 3);
    if (hierarchy && (hierarchy->isExporting() ||
                      option->levelOfDetailFromTransform(painter->worldTransform()) >=
                          canvas::kChipTextMinDetail))
        drawLinkLabel(painter, mLabel, mLabelRect);
}

} // namespace hierarch
