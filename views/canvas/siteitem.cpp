#include "siteitem.h"

#include "canvastext.h"
#include "document/document.h"
#include "hierarchyscene.h"
#include "selection.h"
#include "serveritem.h"
#include "theme.h"

#include <QCursor>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hierarch {

using namespace canvas;

namespace {

// Up to three cards per row, four from ten servers on, so big sites stay roughly square.
int gridColumns(int cards)
{
    if (cards <= 3)
        return std::max(cards, 1);
    if (cards == 4)
        return 2;
    return cards <= 9 ? 3 : 4;
}

struct SiteColors
{
    QColor header;
    QColor pill;
};

SiteColors siteColors(const Site &site)
{
    if (site.isSecondary())
        return {QColor(0xe4, 0xf3, 0xf0), QColor(0x00, 0x7d, 0x70)};
    if (site.isCentral())
        return {QColor(0xe1, 0xe6, 0xf7), QColor(0x30, 0x3f, 0x9f)};
    return {QColor(0xec, 0xef, 0xfa), QColor(0x5c, 0x6b, 0xc0)};
}

} // namespace

SiteItem::SiteItem(HierarchyScene *scene, ItemId id) : mScene(scene), mId(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::ArrowCursor);
}

void SiteItem::layoutContents()
{
    QList<ServerItem *> cards;
    if (const Site *site = mScene->reader()->site(mId)) {
        for (const Server &server : site->servers) {
            if (ServerItem *card = mScene->serverItem(server.uid))
                cards << card;
        }
    }
    const int count = int(cards.size());
    const int columns = gridColumns(count);
    const double gridWidth = columns * kCardWidth + (columns - 1) * kCardGap;
    const double width = std::max(kSiteMinWidth, gridWidth + 2 * kSitePadding);
    const double left = (width - gridWidth) / 2;
    double y = kSiteHeaderHeight + kSitePadding;
    for (int row = 0; row * columns < count; ++row) {
        const int first = row * columns;
        const int last = std::min(count, first + columns);
        double height = 0;
        for (int i = first; i < last; ++i)
            height = std::max(height, cards.at(i)->naturalHeight());
        for (int i = first; i < last; ++i) {
            // A card being dragged stays under the cursor; it is put back on release.
            if (!cards.at(i)->isDragging())
                cards.at(i)->setGeometry(QPointF(left + (i - first) * (kCardWidth + kCardGap), y),
                                         height);
        }
        y += height + kCardGap;
    }
    const double height =
        count == 0 ? kSiteHeaderHeight + kEmptySiteBody : y - kCardGap + kSitePadding;

    const QSizeF size(width, height);
    if (size != mSize) {
        prepareGeometryChange();
        mSize = size;
        // The header fill: the box's top with its rounded corners, square at the bottom.
        const double r = kSiteRadius;
        const double h = kSiteHeaderHeight;
        QPainterPath path;
        path.moveTo(0, h);
        path.lineTo(0, r);
        path.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90);
        path.lineTo(width - r, 0);
        path.arcTo(QRectF(width - 2 * r, 0, 2 * r, 2 * r), 90, -90);
        path.lineTo(width, h);
        path.closeSubpath();
        mHeaderPath = path;
    }
    update();
}

void SiteItem::setFindingMarks(const FindingMarks &marks)
{
    if (marks == mMarks)
        return;
    mMarks = marks;
    update();
}

QColor SiteItem::outlineColor() const
{
    return mMarks.worst >= 0 ? severityColor(Severity(mMarks.worst)) : QColor();
}

QString SiteItem::modeText(const Site &site) const
{
    const PlanReader *document = mScene->reader();
    if (document->plan().product == Product::Sms2003) {
        return site.effectiveSecurityMode() == SecurityMode::Advanced
                   ? CanvasText::tr("Advanced security")
                   : CanvasText::tr("Standard security");
    }
    // A secondary site's clients follow its parent's mode (RULES.md "effective mode").
    const Site *owner = &site;
    for (int hops = 0; owner->isSecondary() && owner->parent && hops < 8; ++hops) {
        const int parent = document->siteIndexByCode(*owner->parent);
        if (parent < 0)
            break;
        owner = &document->plan().sites.at(parent);
    }
    return owner->ownClientMode() == ClientMode::Native ? CanvasText::tr("Native mode")
                                                        : CanvasText::tr("Mixed mode");
}

