#pragma once

// The pieces of PlanComparer::compare() that compare mode (LiveDiff) runs one at a time: private to
// model/diff, not for views.

#include "document/fields.h"
#include "plandiff.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hierarch::diffdetail {

// Items of one list by their identity; a duplicate identity (a structure finding, but the file
// loads) keeps its occurrences in document order so the k-th old one pairs with the k-th new one.
using Occurrences = QHash<QString, QList<int>>;

struct ServerRef
{
    int site = -1;
    int server = -1;
};

// One object of a comparison with the plan it belongs to (defaults may depend on the plan).
struct Side
{
    const Plan &plan;
    const void *object;
};

// Every field of `owner` that differs, except the identity key (plandiff.cpp).
QList<FieldChange> fieldChanges(FieldOwner owner, const char *identityKey, Side oldSide,
                                Side newSide, const QHash<QString, QString> &siteRenames);

// --- cheap equality (planequality.cpp) ---
// Everything of a server but its name, runtime id and source position is the same.
bool sameServerContent(const Server &a, const Server &b);
// Everything of a site but its code, servers, runtime id and source position is the same.
// `siteRenames` maps the old addresses' `to` (null: `to` is not compared; the rename check does
// it later).
bool sameSiteContent(const Site &a, const Site &b, const QHash<QString, QString> *siteRenames);

// --- site addresses (plandiffnetwork.cpp) ---
// Two sites' addresses are the same: the same count, each the same in order, once the old `to`
// is mapped through `siteRenames`; where they were written does not count.
bool sameAddresses(const QList<SenderAddress> &oldList, const QList<SenderAddress> &newList,
                   const QHash<QString, QString> &siteRenames);
// The same, with `to` not compared (a site rename is checked once every rename is known).
bool sameAddressesButTo(const QList<SenderAddress> &a, const QList<SenderAddress> &b);
// The addresses of one site that were added, removed or changed, in NEW's order, then the removed
// ones. `oldSite` null: the site is new (every address added); `newSite` null: it was removed.
// `siteIndex` is the site's index in NEW (-1 when it was removed); `siteCode` the code the entries
// name (NEW's, or OLD's for a removed site).
void listAddresses(const Plan &oldPlan, const Site *oldSite, const Plan &newPlan,
                   const Site *newSite, int siteIndex, const QString &siteCode,
                   const QHash<QString, QString> &siteRenames, QList<ItemChange> &out);

// What depends only on the baseline, computed once.
struct BaselineIndex
{
    std::optional<Plan> plan;
    QList<Finding> findings;
    Occurrences sites;
    QList<ServerRef> servers; // flat, in document order
    Occurrences serversByName;
    QList<bool> serverNameUnique; // per flat server: no other server of the baseline has its name
    Occurrences accounts;
    Occurrences attestations;
    Occurrences findingIds; // ids without renames
};

// The sites and servers of one comparison: pairs them by identity, finds renames and moves (into
// the diff's siteRenames and serverRenames), and lists the changes of one site of NEW at a time.
// The pairing stays valid while NEW keeps its sites' codes and its servers' names and places;
// then a site whose fields or servers' fields changed can be listed again on its own.
class SiteMatching
{
public:
    SiteMatching(const Plan &oldPlan, const Plan &newPlan, const BaselineIndex &index,
                 PlanDiff &diff);

    void match();

    // Site `s` of NEW (when it changed), its servers' changes, then the servers removed from the
    // old site it pairs with.
    void listSite(int s, QList<ItemChange> &out) const;
    // The sites of OLD that NEW no longer has, each followed by its servers.
    void listRemovedSites(QList<ItemChange> &out) const;

    // Site `s` of NEW pairs with the old site of its code: neither added nor renamed.
    bool pairedByCode(int s) const { return mNewSiteToOld.at(s) >= 0 && !mSiteRenamed.at(s); }
    // The server at this flat index of NEW pairs with the old server of its name.
    bool serverPairedByName(int flat) const
    {
        return mNewServerToOld.at(flat) >= 0 && !mServerRenamed.at(flat);
    }
    // The flat index of site `s`'s first server in NEW.
    int serverBase(int s) const { return mNewServerBase.at(s); }

private:
    const Server &oldServer(int flat) const
    {
        const ServerRef ref = mOldServers.at(flat);
        return mOld.sites.at(ref.site).servers.at(ref.server);
    }
    const QString &oldSiteCode(int flat) const
    {
        return mOld.sites.at(mOldServers.at(flat).site).code;
    }
    void pairSitesAndServers();
    void detectSiteRenames();
    void detectServerRenames();
    bool sameServers(int oldSite, int newSite) const;
    void listServer(int site, int server, int flat, QList<ItemChange> &out) const;
    void listRemovedServer(int flat, QList<ItemChange> &out) const;

    const Plan &mOld;
    const Plan &mNew;
    const Occurrences &mOldSites;
    const QList<ServerRef> &mOldServers;
    const Occurrences &mOldServersByName;
    const QList<bool> &mOldNameUnique;
    PlanDiff &mDiff;

    QList<int> mOldSiteToNew; // -1: not paired
    QList<int> mNewSiteToOld;
    QList<int> mOldServerToNew; // flat indexes on both sides
    QList<int> mNewServerToOld;
    QList<ServerRef> mNewServers;
    QList<int> mNewServerBase;             // per new site: its first flat index
    QList<int> mOldServerBase;             // per old site: its first flat index
    QList<bool> mSiteRenamed;              // per new site
    QList<bool> mServerRenamed;            // per new flat server
    QHash<int, QList<int>> mRemovedBySite; // old site -> its removed servers (flat)
};

// The plan's own change (its fields; or the whole plan added or removed), if any.
QList<ItemChange> planChanges(const Plan *oldPlan, const Plan *newPlan);

// Accounts, waivers and attestations, in that order (after the renames of `diff` are known).
void listLists(const Plan &oldPlan, const Plan &newPlan, const BaselineIndex &index,
               const PlanDiff &diff, QList<ItemChange> &out);

// How the findings were paired, for an update that changes a few of NEW's findings.
struct FindingsPairing
{
    Occurrences oldIds;     // OLD's findings by their id after renames
    QList<int> resolvedOld; // per entry of diff.findings.resolved: its index in OLD's findings
};

// Fills diff.findings (after the renames of `diff` are known).
void diffFindings(const QList<Finding> &oldFindings, const Occurrences &oldIdsUnrenamed,
                  const QList<Finding> &newFindings, PlanDiff &diff,
                  FindingsPairing *pairing = nullptr);

} // namespace hierarch::diffdetail

namespace hierarch {

struct PlanComparer::Index : diffdetail::BaselineIndex
{
};

} // namespace hierarch
