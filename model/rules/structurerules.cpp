// RULES.md "Structure": plans that cannot be built as written.
#include "findingsink.h"

#include <QLocale>
#include <QSet>

namespace hierarch {

QString roleNameList(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names << QString::fromLatin1(roleTitle(r));
    return names.join(QLatin1String(", "));
}

QString number(qint64 n)
{
    // Tools read these messages; group digits the same way whatever the locale.
    return QLocale::c().toString(n);
}

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool siteCodeValid(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (!isAsciiAlnum(c))
            return false;
    }
    static const QStringList reserved{QStringLiteral("AUX"), QStringLiteral("CON"),
                                      QStringLiteral("NUL"), QStringLiteral("PRN"),
                                      QStringLiteral("SMS")};
    return !reserved.contains(code, Qt::CaseInsensitive);
}

bool serverNameValid(const QString &name)
{
    if (name.isEmpty() || name.size() > 15)
        return false;
    bool allDigits = true;
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
            return false;
        if (!c.isDigit())
            allDigits = false;
    }
    return !allDigits;
}

void checkSites(const ValidationContext &ctx, FindingSink &sink)
{
    const Plan &plan = ctx.plan();
    const int siteCount = int(plan.sites.size());

    int centrals = 0;
    for (const Site &s : plan.sites)
        centrals += s.isCentral() ? 1 : 0;
    if (siteCount > 0 && centrals != 1) {
        sink.hierarchy(RuleId::CentralSiteCount,
                       HIERARCH_MSG("The plan has %1 sites without a parent; a hierarchy has "
                                    "exactly one central site."),
                       {number(centrals)});
    }

    // Parent cycles: walk each chain once; sites on a loop are marked when the walk meets itself.
    QList<char> state(siteCount, 0); // 0 unvisited, 1 on the current walk, 2 done
    QList<bool> onCycle(siteCount, false);
    for (int i = 0; i < siteCount; ++i) {
        QList<int> walk;
        int at = i;
        while (at >= 0 && state.at(at) == 0) {
            state[at] = 1;
            walk.append(at);
            at = ctx.parentOf(at);
        }
        if (at >= 0 && state.at(at) == 1) {
            for (qsizetype k = walk.indexOf(at); k < walk.size(); ++k)
                onCycle[walk.at(k)] = true;
        }
        for (int w : walk)
            state[w] = 2;
    }

    for (int i = 0; i < siteCount; ++i) {
        const Site &s = plan.sites.at(i);
        if (!siteCodeValid(s.code)) {
            sink.site(RuleId::SiteCodeInvalid, s,
                      HIERARCH_MSG("Site code \"%1\" is not three letters or digits, or is a "
                                   "reserved name."),
                      {s.code});
        }
        if (ctx.siteIndex(s.code) != i) {
            sink.site(RuleId::SiteCodeDuplicate, s,
                      HIERARCH_MSG("Site code %1 is already used by an earlier site."), {s.code});
        }
        const int parent = ctx.parentOf(i);
        if (s.parent && parent < 0) {
            sink.site(RuleId::SiteParentUnknown, s,
                      HIERARCH_MSG("Site %1 names parent %2, which is not a site of the plan."),
                      {s.code, *s.parent});
        }
        if (onCycle.at(i)) {
            sink.site(RuleId::SiteParentCycle, s,
                      HIERARCH_MSG("Following the parents of site %1 leads back to it."),
                      {s.code});
        }
        if (s.isSecondary() && (!s.parent || (parent >= 0 && ctx.site(parent).isSecondary()))) {
            sink.site(RuleId::SecondarySitePlacement, s,
                      s.parent ? HIERARCH_MSG("Secondary site %1 has a secondary parent; a "
                                              "secondary site must report to a primary site.")
                               : HIERARCH_MSG("Secondary site %1 has no parent; a secondary "
                                              "site must report to a primary site."),
                      {s.code});
        }

        const auto [begin, end] = ctx.serverRange(i);
        int siteServers = 0;
        int managementPoints = 0;
        int accessPoints = 0;
        for (int k = begin; k < end; ++k) {
            const RoleSet roles = ctx.servers().at(k).roles;
            siteServers += roles.contains(Role::SiteServer);
            managementPoints += roles.contains(Role::ManagementPoint);
            accessPoints += roles.contains(Role::ClientAccessPoint);
        }
        if (siteServers != 1) {
            sink.site(RuleId::SiteServerCount, s,
                      HIERARCH_MSG("Site %1 has %2 servers carrying the site server role; it "
                                   "needs exactly one."),
                      {s.code, number(siteServers)});
        }
        const qsizetype databases = ctx.databaseHosts(i).size();
        if (!s.isSecondary() && databases == 0) {
            sink.site(RuleId::SiteDatabaseMissing, s,
                      HIERARCH_MSG("No server hosts the site database of primary site %1."),
                      {s.code});
        }
        if (databases > 1) {
            sink.site(RuleId::SiteDatabaseMultiple, s,
                      HIERARCH_MSG("%1 servers host the site database of site %2; a site has "
                                   "one database."),
                      {number(databases), s.code});
        }
        if (!s.isSecondary() && managementPoints == 0) {
            sink.site(RuleId::ManagementPointMissing, s,
                      HIERARCH_MSG("Primary site %1 has no management point."), {s.code});
        }
        if (accessPoints == 0) {
            sink.site(RuleId::ClientAccessPointMissing, s,
                      HIERARCH_MSG("Site %1 has no client access point."), {s.code});
        }
        if (parent >= 0) {
            const Site &p = ctx.site(parent);
            if (!s.isSecondary() && s.ownClientMode() == ClientMode::Native &&
                ctx.effectiveMode(parent) == ClientMode::Mixed) {
                sink.site(RuleId::NativeUnderMixedParent, s,
                          HIERARCH_MSG("Native-mode site %1 reports to %2, which runs in mixed "
                                       "mode."),
                          {s.code, p.code});
            }
            if (s.effectiveSecurityMode() == SecurityMode::Advanced &&
                p.effectiveSecurityMode() == SecurityMode::Standard) {
                sink.site(RuleId::AdvancedUnderStandardParent, s,
                          HIERARCH_MSG("Advanced-security site %1 reports to %2, which uses "
                                       "standard security."),
                          {s.code, p.code});
            }
        }
    }
}

