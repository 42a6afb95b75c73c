#include "chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QPen>

namespace hierarch {

namespace {

constexpr qreal kTitlePoints = 9.5;
constexpr qreal kLabelPoints = 8;

QFont chartFont(qreal points, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

const QColor kText(0x26, 0x32, 0x38);
const QColor kAxisLine(0x9e, 0xa7, 0xad);
const QColor kGrid(0xe3, 0xe7, 0xea);

} // namespace

QColor chartAccentColor()
{
    return QColor(0x45, 0x5a, 0x64);
}

void styleChart(QChart *chart)
{
    chart->setBackgroundVisible(true);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    // The shadow is a QGraphicsEffect, which would rasterise the chart into the PDF.
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(chartFont(kTitlePoints, true));
    chart->setTitleBrush(kText);

    QLegend *legend = chart->legend();
    legend->setFont(chartFont(kLabelPoints));
    legend->setLabelColor(kText);
    legend->setBackgroundVisible(false);

    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(kLabelPoints));
        axis->setLabelsColor(kText);
        axis->setLinePen(QPen(kAxisLine, 1));
        axis->setGridLinePen(QPen(kGrid, 1));
        // Grid lines across the counts only; between categories they would just be clutter.
        axis->setGridLineVisible(axis->type() == QAbstractAxis::AxisTypeValue);
        axis->setMinorGridLineVisible(false);
        axis->setTitleVisible(false);
    }
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            set->setBorderColor(Qt::white);
            set->setLabelFont(chartFont(kLabelPoints, true));
            set->setLabelColor(kText);
        }
    }
}

} // namespace hierarch
