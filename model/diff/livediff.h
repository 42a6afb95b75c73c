#pragma once

#include "plandiff.h"

#include <QList>

#include <memory>
#include <utility>

namespace hierarch {

class LiveValidator;

namespace diffdetail {
class SiteMatching;
}

// The comparison of a plan being edited with a fixed baseline, kept between edits (the editor's
// compare mode). compareAll() compares everything; update() compares again only what the last
// edits changed: the sites and servers whose fields or roles were edited, the lists when they
// changed, and the findings of the validator's units (hierarchy, sites, accounts, review) that
// were computed again. Whenever an edit can change what pairs with what (a site or server added,
// removed, renamed or moved, or an edit of an item that is itself added or renamed, which could
// make it a rename), update() compares everything. Either way diff() is exactly what
// PlanComparer::compare() gives for the plan and its findings.
class LiveDiff
{
public:
    // `plan` is the plan being edited and `live` its live findings; both, and `comparer`, must
    // outlive this object. Compares everything once.
    LiveDiff(const PlanComparer &comparer, const Plan &plan, const LiveValidator &live);
    ~LiveDiff();
    LiveDiff(const LiveDiff &) = delete;
    LiveDiff &operator=(const LiveDiff &) = delete;

    const PlanDiff &diff() const { return mDiff; }

    void compareAll();
    // After edits that changed the own fields of `sites` (indexes in the plan), the fields or roles
    // of `servers` (site index, index in the site), and the accounts, waivers or attestations when
    // `listsChanged`. Returns false when it had to compare everything instead.
    bool update(const QList<int> &sites, const QList<std::pair<int, int>> &servers,
                bool listsChanged);

private:
    bool sameShape(int site) const;
    bool updateFindings();
    bool removeFinding(const Finding &finding);
    bool insertFinding(const Finding &finding);
    void keepUnits();
    void replaceChanges(qsizetype start, int &count, QList<ItemChange> &&changes);

    const PlanComparer &mComparer;
    const Plan &mPlan;
    const LiveValidator &mLive;
    PlanDiff mDiff;
    std::unique_ptr<diffdetail::SiteMatching> mMatching;

    // How many of mDiff.changes are the plan's, each site's (with its servers), the removed sites'
    // and the lists': an update replaces one site's stretch in place.
    int mPlanChangeCount = 0;
    QList<int> mSiteChangeCount;
    int mListChangeCount = 0;

    // The plan's shape when it was last compared whole: what the pairing rests on.
    QList<ItemId> mSiteIds;
    QList<QString> mSiteCodes;
    QList<int> mServerCounts;
    QList<ItemId> mServerIds; // flat, in plan order
    QList<QString> mServerNames;

    // The findings units as last compared (copies share the validator's data) and how the
    // baseline's findings were paired with them.
    QList<Finding> mHierarchyUnit;
    QList<QList<Finding>> mSiteUnits;
    QList<QList<Finding>> mAccountUnits;
    QList<Finding> mReviewUnit;
    quint64 mGeneration = 0; // the validator's change that the units above are from
    struct Pairing;
    std::unique_ptr<Pairing> mPairing;
};

} // namespace hierarch
