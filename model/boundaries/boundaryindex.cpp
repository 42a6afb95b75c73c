#include "boundaryindex.h"

#include "../rules/validationcontext.h"

#include <algorithm>

namespace hierarch {

void BoundaryIndex::Family::finish()
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.first < b.first; });
    reach.resize(entries.size());
    Address128 most;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        most = i == 0 ? entries[i].last : std::max(most, entries[i].last);
        reach[i] = most;
    }
}

void BoundaryIndex::Family::query(const AddressInterval &interval, QList<Ref> &out) const
{
    // Entries starting after the interval ends cannot overlap it; of the others, walk back while
    // some entry at or before the current one still reaches the interval's first address.
    auto end = std::upper_bound(entries.begin(), entries.end(), interval.last,
                                [](Address128 v, const Entry &e) { return v < e.first; });
    for (std::ptrdiff_t i = (end - entries.begin()) - 1; i >= 0; --i) {
        if (reach[std::size_t(i)] < interval.first)
            break;
        if (entries[std::size_t(i)].last >= interval.first)
            out.append(entries[std::size_t(i)].ref);
    }
}

void BoundaryIndex::build(const Plan &plan)
{
    mBySite.clear();
    mIntervals.clear();
    mV4 = {};
    mV6 = {};
    mAdSites.clear();
    mTotal = 0;
    mBySite.reserve(plan.sites.size());
    mIntervals.reserve(plan.sites.size());
    for (int s = 0; s < int(plan.sites.size()); ++s) {
        const QList<Boundary> &boundaries = plan.sites.at(s).boundaries;
        mBySite.append(boundaries);
        QList<std::optional<AddressInterval>> intervals(boundaries.size());
        for (int b = 0; b < int(boundaries.size()); ++b) {
            const Boundary &boundary = boundaries.at(b);
            ++mTotal;
            if (boundary.type == BoundaryType::AdSite) {
                mAdSites[ValidationContext::foldedKey(boundary.value)].append({s, b});
                continue;
            }
            // The loader refuses a malformed value; one made in the editor is checked there too,
            // so a value without an interval is simply not indexed.
            const auto interval = boundaryInterval(boundary.type, boundary.value);
            if (!interval)
                continue;
            intervals[b] = *interval;
            Family &family = interval->family == AddressInterval::Family::V4 ? mV4 : mV6;
            family.entries.push_back({interval->first, interval->last, {s, b}});
        }
        mIntervals.append(intervals);
    }
    mV4.finish();
    mV6.finish();
}

QList<BoundaryIndex::Overlap> BoundaryIndex::overlapsOf(int site) const
{
    QList<Overlap> out;
    if (site < 0 || site >= mBySite.size())
        return out;
    const QList<Boundary> &boundaries = mBySite.at(site);
    QList<Ref> hits;
    for (int b = 0; b < int(boundaries.size()); ++b) {
        hits.clear();
        const Boundary &boundary = boundaries.at(b);
        if (boundary.type == BoundaryType::AdSite) {
            hits = mAdSites.value(ValidationContext::foldedKey(boundary.value));
        } else if (const auto &interval = mIntervals.at(site).at(b)) {
            (interval->family == AddressInterval::Family::V4 ? mV4 : mV6).query(*interval, hits);
        }
        for (const Ref &hit : std::as_const(hits)) {
            if (hit.site != site)
                out.append({b, hit});
        }
    }
    std::sort(out.begin(), out.end(), [](const Overlap &a, const Overlap &b) {
        if (a.other.site != b.other.site)
            return a.other.site < b.other.site;
        if (a.index != b.index)
            return a.index < b.index;
        return a.other.index < b.other.index;
    });
    return out;
}

QList<int> BoundaryIndex::sitesOverlapping(int site) const
{
    QList<int> out;
    for (const Overlap &o : overlapsOf(site)) {
        if (out.isEmpty() || out.last() != o.other.site)
            out.append(o.other.site);
    }
    return out;
}

} // namespace hierarch
