#include "canvasview.h"

#include "canvasnavigation.h"
#include "canvasstyle.h"
#include "connectoritem.h"
#include "document/document.h"
#include "hierarchyscene.h"
#include "selection.h"
#include "serveritem.h"
#include "siteitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace hierarch {

namespace {

// The steps of Zoom In / Zoom Out.
constexpr double kZoomSteps[] = {0.02, 0.03, 0.05, 0.1,  0.15, 0.25, 0.33, 0.5,
                                 0.67, 0.8,  1.0,  1.25, 1.5,  2.0,  3.0,  4.0};

} // namespace

CanvasView::CanvasView(Document *document, Selection *selection, QWidget *parent)
    : QGraphicsView(parent), mDocument(document), mSelection(selection),
      mScene(new HierarchyScene(document, selection, this))
{
    setObjectName(QStringLiteral("canvas"));
    setAccessibleName(tr("Hierarchy diagram"));
    setScene(mScene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    connect(mScene, &HierarchyScene::statusMessage, this, &CanvasView::statusMessage);
    connect(selection, &Selection::changed, this, &CanvasView::describeSelection);
    connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.item == ChangeItem::Findings) {
            describeSelection();
            return;
        }
        if (event.type != ChangeEvent::Type::Reset)
            return;
        mFitPending = true;
        if (isVisible())
            QTimer::singleShot(0, this, [this] {
                if (mFitPending)
                    fitToWindow();
            });
    });
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double factor)
{
    applyZoom(factor, AnchorViewCenter);
}

void CanvasView::applyZoom(double factor, ViewportAnchor anchor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(anchor);
    setTransform(QTransform::fromScale(factor, factor));
    setTransformationAnchor(previous);
    mScene->setCardsAsBlocks(factor < canvas::kCardBlockMaxDetail);
    emit zoomChanged(factor);
}

void CanvasView::zoomIn()
{
    const double current = zoom();
    for (double step : kZoomSteps) {
        if (step > current * 1.001) {
            setZoom(step);
            return;
        }
    }
}

