#include "validationcontext.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace hierarch {

namespace {

// Inserts into a sorted list, unless an equal element is there already.
template<typename T, typename Less = std::less<T>>
void insertSorted(QList<T> &list, const T &value, Less less = {})
{
    const auto at = std::lower_bound(list.begin(), list.end(), value, less);
    if (at == list.end() || less(value, *at))
        list.insert(at, value);
}

} // namespace

QString ValidationContext::foldedKey(const QString &text)
{
    // Fold case fully, then write ASCII letters as capitals: the same equivalence as case
    // folding alone, with the common all-capitals ASCII text returned as it is (shared).
    bool ascii = true;
    bool hasLower = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        ascii = ascii && u < 0x80;
        hasLower = hasLower || (u >= 'a' && u <= 'z');
    }
    QString key = ascii ? text : text.toCaseFolded();
    if (!ascii || hasLower) {
        for (QChar &c : key) {
            if (c.unicode() >= 'a' && c.unicode() <= 'z')
                c = QChar(c.unicode() - ('a' - 'A'));
        }
    }
    return key;
}

ValidationContext::ValidationContext(const Plan &plan) : mPlan(plan)
{
    mServersWithRole.fill(0, enumCount<Role>());
    const int count = siteCount();
    mFacts.resize(count);
    mSlotAt.resize(count);
    std::iota(mSlotAt.begin(), mSlotAt.end(), 0);
    mPositionOf = mSlotAt;
    mServersByName.reserve(plan.serverCount());
    indexSites();
    for (int i = 0; i < siteCount(); ++i)
        indexServers(i);
    mBoundaries.build(plan);
}

int ValidationContext::siteIndex(const QString &code) const
{
    const auto it = mSitesByCode.constFind(foldedKey(code));
    return it == mSitesByCode.cend() ? -1 : positionOf(it->first());
}

QList<int> ValidationContext::sitesWithCode(const QString &code) const
{
    return positions(mSitesByCode.value(foldedKey(code)));
}

QList<int> ValidationContext::positions(const QList<int> &ofSlots) const
{
    QList<int> out;
    out.reserve(ofSlots.size());
    for (int slot : ofSlots)
        out.append(mPositionOf.at(slot));
    return out;
}

int ValidationContext::servedSite(const ServerRef &server, const RoleAssignment &role) const
{
    return role.site ? siteIndex(*role.site) : server.site;
}

ValidationContext::ServerRef ValidationContext::serverAt(const HostRef &host) const
{
    return {mPositionOf.at(host.slot), host.index, mFacts.at(host.slot).roles.at(host.index)};
}

bool ValidationContext::precedes(const HostRef &a, const HostRef &b) const
{
    const int siteA = mPositionOf.at(a.slot);
    const int siteB = mPositionOf.at(b.slot);
    return siteA != siteB ? siteA < siteB : a.index < b.index;
}

ValidationContext::ServerRef ValidationContext::firstServerNamed(const QString &name) const
{
    const auto it = mServersByName.constFind(foldedKey(name));
    return it == mServersByName.cend() ? ServerRef{} : serverAt(it->first());
}

QList<int> ValidationContext::sitesSharingServerNames(int site) const
{
    QList<int> out;
    for (const QString &key : facts(site).nameKeys) {
        const auto named = mServersByName.constFind(key);
        if (named == mServersByName.cend() || named->size() < 2)
            continue;
        for (const HostRef &host : *named)
            insertSorted(out, mPositionOf.at(host.slot));
    }
    return out;
}

QList<ValidationContext::ServerRef> ValidationContext::databaseHosts(int site) const
{
    QList<ServerRef> out;
    const QList<HostRef> &hosts = facts(site).databaseHosts;
    out.reserve(hosts.size());
    for (const HostRef &host : hosts)
        out.append(serverAt(host));
    return out;
}

