#include "livediff.h"

#include "livevalidator.h"
#include "planmatching.h"

#include <algorithm>
#include <cstring>

namespace hierarch {

using diffdetail::SiteMatching;

struct LiveDiff::Pairing : diffdetail::FindingsPairing
{
};

namespace {

const Plan kNoPlan;

// The order of sortFindings(): severity, rule id, subject. Two findings in the same place have the
// same id; update() leaves findings whose id is not unique to a full comparison.
bool before(const Finding &a, const Finding &b)
{
    const RuleInfo &ia = a.info();
    const RuleInfo &ib = b.info();
    if (ia.severity != ib.severity)
        return ia.severity < ib.severity;
    if (const int c = std::strcmp(ia.id, ib.id); c != 0)
        return c < 0;
    return a.subject < b.subject;
}

using Entries = QList<DeltaFinding>;

std::pair<Entries::iterator, Entries::iterator> sameId(Entries &entries, const Finding &f)
{
    return std::equal_range(
        entries.begin(), entries.end(), DeltaFinding{f, {}, std::nullopt, false},
        [](const DeltaFinding &a, const DeltaFinding &b) { return before(a.finding, b.finding); });
}

bool sameData(const QList<Finding> &a, const QList<Finding> &b)
{
    return a.constData() == b.constData() && a.size() == b.size();
}

// What differs between a unit's findings before and after: those only before go to `gone`, those
// only after to `come` (as multisets; a finding's place in its unit does not matter to the delta).
void diffUnit(const QList<Finding> &kept, const QList<Finding> &now, QList<Finding> &gone,
              QList<Finding> &come)
{
    if (sameData(kept, now))
        return;
    if (kept.size() == now.size() && std::equal(kept.cbegin(), kept.cend(), now.cbegin()))
        return;
    QList<bool> matched(now.size(), false);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const Finding &f = kept.at(i);
        qsizetype found = -1;
        if (i < now.size() && !matched.at(i) && now.at(i) == f) {
            found = i;
        } else {
            for (qsizetype j = 0; j < now.size(); ++j) {
                if (!matched.at(j) && now.at(j) == f) {
                    found = j;
                    break;
                }
            }
        }
        if (found >= 0)
            matched[found] = true;
        else
            gone.append(f);
    }
    for (qsizetype j = 0; j < now.size(); ++j) {
        if (!matched.at(j))
            come.append(now.at(j));
    }
}

} // namespace

LiveDiff::LiveDiff(const PlanComparer &comparer, const Plan &plan, const LiveValidator &live)
    : mComparer(comparer), mPlan(plan), mLive(live), mPairing(std::make_unique<Pairing>())
{
    compareAll();
}

LiveDiff::~LiveDiff() = default;

void LiveDiff::compareAll()
{
    const PlanComparer::Index &index = *mComparer.d;
    const Plan &oldPlan = index.plan ? *index.plan : kNoPlan;
    mMatching.reset();
    mDiff = PlanDiff();
    mDiff.changes = diffdetail::planChanges(mComparer.baseline(), &mPlan);
    mPlanChangeCount = int(mDiff.changes.size());
    mMatching = std::make_unique<SiteMatching>(oldPlan, mPlan, index, mDiff);
    mMatching->match();
    const int sites = int(mPlan.sites.size());
    mSiteChangeCount.resize(sites);
    for (int s = 0; s < sites; ++s) {
        const qsizetype before = mDiff.changes.size();
        mMatching->listSite(s, mDiff.changes);
        mSiteChangeCount[s] = int(mDiff.changes.size() - before);
    }
    mMatching->listRemovedSites(mDiff.changes);
    const qsizetype lists = mDiff.changes.size();
    diffdetail::listLists(oldPlan, mPlan, index, mDiff, mDiff.changes);
    mListChangeCount = int(mDiff.changes.size() - lists);
    *mPairing = Pairing();
    diffdetail::diffFindings(index.findings, index.findingIds, mLive.findings(), mDiff,
                             mPairing.get());

    mSiteIds.resize(sites);
    mSiteCodes.resize(sites);
    mServerCounts.resize(sites);
    const qsizetype servers = mPlan.serverCount();
    mServerIds.resize(servers);
    mServerNames.resize(servers);
    for (int s = 0, flat = 0; s < sites; ++s) {
        const Site &site = mPlan.sites.at(s);
        mSiteIds[s] = site.uid;
        mSiteCodes[s] = site.code;
        mServerCounts[s] = int(site.servers.size());
        for (const Server &server : site.servers) {
            mServerIds[flat] = server.uid;
            mServerNames[flat] = server.name;
            ++flat;
        }
    }
    keepUnits();
}

