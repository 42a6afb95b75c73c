#include "hierarchyscene.h"

#include "connectoritem.h"
#include "diagramgeometry.h"
#include "diagrampainting.h"
#include "document/document.h"
#include "selection.h"
#include "serveritem.h"
#include "siteitem.h"
#include "sitelinks.h"

#include <QPainter>
#include <QScopedValueRollback>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace hierarch {

using namespace canvas;

HierarchyScene::HierarchyScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mSelection(selection)
{
    connect(document, &Document::changed, this, &HierarchyScene::documentChanged);

    connect(this, &QGraphicsScene::selectionChanged, this,
            &HierarchyScene::syncSelectionToDocument);
    connect(selection, &Selection::changed, this, &HierarchyScene::syncSelectionFromDocument);

    rebuild();
}

void HierarchyScene::documentChanged(const ChangeEvent &event)
{
    using Type = ChangeEvent::Type;
    if (event.type == Type::Reset) {
        rebuild();
        return;
    }
    if (event.isAboutTo())
        return;
    switch (event.item) {
    case ChangeItem::Site:
        if (event.type == Type::Added) {
            addSiteItem(event.id);
            // A site added under a collapsed one (Add Secondary Site, paste, undo) shows.
            if (!reveal(event.id))
                relayout();
        } else if (event.type == Type::Removed) {
            removeSiteItem(event.id);
            mCollapsed.remove(event.id);
            relayout();
        } else {
            // Only a site's code, parent and type shape the tree (parents resolve by code, stored
            // positions are keyed by it, a secondary site's connector is dashed); any other field
            // repaints the box, and lays out only when the box changed size.
            const bool structural = !event.field || event.isFieldEdit(ChangeItem::Site, "code") ||
                                    event.isFieldEdit(ChangeItem::Site, "parent") ||
                                    event.isFieldEdit(ChangeItem::Site, "type");
            // A new code changes which of its servers' roles serve another site (their chips).
            if (const Site *s = mDocument->site(event.id);
                s && (!event.field || event.isFieldEdit(ChangeItem::Site, "code"))) {
                for (const Server &server : s->servers) {
                    if (ServerItem *card = serverItem(server.uid))
                        card->updateContents();
                }
            }
            siteContentsChanged(event.id, structural);
        }
        break;
    case ChangeItem::Server:
        if (event.type == Type::Added)
            addServerItem(event.id);
        else if (event.type == Type::Removed)
            removeServerItem(event.id);
        else if (ServerItem *server = serverItem(event.id))
            server->updateContents();
        // A card more or less regrids the site's box.
        siteContentsChanged(event.site, event.addsOrRemoves());
        break;
    case ChangeItem::Role:
        if (ServerItem *server = serverItem(event.id))
            server->updateContents();
        siteContentsChanged(event.site, false);
        break;
    case ChangeItem::Address:
        // A layout relabels the links as it goes; without one they are relabelled here.
        if (!siteContentsChanged(event.site, false))
            updateLinks();
        break;
    case ChangeItem::Diagram:
        relayout();
        break;
    case ChangeItem::Findings:
        updateFindings();
        break;
    case ChangeItem::Plan:
        // The product decides which mode a site shows.
        update();
        break;
    case ChangeItem::Account:
    case ChangeItem::Waiver:
    case ChangeItem::Attestation:
    case ChangeItem::ChangeRecord:
        break;
    }
}

bool HierarchyScene::siteContentsChanged(ItemId id, bool structural)
{
    SiteItem *site = siteItem(id);
    bool layOut = structural;
    if (site) {
        const QSizeF before = site->size();
        site->layoutContents();
        layOut = layOut || site->size() != before;
    }
    if (layOut)
        relayout();
    return layOut;
}

const PlanReader *HierarchyScene::reader() const
{
    return mDocument;
}

HierarchyScene::~HierarchyScene()
{
    // Items are deleted by QGraphicsScene; they must not call back into the hashes meanwhile.
    mLayingOut = true;
    disconnect(this, &QGraphicsScene::selectionChanged, this,
               &HierarchyScene::syncSelectionToDocument);
    clear();
}

