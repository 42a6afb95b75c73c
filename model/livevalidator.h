#pragma once

#include "finding.h"
#include "plan.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace hierarch {

class ValidationContext;

// The findings of a plan, kept current while the plan is edited. Findings are computed per unit
// (the hierarchy, each site together with its servers, the accounts) and cached; after an edit
// only the units the edit can affect are computed again — the edited site, and the sites whose
// findings read what changed (the sites its servers host databases for, sites sharing a server
// name or a code with it, its parent and children, sites naming it in a role's `site` key). What
// an edit cannot reach is not visited, so the cost of an edit does not grow with the plan.
//
// validate() is this class run once, so a live result and a full validation are computed by the
// same code in the same order; tests compare them after random edit sequences.
//
// The plan is read by reference and must outlive the validator. After changing it, the owner
// calls the function that says what changed.
class LiveValidator
{
public:
    LiveValidator(const Plan &plan, const QDate &asOf);
    ~LiveValidator();

    // --- what changed (call after the plan was changed) -------------------------------------
    // A plan-level field or the waivers.
    void revalidateAll();
    void setValidationDate(const QDate &asOf);
    // Anything about the servers of a site: a field, a role, a name, a server added or removed.
    void serversChanged(int site);
    // A field of a site itself.
    void siteChanged(int site);
    // A site (with its servers) was inserted into the plan's sites at this position.
    void siteInserted(int site);
    // The site at this position was removed from the plan's sites.
    void siteRemoved(int site);
    void accountsChanged();
    // The addresses of a site (README "Site addresses and senders"): one added, removed or edited.
    void addressesChanged(int site);

    // --- results -----------------------------------------------------------------------------
    // Every finding, sorted as RULES.md says; assembled from the units on first use after an edit.
    const QList<Finding> &findings() const;
    FindingSummary summary() const;
    // The findings about a site and the servers located in it (unsorted, waivers applied).
    const QList<Finding> &siteFindings(int site) const { return mSites.at(site); }
    // Of those, the findings about the site itself (`server` null) or about the server of that
    // name located in it.
    QList<const Finding *> findingsAbout(int site, const QString *server = nullptr) const;
    // The other units findings() is assembled from, in its order: the hierarchy's, each site's
    // (siteFindings), each account's, then the review of the waivers. A unit that a change did not
    // compute again keeps its list, shared data and all, so a copy tells whether it is the same.
    const QList<Finding> &hierarchyFindings() const { return mHierarchy; }
    int siteUnitCount() const { return int(mSites.size()); }
    int accountUnitCount() const { return int(mAccounts.size()); }
    const QList<Finding> &accountFindings(int account) const { return mAccounts.at(account); }
    const QList<Finding> &reviewFindings() const { return mReview; }
    // The sites whose findings the last change computed again (every site after revalidateAll).
    const QList<int> &lastRecomputedSites() const { return mLastRecomputed; }
    bool lastChangeWasFull() const { return mLastFull; }
    // The accounts whose findings the last change computed again.
    const QList<int> &lastRecomputedAccounts() const { return mLastAccounts; }
    // Counts the changes: one more after each (the last* functions describe the newest), so a
    // reader that saw every change can follow the units the changes computed again.
    quint64 generation() const { return mGeneration; }

    const ValidationContext &context() const { return *mContext; }

private:
    void reindexServers(int site, QList<int> &dirty);
    void addSitesOnLocatorChange(bool locatorBefore, QList<int> &dirty) const;
    void reindexBoundaries(int site, bool inserted, QList<int> &dirty);
    bool siteBoundariesChanged(int site) const;
    void recompute(QList<int> sites, QList<int> accounts);
    // Accounts that name this code (case-insensitively) among their sites.
    QList<int> accountsNaming(const QString &code) const;
    QList<int> allAccounts() const;
    QList<Finding> computeSite(int site) const;
    QList<Finding> computeHierarchy() const;
    QList<Finding> computeAccount(int account) const;
    void computeReview();
    void markWaived(QList<Finding> &findings) const;
    void replace(QList<Finding> &slot, QList<Finding> findings);
    void count(const QList<Finding> &findings, int sign);

    const Plan &mPlan;
    QDate mAsOf;
    std::unique_ptr<ValidationContext> mContext;
    QHash<QString, QString> mLiveWaivers; // finding id -> justification, unexpired waivers only
    QList<Finding> mHierarchy;
    QList<QList<Finding>> mSites;    // per site index: the site's and its servers' findings
    QList<QList<Finding>> mAccounts; // per account index
    QHash<QString, QList<int>> mAccountsBySite; // folded code -> accounts naming it
    QList<Finding> mReview;                     // waivers that match nothing or have expired
    QHash<QString, int> mIdCount;               // rule finding id -> how many findings have it
    FindingSummary mRuleSummary;                // of every unit except the review
    QList<int> mLastRecomputed;
    QList<int> mLastAccounts;
    quint64 mAddressAccountsGeneration = 0; // of the context, when the accounts were computed
    bool mLastFull = true;
    quint64 mGeneration = 0;

    mutable QList<Finding> mSorted;
    mutable bool mSortedValid = false;
};

} // namespace hierarch
