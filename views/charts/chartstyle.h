#pragma once

#include <QColor>

class QChart;

namespace hierarch {

// One look for the report charts on screen and on paper: white background without shadow or
// rounded corners, fonts in points (so a chart painted into a 1200 dpi PDF keeps its text size)
// and quiet grey axes that let the severity colours carry the meaning.
void styleChart(QChart *chart);

// The bar colour of charts that do not split by severity.
QColor chartAccentColor();

} // namespace hierarch
