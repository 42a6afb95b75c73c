#include "canvasview.h"

#include "connectoritem.h"
#include "document/document.h"
#include "hierarchyscene.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace hierarch {

namespace {

// The steps of Zoom In / Zoom Out.
constexpr double kZoomSteps[] = {0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67,
                                 0.8,  1.0, 1.25, 1.5,  2.0,  3.0, 4.0};

} // namespace

CanvasView::CanvasView(Document *document, Selection *selection, QWidget *parent)
    : QGraphicsView(parent), mScene(new HierarchyScene(document, selection, this))
{
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
    connect(document, &Document::resetDone, this, [this] {
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

void CanvasView::centerOnItem(ItemId id)
{
    if (QGraphicsItem *item = mScene->itemFor(id))
        centerOn(item->mapToScene(item->boundingRect().center()));
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

} // namespace hierarch