QGraphicsItem *HierarchyScene::itemFor(ItemId id) const
{
    if (SiteItem *site = mSites.value(id))
        return site;
    return mServers.value(id);
}

QRectF HierarchyScene::contentRect() const
{
    QRectF bounds;
    for (const SiteItem *site : mSites) {
        if (site->isVisible())
            bounds |= site->mapRectToScene(site->rect());
    }
    if (bounds.isNull())
        return QRectF(0, 0, 400, 300);
    // Room for the badges over the corners and the shadows.
    return bounds.adjusted(-24, -24, 24, 24);
}

QRectF HierarchyScene::diagramRect() const
{
    QRectF bounds = contentRect();
    // Lines, their labels and the marks other views hang on the items can reach beyond the sites.
    constexpr double m = kDrawingMargin;
    for (const QGraphicsItem *item : items()) {
        if (item->isVisible() && item->type() != SiteItem::Type && item->type() != ServerItem::Type)
            bounds |= item->sceneBoundingRect().adjusted(-m, -m, m, m);
    }
    return bounds;
}

void HierarchyScene::renderDiagram(QPainter *painter, const QRectF &target)
{
    // Vectors for every device: the cards' pixmap caches stay out of the export.
    QList<QGraphicsItem *> cached;
    for (ServerItem *server : std::as_const(mServers)) {
        if (server->cacheMode() != QGraphicsItem::NoCache) {
            server->setCacheMode(QGraphicsItem::NoCache);
            cached << server;
        }
    }
    // Exports draw every card in full, whatever the view's zoom.
    const bool blocks = mCardsAsBlocks;
    setCardsAsBlocks(false);
    mExporting = true;
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    render(painter, target, diagramRect(), Qt::KeepAspectRatio);
    painter->restore();
    mExporting = false;
    setCardsAsBlocks(blocks);
    for (QGraphicsItem *item : std::as_const(cached))
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void HierarchyScene::fillLook(canvas::ItemLook &look, const QGraphicsItem *item,
                              const QPainter *painter, const FindingMarks &marks,
                              bool hovered) const
{
    look.marks = marks;
    look.full = mExporting;
    look.detail = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    look.hovered = hovered;
    look.selected = !look.full && item->isSelected();
    look.dropTarget = !look.full && mDropTarget == item;
}

bool HierarchyScene::isRoleSelected(ItemId server, int roleIndex) const
{
    return mSelection->contains({Selection::Item::Role, server, roleIndex});
}

// --- items -----------------------------------------------------------------------------------

void HierarchyScene::rebuild()
{
    mLayingOut = true;
    mDropTarget = nullptr;
    mDragSite = 0;
    mDragStart.clear();
    const QSignalBlocker blocker(this); // clearing items is not a user's deselection
    clear();
    mSites.clear();
    mServers.clear();
    mConnectors.clear();
    mCrossLinks.clear();
    mParents.clear();
    // Another plan (or the same one reloaded): sites start expanded.
    mCollapsed.clear();
    mLayingOut = false;
    for (const Site &site : mDocument->plan().sites)
        addSiteItem(site.uid);
    relayout();
    refreshFindingMarks(mSites.keys());
}

void HierarchyScene::addSiteItem(ItemId id)
{
    const Site *site = mDocument->site(id);
    if (!site || mSites.contains(id))
        return;
    auto *item = new SiteItem(this, id);
    mSites.insert(id, item);
    addItem(item);
    for (const Server &server : site->servers)
        addServerItem(server.uid);
    item->layoutContents();
}

void HierarchyScene::addServerItem(ItemId id)
{
    SiteItem *site = siteItem(mDocument->siteOfServer(id));
    if (!site || mServers.contains(id))
        return;
    auto *server = new ServerItem(this, id, site);
    server->setVisible(!mCardsAsBlocks);
    mServers.insert(id, server);
}

void HierarchyScene::setCardsAsBlocks(bool blocks)
{
    if (blocks == mCardsAsBlocks)
        return;
    mCardsAsBlocks = blocks;
    // Hidden cards cost the view nothing (a click there selects the site). Hiding deselects in
    // the scene; the shared Selection keeps the cards, which are selected again when shown.
    const QScopedValueRollback<bool> quiet(mSyncingSelection, true);
    for (ServerItem *server : std::as_const(mServers)) {
        server->setVisible(!blocks);
        if (!blocks && mSelection->contains({Selection::Item::Server, server->id()}))
            server->setSelected(true);
    }
    for (SiteItem *site : std::as_const(mSites))
        site->update();
}

void HierarchyScene::removeServerItem(ItemId id)
{
    ServerItem *item = mServers.take(id);
    if (!item)
        return;
    // A selected item that goes away is not the user selecting something else: the Selection
    // prunes itself, and must keep what the canvas does not show (an account, a waiver).
    const QScopedValueRollback<bool> quiet(mSyncingSelection, true);
    if (mDropTarget == item)
        mDropTarget = nullptr;
    delete item;
}

void HierarchyScene::removeSiteItem(ItemId id)
{
    SiteItem *item = mSites.take(id);
    if (!item)
        return;
    const QScopedValueRollback<bool> quiet(mSyncingSelection, true);
    // Its cards go with it; the Document announces only the site.
    for (auto it = mServers.begin(); it != mServers.end();) {
        if (it.value()->parentItem() == item)
            it = mServers.erase(it);
        else
            ++it;
    }
    if (mDropTarget == item || (mDropTarget && mDropTarget->parentItem() == item))
        mDropTarget = nullptr;
    mDragStart.remove(id);
    delete mConnectors.take(id);
    delete item;
}

ItemId HierarchyScene::parentOf(ItemId id) const
{
    const Site *site = mDocument->site(id);
    if (!site || !site->parent)
        return 0;
    const int index = mDocument->siteIndexByCode(*site->parent);
    if (index < 0)
        return 0;
    const ItemId parent = mDocument->plan().sites.at(index).uid;
    return parent == id ? 0 : parent;
}

// --- layout ----------------------------------------------------------------------------------

QPointF HierarchyScene::storedPosition(const SiteItem *site) const
{
    return canvas::storedPosition(site->pos(), site->size());
}

void HierarchyScene::relayout()
{
    const QList<Site> &sites = mDocument->plan().sites;
    const int count = int(sites.size());
    QList<SiteItem *> items(count, nullptr);
    QList<QSizeF> boxes(count);
    for (int i = 0; i < count; ++i) {
        items[i] = siteItem(sites.at(i).uid);
        if (!items.at(i))
            return; // mid-way through an insertion; the next signal lays out
        boxes[i] = items.at(i)->size();
    }
    SitePlacement placement = placeSites(*mDocument, boxes, mCollapsed);
    mParents = std::move(placement.parents);
    mChildSiteCount = std::move(placement.childSiteCount);
    mHiddenBelow = std::move(placement.hiddenBelow);

    mLayingOut = true;
    for (int i = 0; i < count; ++i) {
        const bool shown = placement.topLeft.at(i).has_value();
        if (items.at(i)->isVisible() != shown) {
            // Hiding deselects in the scene; the shared Selection keeps the item.
            const QScopedValueRollback<bool> quiet(mSyncingSelection, true);
            items.at(i)->setVisible(shown);
        }
        if (!shown)
            continue;
        items.at(i)->update(); // the collapse marker
        // Sites being dragged stay under the cursor.
        if (mouseGrabberItem() && mDragStart.contains(items.at(i)->id()))
            continue;
        items[i]->setPos(*placement.topLeft.at(i));
    }
    mLayingOut = false;
    updateConnectors();
    setSceneRect(contentRect().adjusted(-400, -300, 400, 300));
}

void HierarchyScene::setCollapsed(ItemId site, bool collapsed)
{
    if (!mSites.contains(site) || collapsed == mCollapsed.contains(site))
        return;
    if (collapsed && mDocument->childSites(site).isEmpty())
        return;
    if (collapsed)
        mCollapsed.insert(site);
    else
        mCollapsed.remove(site);
    relayout();
    emit collapsedChanged();
}

void HierarchyScene::expandAll()
{
    if (mCollapsed.isEmpty())
        return;
    mCollapsed.clear();
    relayout();
    emit collapsedChanged();
}

bool HierarchyScene::reveal(ItemId id)
{
    ItemId site = mServers.contains(id) ? mDocument->siteOfServer(id) : id;
    bool changed = false;
    for (int hops = 0; site && hops <= mSites.size(); ++hops) {
        site = parentOf(site);
        if (site && mCollapsed.remove(site))
            changed = true;
    }
    if (changed) {
        relayout();
        emit collapsedChanged();
    }
    return changed;
}

bool HierarchyScene::isShown(ItemId id) const
{
    const QGraphicsItem *item = itemFor(id);
    // A card hidden only because the view draws cards as blocks is shown, as its block.
    const bool visible =
        item && (item->isVisible() || (mCardsAsBlocks && item->type() == ServerItem::Type));
    return visible && (!item->parentItem() || item->parentItem()->isVisible());
}

void HierarchyScene::updateConnectors()
{
    for (auto it = mConnectors.begin(); it != mConnectors.end();) {
        if (!mParents.contains(it.key()) || !mSites.contains(it.key())) {
            delete it.value();
            it = mConnectors.erase(it);
        } else {
            ++it;
        }
    }
    // In plan order, so that lines that overlap stack the same way in every session and as the
    // report's PlanDiagram stacks them.
    for (const Site &site : mDocument->plan().sites) {
        const ItemId parent = mParents.value(site.uid);
        if (!parent || !siteItem(site.uid) || !siteItem(parent))
            continue;
        ConnectorItem *&connector = mConnectors[site.uid];
        if (!connector) {
            connector = new ConnectorItem(site.uid);
            addItem(connector);
        }
        connector->setBoxes(siteBox(parent), siteBox(site.uid), site.isSecondary());
    }
    updateLinks();
}

QRectF HierarchyScene::siteBox(ItemId id) const
{
    const SiteItem *site = siteItem(id);
    return site ? site->mapRectToScene(QRectF(QPointF(), site->size())) : QRectF();
}

void HierarchyScene::updateLinks()
{
    for (ConnectorItem *connector : std::as_const(mConnectors)) {
        const Site *child = mDocument->site(connector->childSite());
        const Site *parent = mDocument->site(mParents.value(connector->childSite()));
        connector->setLabel(child && parent ? treeLinkLabel(*parent, *child) : LinkLabel());
    }

    const QList<QPair<ItemId, ItemId>> order =
        crossLinkedSites(*mDocument, mParents, [this](ItemId site) { return isShown(site); });
    const QSet<QPair<ItemId, ItemId>> wanted(order.cbegin(), order.cend());
    for (auto it = mCrossLinks.begin(); it != mCrossLinks.end();) {
        if (wanted.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = mCrossLinks.erase(it);
        }
    }
    for (const auto &pair : std::as_const(order)) {
        CrossLinkItem *&link = mCrossLinks[pair];
        if (!link) {
            link = new CrossLinkItem(pair.first, pair.second);
            addItem(link);
        }
        link->setLabel(crossLinkLabel(*mDocument->site(pair.first), *mDocument->site(pair.second)));
        link->setBoxes(siteBox(pair.first), siteBox(pair.second));
    }
}

void HierarchyScene::siteMoved(SiteItem *site)
{
    if (mLayingOut)
        return;
    const ItemId id = site->id();
    auto follow = [this](ItemId child) {
        ConnectorItem *connector = mConnectors.value(child);
        const ItemId parent = mParents.value(child);
        const Site *s = mDocument->site(child);
        if (connector && siteItem(child) && siteItem(parent))
            connector->setBoxes(siteBox(parent), siteBox(child), s && s->isSecondary());
    };
    if (mParents.contains(id))
        follow(id);
    for (auto it = mParents.cbegin(); it != mParents.cend(); ++it) {
        if (it.value() == id)
            follow(it.key());
    }
    for (CrossLinkItem *link : std::as_const(mCrossLinks)) {
        if (link->siteA() == id || link->siteB() == id)
            link->setBoxes(siteBox(link->siteA()), siteBox(link->siteB()));
    }
}

// --- findings --------------------------------------------------------------------------------

void HierarchyScene::updateFindings()
{
    refreshFindingMarks(mDocument->sitesWithNewFindings());
}

void HierarchyScene::refreshFindingMarks(const QList<ItemId> &sites)
{
    // Only the sites whose findings the document computed again (with their servers): an edit
    // repaints what it touched, whatever the size of the plan.
    auto marksOf = [this](ItemId id) {
        return canvas::marksOf(mDocument->findingsFor(id));
    };
    for (ItemId siteId : sites) {
        const Site *site = mDocument->site(siteId);
        if (!site)
            continue;
        if (SiteItem *item = siteItem(siteId))
            item->setFindingMarks(marksOf(siteId));
        for (const Server &server : site->servers) {
            if (ServerItem *item = serverItem(server.uid))
                item->setFindingMarks(marksOf(server.uid));
        }
    }
}

// --- selection -------------------------------------------------------------------------------

void HierarchyScene::syncSelectionToDocument()
{
    if (mSyncingSelection || mLayingOut)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    auto itemOf = [](QGraphicsItem *graphics) -> std::optional<Selection::Item> {
        if (graphics->type() == SiteItem::Type)
            return Selection::Item{Selection::Item::Site, static_cast<SiteItem *>(graphics)->id()};
        if (graphics->type() == ServerItem::Type)
            return Selection::Item{Selection::Item::Server,
                                   static_cast<ServerItem *>(graphics)->id()};
        return std::nullopt;
    };
    QList<Selection::Item> now;
    for (QGraphicsItem *graphics : selected) {
        if (const auto item = itemOf(graphics))
            now << *item;
    }
    // Keep the order of what stays selected, so the last item clicked stays the current one;
    // role chips stay selected only when Ctrl extends the selection.
    QList<Selection::Item> items;
    for (const Selection::Item &item : mSelection->items()) {
        if (now.contains(item) ||
            (item.kind == Selection::Item::Role && (mPressModifiers & Qt::ControlModifier)))
            items << item;
    }
    for (const Selection::Item &item : std::as_const(now)) {
        if (!items.contains(item))
            items << item;
    }
    mSelection->setItems(items, this);
}

void HierarchyScene::syncSelectionFromDocument(const QObject *source)
{
    // Chips draw their selected state from the Selection: repaint those that change.
    QList<ItemId> roleServers;
    for (const Selection::Item &item : mSelection->items()) {
        if (item.kind == Selection::Item::Role)
            roleServers << item.id;
    }
    for (ItemId id : std::as_const(mRoleSelectionServers) + roleServers) {
        if (ServerItem *server = serverItem(id))
            server->update();
    }
    mRoleSelectionServers = roleServers;

    if (source == this)
        return;
    // Going to a site or server from elsewhere (the Outline, Problems, Find) shows it, also
    // when it is under a collapsed site.
    const Selection::Item current = mSelection->current();
    if (mSelection->items().size() == 1 &&
        (current.kind == Selection::Item::Site || current.kind == Selection::Item::Server ||
         current.kind == Selection::Item::Role))
        reveal(current.id);
    mSyncingSelection = true;
    QSet<QGraphicsItem *> wanted;
    for (const Selection::Item &item : mSelection->items()) {
        if (item.kind == Selection::Item::Site || item.kind == Selection::Item::Server) {
            if (QGraphicsItem *graphics = itemFor(item.id))
                wanted.insert(graphics);
        }
    }
    for (QGraphicsItem *graphics : selectedItems()) {
        if (!wanted.contains(graphics))
            graphics->setSelected(false);
    }
    for (QGraphicsItem *graphics : std::as_const(wanted))
        graphics->setSelected(true);
    mSyncingSelection = false;
}

void HierarchyScene::pressRoleChip(ItemId server, int roleIndex, Qt::KeyboardModifiers modifiers)
{
    const Selection::Item role{Selection::Item::Role, server, roleIndex};
    QList<Selection::Item> items;
    if (modifiers & Qt::ControlModifier) {
        items = mSelection->items();
        if (items.contains(role))
            items.removeAll(role);
        else
            items << role;
    } else {
        items = {role};
        mSyncingSelection = true;
        clearSelection();
        mSyncingSelection = false;
    }
    mSelection->setItems(items, this);
}

} // namespace hierarch
