#pragma once

#include "../plan.h"
#include "ruleinfo.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hierarch {

// What the rules need to know about a plan beyond its plain data, computed once per validation in
// linear time: how site references resolve, each site's effective client mode, the servers of
// each site, which servers host which site's database. Rules read it; none recomputes it.
class ValidationContext
{
public:
    struct ServerRef
    {
        int site;             // index into plan.sites of the site it is located in
        const Server *server; // never null
        RoleSet roles;
    };

    explicit ValidationContext(const Plan &plan);

    const Plan &plan() const { return mPlan; }
    Product product() const { return mPlan.product; }
    bool runs(RuleId rule) const { return productsInclude(ruleInfo(rule).products, product()); }

    // The first site with this code (case-insensitive), or -1.
    int siteIndex(const QString &code) const;
    const Site &site(int index) const { return mPlan.sites.at(index); }
    // The resolved parent of a site, or -1 (central site, or an unknown parent).
    int parentOf(int site) const { return mParent.at(site); }
    // RULES.md: a secondary site's effective client mode is its parent's.
    ClientMode effectiveMode(int site) const { return mEffectiveMode.at(site); }
    QString effectiveForest(int site) const { return mSiteForest.at(site); }

    const QList<ServerRef> &servers() const { return mServers; }
    // Servers located in a site, as a range of indices into servers().
    std::pair<int, int> serverRange(int site) const
    {
        return {mSiteServerBegin.at(site), mSiteServerBegin.at(site + 1)};
    }
    // The site a role serves: its `site` key resolved, else the server's own site; -1 when the
    // key names no site.
    int servedSite(const ServerRef &server, const RoleAssignment &role) const;
    // Distinct servers (indices into servers()) with a site-database role serving the site.
    const QList<int> &databaseHosts(int site) const { return mDatabaseHosts.at(site); }
    // Number of servers carrying a role anywhere in the plan.
    int serversWithRole(Role role) const { return mServersWithRole.at(int(role)); }

    static QString foldedKey(const QString &text) { return text.toCaseFolded(); }

private:
    const Plan &mPlan;
    QHash<QString, int> mSiteByCode;
    QList<int> mParent;
    QList<ClientMode> mEffectiveMode;
    QList<QString> mSiteForest;
    QList<ServerRef> mServers;
    QList<int> mSiteServerBegin;
    QList<QList<int>> mDatabaseHosts;
    QList<int> mServersWithRole;
};

} // namespace hierarch
