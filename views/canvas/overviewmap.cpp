#include "overviewmap.h"

#include "canvasview.h"
#include "hierarchyscene.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace hierarch {

namespace {

constexpr QSize kMapSize(240, 160);

} // namespace

OverviewMap::OverviewMap(CanvasView *canvas)
    : QWidget(canvas), mCanvas(canvas), mRender(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewMap"));
    setAccessibleName(tr("Overview"));
    setToolTip(tr("The whole hierarchy: click or drag to move the diagram"));
    setCursor(Qt::PointingHandCursor);
    resize(kMapSize);
    mRender->setSingleShot(true);
    mRender->setInterval(150);
    connect(mRender, &QTimer::timeout, this, &OverviewMap::renderPicture);
    // The scene rect follows every relayout (collapse, edits, another plan).
    connect(canvas->hierarchyScene(), &QGraphicsScene::sceneRectChanged, mRender,
            qOverload<>(&QTimer::start));
    connect(canvas->hierarchyScene(), &HierarchyScene::collapsedChanged, mRender,
            qOverload<>(&QTimer::start));
    // The frame follows scrolling and zooming.
    connect(canvas->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(canvas->verticalScrollBar(), &QScrollBar::valueChanged, this,
            qOverload<>(&QWidget::update));
    connect(canvas, &CanvasView::zoomChanged, this, qOverload<>(&QWidget::update));
    canvas->installEventFilter(this);
    hide();
}

void OverviewMap::setOverviewVisible(bool visible)
{
    setVisible(visible);
    if (visible) {
        place();
        raise();
        renderPicture();
    }
}

void OverviewMap::renderPicture()
{
    if (!isVisible())
        return;
    HierarchyScene *scene = mCanvas->hierarchyScene();
    mArea = scene->contentRect();
    const QSizeF room = QSizeF(size()) - QSizeF(8, 8);
    QSizeF picture = mArea.size().scaled(room, Qt::KeepAspectRatio);
    picture = QSizeF(std::max(1.0, picture.width()), std::max(1.0, picture.height()));
    mTarget = QRectF(QPointF((width() - picture.width()) / 2, (height() - picture.height()) / 2),
                     picture);
    const qreal dpr = devicePixelRatioF();
    mPicture = QPixmap((picture * dpr).toSize());
    mPicture.setDevicePixelRatio(dpr);
    mPicture.fill(QColor(0xec, 0xee, 0xf2));
    QPainter painter(&mPicture);
    // Drawn as the canvas draws it far out (the items' level of detail follows the scale),
    // not as an export, which draws every name in full.
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), picture), mArea, Qt::KeepAspectRatio);
    painter.end();
    update();
}

QPointF OverviewMap::toWidget(const QPointF &scenePos) const
{
    if (mArea.isEmpty())
        return {};
    return mTarget.topLeft() +
           QPointF((scenePos.x() - mArea.left()) * mTarget.width() / mArea.width(),
                   (scenePos.y() - mArea.top()) * mTarget.height() / mArea.height());
}

QPointF OverviewMap::toScene(const QPointF &widgetPos) const
{
    if (mTarget.isEmpty())
        return {};
    return mArea.topLeft() +
           QPointF((widgetPos.x() - mTarget.left()) * mArea.width() / mTarget.width(),
                   (widgetPos.y() - mTarget.top()) * mArea.height() / mTarget.height());
}

QRectF OverviewMap::viewFrame() const
{
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    return QRectF(toWidget(visible.topLeft()), toWidget(visible.bottomRight()));
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xec, 0xee, 0xf2));
    painter.drawPixmap(mTarget.topLeft(), mPicture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect().adjusted(1, 1, -1, -1));
    painter.setPen(QPen(QColor(0x30, 0x3f, 0x9f), 1.5));
    painter.setBrush(QColor(0x30, 0x3f, 0x9f, 30));
    painter.drawRect(viewFrame());
    painter.setClipping(false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x9a, 0xa3, 0xb0), 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        mCanvas->centerOn(toScene(event->position()));
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mCanvas->centerOn(toScene(event->position()));
    event->accept();
}

void OverviewMap::place()
{
    const QRect area = mCanvas->viewport()->geometry();
    move(area.right() - width() - 8, area.bottom() - height() - 8);
}

bool OverviewMap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas && event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace hierarch