QString SiteItem::typeText(const Site &site) const
{
    if (site.isSecondary())
        return CanvasText::tr("Secondary");
    return site.isCentral() ? CanvasText::tr("Central") : CanvasText::tr("Primary");
}

QString SiteItem::toolTipText() const
{
    const Site *site = mScene->reader()->site(mId);
    if (!site)
        return QString();
    QString html = QStringLiteral("<p style=\"white-space:pre\"><b>") +
                   CanvasText::escaped(site->code) + QStringLiteral("</b>");
    if (site->name)
        html += QStringLiteral(" \u2014 ") + CanvasText::escaped(*site->name);
    html += QStringLiteral("<br/>") + CanvasText::escaped(CanvasText::siteTypeName(*site));
    if (site->parent)
        html += CanvasText::escaped(CanvasText::tr(", child of %1").arg(*site->parent));
    html += QStringLiteral("<br/>") + CanvasText::escaped(modeText(*site));
    if (site->clients)
        html += QStringLiteral(" \u00b7 ") +
                CanvasText::escaped(CanvasText::clientCount(site->effectiveClients()));
    html += QStringLiteral(" \u00b7 ") +
            CanvasText::escaped(CanvasText::serverCount(int(site->servers.size())));
    html += QStringLiteral("</p>");
    return html + CanvasText::findingsHtml(mScene->reader()->findingsFor(mId));
}

QRectF SiteItem::boundingRect() const
{
    return rect().adjusted(-kDecorationMargin, -kDecorationMargin, kDecorationMargin,
                           kDecorationMargin);
}

QPainterPath SiteItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), kSiteRadius, kSiteRadius);
    if (const QRectF toggle = toggleRect(); !toggle.isNull())
        path.addRoundedRect(toggle, toggle.height() / 2, toggle.height() / 2);
    return path.simplified();
}

QRectF SiteItem::toggleRect() const
{
    if (mScene->childSiteCount(mId) == 0)
        return QRectF();
    constexpr double height = 20;
    double width = height;
    if (const int hidden = mScene->hiddenSiteCount(mId)) {
        width = QFontMetricsF(fonts().pill).horizontalAdvance(CanvasText::hiddenSites(hidden)) + 16;
    }
    // Straddles the bottom edge, where the connectors to the child sites start; the
    // decoration margin leaves room for the half below the box.
    return QRectF(mSize.width() / 2 - width / 2, mSize.height() - height / 2, width, height);
}

void SiteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Site *site = mScene->reader()->site(mId);
    if (!site)
        return;
    const bool exporting = mScene->isExporting();
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const Fonts &f = fonts();
    const SiteColors palette = siteColors(*site);
    const QRectF box = rect();
    const double r = kSiteRadius;

    if (!exporting && detail < kCardBlockMaxDetail) {
        // Far out: the box in its header's colour, its border in its findings' colour, and
        // (when the scene asks the sites to) each card as a block. Text would be a speck.
        painter->fillRect(box, colors::siteBody);
        painter->fillRect(QRectF(0, 0, box.width(), kSiteHeaderHeight), palette.header);
        if (mScene->cardsAsBlocks()) {
            for (const QGraphicsItem *child : childItems()) {
                if (child->type() != ServerItem::Type)
                    continue;
                const auto *card = static_cast<const ServerItem *>(child);
                const bool selected =
                    mScene->selection() &&
                    mScene->selection()->contains({Selection::Item::Server, card->id()});
                painter->fillRect(card->mapRectToParent(card->rect()),
                                  selected ? colors::selection : card->blockColor());
            }
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(
            QPen(mMarks.worst >= 0 ? severityColor(Severity(mMarks.worst)) : colors::siteBorder,
                 mMarks.worst >= 0 ? 2.5 : 1));
        painter->drawRect(box);
        if (!exporting && isSelected())
            drawSelectionHalo(painter, box, 0);
        return;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(colors::shadow);
    painter->drawRoundedRect(box.translated(0, 2), r, r);
    painter->setBrush(colors::siteBody);
    painter->drawRoundedRect(box, r, r);
    painter->setBrush(palette.header);
    painter->drawPath(mHeaderPath);
    painter->setPen(QPen(colors::siteBorder, 1));
    painter->drawLine(QPointF(0, kSiteHeaderHeight), QPointF(box.width(), kSiteHeaderHeight));

    if (exporting || detail >= kCardTextMinDetail) {
        // The type pill at the right of the first line.
        const QString type = typeText(*site);
        const QFontMetricsF pillMetrics(f.pill);
        const QRectF pill(box.width() - kSitePadding - pillMetrics.horizontalAdvance(type) - 14, 11,
                          pillMetrics.horizontalAdvance(type) + 14, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.pill);
        painter->drawRoundedRect(pill, 9, 9);
        painter->setPen(Qt::white);
        painter->setFont(f.pill);
        painter->drawText(pill, Qt::AlignCenter, type);

        // Code, then the name in the room left before the pill.
        const QFontMetricsF codeMetrics(f.siteCode);
        const QRectF codeRect(kSitePadding, 8, codeMetrics.horizontalAdvance(site->code) + 1, 24);
        painter->setPen(colors::text);
        painter->setFont(f.siteCode);
        painter->drawText(
            codeRect, Qt::AlignLeft | Qt::AlignVCenter,
            codeMetrics.elidedText(site->code, Qt::ElideRight, pill.left() - kSitePadding - 8));
        if (site->name) {
            const double nameLeft = codeRect.right() + 8;
            const double room = pill.left() - 8 - nameLeft;
            if (room > 20) {
                painter->setFont(f.siteName);
                painter->setPen(colors::text);
                painter->drawText(
                    QRectF(nameLeft, 8, room, 24), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(f.siteName).elidedText(*site->name, Qt::ElideRight, room));
            }
        }

        // Mode, clients and servers on the second line.
        QString info = modeText(*site);
        if (site->clients)
            info += QStringLiteral("  \u00b7  ") + CanvasText::clientCount(*site->clients);
        info += QStringLiteral("  \u00b7  ") + CanvasText::serverCount(int(site->servers.size()));
        painter->setFont(f.siteInfo);
        painter->setPen(colors::mutedText);
        const QRectF infoRect(kSitePadding, 33, box.width() - 2 * kSitePadding, 18);
        painter->drawText(
            infoRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(f.siteInfo).elidedText(info, Qt::ElideRight, infoRect.width()));

        if (site->servers.isEmpty()) {
            painter->setFont(f.placeholder);
            painter->drawText(QRectF(0, kSiteHeaderHeight, box.width(), kEmptySiteBody),
                              Qt::AlignCenter, CanvasText::tr("No servers"));
        }
    } else {
        // Far out only the code is legible, so it fills the header.
        painter->setFont(f.siteCodeOverview);
        painter->setPen(colors::text);
        const QRectF header(kSitePadding, 0, box.width() - 2 * kSitePadding, kSiteHeaderHeight);
        painter->drawText(header, Qt::AlignCenter,
                          QFontMetricsF(f.siteCodeOverview)
                              .elidedText(site->code, Qt::ElideRight, header.width()));
    }

    // The border: the findings colour when there are findings, else a quiet grey.
    painter->setBrush(Qt::NoBrush);
    if (mMarks.worst >= 0) {
        painter->setPen(QPen(severityColor(Severity(mMarks.worst)), 2.5));
    } else {
        painter->setPen(
            QPen(mHovered && !exporting ? colors::siteBorder.darker(130) : colors::siteBorder, 1));
    }
    painter->drawRoundedRect(box, r, r);

    if (const QRectF toggle = toggleRect(); !toggle.isNull()) {
        const int hidden = mScene->hiddenSiteCount(mId);
        painter->setPen(QPen(colors::siteBorder.darker(120), 1));
        painter->setBrush(hidden ? palette.pill : colors::siteBody);
        painter->drawRoundedRect(toggle, toggle.height() / 2, toggle.height() / 2);
        if (hidden) {
            painter->setPen(Qt::white);
            painter->setFont(fonts().pill);
            painter->drawText(toggle, Qt::AlignCenter, CanvasText::hiddenSites(hidden));
        } else if (!exporting) {
            // A minus: the subtree below can be folded away.
            painter->setPen(QPen(colors::mutedText, 1.5));
            const QPointF c = toggle.center();
            painter->drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
        }
    }

    if (!exporting && isSelected())
        drawSelectionHalo(painter, box, r);
    if (!exporting && mScene->dropTarget() == this)
        drawDropHighlight(painter, box, r);
    if (mMarks.worst >= 0)
        drawFindingsBadge(painter, box, mMarks.count, Severity(mMarks.worst));
}

QVariant SiteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        mScene->siteMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void SiteItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = true;
    update();
}

void SiteItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = false;
    update();
}

} // namespace hierarch
