#include "serveritem.h"

#include "canvastext.h"
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

namespace {

constexpr double kChipsTop = kCardHeaderHeight;
constexpr double kContentWidth = kCardWidth - 2 * kCardPadding;
// Gaps inside a chip: after the abbreviation box, and after the name.
constexpr double kChipNameGap = 5;
constexpr double kChipEndGap = 7;

} // namespace

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
    const Server *server = mScene->reader()->server(mId);
    mChips.clear();
    double x = kCardPadding;
    double y = kChipsTop;
    if (server) {
        const Site *home = mScene->reader()->site(mScene->reader()->siteOfServer(mId));
        for (const RoleAssignment &assignment : server->roles) {
            const RoleLabel &label = roleLabel(assignment.role);
            Chip chip;
            chip.name = label.name;
            chip.nameWidth = label.nameWidth;
            // A server that hosts a role for several sites shows which chip serves which.
            if (assignment.site &&
                (!home || assignment.site->compare(home->code, Qt::CaseInsensitive) != 0)) {
                chip.name = CanvasText::tr("%1 · %2").arg(label.name, *assignment.site);
                chip.nameWidth =
                    std::ceil(QFontMetricsF(fonts().chipName).horizontalAdvance(chip.name));
            }
            double width = label.abbreviationWidth + kChipNameGap + chip.nameWidth + kChipEndGap;
            if (width > kContentWidth) {
                width = kContentWidth;
                chip.withName = kContentWidth - label.abbreviationWidth > 30;
            }
            if (x > kCardPadding && x + width > kCardPadding + kContentWidth) {
                x = kCardPadding;
                y += kChipHeight + kChipSpacing;
            }
            chip.rect = QRectF(x, y, width, kChipHeight);
            mChips << chip;
            x += width + kChipSpacing;
        }
    }
    // Without roles the card still leaves a line for "No roles".
    mNaturalHeight = y + kChipHeight + kCardPadding;
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
    const double r = kCardRadius;
    QPainterPath body;
    body.moveTo(0, kZoneBand);
    body.lineTo(size.width(), kZoneBand);
    body.lineTo(size.width(), size.height() - r);
    body.arcTo(QRectF(size.width() - 2 * r, size.height() - 2 * r, 2 * r, 2 * r), 0, -90);
    body.lineTo(r, size.height());
    body.arcTo(QRectF(0, size.height() - 2 * r, 2 * r, 2 * r), 270, -90);
    body.closeSubpath();
    mBodyPath = body;
}

QString ServerItem::chipText(int roleIndex) const
{
    return roleIndex >= 0 && roleIndex < mChips.size() ? mChips.at(roleIndex).name : QString();
}

