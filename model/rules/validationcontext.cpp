#include "validationcontext.h"

namespace hierarch {

ValidationContext::ValidationContext(const Plan &plan) : mPlan(plan)
{
    const int siteCount = int(plan.sites.size());
    mSiteByCode.reserve(siteCount);
    for (int i = 0; i < siteCount; ++i) {
        const QString key = foldedKey(plan.sites.at(i).code);
        if (!mSiteByCode.contains(key))
            mSiteByCode.insert(key, i);
    }

    mParent.resize(siteCount, -1);
    mSiteForest.resize(siteCount);
    mSiteServerBegin.reserve(siteCount + 1);
    mServers.reserve(plan.serverCount());
    for (int i = 0; i < siteCount; ++i) {
        const Site &s = plan.sites.at(i);
        if (s.parent)
            mParent[i] = siteIndex(*s.parent);
        mSiteForest[i] = s.forest.value_or(plan.forest.value_or(QString()));
        mSiteServerBegin.append(int(mServers.size()));
        for (const Server &server : s.servers)
            mServers.append({i, &server, server.roleSet()});
    }
    mSiteServerBegin.append(int(mServers.size()));

    // Effective client mode: a secondary site takes its parent's, following secondary parents
    // upwards. Each site is resolved once (memoised along the walked path), and a parent cycle
    // ends the walk at the site where it closes.
    mEffectiveMode.resize(siteCount);
    QList<char> state(siteCount, 0); // 0 open, 1 on the current path, 2 resolved
    QList<int> path;
    for (int i = 0; i < siteCount; ++i) {
        path.clear();
        int at = i;
        ClientMode mode;
        for (;;) {
            if (state.at(at) == 2) {
                mode = mEffectiveMode.at(at);
                break;
            }
            const Site &s = plan.sites.at(at);
            if (state.at(at) == 1 || !s.isSecondary() || mParent.at(at) < 0) {
                mode = s.ownClientMode();
                break;
            }
            state[at] = 1;
            path.append(at);
            at = mParent.at(at);
        }
        for (int p : path) {
            mEffectiveMode[p] = mode;
            state[p] = 2;
        }
        if (state.at(i) != 2) {
            mEffectiveMode[i] = mode;
            state[i] = 2;
        }
    }

    mDatabaseHosts.resize(siteCount);
    mServersWithRole.fill(0, enumCount<Role>());
    for (int s = 0; s < int(mServers.size()); ++s) {
        const ServerRef &ref = mServers.at(s);
        for (int r = 0; r < enumCount<Role>(); ++r) {
            if (ref.roles.contains(Role(r)))
                ++mServersWithRole[r];
        }
        for (const RoleAssignment &role : ref.server->roles) {
            if (role.role != Role::SiteDatabase)
                continue;
            const int served = servedSite(ref, role);
            if (served >= 0 && !mDatabaseHosts[served].contains(s))
                mDatabaseHosts[served].append(s);
        }
    }
}

int ValidationContext::siteIndex(const QString &code) const
{
    return mSiteByCode.value(foldedKey(code), -1);
}

int ValidationContext::servedSite(const ServerRef &server, const RoleAssignment &role) const
{
    return role.site ? siteIndex(*role.site) : server.site;
}

} // namespace hierarch