bool LiveDiff::update(const QList<int> &sites, const QList<std::pair<int, int>> &servers,
                      bool listsChanged)
{
    // An edit of an item that pairs by identity cannot change what pairs with what: renames are
    // found among the items that do not. Anything else is compared whole.
    QList<int> dirty;
    bool incremental = mMatching && mPlan.sites.size() == mSiteIds.size();
    for (int s : sites) {
        if (!incremental)
            break;
        incremental = sameShape(s) && mMatching->pairedByCode(s);
        dirty.append(s);
    }
    for (const auto &[s, k] : servers) {
        if (!incremental)
            break;
        incremental = sameShape(s) && k >= 0 && k < mServerCounts.at(s) &&
                      mMatching->serverPairedByName(mMatching->serverBase(s) + k);
        dirty.append(s);
    }
    if (!incremental || !updateFindings()) {
        compareAll();
        return false;
    }
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
    qsizetype start = mPlanChangeCount;
    int counted = 0; // sites whose changes `start` has passed
    for (int s : std::as_const(dirty)) {
        for (; counted < s; ++counted)
            start += mSiteChangeCount.at(counted);
        QList<ItemChange> changes;
        mMatching->listSite(s, changes);
        replaceChanges(start, mSiteChangeCount[s], std::move(changes));
    }
    if (listsChanged) {
        const PlanComparer::Index &index = *mComparer.d;
        QList<ItemChange> changes;
        diffdetail::listLists(index.plan ? *index.plan : kNoPlan, mPlan, index, mDiff, changes);
        replaceChanges(mDiff.changes.size() - mListChangeCount, mListChangeCount,
                       std::move(changes));
    }
    return true;
}

// Puts `changes` where the `count` changes from `start` on are, and counts them.
void LiveDiff::replaceChanges(qsizetype start, int &count, QList<ItemChange> &&changes)
{
    QList<ItemChange> &list = mDiff.changes;
    const qsizetype common = std::min(qsizetype(count), changes.size());
    for (qsizetype i = 0; i < common; ++i)
        list[start + i] = std::move(changes[i]);
    if (count > common)
        list.remove(start + common, count - common);
    for (qsizetype i = common; i < changes.size(); ++i)
        list.insert(start + i, std::move(changes[i]));
    count = int(changes.size());
}

// The site is where it was at the last whole comparison, with the same code and the same servers
// (ids and names) in the same order.
bool LiveDiff::sameShape(int s) const
{
    if (s < 0 || s >= mSiteIds.size())
        return false;
    const Site &site = mPlan.sites.at(s);
    if (site.uid != mSiteIds.at(s) || site.code != mSiteCodes.at(s) ||
        site.servers.size() != mServerCounts.at(s))
        return false;
    const int base = mMatching->serverBase(s);
    for (int k = 0; k < int(site.servers.size()); ++k) {
        const Server &server = site.servers.at(k);
        if (server.uid != mServerIds.at(base + k) || server.name != mServerNames.at(base + k))
            return false;
    }
    return true;
}

// The findings delta after the validator computed some units again: each finding that left or
// joined a unit moves between the delta's lists, which stay in the order of the sorted findings.
// Returns false (and the caller compares everything) when a finding's id is not unique on its
// side, where pairing goes by occurrence.
bool LiveDiff::updateFindings()
{
    if (mLive.siteUnitCount() != mSiteUnits.size() ||
        mLive.accountUnitCount() != mAccountUnits.size())
        return false;
    QList<Finding> gone;
    QList<Finding> come;
    const auto follow = [&](QList<Finding> &kept, const QList<Finding> &now) {
        if (sameData(kept, now))
            return;
        diffUnit(kept, now, gone, come);
        kept = now;
    };
    follow(mHierarchyUnit, mLive.hierarchyFindings());
    // After one change of the validator since the last look, the units it computed again are
    // the ones to follow; after several, every unit (a unit it did not compute keeps its data).
    const quint64 generation = mLive.generation();
    if (generation == mGeneration + 1 && !mLive.lastChangeWasFull()) {
        for (int s : mLive.lastRecomputedSites())
            follow(mSiteUnits[s], mLive.siteFindings(s));
        for (int a : mLive.lastRecomputedAccounts())
            follow(mAccountUnits[a], mLive.accountFindings(a));
    } else if (generation != mGeneration) {
        for (int s = 0; s < int(mSiteUnits.size()); ++s)
            follow(mSiteUnits[s], mLive.siteFindings(s));
        for (int a = 0; a < int(mAccountUnits.size()); ++a)
            follow(mAccountUnits[a], mLive.accountFindings(a));
    }
    mGeneration = generation;
    follow(mReviewUnit, mLive.reviewFindings());
    for (const Finding &f : std::as_const(gone)) {
        if (!removeFinding(f))
            return false;
    }
    for (const Finding &f : std::as_const(come)) {
        if (!insertFinding(f))
            return false;
    }
    return true;
}

