#include "siteitem.h"

#include "canvastext.h"
#include "diagramgeometry.h"
#include "diagrampainting.h"
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
    QList<double> heights;
    heights.reserve(cards.size());
    for (const ServerItem *card : std::as_const(cards))
        heights << card->naturalHeight();
    const SiteGrid grid = siteGrid(heights);
    for (int i = 0; i < int(cards.size()); ++i) {
        // A card being dragged stays under the cursor; it is put back on release.
        if (!cards.at(i)->isDragging())
            cards.at(i)->setGeometry(grid.cards.at(i).topLeft(), grid.cards.at(i).height());
    }
    if (grid.size != mSize) {
        prepareGeometryChange();
        mSize = grid.size;
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
    html += QStringLiteral("<br/>") + CanvasText::escaped(siteModeText(*mScene->reader(), *site));
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
    return siteToggleRect(mSize, mScene->childSiteCount(mId), mScene->hiddenSiteCount(mId));
}

void SiteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Site *site = mScene->reader()->site(mId);
    if (!site)
        return;
    SiteLook look;
    mScene->fillLook(look, this, painter, mMarks, mHovered);
    look.childSites = mScene->childSiteCount(mId);
    look.hiddenSites = mScene->hiddenSiteCount(mId);
    if (!look.full && look.detail < kCardBlockMaxDetail && mScene->cardsAsBlocks()) {
        for (const QGraphicsItem *child : childItems()) {
            if (child->type() != ServerItem::Type)
                continue;
            const auto *card = static_cast<const ServerItem *>(child);
            const bool selected =
                mScene->selection()->contains({Selection::Item::Server, card->id()});
            look.cardBlocks.append({card->mapRectToParent(card->rect()),
                                    selected ? colors::selection : card->blockColor()});
        }
    }
    paintSite(painter, *mScene->reader(), *site, mSize, look);
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
