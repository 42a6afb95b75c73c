#pragma once

#include "../boundaries/boundaryindex.h"
#include "../plan.h"
#include "ruleinfo.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hierarch {

// What the rules need to know about a plan beyond its plain data: how site references resolve,
// each site's effective client mode, which servers host which site's database, which servers
// share a name. Built once in linear time for a full validation; while a document is edited the
// live validator keeps it current with the reindex functions, which cost what the edit touched
// (one site's servers, or one pass over the sites), never a pass over every server.
//
// Sites and servers are addressed by position in the plan, never by pointer: the plan's lists
// may be detached or grown by an edit. Inside, each site's facts live in a slot that keeps its
// number while sites before it come and go, and every reference the index keeps (parents,
// children, sites by code, servers by name, database hosts) names slots, translated to positions
// when asked: removing or inserting a site renumbers the sites after it and nothing else.
class ValidationContext
{
public:
    // A server by position, with its role set computed once.
    struct ServerRef
    {
        int site = -1;  // index into plan.sites of the site it is located in
        int index = -1; // index into that site's servers
        RoleSet roles;

        bool samePlace(const ServerRef &other) const
        {
            return site == other.site && index == other.index;
        }
        bool operator<(const ServerRef &other) const
        {
            return site != other.site ? site < other.site : index < other.index;
        }
        bool operator==(const ServerRef &) const = default;
    };

    // The servers of a site as ServerRefs, made on the fly from what is stored per server.
    class ServerRange
    {
    public:
        class Iterator
        {
        public:
            ServerRef operator*() const { return {mSite, mIndex, mRoles[mIndex]}; }
            Iterator &operator++()
            {
                ++mIndex;
                return *this;
            }
            bool operator!=(const Iterator &other) const { return mIndex != other.mIndex; }

        private:
            friend class ServerRange;
            Iterator(const RoleSet *roles, int site, int index)
                : mRoles(roles), mSite(site), mIndex(index)
            {}
            const RoleSet *mRoles;
            int mSite;
            int mIndex;
        };

        Iterator begin() const { return {mRoles, mSite, 0}; }
        Iterator end() const { return {mRoles, mSite, mCount}; }
        int size() const { return mCount; }

    private:
        friend class ValidationContext;
        ServerRange(const RoleSet *roles, int site, int count)
            : mRoles(roles), mSite(site), mCount(count)
        {}
        const RoleSet *mRoles;
        int mSite;
        int mCount;
    };

    explicit ValidationContext(const Plan &plan);

    const Plan &plan() const { return mPlan; }
    Product product() const { return mPlan.product; }
    bool runs(RuleId rule) const { return productsInclude(ruleInfo(rule).products, product()); }

    int siteCount() const { return int(mPlan.sites.size()); }
    const Site &site(int index) const { return mPlan.sites.at(index); }
    const Server &server(const ServerRef &ref) const
    {
        return mPlan.sites.at(ref.site).servers.at(ref.index);
    }
    // The servers located in a site, in plan order.
    ServerRange servers(int site) const
    {
        const SiteFacts &f = facts(site);
        return {f.roles.constData(), site, int(f.roles.size())};
    }

    // The first site with this code (case-insensitive), or -1.
    int siteIndex(const QString &code) const;
    // Every site with this code, in plan order.
    QList<int> sitesWithCode(const QString &code) const;
    // The resolved parent of a site, or -1 (central site, or an unknown parent).
    int parentOf(int site) const { return positionOf(facts(site).parent); }
    // Sites whose parent resolves to this one, in plan order.
    QList<int> childrenOf(int site) const { return positions(facts(site).children); }
    int secondaryChildren(int site) const { return facts(site).secondaryChildren; }
    // RULES.md: a secondary site's effective client mode is its parent's.
    ClientMode effectiveMode(int site) const { return facts(site).effectiveMode; }
    QString effectiveForest(int site) const { return facts(site).forest; }
    // Following parents from this site leads back to it.
    bool onParentCycle(int site) const { return facts(site).onCycle; }
    int centralSites() const { return mCentralSites; }