bool LiveDiff::removeFinding(const Finding &f)
{
    FindingsDelta &delta = mDiff.findings;
    Entries *lists[] = {&delta.added, &delta.updated, &delta.unchanged};
    Entries *owner = nullptr;
    Entries::iterator at;
    for (Entries *list : lists) {
        const auto [first, last] = sameId(*list, f);
        if (first == last)
            continue;
        if (owner || last - first != 1 || !(first->finding == f))
            return false;
        owner = list;
        at = first;
    }
    if (!owner)
        return false;
    const QString id = at->id;
    const QList<int> olds = mPairing->oldIds.value(id);
    if (olds.size() > 1)
        return false;
    owner->erase(at);
    if (olds.isEmpty())
        return true;
    // The baseline's finding is resolved now: back into `resolved`, in the baseline's order.
    const int old = olds.first();
    const Finding &was = mComparer.baselineFindings().at(old);
    const auto pos =
        std::lower_bound(mPairing->resolvedOld.begin(), mPairing->resolvedOld.end(), old);
    const qsizetype i = pos - mPairing->resolvedOld.begin();
    mPairing->resolvedOld.insert(i, old);
    delta.resolved.insert(i, DeltaFinding{was, id, was.severity(), was.waived});
    return true;
}

bool LiveDiff::insertFinding(const Finding &f)
{
    FindingsDelta &delta = mDiff.findings;
    for (Entries *list : {&delta.added, &delta.updated, &delta.unchanged}) {
        const auto [first, last] = sameId(*list, f);
        if (first != last)
            return false;
    }
    DeltaFinding entry{f, f.id(), std::nullopt, false};
    const QList<int> olds = mPairing->oldIds.value(entry.id);
    if (olds.size() > 1)
        return false;
    Entries *list = &delta.added;
    if (!olds.isEmpty()) {
        const int old = olds.first();
        const auto pos =
            std::lower_bound(mPairing->resolvedOld.begin(), mPairing->resolvedOld.end(), old);
        if (pos == mPairing->resolvedOld.end() || *pos != old)
            return false;
        const qsizetype i = pos - mPairing->resolvedOld.begin();
        mPairing->resolvedOld.remove(i);
        delta.resolved.remove(i);
        const Finding &was = mComparer.baselineFindings().at(old);
        entry.oldSeverity = was.severity();
        entry.oldWaived = was.waived;
        const bool same = was.severity() == f.severity() && was.waived == f.waived;
        list = same ? &delta.unchanged : &delta.updated;
    }
    list->insert(sameId(*list, f).first, entry);
    return true;
}

void LiveDiff::keepUnits()
{
    mGeneration = mLive.generation();
    mHierarchyUnit = mLive.hierarchyFindings();
    mSiteUnits.resize(mLive.siteUnitCount());
    for (int s = 0; s < int(mSiteUnits.size()); ++s) {
        if (!sameData(mSiteUnits.at(s), mLive.siteFindings(s)))
            mSiteUnits[s] = mLive.siteFindings(s);
    }
    mAccountUnits.resize(mLive.accountUnitCount());
    for (int a = 0; a < int(mAccountUnits.size()); ++a) {
        if (!sameData(mAccountUnits.at(a), mLive.accountFindings(a)))
            mAccountUnits[a] = mLive.accountFindings(a);
    }
    mReviewUnit = mLive.reviewFindings();
}

} // namespace hierarch
