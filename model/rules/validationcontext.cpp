#include "validationcontext.h"

#include <algorithm>

namespace hierarch {

namespace {

template<typename T> void insertSorted(QList<T> &list, const T &value)
{
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || value < *at)
        list.insert(at, value);
}

void removeSite(QList<ValidationContext::ServerRef> &refs, int site)
{
    refs.removeIf([site](const ValidationContext::ServerRef &ref) { return ref.site == site; });
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
    mSites.resize(plan.sites.size());
    mServersByName.reserve(plan.serverCount());
    indexSites();
    for (int i = 0; i < siteCount(); ++i)
        indexServers(i);
}

int ValidationContext::siteIndex(const QString &code) const
{
    const auto it = mSitesByCode.constFind(foldedKey(code));
    return it == mSitesByCode.cend() ? -1 : it->first();
}

QList<int> ValidationContext::sitesWithCode(const QString &code) const
{
    return mSitesByCode.value(foldedKey(code));
}

int ValidationContext::servedSite(const ServerRef &server, const RoleAssignment &role) const
{
    return role.site ? siteIndex(*role.site) : server.site;
}

ValidationContext::ServerRef ValidationContext::firstServerNamed(const QString &name) const
{
    const auto it = mServersByName.constFind(foldedKey(name));
    return it == mServersByName.cend() ? ServerRef{} : it->first();
}

QList<int> ValidationContext::sitesSharingServerNames(int site) const
{
    QList<int> out;
    for (const QString &key : mSites.at(site).nameKeys) {
        const QList<ServerRef> &named = mServersByName.value(key);
        if (named.size() < 2)
            continue;
        for (const ServerRef &ref : named)
            insertSorted(out, ref.site);
    }
    return out;
}

QStringList ValidationContext::databaseHostNames(int site) const
{
    QStringList names;
    for (const ServerRef &ref : mSites.at(site).databaseHosts)
        names << mSites.at(ref.site).names.value(ref.index);
    return names;
}

QList<int> ValidationContext::sitesReferringTo(const QString &code) const
{
    return mReferrers.value(foldedKey(code));
}

QList<int> ValidationContext::sitesWithRole(Role role) const
{
    QList<int> out;
    for (int i = 0; i < siteCount(); ++i) {
        if (mSites.at(i).roleCounts.value(int(role)) > 0)
            out.append(i);
    }
    return out;
}

// --- sites -------------------------------------------------------------------------------------

bool ValidationContext::siteLinksChanged(int index) const
{
    if (index >= mSites.size())
        return true;
    const Site &s = mPlan.sites.at(index);
    const SiteFacts &f = mSites.at(index);
    return siteCodeOrParentChanged(index) || f.secondary != s.isSecondary() ||
           f.ownMode != s.ownClientMode() || f.ownForest != s.forest;
}

bool ValidationContext::siteCodeOrParentChanged(int index) const
{
    if (index >= mSites.size())
        return true;
    const Site &s = mPlan.sites.at(index);
    const SiteFacts &f = mSites.at(index);
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
    const SiteFacts &f = mSites.at(site);
    return {f.parent, f.children, f.secondaryChildren, f.effectiveMode, f.forest, f.onCycle};
}

QList<int> ValidationContext::reindexSites()
{
    QList<Derived> before;
    before.reserve(mSites.size());
    for (int i = 0; i < int(mSites.size()); ++i)
        before.append(derived(i));
    mSites.resize(siteCount());
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
    SiteFacts &f = mSites[site];
    // The effective mode of a site on a parent cycle depends on where the walk entered the
    // cycle; leave that to the full pass.
    if (f.onCycle)
        return reindexSites();
    const bool wasSecondary = f.secondary;
    readLinks(site);
    QList<int> changed{site};
    if (f.parent >= 0 && wasSecondary != f.secondary) {
        mSites[f.parent].secondaryChildren += f.secondary ? 1 : -1;
        changed.append(f.parent);
    }
    // A secondary site takes its parent's effective mode; push the change down the subtree
    // (it has no cycle: a cycle through a descendant would pass through this site).
    QList<int> queue{site};
    for (qsizetype k = 0; k < queue.size(); ++k) {
        const int at = queue.at(k);
        SiteFacts &node = mSites[at];
        const ClientMode mode = node.secondary && node.parent >= 0
                                    ? mSites.at(node.parent).effectiveMode
                                    : node.ownMode;
        if (mode == node.effectiveMode && at != site)
            continue;
        if (mode != node.effectiveMode && !changed.contains(at))
            changed.append(at);
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
    mSites.resize(siteCount());
    readLinks(site);
    SiteFacts &f = mSites[site];
    f.code = mPlan.sites.at(site).code;
    f.codeKey = codeKey;
    mSitesByCode[codeKey].append(site);
    if (f.parentKey)
        mSitesByParentKey[*f.parentKey].append(site);
    mCentralSites += mPlan.sites.at(site).isCentral() ? 1 : 0;
    const auto parent = f.parentKey ? mSitesByCode.constFind(*f.parentKey) : mSitesByCode.cend();
    f.parent = parent == mSitesByCode.cend() ? -1 : parent->first();
    QList<int> changed{site};
    if (f.parent >= 0) {
        mSites[f.parent].children.append(site);
        mSites[f.parent].secondaryChildren += f.secondary ? 1 : 0;
        changed.append(f.parent);
    }
    // Nothing names the new site as its parent, so it is on no cycle and nothing inherits.
    f.effectiveMode = f.secondary && f.parent >= 0 ? mSites.at(f.parent).effectiveMode : f.ownMode;
    return changed;
}

void ValidationContext::readLinks(int index)
{
    const Site &s = mPlan.sites.at(index);
    SiteFacts &f = mSites[index];
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
        SiteFacts &f = mSites[i];
        f.code = s.code;
        f.codeKey = foldedKey(s.code);
        readLinks(i);
        f.children.clear();
        f.secondaryChildren = 0;
        f.onCycle = false;
        mSitesByCode[f.codeKey].append(i);
        if (f.parentKey)
            mSitesByParentKey[*f.parentKey].append(i);
        mCentralSites += s.isCentral() ? 1 : 0;
    }
    for (int i = 0; i < count; ++i) {
        SiteFacts &f = mSites[i];
        const auto it = f.parentKey ? mSitesByCode.constFind(*f.parentKey) : mSitesByCode.cend();
        f.parent = it == mSitesByCode.cend() ? -1 : it->first();
        if (f.parent >= 0) {
            mSites[f.parent].children.append(i);
            mSites[f.parent].secondaryChildren += f.secondary ? 1 : 0;
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
                mode = mSites.at(at).effectiveMode;
                break;
            }
            const SiteFacts &f = mSites.at(at);
            if (state.at(at) == 1 || !f.secondary || f.parent < 0) {
                mode = f.ownMode;
                break;
            }
            state[at] = 1;
            path.append(at);
            at = f.parent;
        }
        for (int p : path) {
            mSites[p].effectiveMode = mode;
            state[p] = 2;
        }
        if (state.at(i) != 2) {
            mSites[i].effectiveMode = mode;
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
            at = mSites.at(at).parent;
        }
        if (at >= 0 && state.at(at) == 1) {
            for (qsizetype k = path.indexOf(at); k < path.size(); ++k)
                mSites[path.at(k)].onCycle = true;
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
    SiteFacts &f = mSites[site];
    for (const QString &key : f.nameKeys) {
        auto it = mServersByName.find(key);
        if (it == mServersByName.end())
            continue;
        removeSite(*it, site);
        if (it->isEmpty())
            mServersByName.erase(it);
    }
    for (int t : f.dbServed)
        removeSite(mSites[t].databaseHosts, site);
    for (const QString &code : f.referredCodes) {
        auto it = mReferrers.find(code);
        if (it == mReferrers.end())
            continue;
        it->removeAll(site);
        if (it->isEmpty())
            mReferrers.erase(it);
    }
    for (int r = 0; r < f.roleCounts.size(); ++r)
        mServersWithRole[r] -= f.roleCounts.at(r);
    mRoleServers -= f.roleServers;
    mRoleServersWithoutIpsec -= f.roleServersWithoutIpsec;
    f.servers.clear();
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
    SiteFacts &f = mSites[site];
    const QList<Server> &servers = mPlan.sites.at(site).servers;
    f.servers.reserve(servers.size());
    f.roleCounts.fill(0, enumCount<Role>());
    for (int k = 0; k < int(servers.size()); ++k) {
        const Server &server = servers.at(k);
        const ServerRef ref{site, k, server.roleSet()};
        f.servers.append(ref);

        const QString nameKey = foldedKey(server.name);
        f.names.append(server.name);
        f.nameKeys.append(nameKey);
        insertSorted(mServersByName[nameKey], ref);

        for (int r = 0; r < enumCount<Role>(); ++r)
            f.roleCounts[r] += ref.roles.contains(Role(r)) ? 1 : 0;
        if (!ref.roles.isEmpty()) {
            ++f.roleServers;
            f.roleServersWithoutIpsec += server.ipsec.value_or(false) ? 0 : 1;
        }

        for (const RoleAssignment &role : server.roles) {
            if (role.site) {
                const QString code = foldedKey(*role.site);
                if (!f.referredCodes.contains(code)) {
                    f.referredCodes.append(code);
                    insertSorted(mReferrers[code], site);
                }
            }
            if (role.role != Role::SiteDatabase)
                continue;
            const int served = servedSite(ref, role);
            if (served < 0)
                continue;
            insertSorted(mSites[served].databaseHosts, ref);
            if (!f.dbServed.contains(served))
                f.dbServed.append(served);
        }
    }
    for (int r = 0; r < f.roleCounts.size(); ++r)
        mServersWithRole[r] += f.roleCounts.at(r);
    mRoleServers += f.roleServers;
    mRoleServersWithoutIpsec += f.roleServersWithoutIpsec;
}

// --- comparison (tests) ------------------------------------------------------------------------

bool ValidationContext::SiteFacts::sameAs(const SiteFacts &o) const
{
    return code == o.code && codeKey == o.codeKey && parentKey == o.parentKey &&
           secondary == o.secondary && ownMode == o.ownMode && ownForest == o.ownForest &&
           parent == o.parent && children == o.children &&
           secondaryChildren == o.secondaryChildren && effectiveMode == o.effectiveMode &&
           forest == o.forest && onCycle == o.onCycle && servers == o.servers &&
           databaseHosts == o.databaseHosts && dbServed == o.dbServed && names == o.names &&
           nameKeys == o.nameKeys && referredCodes == o.referredCodes &&
           roleServers == o.roleServers && roleServersWithoutIpsec == o.roleServersWithoutIpsec &&
           roleCounts == o.roleCounts;
}

bool ValidationContext::sameIndexAs(const ValidationContext &other) const
{
    if (mSites.size() != other.mSites.size())
        return false;
    for (qsizetype i = 0; i < mSites.size(); ++i) {
        if (!mSites.at(i).sameAs(other.mSites.at(i)))
            return false;
    }
    return mSitesByCode == other.mSitesByCode && mSitesByParentKey == other.mSitesByParentKey &&
           mServersByName == other.mServersByName && mReferrers == other.mReferrers &&
           mServersWithRole == other.mServersWithRole && mRoleServers == other.mRoleServers &&
           mRoleServersWithoutIpsec == other.mRoleServersWithoutIpsec &&
           mCentralSites == other.mCentralSites;
}

} // namespace hierarch