int ServerItem::chipAt(const QPointF &pos) const
{
    for (int i = 0; i < int(mChips.size()); ++i) {
        if (mChips.at(i).rect.contains(pos))
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
    if (mMarks.worst >= 0)
        return severityColor(Severity(mMarks.worst));
    const Server *server = mScene->reader()->server(mId);
    return server ? zoneColor(server->effectiveZone()) : colors::cardBorder;
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

void ServerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Server *server = mScene->reader()->server(mId);
    if (!server)
        return;
    const bool exporting = mScene->isExporting();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool withText = exporting || detail >= kCardTextMinDetail;
    const Fonts &f = fonts();
    const QRectF card = rect();
    const double r = kCardRadius;
    if (!exporting && detail < kCardBlockMaxDetail) {
        painter->fillRect(card, isSelected() ? colors::selection : blockColor());
        return;
    }

    // Zone band: the card filled in the zone colour, then the white body over all but the top.
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors::shadow);
    painter->drawRoundedRect(card.translated(0, 1), r, r);
    painter->setBrush(zoneColor(server->effectiveZone()));
    painter->drawRoundedRect(card, r, r);
    painter->setBrush(colors::cardBody);
    painter->drawPath(mBodyPath);

    if (withText) {
        // DC / IIS markers at the right of the name line.
        double right = card.width() - kCardPadding;
        const QFontMetricsF markerMetrics(f.marker);
        auto marker = [&](const QString &text, const QColor &back, const QColor &fore) {
            const double width = markerMetrics.horizontalAdvance(text) + 10;
            const QRectF pill(right - width, 11, width, 15);
            painter->setPen(Qt::NoPen);
            painter->setBrush(back);
            painter->drawRoundedRect(pill, 4, 4);
            painter->setPen(fore);
            painter->setFont(f.marker);
            painter->drawText(pill, Qt::AlignCenter, text);
            right -= width + 4;
        };
        if (server->hasIisRole())
            marker(QStringLiteral("IIS"), QColor(0xff, 0xec, 0xd9), QColor(0xa6, 0x4b, 0x00));
        if (server->effectiveDomainController())
            marker(QStringLiteral("DC"), QColor(0xe3, 0xe7, 0xf8), QColor(0x28, 0x35, 0x93));

        painter->setFont(f.serverName);
        painter->setPen(colors::text);
        const QRectF nameRect(kCardPadding, 9, right - kCardPadding - 2, 19);
        painter->drawText(
            nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f.serverName).elidedText(server->name, Qt::ElideRight, nameRect.width()));

        // Zone line: a dot in the zone colour and the zone's name.
        painter->setPen(Qt::NoPen);
        painter->setBrush(zoneColor(server->effectiveZone()));
        painter->drawEllipse(QRectF(kCardPadding + 1, 32.5, 7, 7));
        painter->setFont(f.serverInfo);
        painter->setPen(colors::mutedText);
        painter->drawText(QRectF(kCardPadding + 13, 28, kContentWidth - 13, 16),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          zoneDisplayName(server->effectiveZone()));
        if (server->roles.isEmpty()) {
            painter->setFont(f.placeholder);
            painter->drawText(QRectF(kCardPadding, kChipsTop, kContentWidth, kChipHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, CanvasText::tr("No roles"));
        }
    }
    paintChips(painter, *server, exporting || detail >= kChipTextMinDetail);

    painter->setBrush(Qt::NoBrush);
    if (mMarks.worst >= 0) {
        painter->setPen(QPen(severityColor(Severity(mMarks.worst)), 2.5));
    } else {
        painter->setPen(
            QPen(mHovered && !exporting ? colors::cardBorder.darker(140) : colors::cardBorder, 1));
    }
    painter->drawRoundedRect(card, r, r);

    if (!exporting && isSelected())
        drawSelectionHalo(painter, card, r);
    if (!exporting && mScene->dropTarget() == this)
        drawDropHighlight(painter, card, r);
    if (mMarks.worst >= 0)
        drawFindingsBadge(painter, card, mMarks.count, Severity(mMarks.worst));
}

void ServerItem::paintChips(QPainter *painter, const Server &server, bool withText) const
{
    const Fonts &f = fonts();
    const int count = int(std::min(server.roles.size(), mChips.size()));
    for (int i = 0; i < count; ++i) {
        const Role role = server.roles.at(i).role;
        const RoleLabel &label = roleLabel(role);
        const Chip &chip = mChips.at(i);
        const QColor color = roleColor(role);
        const bool selected = !mScene->isExporting() && mScene->isRoleSelected(mId, i);

        painter->setBrush(chipTint(role));
        QColor edge = color;
        edge.setAlpha(90);
        painter->setPen(selected ? QPen(colors::selection, 2) : QPen(edge, 1));
        painter->drawRoundedRect(chip.rect, 4, 4);

        const QRectF box(chip.rect.left(), chip.rect.top(), label.abbreviationWidth,
                         chip.rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(withText ? box : chip.rect, 4, 4);
        if (!withText)
            continue;
        // The role's icon: its tile has the box's colour, so the white pictogram is what shows.
        paintRoleIcon(painter, role, QRectF(box.center() - QPointF(8, 8), QSizeF(16, 16)));
        if (chip.withName) {
            const QRectF nameRect(box.right() + kChipNameGap, chip.rect.top(),
                                  chip.rect.right() - box.right() - kChipNameGap - kChipEndGap + 2,
                                  chip.rect.height());
            painter->setPen(colors::text);
            painter->setFont(f.chipName);
            painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                              chip.nameWidth <= nameRect.width()
                                  ? chip.name
                                  : QFontMetricsF(f.chipName)
                                        .elidedText(chip.name, Qt::ElideRight, nameRect.width()));
        }
    }
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
