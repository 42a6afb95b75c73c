#pragma once

#include "finding.h"
#include "plan.h"

#include <QList>
#include <QStringList>

#include <array>

namespace hierarch {

// The numbers behind the report charts, counted once from the findings so that building and
// refreshing a chart share one definition of "what is counted" (unwaived findings only).
struct ChartCounts
{
    using BySeverity = std::array<int, 3>; // indexed by Severity

    BySeverity severity{};
    std::array<int, 6> category{}; // indexed by Category

    // One entry per distinct site code, in document order; findings land on a site when they
    // are about the site itself or about a server located in it.
    QStringList siteCodes;
    QList<BySeverity> perSite;

    static ChartCounts count(const Plan &plan, const QList<Finding> &findings);
};

// The sites shown by the per-site chart: every site, or the kMaxSites with the most findings
// (ties keep document order), always listed in document order.
inline constexpr int kMaxChartSites = 25;
QList<int> chartedSites(const ChartCounts &counts);

} // namespace hierarch
