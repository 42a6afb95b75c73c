// Painting a report chart onto any painter, in particular a high-resolution QPdfWriter.
#include "reportcharts.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QScreen>

#include <memory>

namespace hierarch {

namespace {

// Qt Charts measures its text with screen font metrics, so scene units are screen pixels.
qreal layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

// The chart's layout size for a target: the target's physical size, so that fonts set in points
// come out at that size on paper. Tiny targets are laid out larger and scaled down rather than
// squeezing the axes into nothing.
QSizeF layoutSize(const QPainter *painter, const QRectF &target)
{
    const QRectF onDevice = painter->combinedTransform().mapRect(target);
    const QPaintDevice *device = painter->device();
    const qreal dpiX = device && device->logicalDpiX() > 0 ? device->logicalDpiX() : 72;
    const qreal dpiY = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 72;
    QSizeF points(onDevice.width() * 72 / dpiX, onDevice.height() * 72 / dpiY);
    const qreal shrink = std::max({1.0, 200 / points.width(), 150 / points.height()});
    points *= shrink;
    return points * layoutDpi() / 72;
}

// Lays the chart out now rather than on the next event loop turn. A second pass covers
// adjustments made while laying out (site codes turned on end for a narrower plot).
void settle(QChart *chart)
{
    QGraphicsLayout *layout = chart->layout();
    for (int pass = 0; layout && pass < 3; ++pass) {
        layout->invalidate();
        layout->activate();
        if (layout->isActivated())
            break;
    }
}

} // namespace

void paintChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    if (!chart || !painter || !painter->isActive() || target.isEmpty())
        return;

    // A chart is a QGraphicsWidget and only paints as part of a scene. One shown in a
    // QChartView is laid out for the paper in its own scene and put back afterwards.
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    const QSizeF shownSize = chart->size();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    chart->resize(layoutSize(painter, target));
    settle(chart);
    const QRectF source = chart->mapRectToScene(chart->rect());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();

    if (ownScene) {
        ownScene->removeItem(chart);
    } else {
        chart->resize(shownSize);
        settle(chart);
    }
}

} // namespace hierarch
