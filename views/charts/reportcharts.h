#pragma once

#include "finding.h"
#include "plan.h"

#include <QRectF>

#include <memory>

class QChart;
class QPainter;

namespace hierarch {

// The three charts of REPORT.md ("Summary"), built with Qt Charts from a plan's findings. The
// editor's Dashboard dock shows them live; the report paints them into the PDF as vectors. Only
// unwaived findings are counted (waived ones are accepted risks, listed separately).
enum class ReportChart { BySeverity, ByCategory, PerSite };

// A new chart for the findings; titles and labels are translated (context "hierarch::Charts").
std::unique_ptr<QChart> createReportChart(ReportChart kind, const Plan &plan,
                                          const QList<Finding> &findings);

// Refreshes an existing chart in place (the Dashboard calls it when findings change).
void updateReportChart(QChart *chart, ReportChart kind, const Plan &plan,
                       const QList<Finding> &findings);

// Paints the chart into `target` (in the painter's coordinates) as vector graphics: no OpenGL
// series, no intermediate pixmap, so it stays sharp in a PDF at any resolution. Works on a
// QPdfWriter painter of any dpi.
void paintChart(QChart *chart, QPainter *painter, const QRectF &target);

} // namespace hierarch