QStringList ValidationContext::databaseHostNames(int site) const
{
    QStringList names;
    for (const HostRef &host : facts(site).databaseHosts)
        names << mFacts.at(host.slot).names.value(host.index);
    return names;
}

QList<int> ValidationContext::sitesReferringTo(const QString &code) const
{
    return positions(mReferrers.value(foldedKey(code)));
}

QList<int> ValidationContext::sitesWithRole(Role role) const
{
    QList<int> out;
    for (int i = 0; i < siteCount(); ++i) {
        if (facts(i).roleCounts.value(int(role)) > 0)
            out.append(i);
    }
    return out;
}

// --- sites -------------------------------------------------------------------------------------

bool ValidationContext::siteLinksChanged(int index) const
{
    if (index >= mSlotAt.size())
        return true;
    const Site &s = mPlan.sites.at(index);
    const SiteFacts &f = facts(index);
    return siteCodeOrParentChanged(index) || f.secondary != s.isSecondary() ||
           f.ownMode != s.ownClientMode() || f.ownForest != s.forest;
}

bool ValidationContext::siteCodeOrParentChanged(int index) const
{
    if (index >= mSlotAt.size())
        return true;
    const Site &s = mPlan.sites.at(index);
    const SiteFacts &f = facts(index);
    const std::optional<QString> parentKey =
        s.parent ? std::optional<QString>(foldedKey(*s.parent)) : std::nullopt;
    return f.code != s.code || f.parentKey != parentKey;
}

struct ValidationContext::Derived
{
    int parent;
    QList<int> children;
    int secondaryChildren;
    ClientMode mode;
    QString forest;
    bool onCycle;
    bool operator==(const Derived &) const = default;
};

ValidationContext::Derived ValidationContext::derived(int site) const
{
    const SiteFacts &f = facts(site);
    return {f.parent, f.children, f.secondaryChildren, f.effectiveMode, f.forest, f.onCycle};
}

QList<int> ValidationContext::reindexSites()
{
    QList<Derived> before;
    before.reserve(mSlotAt.size());
    for (int i = 0; i < int(mSlotAt.size()); ++i)
        before.append(derived(i));
    while (mSlotAt.size() < siteCount()) // an appended site
        insertFacts(int(mSlotAt.size()));
    indexSites();
    QList<int> changed;
    for (int i = 0; i < siteCount(); ++i) {
        if (i >= before.size() || !(before.at(i) == derived(i)))
            changed.append(i);
    }
    return changed;
}

QList<int> ValidationContext::reindexSite(int site)
{
    SiteFacts &f = facts(site);
    // The effective mode of a site on a parent cycle depends on where the walk entered the
    // cycle; leave that to the full pass.
    if (f.onCycle)
        return reindexSites();
    const bool wasSecondary = f.secondary;
    readLinks(site);
    QList<int> changed{site};
    if (f.parent >= 0 && wasSecondary != f.secondary) {
        mFacts[f.parent].secondaryChildren += f.secondary ? 1 : -1;
        changed.append(positionOf(f.parent));
    }
    // A secondary site takes its parent's effective mode; push the change down the subtree
    // (it has no cycle: a cycle through a descendant would pass through this site).
    const int start = mSlotAt.at(site);
    QList<int> queue{start}; // slots
    for (qsizetype k = 0; k < queue.size(); ++k) {
        const int at = queue.at(k);
        SiteFacts &node = mFacts[at];
        const ClientMode mode = node.secondary && node.parent >= 0
                                    ? mFacts.at(node.parent).effectiveMode
                                    : node.ownMode;
        if (mode == node.effectiveMode && at != start)
            continue;
        if (mode != node.effectiveMode && !changed.contains(positionOf(at)))
            changed.append(positionOf(at));
        node.effectiveMode = mode;
        queue += node.children;
    }
    return changed;
}

