#include "chartdata.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace hierarch {

ChartCounts ChartCounts::count(const Plan &plan, const QList<Finding> &findings)
{
    ChartCounts counts;
    // Duplicate codes are a finding of their own; the chart folds them into one bar because a
    // finding names its site only by code.
    QHash<QString, int> siteByCode;
    for (const Site &site : plan.sites) {
        if (siteByCode.contains(site.code))
            continue;
        siteByCode.insert(site.code, int(counts.siteCodes.size()));
        counts.siteCodes.append(site.code);
    }
    counts.perSite.resize(counts.siteCodes.size());

    for (const Finding &finding : findings) {
        if (finding.waived)
            continue;
        const int severity = int(finding.severity());
        ++counts.severity[severity];
        ++counts.category[int(finding.category())];

        int site = -1;
        if (finding.kind == Scope::Site)
            site = siteByCode.value(finding.subject, -1);
        else if (finding.kind == Scope::Server)
            site = siteByCode.value(finding.site, -1);
        if (site >= 0)
            ++counts.perSite[site][severity];
    }
    return counts;
}

QList<int> chartedSites(const ChartCounts &counts)
{
    QList<int> sites(counts.siteCodes.size());
    std::iota(sites.begin(), sites.end(), 0);
    if (sites.size() <= kMaxChartSites)
        return sites;

    auto total = [&](int site) {
        const auto &c = counts.perSite.at(site);
        return c[0] + c[1] + c[2];
    };
    std::stable_sort(sites.begin(), sites.end(), [&](int a, int b) { return total(a) > total(b); });
    sites.resize(kMaxChartSites);
    std::sort(sites.begin(), sites.end());
    return sites;
}

} // namespace hierarch
