// The scene's gestures: site and card drags, role drops, clicks and tooltips. Each gesture ends
// in one Document edit on release; the ends are public functions so tests can call them.

#include "hierarchyscene.h"

#include "canvasstyle.h"
#include "canvastext.h"
#include "connectoritem.h"
#include "document/document.h"
#include "serveritem.h"
#include "siteitem.h"
#include "theme.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QToolTip>
#include <QUndoStack>

namespace hierarch {

using namespace canvas;

SiteItem *HierarchyScene::siteAt(const QPointF &scenePos, ItemId except) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == SiteItem::Type) {
            auto *site = static_cast<SiteItem *>(item);
            if (site->id() != except)
                return site;
        }
    }
    return nullptr;
}

ServerItem *HierarchyScene::serverAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ServerItem::Type)
            return static_cast<ServerItem *>(item);
    }
    return nullptr;
}

void HierarchyScene::setDropTarget(QGraphicsItem *item)
{
    if (item == mDropTarget)
        return;
    if (mDropTarget)
        mDropTarget->update();
    mDropTarget = item;
    if (mDropTarget)
        mDropTarget->update();
}

// --- mouse -----------------------------------------------------------------------------------

void HierarchyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressModifiers = event->modifiers();
    // The toggle on a site's bottom edge collapses or expands the sites below it.
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        if (SiteItem *site = siteAt(event->scenePos())) {
            if (site->toggleRect().contains(site->mapFromScene(event->scenePos()))) {
                mDragSite = 0;
                mDragStart.clear();
                setCollapsed(site->id(), !isCollapsed(site->id()));
                event->accept();
                return;
            }
        }
    }
    // Shift+drag is the rubber band and a plain drag on empty space pans: both belong to the
    // view, which does them only when the scene leaves the press alone. Ctrl on empty space
    // still reaches the scene (which then keeps the selection).
    const bool onItem = siteAt(event->scenePos()) || serverAt(event->scenePos());
    if (event->button() == Qt::LeftButton &&
        ((event->modifiers() & Qt::ShiftModifier) ||
         (!onItem && !(event->modifiers() & Qt::ControlModifier)))) {
        event->ignore();
        return;
    }
    QGraphicsScene::mousePressEvent(event);

    // Record where the sites that may move start (diagramscene pattern).
    mDragSite = 0;
    mDragStart.clear();
    QGraphicsItem *grabber = mouseGrabberItem();
    if (event->button() == Qt::LeftButton && grabber && grabber->type() == SiteItem::Type) {
        mDragSite = static_cast<SiteItem *>(grabber)->id();
        mDragStart.insert(mDragSite, grabber->pos());
        for (QGraphicsItem *item : selectedItems()) {
            if (item->type() == SiteItem::Type)
                mDragStart.insert(static_cast<SiteItem *>(item)->id(), item->pos());
        }
        // Over the other sites while they travel.
        for (auto it = mDragStart.cbegin(); it != mDragStart.cend(); ++it)
            siteItem(it.key())->setZValue(1);
    }
}

void HierarchyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    // Show where a drop would land: the site under a dragged card, or under the centre of a
    // single dragged site.
    QGraphicsItem *grabber = mouseGrabberItem();
    if (!grabber || !(event->buttons() & Qt::LeftButton))
        return;
    if (grabber->type() == ServerItem::Type && static_cast<ServerItem *>(grabber)->isDragging()) {
        const ItemId home = mDocument->siteOfServer(static_cast<ServerItem *>(grabber)->id());
        setDropTarget(siteAt(event->scenePos(), home));
    } else if (grabber->type() == SiteItem::Type && mDragStart.size() == 1) {
        // Only where a drop would re-parent: not its own parent, nothing below it.
        auto *site = static_cast<SiteItem *>(grabber);
        SiteItem *target = site->pos() != mDragStart.value(site->id())
                               ? siteAt(site->mapToScene(site->rect().center()), site->id())
                               : nullptr;
        if (target && (parentOf(site->id()) == target->id() ||
                       mDocument->subtree(site->id()).contains(target->id())))
            target = nullptr;
        setDropTarget(target);
    }
}

void HierarchyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem *grabber = mouseGrabberItem();
    const ItemId grabbedSite = mDragSite;
    const QHash<ItemId, QPointF> starts = mDragStart;
    ItemId draggedServer = 0;
    if (grabber && grabber->type() == ServerItem::Type &&
        static_cast<ServerItem *>(grabber)->isDragging())
        draggedServer = static_cast<ServerItem *>(grabber)->id();

    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    mDragSite = 0;
    mDragStart.clear();
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (SiteItem *site = siteItem(it.key()))
            site->setZValue(0);
    }
    setDropTarget(nullptr);
    // The edits come after Qt is done with the item: they may delete it.
    if (draggedServer)
        finishServerDrag(draggedServer, event->scenePos());
    else if (grabbedSite)
        finishSiteDrag(grabbedSite, starts);
}

void HierarchyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // A double-click selects like a click (renaming is F2 in the window): a site under the
    // cursor becomes the selection.
    if (event->button() == Qt::LeftButton && !serverAt(event->scenePos())) {
        if (SiteItem *site = siteAt(event->scenePos())) {
            if (site->toggleRect().contains(site->mapFromScene(event->scenePos()))) {
                // A quick second click on the toggle toggles again.
                setCollapsed(site->id(), !isCollapsed(site->id()));
                event->accept();
                return;
            }
            clearSelection();
            site->setSelected(true);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// --- the ends of gestures ---------------------------------------------------------------------

void HierarchyScene::finishSiteDrag(ItemId grabbed, const QHash<ItemId, QPointF> &startPositions)
{
    QList<ItemId> moved;
    for (auto it = startPositions.cbegin(); it != startPositions.cend(); ++it) {
        const SiteItem *site = siteItem(it.key());
        if (site && site->pos() != it.value())
            moved << it.key();
    }
    if (moved.isEmpty())
        return;

    SiteItem *dragged = siteItem(grabbed);
    if (moved.size() == 1 && moved.constFirst() == grabbed && dragged) {
        if (SiteItem *target = siteAt(dragged->mapToScene(dragged->rect().center()), grabbed)) {
            if (!reparentByDrop(dragged, target, startPositions.value(grabbed)))
                relayout(); // refused: back to where it was
            return;
        }
    }

    // The moved sites where they are now, and every site without a stored position where it is
    // drawn, so that from now on the layout is the user's and nothing jumps later.
    QList<std::pair<ItemId, QPointF>> positions;
    for (const Site &site : mDocument->plan().sites) {
        const SiteItem *item = siteItem(site.uid);
        if (item && (moved.contains(site.uid) || !mDocument->diagramPosition(site.uid))) {
            const QPointF p = storedPosition(item);
            positions.append({site.uid, QPointF(qRound(p.x()), qRound(p.y()))});
        }
    }
    mDocument->moveSites(positions);
    relayout(); // snaps to the rounded positions (or back, if nothing was stored)
}

bool HierarchyScene::reparentByDrop(SiteItem *site, SiteItem *target, const QPointF &startPosition)
{
    const Site *moving = mDocument->site(site->id());
    const Site *parent = mDocument->site(target->id());
    if (!moving || !parent)
        return false;
    if (parentOf(site->id()) == target->id())
        return false; // dropped on its own parent: nothing to change
    if (mDocument->subtree(site->id()).contains(target->id())) {
        emit statusMessage(tr("%1 cannot be placed below %2: %2 is below %1 in the hierarchy.")
                               .arg(moving->code, parent->code));
        return false;
    }
    const QString code = moving->code;
    const QString parentCode = parent->code;

    if (!mDocument->diagramPosition(site->id())) {
        // Automatic layout: the tree layout finds the site its new place.
        mDocument->reparentSite(site->id(), target->id());
    } else {
        // A stored layout: the site and its subtree go to the right of the new parent's children
        // (or below the parent), as one undo step with the re-parenting.
        double right = -std::numeric_limits<double>::infinity();
        double top = target->y() + target->size().height() + kTreeVerticalGap;
        bool hasChildren = false;
        for (ItemId child : mDocument->childSites(target->id())) {
            if (const SiteItem *c = siteItem(child); c && child != site->id()) {
                right = std::max(right, c->x() + c->size().width());
                top = hasChildren ? std::min(top, c->y()) : c->y();
                hasChildren = true;
            }
        }
        const double centreX = hasChildren ? right + kTreeHorizontalGap + site->size().width() / 2
                                           : target->x() + target->size().width() / 2;
        const QPointF before =
            QPointF(startPosition.x() + site->size().width() / 2, startPosition.y());
        const QPointF delta = QPointF(centreX, top) - before;
        QList<std::pair<ItemId, QPointF>> positions;
        for (ItemId id : mDocument->subtree(site->id())) {
            if (const SiteItem *item = siteItem(id)) {
                const QPointF from = id == site->id() ? before : storedPosition(item);
                const QPointF to = from + delta;
                positions.append({id, QPointF(qRound(to.x()), qRound(to.y()))});
            }
        }
        QUndoStack *stack = mDocument->undoStack();
        stack->beginMacro(tr("Move Site %1 below %2").arg(code, parentCode));
        mDocument->reparentSite(site->id(), target->id());
        mDocument->moveSites(positions);
        stack->endMacro();
    }
    emit statusMessage(tr("%1 is now a child site of %2.").arg(code, parentCode));
    relayout();
    return true;
}

bool HierarchyScene::finishServerDrag(ItemId serverId, const QPointF &scenePos)
{
    ServerItem *card = serverItem(serverId);
    if (!card)
        return false;
    card->endDrag();
    const ItemId home = mDocument->siteOfServer(serverId);
    // Only another site under the cursor counts; over its own site the card goes back.
    SiteItem *target = siteAt(scenePos, home);
    if (!target) {
        if (SiteItem *site = siteItem(home))
            site->layoutContents(); // back into its place in the grid
        return false;
    }
    const Server *server = mDocument->server(serverId);
    const Site *site = mDocument->site(target->id());
    const QString name = server ? server->name : QString();
    mDocument->moveServer(serverId, target->id());
    if (site)
        emit statusMessage(tr("Moved %1 to site %2.").arg(name, site->code));
    return true;
}

bool HierarchyScene::dropRole(ItemId serverId, Role role)
{
    const Server *server = mDocument->server(serverId);
    if (!server)
        return false;
    const QString name = server->name;
    const Product product = mDocument->plan().product;
    if (!roleInProduct(role, product)) {
        emit statusMessage(tr("Cannot add the %1 role to %2: the role does not exist in %3.")
                               .arg(roleDisplayName(role), name, productDisplayName(product)));
        return false;
    }
    if (!mDocument->canAddRole(serverId, role)) {
        emit statusMessage(tr("%1 already has the %2 role.").arg(name, roleDisplayName(role)));
        return false;
    }
    if (!mDocument->addRole(serverId, role)) {
        emit statusMessage(tr("Cannot add the %1 role to %2.").arg(roleDisplayName(role), name));
        return false;
    }
    const Server *added = mDocument->server(serverId);
    if (added && !added->roles.isEmpty() && added->roles.constLast().site)
        emit statusMessage(tr("Added the %1 role for site %2 to %3.")
                               .arg(roleDisplayName(role), *added->roles.constLast().site, name));
    else
        emit statusMessage(tr("Added the %1 role to %2.").arg(roleDisplayName(role), name));
    return true;
}

// --- role drops from the palette ---------------------------------------------------------------

namespace {

std::optional<Role> droppedRole(const QMimeData *mime)
{
    const QLatin1String type(kRoleMimeType);
    if (!mime || !mime->hasFormat(type))
        return std::nullopt;
    return enumFromName<Role>(QString::fromUtf8(mime->data(type)).trimmed());
}

} // namespace

void HierarchyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(droppedRole(event->mimeData()).has_value());
}

void HierarchyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!droppedRole(event->mimeData())) {
        event->ignore();
        return;
    }
    ServerItem *card = serverAt(event->scenePos());
    setDropTarget(card);
    if (card) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void HierarchyScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget(nullptr);
    event->accept();
}

void HierarchyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget(nullptr);
    const std::optional<Role> role = droppedRole(event->mimeData());
    ServerItem *card = serverAt(event->scenePos());
    if (!role || !card) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    dropRole(card->id(), *role);
}

// --- tooltips --------------------------------------------------------------------------------

QString HierarchyScene::linkToolTipAt(const QPointF &scenePos, const QWidget *viewport) const
{
    // Only where a label is drawn: far out, labels are left out and so are their tooltips.
    const auto *view =
        viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
    if (view && view->transform().m11() < canvas::kChipTextMinDetail)
        return QString();
    const auto tip = [this](ItemId a, ItemId b) {
        const Site *siteA = mDocument->site(a);
        const Site *siteB = mDocument->site(b);
        return siteA && siteB ? linkToolTip(*siteA, *siteB) : QString();
    };
    for (const ConnectorItem *connector : mConnectors) {
        if (connector->isVisible() && connector->labelRect().contains(scenePos))
            return tip(mParents.value(connector->childSite()), connector->childSite());
    }
    for (const CrossLinkItem *link : mCrossLinks) {
        if (link->isVisible() && link->labelRect().contains(scenePos))
            return tip(link->siteA(), link->siteB());
    }
    return QString();
}

void HierarchyScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Built when asked rather than stored in every item: the text comes from the Document as it
    // is now.
    QString text;
    if (ServerItem *card = serverAt(event->scenePos()))
        text = card->toolTipText(card->mapFromScene(event->scenePos()));
    else if (SiteItem *site = siteAt(event->scenePos()))
        text = site->toolTipText();
    else
        text = linkToolTipAt(event->scenePos(), event->widget());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

} // namespace hierarch