QList<int> ValidationContext::appendSite()
{
    const int site = siteCount() - 1;
    const QString codeKey = foldedKey(mPlan.sites.at(site).code);
    // Sites that named this code as their parent now resolve to it: they re-link. A site that
    // is its own parent is a cycle of one.
    const std::optional<QString> &parentText = mPlan.sites.at(site).parent;
    if ((mSitesByParentKey.contains(codeKey) && !mSitesByCode.contains(codeKey)) ||
        (parentText && foldedKey(*parentText) == codeKey))
        return reindexSites();
    insertFacts(site);
    const int slot = mSlotAt.at(site);
    readLinks(site);
    SiteFacts &f = mFacts[slot];
    f.code = mPlan.sites.at(site).code;
    f.codeKey = codeKey;
    // The last site: appending keeps each list in plan order.
    mSitesByCode[codeKey].append(slot);
    if (f.parentKey)
        mSitesByParentKey[*f.parentKey].append(slot);
    mCentralSites += mPlan.sites.at(site).isCentral() ? 1 : 0;
    const auto parent = f.parentKey ? mSitesByCode.constFind(*f.parentKey) : mSitesByCode.cend();
    f.parent = parent == mSitesByCode.cend() ? -1 : parent->first();
    QList<int> changed{site};
    if (f.parent >= 0) {
        mFacts[f.parent].children.append(slot);
        mFacts[f.parent].secondaryChildren += f.secondary ? 1 : 0;
        changed.append(positionOf(f.parent));
    }
    // Nothing names the new site as its parent, so it is on no cycle and nothing inherits.
    f.effectiveMode = f.secondary && f.parent >= 0 ? mFacts.at(f.parent).effectiveMode : f.ownMode;
    return changed;
}

QList<int> ValidationContext::removeSite(int site)
{
    unindexServers(site);
    const int slot = mSlotAt.at(site);
    const SiteFacts &f = mFacts.at(slot);
    // A site without children and with a code of its own (a leaf, e.g. one just added): no
    // other site re-links, so only its parent's facts change, and the sites are not linked
    // again.
    const bool leaf = f.children.isEmpty() && mSitesByCode.value(f.codeKey).size() == 1;
    const int parent = f.parent;
    if (leaf) {
        mSitesByCode.remove(f.codeKey);
        if (f.parentKey) {
            const auto it = mSitesByParentKey.find(*f.parentKey);
            it->removeOne(slot);
            if (it->isEmpty())
                mSitesByParentKey.erase(it);
        }
        if (parent >= 0) {
            mFacts[parent].children.removeOne(slot);
            mFacts[parent].secondaryChildren -= f.secondary ? 1 : 0;
        }
        mCentralSites -= f.parentKey ? 0 : 1;
    }
    eraseFacts(site);
    if (!leaf)
        return reindexSites();
    if (parent < 0)
        return {};
    return {positionOf(parent)};
}

QList<int> ValidationContext::insertSite(int site)
{
    insertFacts(site);
    return reindexSites();
}

void ValidationContext::insertFacts(int site)
{
    int slot;
    if (mFreeSlots.isEmpty()) {
        slot = int(mFacts.size());
        mFacts.append(SiteFacts{});
        mPositionOf.append(-1);
    } else {
        slot = mFreeSlots.takeLast();
    }
    mSlotAt.insert(site, slot);
    for (int p = site; p < int(mSlotAt.size()); ++p)
        mPositionOf[mSlotAt.at(p)] = p;
}

void ValidationContext::eraseFacts(int site)
{
    const int slot = mSlotAt.at(site);
    mFacts[slot] = SiteFacts{};
    mPositionOf[slot] = -1;
    mFreeSlots.append(slot);
    mSlotAt.removeAt(site);
    for (int p = site; p < int(mSlotAt.size()); ++p)
        mPositionOf[mSlotAt.at(p)] = p;
}

