#include "boundaryindex.h"

#include "../rules/validationcontext.h"

#include <algorithm>

namespace hierarch {

void BoundaryIndex::Family::finish()
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.first < b.first; });
    updateReach();
}

void BoundaryIndex::Family::updateReach()
{
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

// Indexes the boundaries of `site` (already in mBySite); `sort` inserts them in order.
void BoundaryIndex::addEntries(const Plan &plan, int site, bool sort)
{
    const QList<Boundary> &boundaries = plan.sites.at(site).boundaries;
    mBySite[site] = boundaries;
    QList<std::optional<AddressInterval>> intervals(boundaries.size());
    for (int b = 0; b < int(boundaries.size()); ++b) {
        const Boundary &boundary = boundaries.at(b);
        ++mTotal;
        if (boundary.type == BoundaryType::AdSite) {
            QList<Ref> &refs = mAdSites[ValidationContext::foldedKey(boundary.value)];
            refs.append({site, b});
            continue;
        }
        const auto interval = boundaryInterval(boundary.type, boundary.value);
        if (!interval)
            continue;
        intervals[b] = *interval;
        Family &family = interval->family == AddressInterval::Family::V4 ? mV4 : mV6;
        const Entry entry{interval->first, interval->last, {site, b}};
        if (sort) {
            auto at =
                std::upper_bound(family.entries.begin(), family.entries.end(), entry,
                                 [](const Entry &x, const Entry &y) { return x.first < y.first; });
            family.entries.insert(at, entry);
        } else {
            family.entries.push_back(entry);
        }
    }
    mIntervals[site] = intervals;
}

// Forgets the entries of `site` and moves the sites after it by `shift` (-1: it was removed).
void BoundaryIndex::dropEntries(int site, int shift)
{
    mTotal -= int(mBySite.at(site).size());
    for (Family *family : {&mV4, &mV6}) {
        std::erase_if(family->entries, [site](const Entry &e) { return e.ref.site == site; });
        for (Entry &e : family->entries)
            e.ref.site += e.ref.site > site ? shift : 0;
    }
    for (auto it = mAdSites.begin(); it != mAdSites.end();) {
        it->removeIf([site](const Ref &r) { return r.site == site; });
        for (Ref &r : *it)
            r.site += r.site > site ? shift : 0;
        it = it->isEmpty() ? mAdSites.erase(it) : std::next(it);
    }
}

void BoundaryIndex::siteInserted(const Plan &plan, int site)
{
    // Sites from `site` on move up by one; the new site has no entries yet.
    for (Family *family : {&mV4, &mV6}) {
        for (Entry &e : family->entries)
            e.ref.site += e.ref.site >= site ? 1 : 0;
    }
    for (QList<Ref> &refs : mAdSites) {
        for (Ref &r : refs)
            r.site += r.site >= site ? 1 : 0;
    }
    mBySite.insert(site, {});
    mIntervals.insert(site, {});
    addEntries(plan, site, true);
    mV4.updateReach();
    mV6.updateReach();
}

void BoundaryIndex::siteRemoved(int site)
{
    dropEntries(site, -1);
    mBySite.removeAt(site);
    mIntervals.removeAt(site);
    mV4.updateReach();
    mV6.updateReach();
}

void BoundaryIndex::siteChanged(const Plan &plan, int site)
{
    dropEntries(site, 0);
    addEntries(plan, site, true);
    // An AD site name's refs stay in plan order for the queries' sort; re-sort the touched lists.
    for (QList<Ref> &refs : mAdSites) {
        std::sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) {
            return a.site != b.site ? a.site < b.site : a.index < b.index;
        });
    }
    mV4.updateReach();
    mV6.updateReach();
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