    // The site a role serves: its `site` key resolved, else the server's own site; -1 when the
    // key names no site.
    int servedSite(const ServerRef &server, const RoleAssignment &role) const;
    // Distinct servers with a site-database role serving the site, in plan order.
    QList<ServerRef> databaseHosts(int site) const;
    // The first server of the plan (in plan order) with this name, case-insensitive.
    ServerRef firstServerNamed(const QString &name) const;
    // Number of servers carrying a role anywhere in the plan.
    int serversWithRole(Role role) const { return mServersWithRole.at(int(role)); }
    // Number of servers located in a site that carry a role, and that carry any role.
    int serversWithRole(int site, Role role) const { return facts(site).roleCounts.at(int(role)); }
    int roleServers(int site) const { return facts(site).roleServers; }
    // Servers that carry at least one role, and how many of them do not use IPsec.
    int roleServers() const { return mRoleServers; }
    int roleServersWithoutIpsec() const { return mRoleServersWithoutIpsec; }

    // A key equal for texts that differ only in case (full Unicode case folding). Codes and names
    // are nearly always ASCII capitals, which are their own key: no copy is made for them.
    static QString foldedKey(const QString &text);

    // --- keeping the context current (the live validator) ---------------------------------------

    // After any change to the servers of a site (a field, a role, a name, one added or removed).
    void reindexServers(int site);
    // After a change to how sites link (a code, parent, type, client mode or forest), or after a
    // site was appended: one pass over the sites. Returns the sites whose derived facts (parent,
    // children, effective mode, forest, cycle, secondary children) changed.
    QList<int> reindexSites();
    // After a change of a site's type, client mode or forest, its code and parent unchanged:
    // updates the site, its parent's count of secondaries and the effective modes below it only.
    // Returns the sites whose derived facts changed.
    QList<int> reindexSite(int site);
    // After a site was appended to the plan's sites; a pass over the sites only when earlier
    // sites named its code as their parent. Returns the sites whose derived facts changed.
    QList<int> appendSite();
    // After the plan's site at `site` was removed: forgets it. Sites are linked again (one pass
    // over the sites) only when the removed site had children or shared its code. Sites whose
    // roles named its code still hold it as served until their servers are indexed again
    // (reindexServers). Returns the sites (new positions) whose derived facts changed.
    QList<int> removeSite(int site);
    // After a site was inserted at `site` before the end (appendSite() is the cheap end case):
    // links the sites again; its servers are not indexed yet (reindexServers). Returns the sites
    // whose derived facts changed.
    QList<int> insertSite(int site);
    // Whether a site's linking fields differ from what the context last indexed, and whether
    // its code or parent do (which re-resolves other sites: reindexSites()).
    bool siteLinksChanged(int site) const;
    bool siteCodeOrParentChanged(int site) const;

    // Reverse lookups for deciding what an edit can affect, read from what was last indexed.
    // Sites whose database is hosted by a server of this site.
    QList<int> databaseSitesServedFrom(int site) const { return positions(facts(site).dbServed); }
    // The names of the servers hosting a site's database, as last indexed: what the findings of
    // its children quote.
    QStringList databaseHostNames(int site) const;
    // Sites holding servers that share a name with a server of this site (this one included).
    QList<int> sitesSharingServerNames(int site) const;
    // Sites holding servers whose roles name this site code in their `site` key.
    QList<int> sitesReferringTo(const QString &code) const;
    // The same for the code of a site as last indexed, and the sites sharing that code.
    QList<int> sitesReferringToSite(int site) const
    {
        return positions(mReferrers.value(facts(site).codeKey));
    }
    QString indexedCode(int site) const { return facts(site).code; }
    QList<int> sitesSharingCode(int site) const
    {
        return positions(mSitesByCode.value(facts(site).codeKey));
    }
    // Sites holding an Asset Intelligence synchronization point.
    QList<int> sitesWithRole(Role role) const;

    // --- site addresses and senders (indexed with a site's servers: reindexServers) ----------
    // Sites with an address naming this account (case-insensitive), in plan order.
    QList<int> sitesAddressingWith(const QString &account) const
    {
        return positions(mAddressAccounts.value(foldedKey(account)));
    }
    // Sites with an address that names any account.
    QList<int> sitesWithAddressAccounts() const;
    // Counts changes of which sites' addresses name which accounts: the accounts' findings read
    // them, so the live validator computes the accounts again when it moves.
    quint64 addressAccountsGeneration() const { return mAddressAccountsGeneration; }