void CanvasView::zoomOut()
{
    const double current = zoom();
    for (auto it = std::rbegin(kZoomSteps); it != std::rend(kZoomSteps); ++it) {
        if (*it < current * 0.999) {
            setZoom(*it);
            return;
        }
    }
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::fitToWindow()
{
    mFitPending = false;
    const QRectF content = mScene->contentRect();
    const QSizeF room = viewport()->size();
    if (content.isEmpty() || room.isEmpty())
        return;
    const double factor =
        std::min({room.width() / content.width(), room.height() / content.height(), 1.0});
    applyZoom(factor, AnchorViewCenter);
    // A tree that fits is centred; one too big even at the smallest zoom starts at its top,
    // where the central site is.
    const double visibleHeight = room.height() / zoom();
    if (content.height() <= visibleHeight)
        centerOn(content.center());
    else
        centerOn(content.center().x(), content.top() + visibleHeight / 2);
}

void CanvasView::zoomToSelection()
{
    QRectF bounds;
    for (const Selection::Item &item : mSelection->items()) {
        if (item.kind != Selection::Item::Site && item.kind != Selection::Item::Server &&
            item.kind != Selection::Item::Role)
            continue;
        const QGraphicsItem *graphics = mScene->itemFor(item.id);
        if (graphics && mScene->isShown(item.id))
            bounds |= graphics->sceneBoundingRect();
    }
    const QSizeF room = viewport()->size();
    if (bounds.isEmpty() || room.isEmpty())
        return;
    bounds.adjust(-24, -24, 24, 24);
    mFitPending = false;
    const double factor =
        std::min({room.width() / bounds.width(), room.height() / bounds.height(), 1.0});
    applyZoom(factor, AnchorViewCenter);
    centerOn(bounds.center());
}

void CanvasView::centerOnItem(ItemId id)
{
    mScene->reveal(id); // under a collapsed site: expand what hides it
    QGraphicsItem *item = mScene->itemFor(id);
    if (!item)
        return;
    // Going to a finding's subject in a large plan fitted at 5 % would show a speck: zoom in
    // until names are readable, as far as the item still fits the window, and never zoom out.
    const QRectF bounds = item->mapRectToScene(item->boundingRect());
    const QSizeF room = viewport()->size();
    if (zoom() < kReadableZoom && !bounds.isEmpty() && !room.isEmpty()) {
        const double fitting =
            std::min(room.width() / bounds.width(), room.height() / bounds.height());
        applyZoom(std::max(zoom(), std::min(kReadableZoom, fitting)), AnchorViewCenter);
    }
    centerOn(bounds.center());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            applyZoom(zoom() * std::pow(1.2, steps), AnchorUnderMouse);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    mPressPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        mMiddlePanning = true;
        mLastPanPos = mPressPos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    // The scene declines a Shift press, and QGraphicsView then starts its rubber band.
    mRubberBandGesture =
        event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    if (mRubberBandGesture)
        setDragMode(RubberBandDrag);
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (mMiddlePanning) {
        const QPoint delta = event->position().toPoint() - mLastPanPos;
        mLastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mMiddlePanning && event->button() == Qt::MiddleButton) {
        mMiddlePanning = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const bool click = (event->position().toPoint() - mPressPos).manhattanLength() <
                       QApplication::startDragDistance();
    const QGraphicsItem *under =
        mScene->itemAt(mapToScene(event->position().toPoint()), transform());
    const bool onItem = under && under->type() != ConnectorItem::Type;
    QGraphicsView::mouseReleaseEvent(event);
    if (mRubberBandGesture) {
        mRubberBandGesture = false;
        setDragMode(ScrollHandDrag);
    } else if (event->button() == Qt::LeftButton && click && !onItem &&
               !(event->modifiers() & Qt::ControlModifier)) {
        // A click on the background (not a pan) clears the selection.
        mScene->clearSelection();
    }
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mFitPending && isVisible())
        fitToWindow();
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (mFitPending)
        fitToWindow();
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Only the view draws a background: exports get what their caller puts under them.
    painter->fillRect(rect, QColor(0xec, 0xee, 0xf2));
    if (zoom() < 0.5)
        return;
    // A quiet dot grid gives a sense of scale and movement when panning.
    constexpr double spacing = 24;
    const double left = std::floor(rect.left() / spacing) * spacing;
    const double top = std::floor(rect.top() / spacing) * spacing;
    QList<QPointF> dots;
    for (double x = left; x < rect.right(); x += spacing) {
        for (double y = top; y < rect.bottom(); y += spacing)
            dots << QPointF(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(QColor(0xc9, 0xce, 0xd6), 0));
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}

// --- keyboard --------------------------------------------------------------------------------

QList<std::pair<QString, QString>> CanvasView::keyboardHelp()
{
    return {
        {tr("Left, Right"), tr("the previous or next site, server or role on the same level")},
        {tr("Up"), tr("the card above, else the server, site or parent site around")},
        {tr("Down"), tr("a site's first card, the card below, else the first child site")},
        {tr("Ctrl+arrow keys"), tr("scroll the diagram")},
        {tr("Minus, Plus"), tr("collapse or expand the sites below the selected site")},
        {tr("Enter"), tr("edit the properties of the selection")},
        {tr("Escape"), tr("clear the selection")},
        {tr("Menu, Shift+F10"), tr("the context menu of the selection")},
    };
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // Minus and Plus (Shift gives the plus on many layouts) fold a site's subtree.
    if ((event->key() == Qt::Key_Minus || event->key() == Qt::Key_Plus) &&
        (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier &&
        mSelection->current().kind == Selection::Item::Site) {
        mScene->setCollapsed(mSelection->current().id, event->key() == Qt::Key_Minus);
        event->accept();
        return;
    }
    if (modifiers == Qt::NoModifier) {
        int direction = -1;
        switch (event->key()) {
        case Qt::Key_Left:
            direction = int(CanvasDirection::Left);
            break;
        case Qt::Key_Right:
            direction = int(CanvasDirection::Right);
            break;
        case Qt::Key_Up:
            direction = int(CanvasDirection::Up);
            break;
        case Qt::Key_Down:
            direction = int(CanvasDirection::Down);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!mSelection->items().isEmpty())
                emit propertiesRequested();
            event->accept();
            return;
        case Qt::Key_Escape:
            if (!mSelection->items().isEmpty()) {
                mSelection->clear();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
        if (direction >= 0) {
            // At the edge of the tree the key does nothing: scrolling instead would move the
            // diagram away from a selection that did not change.
            moveSelection(direction);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_F10 && modifiers == Qt::ShiftModifier) {
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
        contextMenuEvent(&menuEvent);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool CanvasView::moveSelection(int direction)
{
    const auto next = canvasNeighbour(*mScene, mSelection->current(), CanvasDirection(direction));
    if (!next)
        return false;
    mSelection->select(*next);
    if (QGraphicsItem *item = mScene->itemFor(next->id))
        ensureVisible(item, 40, 40);
    return true;
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // Open the menu at the selection, as a mouse user gets it at what they clicked.
        QPoint at = viewport()->rect().center();
        if (const QGraphicsItem *item = mScene->itemFor(mSelection->current().id)) {
            const QPoint centre = mapFromScene(item->sceneBoundingRect().center());
            if (viewport()->rect().contains(centre))
                at = centre;
        }
        showContextMenu(at);
        return;
    }
    // A right-click on something not selected selects it first: the menu is about it.
    const QPointF scenePos = mapToScene(event->pos());
    std::optional<Selection::Item> under;
    for (QGraphicsItem *item = mScene->itemAt(scenePos, transform()); item && !under;
         item = item->parentItem()) {
        if (item->type() == ServerItem::Type) {
            const auto *card = static_cast<const ServerItem *>(item);
            const int chip = card->chipAt(card->mapFromScene(scenePos));
            under = chip >= 0 ? Selection::Item{Selection::Item::Role, card->id(), chip}
                              : Selection::Item{Selection::Item::Server, card->id()};
        } else if (item->type() == SiteItem::Type) {
            under = Selection::Item{Selection::Item::Site, static_cast<SiteItem *>(item)->id()};
        }
    }
    if (under && !mSelection->contains(*under))
        mSelection->select(*under);
    showContextMenu(event->pos());
}

void CanvasView::showContextMenu(const QPoint &viewportPos)
{
    if (actions().isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(actions());
    menu.exec(viewport()->mapToGlobal(viewportPos));
}

void CanvasView::describeSelection()
{
    const QList<Selection::Item> &items = mSelection->items();
    const Selection::Item current = mSelection->current();
    QStringList parts;
    auto findings = [this](ItemId id) {
        int open = 0;
        for (const Finding *finding : mDocument->findingsFor(id))
            open += finding->waived ? 0 : 1;
        return open ? tr("%n finding(s)", nullptr, open) : QString();
    };
    switch (current.kind) {
    case Selection::Item::Site:
        if (const Site *site = mDocument->site(current.id)) {
            parts << tr("Site %1").arg(site->code);
            if (site->name)
                parts << *site->name;
            parts << tr("%n server(s)", nullptr, int(site->servers.size()));
            parts << findings(current.id);
        }
        break;
    case Selection::Item::Server:
        if (const Server *server = mDocument->server(current.id)) {
            const Site *site = mDocument->site(mDocument->siteOfServer(current.id));
            parts << tr("Server %1 in site %2").arg(server->name, site ? site->code : QString());
            parts << findings(current.id);
        }
        break;
    case Selection::Item::Role:
        if (const Server *server = mDocument->server(current.id);
            server && current.index >= 0 && current.index < server->roles.size()) {
            parts << tr("Role %1 on %2")
                         .arg(roleDisplayName(server->roles.at(current.index).role), server->name);
        }
        break;
    default:
        break;
    }
    parts.removeAll(QString());
    if (parts.isEmpty())
        parts << tr("Nothing selected on the diagram; the arrow keys select sites and servers");
    else if (items.size() > 1)
        parts << tr("%n more selected", nullptr, int(items.size()) - 1);
    // Qt reports the change to assistive technology (QAccessible::DescriptionChanged), so a
    // screen reader following the canvas hears the new item.
    setAccessibleDescription(parts.join(QLatin1String(", ")));
}

} // namespace hierarch
