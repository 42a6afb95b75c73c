// RULES.md "Security: SQL Server": how site databases are hosted.
#include "registry.h"

namespace hierarch {

namespace {

using ServerRef = ValidationContext::ServerRef;

void sqlSharedBetweenSites(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteDatabase))
        return;
    const Server &s = ctx.server(ref);
    QStringList servedCodes;
    QStringList servedKeys;
    for (const RoleAssignment &r : s.roles) {
        if (r.role != Role::SiteDatabase)
            continue;
        const int served = ctx.servedSite(ref, r);
        const QString code = served >= 0 ? ctx.site(served).code : *r.site;
        const QString key =
            served >= 0 ? QString::number(served) : ValidationContext::foldedKey(code);
        if (!servedKeys.contains(key)) {
            servedKeys.append(key);
            servedCodes.append(code);
        }
    }
    if (servedKeys.size() >= 2) {
        sink.server(
            ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "%1 hosts the site databases of %2 sites: %3."),
            {s.name, number(servedKeys.size()), servedCodes.join(QLatin1String(", "))});
    }
}

void sqlOtherApplications(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteDatabase))
        return;
    const Server &s = ctx.server(ref);
    if (s.effectiveSql().effectiveOtherDatabases()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 also serves other applications."),
                    {s.name});
    }
}

void sqlMixedAuthentication(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteDatabase))
        return;
    const Server &s = ctx.server(ref);
    if (s.effectiveSql().effectiveAuthentication() == SqlAuthentication::Mixed) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 accepts SQL Server logins (mixed "
                                      "authentication)."),
                    {s.name});
    }
}

void sqlLocalSystem(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteDatabase))
        return;
    const Server &s = ctx.server(ref);
    if (s.effectiveSql().effectiveServiceAccount() == SqlServiceAccount::LocalSystem) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server service on %1 runs as Local System."),
                    {s.name});
    }
}

void sqlSpnMissing(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteDatabase))
        return;
    const Server &s = ctx.server(ref);
    const SqlSettings sql = s.effectiveSql();
    if (sql.effectiveServiceAccount() == SqlServiceAccount::DomainUser &&
        !sql.effectiveSpnRegistered()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 runs as a domain user without a "
                                      "registered service principal name."),
                    {s.name});
    }
}

void sqlRemoteDatabase(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (site.isSecondary())
        return;
    for (const ServerRef &ref : ctx.databaseHosts(index)) {
        const bool siteServerHere = ref.site == index && ref.roles.contains(Role::SiteServer);
        if (!siteServerHere) {
            sink.site(site,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "The database of site %1 is on %2, not on the site "
                                        "server."),
                      {site.code, ctx.server(ref).name});
            return;
        }
    }
}

} // namespace

QList<RuleCheck> sqlRules()
{
    return {
        {RuleId::SqlRemoteDatabase, sqlRemoteDatabase},
        {RuleId::SqlSharedBetweenSites, sqlSharedBetweenSites},
        {RuleId::SqlOtherApplications, sqlOtherApplications},
        {RuleId::SqlMixedAuthentication, sqlMixedAuthentication},
        {RuleId::SqlLocalSystem, sqlLocalSystem},
        {RuleId::SqlSpnMissing, sqlSpnMissing},
    };
}

} // namespace hierarch