void checkServers(const ValidationContext &ctx, FindingSink &sink)
{
    const Plan &plan = ctx.plan();
    QHash<QString, int> firstByName;
    firstByName.reserve(ctx.servers().size());
    const int assetSyncServers = ctx.serversWithRole(Role::AssetIntelligenceSyncPoint);

    for (int index = 0; index < int(ctx.servers().size()); ++index) {
        const ValidationContext::ServerRef &ref = ctx.servers().at(index);
        const Server &server = *ref.server;
        const QString nameKey = ValidationContext::foldedKey(server.name);
        const auto it = firstByName.constFind(nameKey);
        if (it == firstByName.cend()) {
            firstByName.insert(nameKey, index);
        } else {
            const ValidationContext::ServerRef &first = ctx.servers().at(*it);
            sink.server(RuleId::ServerNameDuplicate, ref,
                        HIERARCH_MSG("Server name %1 is already used by a server of site %2."),
                        {server.name, ctx.site(first.site).code});
        }
        if (!serverNameValid(server.name)) {
            sink.server(RuleId::ServerNameInvalid, ref,
                        HIERARCH_MSG("Server name \"%1\" is not a valid NetBIOS name (1 to 15 "
                                     "letters, digits and hyphens, not all digits)."),
                        {server.name});
        }

        QList<Role> foreign;
        QStringList unknownSites;
        QList<Role> duplicated;
        QList<Role> onSecondary;
        QList<std::pair<Role, QString>> seen; // role and folded served-site key
        for (const RoleAssignment &role : server.roles) {
            if (!roleInProduct(role.role, plan.product) && !foreign.contains(role.role))
                foreign.append(role.role);
            const int served = ctx.servedSite(ref, role);
            if (role.site && served < 0 && !unknownSites.contains(*role.site))
                unknownSites.append(*role.site);
            const QString servedKey = served >= 0 ? QString::number(served)
                                                  : ValidationContext::foldedKey(*role.site);
            const std::pair<Role, QString> key{role.role, servedKey};
            if (seen.contains(key)) {
                if (!duplicated.contains(role.role))
                    duplicated.append(role.role);
            } else {
                seen.append(key);
            }
            const bool secondaryOnly = role.role == Role::SiteDatabase ||
                                       role.role == Role::SmsProvider ||
                                       role.role == Role::ReportingPoint ||
                                       role.role == Role::AssetIntelligenceSyncPoint;
            if (secondaryOnly && served >= 0 && ctx.site(served).isSecondary() &&
                !onSecondary.contains(role.role)) {
                onSecondary.append(role.role);
            }
        }
        if (!foreign.isEmpty()) {
            sink.server(RuleId::RoleNotInProduct, ref,
                        HIERARCH_MSG("%1 carries roles that %2 does not have: %3."),
                        {server.name, enumString(plan.product), roleNameList(foreign)});
        }
        if (!duplicated.isEmpty()) {
            sink.server(RuleId::RoleDuplicate, ref,
                        HIERARCH_MSG("%1 lists the same role for the same site more than once: "
                                     "%2."),
                        {server.name, roleNameList(duplicated)});
        }
        if (!unknownSites.isEmpty()) {
            sink.server(RuleId::RoleSiteUnknown, ref,
                        HIERARCH_MSG("%1 has roles serving sites that are not in the plan: %2."),
                        {server.name, unknownSites.join(QLatin1String(", "))});
        }
        if (!onSecondary.isEmpty()) {
            sink.server(RuleId::SecondarySiteRole, ref,
                        HIERARCH_MSG("%1 places roles that a secondary site cannot have: %2."),
                        {server.name, roleNameList(onSecondary)});
        }
        if (ref.roles.contains(Role::AssetIntelligenceSyncPoint) &&
            (assetSyncServers > 1 || !ctx.site(ref.site).isCentral())) {
            sink.server(RuleId::AssetIntelligencePlacement, ref,
                        assetSyncServers > 1
                            ? HIERARCH_MSG("%1 is one of %2 Asset Intelligence synchronization "
                                           "points; a hierarchy has one, at the central site.")
                            : HIERARCH_MSG("%1 hosts the Asset Intelligence synchronization "
                                           "point outside the central site."),
                        {server.name, number(assetSyncServers)});
        }
    }
}

void checkAccountSites(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Account &account : ctx.plan().accounts) {
        QStringList unknown;
        for (const QString &code : account.sites) {
            if (ctx.siteIndex(code) < 0 && !unknown.contains(code))
                unknown.append(code);
        }
        if (!unknown.isEmpty()) {
            sink.account(RuleId::AccountSiteUnknown, account,
                         HIERARCH_MSG("Account %1 names sites that are not in the plan: %2."),
                         {account.name, unknown.join(QLatin1String(", "))});
        }
    }
}

} // namespace

void checkStructure(const ValidationContext &context, FindingSink &sink)
{
    checkSites(context, sink);
    checkServers(context, sink);
    checkAccountSites(context, sink);
}

} // namespace hierarch