void ValidationContext::readLinks(int index)
{
    const Site &s = mPlan.sites.at(index);
    SiteFacts &f = facts(index);
    f.secondary = s.isSecondary();
    f.ownMode = s.ownClientMode();
    f.ownForest = s.forest;
    f.forest = s.forest.value_or(mPlan.forest.value_or(QString()));
    f.parentKey = s.parent ? std::optional<QString>(foldedKey(*s.parent)) : std::nullopt;
}

void ValidationContext::indexSites()
{
    const int count = siteCount();
    mSitesByCode.clear();
    mSitesByCode.reserve(count);
    mSitesByParentKey.clear();
    mCentralSites = 0;
    for (int i = 0; i < count; ++i) {
        const Site &s = mPlan.sites.at(i);
        SiteFacts &f = facts(i);
        f.code = s.code;
        f.codeKey = foldedKey(s.code);
        readLinks(i);
        f.children.clear();
        f.secondaryChildren = 0;
        f.onCycle = false;
        mSitesByCode[f.codeKey].append(mSlotAt.at(i));
        if (f.parentKey)
            mSitesByParentKey[*f.parentKey].append(mSlotAt.at(i));
        mCentralSites += s.isCentral() ? 1 : 0;
    }
    for (int i = 0; i < count; ++i) {
        SiteFacts &f = facts(i);
        const auto it = f.parentKey ? mSitesByCode.constFind(*f.parentKey) : mSitesByCode.cend();
        f.parent = it == mSitesByCode.cend() ? -1 : it->first();
        if (f.parent >= 0) {
            mFacts[f.parent].children.append(mSlotAt.at(i));
            mFacts[f.parent].secondaryChildren += f.secondary ? 1 : 0;
        }
    }

    // Effective client mode: a secondary site takes its parent's, following secondary parents
    // upwards. Each site is resolved once (memoised along the walked path), and a parent cycle
    // ends the walk at the site where it closes.
    QList<char> state(count, 0); // 0 open, 1 on the current path, 2 resolved
    QList<int> path;
    for (int i = 0; i < count; ++i) {
        path.clear();
        int at = i;
        ClientMode mode;
        for (;;) {
            if (state.at(at) == 2) {
                mode = facts(at).effectiveMode;
                break;
            }
            const SiteFacts &f = facts(at);
            if (state.at(at) == 1 || !f.secondary || f.parent < 0) {
                mode = f.ownMode;
                break;
            }
            state[at] = 1;
            path.append(at);
            at = positionOf(f.parent);
        }
        for (int p : path) {
            facts(p).effectiveMode = mode;
            state[p] = 2;
        }
        if (state.at(i) != 2) {
            facts(i).effectiveMode = mode;
            state[i] = 2;
        }
    }

    // Parent cycles: walk each chain once; sites on a loop are marked when the walk meets itself.
    state.fill(0);
    for (int i = 0; i < count; ++i) {
        path.clear();
        int at = i;
        while (at >= 0 && state.at(at) == 0) {
            state[at] = 1;
            path.append(at);
            at = positionOf(facts(at).parent);
        }
        if (at >= 0 && state.at(at) == 1) {
            for (qsizetype k = path.indexOf(at); k < path.size(); ++k)
                facts(path.at(k)).onCycle = true;
        }
        for (int w : path)
            state[w] = 2;
    }
}

// --- servers -----------------------------------------------------------------------------------

void ValidationContext::reindexServers(int site)
{
    unindexServers(site);
    indexServers(site);
}

