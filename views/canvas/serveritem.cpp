#include "serveritem.h"

#include "canvastext.h"
#include "diagrampainting.h"
#include "document/document.h"
#include "hierarchyscene.h"
#include "theme.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hierarch {

using namespace canvas;

ServerItem::ServerItem(HierarchyScene *scene, ItemId id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mScene(scene), mId(id)
{
    // No ItemUsesExtendedStyleOption: the level of detail comes from the painter's transform,
    // and a card is small enough to paint whole.
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::ArrowCursor);
    // Cards are many and their text is the costly part; the device cache redraws them only on a
    // change or a zoom. renderDiagram() switches the cache off so exports stay vectors.
    setCacheMode(DeviceCoordinateCache);
    updateContents();
}

void ServerItem::updateContents()
{
    const PlanReader *plan = mScene->reader();
    const Server *server = plan->server(mId);
    mShape = server ? cardShape(*server, plan->site(plan->siteOfServer(mId)))
                    : cardShape(Server(), nullptr);
    update();
}

void ServerItem::setGeometry(const QPointF &pos, double height)
{
    setPos(pos);
    const QSizeF size(kCardWidth, height);
    if (size == mSize)
        return;
    prepareGeometryChange();
    mSize = size;
}

QString ServerItem::chipText(int roleIndex) const
{
    return roleIndex >= 0 && roleIndex < mShape.chips.size() ? mShape.chips.at(roleIndex).name
                                                             : QString();
}

int ServerItem::chipAt(const QPointF &pos) const
{
    for (int i = 0; i < int(mShape.chips.size()); ++i) {
        if (mShape.chips.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void ServerItem::endDrag()
{
    if (!mDragging)
        return;
    mDragging = false;
    setZValue(0);
    if (parentItem())
        parentItem()->setZValue(0);
    setOpacity(1);
}

void ServerItem::setFindingMarks(const FindingMarks &marks)
{
    if (marks == mMarks)
        return;
    mMarks = marks;
    update();
}

QColor ServerItem::outlineColor() const
{
    return mMarks.worst >= 0 ? severityColor(Severity(mMarks.worst)) : QColor();
}

QColor ServerItem::blockColor() const
{
    const Server *server = mScene->reader()->server(mId);
    return server ? cardBlockColor(*server, mMarks) : colors::cardBorder;
}

QString ServerItem::toolTipText(const QPointF &pos) const
{
    const Server *server = mScene->reader()->server(mId);
    if (!server)
        return QString();
    const int chip = chipAt(pos);
    if (chip >= 0 && chip < server->roles.size()) {
        const RoleAssignment &role = server->roles.at(chip);
        QString html = QStringLiteral("<p style=\"white-space:pre\"><b>") +
                       CanvasText::escaped(roleDisplayName(role.role)) + QStringLiteral("</b> (") +
                       CanvasText::escaped(roleAbbreviation(role.role)) + QStringLiteral(")");
        if (role.site)
            html += QStringLiteral("<br/>") +
                    CanvasText::escaped(CanvasText::tr("For site %1").arg(*role.site));
        if (role.role == Role::DistributionPoint)
            html += QStringLiteral("<br/>") +
                    CanvasText::escaped(role.effectiveBits() ? CanvasText::tr("BITS enabled")
                                                             : CanvasText::tr("BITS disabled"));
        html += QStringLiteral("<br/>") +
                CanvasText::escaped(CanvasText::tr("on %1").arg(server->name)) +
                QStringLiteral("</p>");
        return html;
    }

    QString html = QStringLiteral("<p style=\"white-space:pre\"><b>") +
                   CanvasText::escaped(server->name) + QStringLiteral("</b>");
    if (server->fqdn)
        html += QStringLiteral("<br/>") + CanvasText::escaped(*server->fqdn);
    QStringList facts{zoneDisplayName(server->effectiveZone())};
    if (server->effectiveDomainController())
        facts << CanvasText::tr("domain controller");
    if (server->hasIisRole())
        facts << CanvasText::tr("IIS");
    html += QStringLiteral("<br/>") + CanvasText::escaped(facts.join(QStringLiteral(" \u00b7 ")));
    if (!server->roles.isEmpty()) {
        QStringList roles;
        for (const RoleAssignment &role : server->roles)
            roles << roleDisplayName(role.role);
        html +=
            QStringLiteral("<br/>") +
            CanvasText::escaped(CanvasText::tr("Roles: %1").arg(roles.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</p>");
    return html + CanvasText::findingsHtml(mScene->reader()->findingsFor(mId));
}

QRectF ServerItem::boundingRect() const
{
    return rect().adjusted(-kDecorationMargin, -kDecorationMargin, kDecorationMargin,
                           kDecorationMargin);
}

QPainterPath ServerItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), kCardRadius, kCardRadius);
    return path;
}

void ServerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Server *server = mScene->reader()->server(mId);
    if (!server)
        return;
    CardLook look;
    mScene->fillLook(look, this, painter, mMarks, mHovered);
    look.chipSelected = [this](int chip) {
        return mScene->isRoleSelected(mId, chip);
    };
    paintCard(painter, *server, mShape, mSize, look);
}

void ServerItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressScenePos = event->scenePos();
    mPressItemPos = pos();
    mDragging = false;
    mChipPressed = false;
    if (event->button() == Qt::LeftButton) {
        const int chip = chipAt(event->pos());
        if (chip >= 0) {
            // The role is selected rather than the card; a drag from the chip still moves the card.
            mChipPressed = true;
            mScene->pressRoleChip(mId, chip, event->modifiers());
            event->accept();
            return;
        }
    }
    QGraphicsItem::mousePressEvent(event);
}

void ServerItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!mDragging) {
        if ((event->scenePos() - mPressScenePos).manhattanLength() <
            QApplication::startDragDistance())
            return;
        mDragging = true;
        // Above the other sites while it travels to one of them.
        setZValue(10);
        if (parentItem())
            parentItem()->setZValue(5);
        setOpacity(0.9);
    }
    setPos(mPressItemPos + (event->scenePos() - mPressScenePos));
}

void ServerItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // After a chip click the selection is the role's; the card's own click handling would
    // replace it with the card.
    if (!mChipPressed)
        QGraphicsItem::mouseReleaseEvent(event);
    mChipPressed = false;
}

void ServerItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = true;
    update();
}

void ServerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = false;
    update();
}

} // namespace hierarch
