#include "livevalidator.h"

#include "rules/registry.h"
#include "rules/validationcontext.h"

#include <algorithm>
#include <numeric>

namespace hierarch {

namespace {

void addUnique(QList<int> &list, int value)
{
    if (value >= 0 && !list.contains(value))
        list.append(value);
}

void addUnique(QList<int> &list, const QList<int> &values)
{
    for (int v : values)
        addUnique(list, v);
}

// Sites whose derived facts changed, and their children, which compare themselves with them.
void addChangedSites(QList<int> &list, const ValidationContext &context, const QList<int> &changed)
{
    for (int site : changed) {
        addUnique(list, site);
        addUnique(list, context.childrenOf(site));
    }
}

} // namespace

// --- boundaries (README "Boundaries") ---
// Overlaps are findings of the later of two sites and quote the earlier one's code, and
// `boundary-missing` runs only while some site states a boundary: an edit of a site's
// boundaries or code, or a site inserted or removed, reaches the sites overlapping it before and
// after, and every site when the plan gains its first boundary or loses its last.
void LiveValidator::reindexBoundaries(int site, bool inserted, QList<int> &dirty)
{
    const BoundaryIndex &index = mContext->boundaries();
    const bool anyBefore = index.anyBoundaries();
    if (!inserted && site < index.siteCount())
        addUnique(dirty, index.sitesOverlapping(site));
    if (inserted)
        mContext->boundariesSiteInserted(site);
    else
        mContext->boundariesSiteChanged(site);
    if (site >= 0 && site < index.siteCount())
        addUnique(dirty, index.sitesOverlapping(site));
    if (index.anyBoundaries() != anyBefore) {
        dirty.resize(mContext->siteCount());
        std::iota(dirty.begin(), dirty.end(), 0);
    }
}

bool LiveValidator::siteBoundariesChanged(int site) const
{
    const BoundaryIndex &index = mContext->boundaries();
    return site >= index.siteCount() ||
           index.indexedBoundaries(site) != mPlan.sites.at(site).boundaries;
}
// --- end boundaries ---

LiveValidator::LiveValidator(const Plan &plan, const QDate &asOf) : mPlan(plan), mAsOf(asOf)
{
    revalidateAll();
}

LiveValidator::~LiveValidator() = default;

void LiveValidator::setValidationDate(const QDate &asOf)
{
    mAsOf = asOf;
    revalidateAll();
}

void LiveValidator::revalidateAll()
{
    mContext = std::make_unique<ValidationContext>(mPlan);
    mLiveWaivers.clear();
    for (const Waiver &w : mPlan.waivers) {
        if (!(w.expires && *w.expires < mAsOf))
            mLiveWaivers.insert(w.finding, w.justification);
    }
    mIdCount.clear();
    mRuleSummary = {};
    mHierarchy.clear();
    mAccounts.clear();
    mAccountsBySite.clear();
    mSites.clear();
    mSites.resize(mPlan.sites.size());
    QList<int> all(mPlan.sites.size());
    std::iota(all.begin(), all.end(), 0);
    recompute(all, allAccounts());
    mLastFull = true;
}

// --- what an edit can reach ----------------------------------------------------------------------

void LiveValidator::reindexServers(int site, QList<int> &dirty)
{
    // What the servers of `site` feed into other sites' findings, before and after: the sites
    // they host databases for (database counts, remote databases, the host names that those
    // sites' children quote), and sites with servers of the same name (which one came first).
    QHash<int, QStringList> hostsBefore;
    for (int served : mContext->databaseSitesServedFrom(site))
        hostsBefore.insert(served, mContext->databaseHostNames(served));
    addUnique(dirty, mContext->sitesSharingServerNames(site));
    const int assetSyncBefore = mContext->serversWithRole(Role::AssetIntelligenceSyncPoint);
    const bool locatorBefore = mContext->serversWithRole(Role::ServerLocatorPoint) > 0;

    mContext->reindexServers(site);

    addUnique(dirty, site);
    addUnique(dirty, mContext->sitesSharingServerNames(site));
    QList<int> served = hostsBefore.keys();
    addUnique(served, mContext->databaseSitesServedFrom(site));
    for (int t : served) {
        addUnique(dirty, t);
        // Management points of child sites reach their parent's database.
        if (!hostsBefore.contains(t) || mContext->databaseHostNames(t) != hostsBefore.value(t))
            addUnique(dirty, mContext->childrenOf(t));
    }
    // Every Asset Intelligence point's finding counts them all.
    if (mContext->serversWithRole(Role::AssetIntelligenceSyncPoint) != assetSyncBefore)
        addUnique(dirty, mContext->sitesWithRole(Role::AssetIntelligenceSyncPoint));
    addSitesOnLocatorChange(locatorBefore, dirty);
}

void LiveValidator::addSitesOnLocatorChange(bool locatorBefore, QList<int> &dirty) const
{
    // Whether the plan has a server locator point at all decides site-assignment-no-slp for every
    // site; only the first one added or the last one removed changes it.
    if ((mContext->serversWithRole(Role::ServerLocatorPoint) > 0) == locatorBefore)
        return;
    dirty.resize(mContext->siteCount());
    std::iota(dirty.begin(), dirty.end(), 0);
}

void LiveValidator::serversChanged(int site)
{
    QList<int> dirty;
    reindexServers(site, dirty);
    recompute(dirty, {});
}

void LiveValidator::siteChanged(int site)
{
    QList<int> dirty{site};
    addUnique(dirty, mContext->childrenOf(site)); // they compare themselves with their parent
    if (siteBoundariesChanged(site) || mContext->siteCodeOrParentChanged(site))
        reindexBoundaries(site, false, dirty);
    if (!mContext->siteLinksChanged(site)) {
        recompute(dirty, {});
        return;
    }
    if (!mContext->siteCodeOrParentChanged(site)) {
        // Type, client mode or forest: the site, its parent's count of secondaries and the
        // effective modes below it. Accounts read whether their sites are secondary.
        addChangedSites(dirty, *mContext, mContext->reindexSite(site));
        // Roles elsewhere that serve this site check whether it is secondary.
        addUnique(dirty, mContext->sitesReferringToSite(site));
        recompute(dirty, accountsNaming(mPlan.sites.at(site).code));
        return;
    }

    // The site's code or parent changed: how sites link is indexed again (one pass over the
    // sites, none over the servers).
    // Before indexing again, the context still knows the site by its old code.
    addUnique(dirty, mContext->parentOf(site));
    addUnique(dirty, mContext->sitesSharingCode(site));
    // Messages about duplicate server names quote the code of the site with the first one.
    addUnique(dirty, mContext->sitesSharingServerNames(site));
    QList<int> referrers = mContext->sitesReferringToSite(site);
    QList<int> accounts = accountsNaming(mContext->indexedCode(site));

    addChangedSites(dirty, *mContext, mContext->reindexSites());
    addUnique(dirty, mContext->parentOf(site));
    addUnique(dirty, mContext->childrenOf(site));
    addUnique(dirty, mContext->sitesSharingCode(site));
    addUnique(referrers, mContext->sitesReferringToSite(site));
    // A role's `site` key resolves through codes: those servers serve other sites now.
    for (int r : referrers)
        reindexServers(r, dirty);
    addUnique(dirty, referrers);
    addUnique(accounts, accountsNaming(mPlan.sites.at(site).code));
    recompute(dirty, accounts);
}

void LiveValidator::siteInserted(int site)
{
    const bool appended = site == int(mPlan.sites.size()) - 1;
    // Before indexing: sites with the same code (which one is first), and sites whose roles
    // name the code (they serve the new site now). Positions from `site` on move up by one.
    const QString code = mPlan.sites.at(site).code;
    QList<int> dirty = mContext->sitesWithCode(code);
    QList<int> referrers = mContext->sitesReferringTo(code);
    for (QList<int> *list : {&dirty, &referrers}) {
        for (int &p : *list)
            p += p >= site ? 1 : 0;
    }
    addUnique(dirty, site);

    mSites.insert(site, {});
    addChangedSites(dirty, *mContext,
                    appended ? mContext->appendSite() : mContext->insertSite(site));
    reindexServers(site, dirty);
    for (int r : referrers)
        reindexServers(r, dirty);
    reindexBoundaries(site, true, dirty);
    recompute(dirty, accountsNaming(code));
}

void LiveValidator::siteRemoved(int site)
{
    // What the site reached, read while the index still knows it: its parent and children, sites
    // sharing its code or a server name, the sites its servers host databases for (and their
    // children, which quote the hosts), sites whose roles name its code, accounts naming it.
    QList<int> dirty;
    addUnique(dirty, mContext->parentOf(site));
    addUnique(dirty, mContext->childrenOf(site));
    addUnique(dirty, mContext->sitesSharingCode(site));
    addUnique(dirty, mContext->sitesSharingServerNames(site));
    for (int served : mContext->databaseSitesServedFrom(site)) {
        addUnique(dirty, served);
        addUnique(dirty, mContext->childrenOf(served));
    }
    QList<int> referrers = mContext->sitesReferringToSite(site);
    const QList<int> accounts = accountsNaming(mContext->indexedCode(site));
    addUnique(dirty, mContext->boundaries().sitesOverlapping(site));
    const bool boundariesBefore = mContext->boundaries().anyBoundaries();
    const int assetSyncBefore = mContext->serversWithRole(Role::AssetIntelligenceSyncPoint);
    const bool locatorBefore = mContext->serversWithRole(Role::ServerLocatorPoint) > 0;

    replace(mSites[site], {});
    mSites.removeAt(site);
    const QList<int> changed = mContext->removeSite(site);
    for (QList<int> *list : {&dirty, &referrers}) {
        list->removeAll(site);
        for (int &p : *list)
            p -= p > site ? 1 : 0;
    }
    addChangedSites(dirty, *mContext, changed);
    // A role's `site` key naming the code resolves to another site of that code, or to none.
    for (int r : referrers)
        reindexServers(r, dirty);
    if (mContext->serversWithRole(Role::AssetIntelligenceSyncPoint) != assetSyncBefore)
        addUnique(dirty, mContext->sitesWithRole(Role::AssetIntelligenceSyncPoint));
    addSitesOnLocatorChange(locatorBefore, dirty);
    mContext->boundariesSiteRemoved(site);
    if (mContext->boundaries().anyBoundaries() != boundariesBefore) {
        dirty.resize(mContext->siteCount());
        std::iota(dirty.begin(), dirty.end(), 0);
    }
    recompute(dirty, accounts);
}

void LiveValidator::accountsChanged()
{
    // Sites check that their addresses name site address accounts of the plan.
    recompute(mContext->sitesWithAddressAccounts(), allAccounts());
}

void LiveValidator::addressesChanged(int site)
{
    // The site's own address findings, and its children's address-missing, which reads the
    // addresses of their parent. Indexing the site again follows the codes and accounts its
    // addresses name (sites referring to a code are recomputed when that code comes or goes).
    QList<int> dirty{site};
    addUnique(dirty, mContext->childrenOf(site));
    reindexServers(site, dirty);
    recompute(dirty, {});
}

// --- computing units -----------------------------------------------------------------------------

QList<int> LiveValidator::allAccounts() const
{
    QList<int> all(mPlan.accounts.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

QList<int> LiveValidator::accountsNaming(const QString &code) const
{
    return mAccountsBySite.value(ValidationContext::foldedKey(code));
}

void LiveValidator::recompute(QList<int> sites, QList<int> accounts)
{
    std::sort(sites.begin(), sites.end());
    for (int site : sites)
        replace(mSites[site], computeSite(site));
    replace(mHierarchy, computeHierarchy());
    // Which sites' addresses name which accounts moved: every account reads it.
    if (mContext->addressAccountsGeneration() != mAddressAccountsGeneration) {
        mAddressAccountsGeneration = mContext->addressAccountsGeneration();
        accounts = allAccounts();
    }
    if (accounts.size() == mPlan.accounts.size() || mAccounts.size() != mPlan.accounts.size()) {
        // Every account (an account edit, or the first pass): index which sites they name.
        for (QList<Finding> &findings : mAccounts)
            replace(findings, {});
        mAccounts.resize(mPlan.accounts.size());
        mAccountsBySite.clear();
        for (int a = 0; a < int(mPlan.accounts.size()); ++a) {
            for (const QString &code : mPlan.accounts.at(a).sites) {
                QList<int> &named = mAccountsBySite[ValidationContext::foldedKey(code)];
                if (named.isEmpty() || named.last() != a)
                    named.append(a);
            }
        }
        accounts = allAccounts();
    }
    for (int account : accounts)
        replace(mAccounts[account], computeAccount(account));
    computeReview();
    mLastAccounts = std::move(accounts);
    mLastRecomputed = std::move(sites);
    ++mGeneration;
    mLastFull = false;
    mSortedValid = false;
}

QList<Finding> LiveValidator::computeSite(int site) const
{
    QList<Finding> out;
    FindingSink sink(*mContext, out);
    checkSite(*mContext, sink, site);
    for (const ValidationContext::ServerRef &ref : mContext->servers(site))
        checkServer(*mContext, sink, ref);
    markWaived(out);
    return out;
}

QList<Finding> LiveValidator::computeHierarchy() const
{
    QList<Finding> out;
    FindingSink sink(*mContext, out);
    checkHierarchy(*mContext, sink);
    markWaived(out);
    return out;
}

QList<Finding> LiveValidator::computeAccount(int account) const
{
    QList<Finding> out;
    FindingSink sink(*mContext, out);
    checkAccount(*mContext, sink, mPlan.accounts.at(account));
    markWaived(out);
    return out;
}

// RULES.md "Review" (rules/reviewrules.cpp): after every other unit, since it reads their ids.
void LiveValidator::computeReview()
{
    mReview.clear();
    FindingSink sink(*mContext, mReview);
    const ReviewFacts facts{mIdCount, mAsOf};
    for (const Waiver &w : mPlan.waivers)
        checkWaiver(*mContext, facts, sink, w);
}

void LiveValidator::markWaived(QList<Finding> &findings) const
{
    if (mLiveWaivers.isEmpty())
        return;
    for (Finding &f : findings) {
        const auto it = mLiveWaivers.constFind(f.id());
        if (it != mLiveWaivers.cend()) {
            f.waived = true;
            f.waiverJustification = *it;
        }
    }
}

void LiveValidator::replace(QList<Finding> &slot, QList<Finding> findings)
{
    count(slot, -1);
    slot = std::move(findings);
    count(slot, +1);
}

void LiveValidator::count(const QList<Finding> &findings, int sign)
{
    for (const Finding &f : findings) {
        if (!mPlan.waivers.isEmpty()) {
            int &n = mIdCount[f.id()];
            n += sign;
            if (n == 0)
                mIdCount.remove(f.id());
        }
        if (f.waived) {
            mRuleSummary.waived += sign;
            continue;
        }
        switch (f.severity()) {
        case Severity::Error:
            mRuleSummary.errors += sign;
            break;
        case Severity::Warning:
            mRuleSummary.warnings += sign;
            break;
        case Severity::Info:
            mRuleSummary.infos += sign;
            break;
        }
    }
}

// --- results -------------------------------------------------------------------------------------

const QList<Finding> &LiveValidator::findings() const
{
    if (!mSortedValid) {
        mSorted.clear();
        mSorted.reserve(mRuleSummary.errors + mRuleSummary.warnings + mRuleSummary.infos +
                        mRuleSummary.waived + mReview.size());
        mSorted += mHierarchy;
        for (const QList<Finding> &site : mSites)
            mSorted += site;
        for (const QList<Finding> &account : mAccounts)
            mSorted += account;
        mSorted += mReview;
        sortFindings(mSorted);
        mSortedValid = true;
    }
    return mSorted;
}

FindingSummary LiveValidator::summary() const
{
    FindingSummary s = mRuleSummary;
    const FindingSummary review = summarize(mReview);
    s.errors += review.errors;
    s.warnings += review.warnings;
    s.infos += review.infos;
    s.waived += review.waived;
    return s;
}

QList<const Finding *> LiveValidator::findingsAbout(int site, const QString *server) const
{
    QList<const Finding *> out;
    for (const Finding &f : mSites.at(site)) {
        if (server ? f.kind == Scope::Server && f.subject == *server : f.kind == Scope::Site)
            out << &f;
    }
    return out;
}

} // namespace hierarch