void ValidationContext::unindexServers(int site)
{
    SiteFacts &f = facts(site);
    const int slot = mSlotAt.at(site);
    const auto ofThisSite = [slot](const HostRef &host) {
        return host.slot == slot;
    };
    for (const QString &key : f.nameKeys) {
        auto it = mServersByName.find(key);
        if (it == mServersByName.end())
            continue;
        it->removeIf(ofThisSite);
        if (it->isEmpty())
            mServersByName.erase(it);
    }
    for (int t : f.dbServed)
        mFacts[t].databaseHosts.removeIf(ofThisSite);
    for (const QString &code : f.referredCodes) {
        auto it = mReferrers.find(code);
        if (it == mReferrers.end())
            continue;
        it->removeAll(slot);
        if (it->isEmpty())
            mReferrers.erase(it);
    }
    for (const QString &account : f.addressAccounts) {
        auto it = mAddressAccounts.find(account);
        if (it == mAddressAccounts.end())
            continue;
        it->removeAll(slot);
        if (it->isEmpty())
            mAddressAccounts.erase(it);
    }
    if (!f.addressAccounts.isEmpty())
        ++mAddressAccountsGeneration;
    f.addressAccounts.clear();
    for (int r = 0; r < f.roleCounts.size(); ++r)
        mServersWithRole[r] -= f.roleCounts.at(r);
    mRoleServers -= f.roleServers;
    mRoleServersWithoutIpsec -= f.roleServersWithoutIpsec;
    f.roles.clear();
    f.dbServed.clear();
    f.names.clear();
    f.nameKeys.clear();
    f.referredCodes.clear();
    f.roleCounts.clear();
    f.roleServers = 0;
    f.roleServersWithoutIpsec = 0;
}

void ValidationContext::indexServers(int site)
{
    SiteFacts &f = facts(site);
    const int slot = mSlotAt.at(site);
    const QList<Server> &servers = mPlan.sites.at(site).servers;
    // Lists of slots and of servers are kept in plan order.
    const auto slotOrder = [this](int a, int b) {
        return mPositionOf.at(a) < mPositionOf.at(b);
    };
    const auto hostOrder = [this](const HostRef &a, const HostRef &b) {
        return precedes(a, b);
    };
    f.roles.reserve(servers.size());
    f.roleCounts.fill(0, enumCount<Role>());
    for (int k = 0; k < int(servers.size()); ++k) {
        const Server &server = servers.at(k);
        const ServerRef ref{site, k, server.roleSet()};
        const HostRef host{slot, k};
        f.roles.append(ref.roles);

        const QString nameKey = foldedKey(server.name);
        f.names.append(server.name);
        f.nameKeys.append(nameKey);
        insertSorted(mServersByName[nameKey], host, hostOrder);

        for (int r = 0; r < enumCount<Role>(); ++r)
            f.roleCounts[r] += ref.roles.contains(Role(r)) ? 1 : 0;
        if (!ref.roles.isEmpty()) {
            ++f.roleServers;
            f.roleServersWithoutIpsec += server.effectiveIpsec() ? 0 : 1;
        }

        for (const RoleAssignment &role : server.roles) {
            if (role.site) {
                const QString code = foldedKey(*role.site);
                if (!f.referredCodes.contains(code)) {
                    f.referredCodes.append(code);
                    insertSorted(mReferrers[code], slot, slotOrder);
                }
            }
            if (role.role != Role::SiteDatabase)
                continue;
            const int served = servedSite(ref, role);
            if (served < 0)
                continue;
            const int servedSlot = mSlotAt.at(served);
            insertSorted(mFacts[servedSlot].databaseHosts, host, hostOrder);
            if (!f.dbServed.contains(servedSlot))
                f.dbServed.append(servedSlot);
        }
    }
    // Site addresses: the sites they name resolve through codes like a role's `site`, and the
    // accounts they name are read by the accounts' findings.
    for (const SenderAddress &address : mPlan.sites.at(site).addresses) {
        const QString code = foldedKey(address.to);
        if (!f.referredCodes.contains(code)) {
            f.referredCodes.append(code);
            insertSorted(mReferrers[code], slot, slotOrder);
        }
        if (address.account) {
            const QString account = foldedKey(*address.account);
            if (!f.addressAccounts.contains(account)) {
                f.addressAccounts.append(account);
                insertSorted(mAddressAccounts[account], slot, slotOrder);
            }
        }
    }
    if (!f.addressAccounts.isEmpty())
        ++mAddressAccountsGeneration;
    for (int r = 0; r < f.roleCounts.size(); ++r)
        mServersWithRole[r] += f.roleCounts.at(r);
    mRoleServers += f.roleServers;
    mRoleServersWithoutIpsec += f.roleServersWithoutIpsec;
}

