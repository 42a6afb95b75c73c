#pragma once

#include "../plan.h"
#include "boundary.h"

#include <QHash>
#include <QList>

#include <vector>

namespace hierarch {

// Every boundary of a plan, indexed so that the boundaries overlapping one are found without a
// pass over the plan: address intervals sorted by their first address with the running maximum
// of their last (a query walks back from the first interval that starts after it ends, and stops
// where no earlier interval reaches it), AD site names by their folded name. Built in
// O(B log B) for B boundaries; the rules and the live validator read it (README "Boundaries").
class BoundaryIndex
{
public:
    // A boundary by the position of its site and its index in the site's `boundaries`.
    struct Ref
    {
        int site = -1;
        int index = -1;
        bool operator==(const Ref &) const = default;
    };
    // One boundary of the queried site and one of another site that it overlaps.
    struct Overlap
    {
        int index; // of the queried site's boundaries
        Ref other;
    };

    void build(const Plan &plan);
    // Keeping the index current without a rebuild: each costs one pass over the entries' integers
    // and parses only the site's own boundaries.
    void siteInserted(const Plan &plan, int site);
    void siteRemoved(int site);
    void siteChanged(const Plan &plan, int site);

    // The boundaries of other sites that overlap a boundary of `site`, sorted by the other
    // site's position, then by both indexes.
    QList<Overlap> overlapsOf(int site) const;
    // The other sites holding a boundary that overlaps one of `site` (sorted, unique).
    QList<int> sitesOverlapping(int site) const;
    // Whether any site of the plan states a boundary.
    bool anyBoundaries() const { return mTotal > 0; }
    // The boundaries of a site as they were when the index was built.
    const QList<Boundary> &indexedBoundaries(int site) const { return mBySite.at(site); }
    int siteCount() const { return int(mBySite.size()); }

private:
    struct Entry
    {
        Address128 first;
        Address128 last;
        Ref ref;
    };
    struct Family
    {
        std::vector<Entry> entries;    // by first address
        std::vector<Address128> reach; // reach[i]: the greatest `last` of entries[0..i]
        void finish();
        void updateReach();
        void query(const AddressInterval &interval, QList<Ref> &out) const;
    };

    void addEntries(const Plan &plan, int site, bool sort);
    void dropEntries(int site, int shift);

    QList<QList<Boundary>> mBySite;
    QList<QList<std::optional<AddressInterval>>> mIntervals; // per site and boundary
    Family mV4;
    Family mV6;
    QHash<QString, QList<Ref>> mAdSites; // folded name -> boundaries naming it
    int mTotal = 0;
};

} // namespace hierarch