    // --- boundaries (README "Boundaries") ---
    // Every site's boundaries, for the overlap rules. The live validator builds it again after
    // an edit of boundaries or of which sites there are (reindexBoundaries).
    const BoundaryIndex &boundaries() const { return mBoundaries; }
    void reindexBoundaries() { mBoundaries.build(mPlan); }
    void boundariesSiteInserted(int site) { mBoundaries.siteInserted(mPlan, site); }
    void boundariesSiteRemoved(int site) { mBoundaries.siteRemoved(site); }
    void boundariesSiteChanged(int site) { mBoundaries.siteChanged(mPlan, site); }
    // --- end boundaries ---

    // For tests: the same facts as a context built afresh from the plan.
    bool sameIndexAs(const ValidationContext &other) const;

private:
    // A server by the slot of its site and its index there.
    struct HostRef
    {
        int slot = -1;
        int index = -1;
        bool operator==(const HostRef &) const = default;
    };

    struct SiteFacts
    {
        // Linking fields as last indexed.
        QString code; // as written: other sites' findings quote it
        QString codeKey;
        std::optional<QString> parentKey;
        bool secondary = false;
        ClientMode ownMode = ClientMode::Mixed;
        std::optional<QString> ownForest;
        // Derived; sites by slot.
        int parent = -1;
        QList<int> children; // plan order
        int secondaryChildren = 0;
        ClientMode effectiveMode = ClientMode::Mixed;
        QString forest;
        bool onCycle = false;
        // Servers.
        QList<RoleSet> roles;         // per server of this site
        QList<HostRef> databaseHosts; // servers anywhere hosting this site's database, plan order
        QList<int> dbServed;          // slots of the sites its servers' database roles serve
        QStringList names;            // names of this site's servers
        QStringList nameKeys;         // the same, folded
        QStringList referredCodes;    // folded codes named by `site` keys of its roles
                                      // and by the `to` of its addresses
        QStringList addressAccounts;  // folded accounts named by its addresses
        int roleServers = 0;
        int roleServersWithoutIpsec = 0;
        QList<int> roleCounts; // per role, servers of this site carrying it
    };

    const SiteFacts &facts(int site) const { return mFacts.at(mSlotAt.at(site)); }
    SiteFacts &facts(int site) { return mFacts[mSlotAt.at(site)]; }
    int positionOf(int slot) const { return slot < 0 ? -1 : mPositionOf.at(slot); }
    QList<int> positions(const QList<int> &ofSlots) const;
    ServerRef serverAt(const HostRef &host) const;
    // Plan order of two servers.
    bool precedes(const HostRef &a, const HostRef &b) const;
    bool sameFacts(int site, const ValidationContext &other) const;

    // Gives the position `site` fresh facts in a slot; positions after it move up.
    void insertFacts(int site);
    // Frees the slot of the site at `site`; positions after it move down.
    void eraseFacts(int site);
    void unindexServers(int site);
    void indexServers(int site);
    void indexSites();
    void readLinks(int site);
    struct Derived;
    Derived derived(int site) const;

    const Plan &mPlan;
    QList<SiteFacts> mFacts; // by slot
    QList<int> mSlotAt;      // position -> slot
    QList<int> mPositionOf;  // slot -> position, -1 for a free slot
    QList<int> mFreeSlots;
    // Sites by slot and servers by HostRef, each list in plan order.
    QHash<QString, QList<int>> mSitesByCode;
    QHash<QString, QList<int>> mSitesByParentKey; // folded parent code -> sites naming it
    QHash<QString, QList<HostRef>> mServersByName;
    QHash<QString, QList<int>> mReferrers;       // folded code -> sites whose roles name it
    QHash<QString, QList<int>> mAddressAccounts; // folded account -> sites whose addresses name it
    quint64 mAddressAccountsGeneration = 0;
    QList<int> mServersWithRole;
    int mRoleServers = 0;
    int mRoleServersWithoutIpsec = 0;
    int mCentralSites = 0;
    BoundaryIndex mBoundaries;
};

} // namespace hierarch