QList<int> ValidationContext::sitesWithAddressAccounts() const
{
    QList<int> named;
    for (const QList<int> &sites : mAddressAccounts) {
        for (int slot : sites) {
            if (!named.contains(slot))
                named.append(slot);
        }
    }
    QList<int> out = positions(named);
    std::sort(out.begin(), out.end());
    return out;
}

// --- comparison (tests) ------------------------------------------------------------------------

// Slots differ between a context kept current and a fresh one; servers compare by position.
bool ValidationContext::sameFacts(int site, const ValidationContext &other) const
{
    const SiteFacts &a = facts(site);
    const SiteFacts &b = other.facts(site);
    return a.code == b.code && a.codeKey == b.codeKey && a.parentKey == b.parentKey &&
           a.secondary == b.secondary && a.ownMode == b.ownMode && a.ownForest == b.ownForest &&
           positionOf(a.parent) == other.positionOf(b.parent) &&
           positions(a.children) == other.positions(b.children) &&
           a.secondaryChildren == b.secondaryChildren && a.effectiveMode == b.effectiveMode &&
           a.forest == b.forest && a.onCycle == b.onCycle && a.roles == b.roles &&
           databaseHosts(site) == other.databaseHosts(site) &&
           positions(a.dbServed) == other.positions(b.dbServed) && a.names == b.names &&
           a.nameKeys == b.nameKeys && a.referredCodes == b.referredCodes &&
           a.addressAccounts == b.addressAccounts && a.roleServers == b.roleServers &&
           a.roleServersWithoutIpsec == b.roleServersWithoutIpsec && a.roleCounts == b.roleCounts;
}

bool ValidationContext::sameIndexAs(const ValidationContext &other) const
{
    if (mSlotAt.size() != other.mSlotAt.size() || siteCount() != other.siteCount())
        return false;
    for (int i = 0; i < int(mSlotAt.size()); ++i) {
        if (mPositionOf.at(mSlotAt.at(i)) != i || !sameFacts(i, other))
            return false;
    }
    if (mBoundaries.siteCount() != other.mBoundaries.siteCount())
        return false;
    for (int i = 0; i < mBoundaries.siteCount(); ++i) {
        if (mBoundaries.indexedBoundaries(i) != other.mBoundaries.indexedBoundaries(i))
            return false;
    }
    if (mServersByName.size() != other.mServersByName.size())
        return false;
    for (auto it = mServersByName.cbegin(); it != mServersByName.cend(); ++it) {
        const auto theirs = other.mServersByName.constFind(it.key());
        if (theirs == other.mServersByName.cend() || theirs->size() != it->size())
            return false;
        for (qsizetype k = 0; k < it->size(); ++k) {
            if (!(serverAt(it->at(k)) == other.serverAt(theirs->at(k))))
                return false;
        }
    }
    const auto sameSites = [this, &other](const QHash<QString, QList<int>> &mine,
                                          const QHash<QString, QList<int>> &theirs) {
        if (mine.size() != theirs.size())
            return false;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const auto found = theirs.constFind(it.key());
            if (found == theirs.cend() || positions(*it) != other.positions(*found))
                return false;
        }
        return true;
    };
    return sameSites(mSitesByCode, other.mSitesByCode) &&
           sameSites(mSitesByParentKey, other.mSitesByParentKey) &&
           sameSites(mReferrers, other.mReferrers) &&
           sameSites(mAddressAccounts, other.mAddressAccounts) &&
           mServersWithRole == other.mServersWithRole && mRoleServers == other.mRoleServers &&
           mRoleServersWithoutIpsec == other.mRoleServersWithoutIpsec &&
           mCentralSites == other.mCentralSites;
}

} // namespace hierarch
