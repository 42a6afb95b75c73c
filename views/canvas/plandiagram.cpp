#include "plandiagram.h"

#include "diagrampainting.h"
#include "document/planreader.h"

#include <QPainter>

namespace hierarch {

using namespace canvas;

namespace {

// Room around a box for the badges over its corners and its shadow (as on the canvas).
constexpr double kBadgeRoom = 24;

} // namespace

PlanDiagram::PlanDiagram(const PlanReader &plan) : mPlan(plan)
{
    layOut();
    addLines();
}

PlanDiagram::~PlanDiagram() = default;

void PlanDiagram::layOut()
{
    const QList<Site> &sites = mPlan.plan().sites;
    mSites.reserve(sites.size());
    QList<QSizeF> boxes;
    boxes.reserve(sites.size());
    for (const Site &site : sites) {
        SiteBox entry;
        entry.id = site.uid;
        entry.marks = marksOf(mPlan.findingsFor(site.uid));
        QList<double> heights;
        for (const Server &server : site.servers) {
            Card card;
            card.id = server.uid;
            card.shape = cardShape(server, &site);
            card.marks = marksOf(mPlan.findingsFor(server.uid));
            heights << card.shape.naturalHeight;
            entry.cards << card;
        }
        const SiteGrid grid = siteGrid(heights);
        for (int i = 0; i < int(entry.cards.size()); ++i) {
            entry.cards[i].box = grid.cards.at(i);
            mCardIndex.insert(entry.cards.at(i).id, {int(mSites.size()), i});
        }
        entry.box = QRectF(QPointF(), grid.size);
        boxes << grid.size;
        mSiteIndex.insert(site.uid, int(mSites.size()));
        mSites << entry;
    }
    const SitePlacement placement = placeSites(mPlan, boxes);
    for (int i = 0; i < int(mSites.size()); ++i) {
        SiteBox &entry = mSites[i];
        entry.box.moveTopLeft(placement.topLeft.at(i).value_or(QPointF()));
        for (Card &card : entry.cards)
            card.box.translate(entry.box.topLeft());
    }
    mParents = placement.parents;
    mChildSiteCount = placement.childSiteCount;
}

void PlanDiagram::addLines()
{
    const QList<Site> &sites = mPlan.plan().sites;
    // The tree lines, from each parent's bottom edge to its child's top edge.
    for (const Site &child : sites) {
        const ItemId parentId = mParents.value(child.uid);
        if (!parentId)
            continue;
        const auto [from, to] = treeLineEnds(siteBox(parentId), siteBox(child.uid));
        Line line;
        line.a = child.uid;
        line.b = parentId;
        line.to = to;
        line.path = connectorPath(from, to);
        line.dashed = child.isSecondary();
        line.label = treeLinkLabel(*mPlan.site(parentId), child);
        line.labelRect = connectorLabelRect(line.label, line.to);
        line.bounds = line.path.boundingRect().adjusted(-6, -6, 6, 6).united(line.labelRect);
        mLines << line;
    }
    // A line for each pair of sites that address each other without being parent and child.
    for (const auto &pair : crossLinkedSites(mPlan, mParents)) {
        Line line;
        line.tree = false;
        line.a = pair.first;
        line.b = pair.second;
        QPointF middle;
        line.path = crossLinkPath(siteBox(pair.first), siteBox(pair.second), &middle);
        line.label = crossLinkLabel(*mPlan.site(pair.first), *mPlan.site(pair.second));
        line.labelRect = linkLabelRect(line.label, middle);
        line.bounds = line.path.boundingRect().adjusted(-4, -4, 4, 4).united(line.labelRect);
        mLines << line;
    }
}

QRectF PlanDiagram::contentRect() const
{
    QRectF bounds;
    for (const SiteBox &site : mSites)
        bounds |= site.box;
    if (bounds.isNull())
        return QRectF(0, 0, 400, 300);
    bounds.adjust(-kBadgeRoom, -kBadgeRoom, kBadgeRoom, kBadgeRoom);
    // A cross link can bow, and its label reach, beyond the boxes.
    constexpr double m = kDrawingMargin;
    for (const Line &line : mLines)
        bounds |= line.bounds.adjusted(-m, -m, m, m);
    return bounds;
}

QRectF PlanDiagram::siteBox(ItemId site) const
{
    const auto it = mSiteIndex.constFind(site);
    return it == mSiteIndex.cend() ? QRectF() : mSites.at(*it).box;
}

QRectF PlanDiagram::cardBox(ItemId server) const
{
    const auto it = mCardIndex.constFind(server);
    return it == mCardIndex.cend() ? QRectF() : mSites.at(it->first).cards.at(it->second).box;
}

QRectF PlanDiagram::siteGroupRect(ItemId id) const
{
    QRectF bounds = siteBox(id);
    if (bounds.isNull())
        return QRectF();
    for (ItemId child : mPlan.childSites(id)) {
        const Site *data = mPlan.site(child);
        if (data && data->isSecondary())
            bounds |= siteBox(child);
    }
    return bounds.adjusted(-kBadgeRoom, -kBadgeRoom, kBadgeRoom, kBadgeRoom);
}

void PlanDiagram::render(QPainter *painter, const QRectF &target, const QRectF &source,
                         const QList<ItemId> &sites, const Overlay *overlay) const
{
    if (source.isEmpty() || target.isEmpty())
        return;
    const QSet<ItemId> only(sites.cbegin(), sites.cend());
    auto drawn = [&only](ItemId site) {
        return only.isEmpty() || only.contains(site);
    };
    const double scale =
        std::min(target.width() / source.width(), target.height() / source.height());

    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setClipRect(target, Qt::IntersectClip);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->translate(-source.topLeft());

    // As on the canvas: the lines below the sites, each card over its site.
    auto paintAt = [painter](const QPointF &origin, const auto &paint) {
        painter->save();
        painter->translate(origin);
        paint();
        painter->restore();
    };
    for (const Line &line : mLines) {
        if (!drawn(line.a) || !drawn(line.b) || !line.bounds.intersects(source))
            continue;
        paintAt(QPointF(), [&] {
            if (line.tree)
                paintConnector(painter, line.path, line.to, line.dashed, line.label, line.labelRect,
                               1, true);
            else
                paintCrossLink(painter, line.path, line.label, line.labelRect, 1, true);
        });
    }
    if (overlay)
        paintAt(QPointF(), [&] { overlay->paintBehindSites(painter); });
    const QList<Site> &planSites = mPlan.plan().sites;
    for (int i = 0; i < int(mSites.size()); ++i) {
        const SiteBox &entry = mSites.at(i);
        if (!drawn(entry.id))
            continue;
        QRectF extent = entry.box.adjusted(-kDecorationMargin, -kDecorationMargin,
                                           kDecorationMargin, kDecorationMargin);
        if (overlay)
            extent |= overlay->extentOf(entry.id);
        if (!extent.intersects(source))
            continue;
        const Site &site = planSites.at(i);
        SiteLook look;
        look.marks = entry.marks;
        look.full = true;
        look.childSites = mChildSiteCount.value(entry.id);
        paintAt(entry.box.topLeft(),
                [&] { paintSite(painter, mPlan, site, entry.box.size(), look); });
        if (overlay)
            paintAt(QPointF(), [&] { overlay->paintUnderCards(painter, entry.id); });
        for (int c = 0; c < int(entry.cards.size()); ++c) {
            const Card &card = entry.cards.at(c);
            CardLook cardLook;
            cardLook.marks = card.marks;
            cardLook.full = true;
            paintAt(card.box.topLeft(), [&] {
                paintCard(painter, site.servers.at(c), card.shape, card.box.size(), cardLook);
            });
            if (overlay)
                paintAt(QPointF(), [&] { overlay->paintOver(painter, card.id); });
        }
        if (overlay)
            paintAt(QPointF(), [&] { overlay->paintOver(painter, entry.id); });
    }
    painter->restore();
}

} // namespace hierarch
