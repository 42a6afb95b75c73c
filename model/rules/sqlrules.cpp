// RULES.md "Security: SQL Server": how site databases are hosted.
#include "registry.h"

namespace hierarch {

namespace {

using ServerRef = ValidationContext::ServerRef;

} // namespace

void sqlServer(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.contains(Role::SiteDatabase))
        return;

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
            RuleId::SqlSharedBetweenSites, ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "%1 hosts the site databases of %2 sites: %3."),
            {s.name, number(servedKeys.size()), servedCodes.join(QLatin1String(", "))});
    }

    const SqlSettings sql = s.effectiveSql();
    if (sql.effectiveOtherDatabases()) {
        sink.server(RuleId::SqlOtherApplications, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 also serves other applications."),
                    {s.name});
    }
    if (sql.effectiveAuthentication() == SqlAuthentication::Mixed) {
        sink.server(RuleId::SqlMixedAuthentication, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 accepts SQL Server logins (mixed "
                                      "authentication)."),
                    {s.name});
    }
    if (sql.effectiveServiceAccount() == SqlServiceAccount::LocalSystem) {
        sink.server(RuleId::SqlLocalSystem, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server service on %1 runs as Local System."),
                    {s.name});
    }
    if (sql.effectiveServiceAccount() == SqlServiceAccount::DomainUser &&
        !sql.effectiveSpnRegistered()) {
        sink.server(RuleId::SqlSpnMissing, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The SQL Server on %1 runs as a domain user without a "
                                      "registered service principal name."),
                    {s.name});
    }
}

void sqlSite(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (site.isSecondary())
        return;
    for (const ServerRef &ref : ctx.databaseHosts(index)) {
        const bool siteServerHere = ref.site == index && ref.roles.contains(Role::SiteServer);
        if (!siteServerHere) {
            sink.site(
                RuleId::SqlRemoteDatabase, site,
                QT_TRANSLATE_NOOP("hierarch::Findings",
                                  "The database of site %1 is on %2, not on the site server."),
                {site.code, ctx.server(ref).name});
            return;
        }
    }
}

// Not yet split into rules.
QList<RuleCheck> sqlRules()
{
    return {
        {RuleId::Count, sqlSite},
        {RuleId::Count, sqlServer},
    };
}

} // namespace hierarch
