// RULES.md "Hierarchy design": Active Directory, forests, site settings and the shape of the plan.
#include "findingsink.h"

namespace hierarch {

void designHierarchy(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();

    if (!plan.effectiveSchemaExtended() || !plan.effectivePublishing()) {
        sink.hierarchy(
            RuleId::AdSchemaNotExtended,
            !plan.effectiveSchemaExtended()
                ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "The Active Directory schema is not extended for the "
                                    "product.")
                : QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Sites do not publish to Active Directory."));
    }
    if (plan.sites.size() > 1) {
        sink.hierarchy(RuleId::MultipleSites,
                       QT_TRANSLATE_NOOP("hierarch::Findings", "The plan has %1 sites."),
                       {number(plan.sites.size())});
    }

    const int roleServers = context.roleServers();
    const int withoutIpsec = context.roleServersWithoutIpsec();
    if (roleServers > 1 && withoutIpsec > 0) {
        sink.hierarchy(RuleId::IpsecBetweenSiteSystems,
                       QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "%1 of %2 site systems do not use IPsec with the others."),
                       {number(withoutIpsec), number(roleServers)});
    }
}

void designSite(const ValidationContext &context, FindingSink &sink, int i)
{
    const Plan &plan = context.plan();
    const Product product = plan.product;
    const Site &site = plan.sites.at(i);
    const QString siteForest = context.effectiveForest(i);
    int serversWithRoles = 0;
    for (const ValidationContext::ServerRef &ref : context.servers(i)) {
        const Server &server = context.server(ref);
        serversWithRoles += ref.roles.isEmpty() ? 0 : 1;
        const QString forest = server.forest.value_or(siteForest);
        if (forest.compare(siteForest, Qt::CaseInsensitive) != 0) {
            sink.site(RuleId::SiteSpansForests, site,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Server %1 of site %2 is in forest %3, the site in %4."),
                      {server.name, site.code, forest,
                       siteForest.isEmpty()
                           ? vocabularyArgument("hierarch::Findings",
                                                {QT_TRANSLATE_NOOP("hierarch::Findings", "(none)")})
                           : siteForest});
            break;
        }
    }
    if (site.workgroupClients.value_or(false)) {
        sink.site(RuleId::WorkgroupClients, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has clients in workgroups or other forests."),
                  {site.code});
    }
    if (!site.effectiveSecureKeyExchange(product)) {
        sink.site(RuleId::SecureKeyExchange, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 does not require secure key exchange."),
                  {site.code});
    }
    if (site.acceptUnsignedData.value_or(true)) {
        sink.site(RuleId::AcceptUnsignedData, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 accepts unsigned data from SMS 2.0 sites."),
                  {site.code});
    }
    if (site.effectiveSecurityMode() == SecurityMode::Standard) {
        sink.site(RuleId::StandardSecurity, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 uses standard security."),
                  {site.code});
    }
    if (!site.isSecondary() && site.ownClientMode() == ClientMode::Mixed) {
        sink.site(RuleId::MixedMode, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 runs in mixed mode."),
                  {site.code});
    }
    if (site.legacyClients.value_or(0) > 0) {
        sink.site(RuleId::LegacyClients, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 still has %2 Legacy Clients."),
                  {site.code, number(*site.legacyClients)});
    }
    if (!site.isSecondary() && site.effectiveClients() > 0 && serversWithRoles == 1) {
        sink.site(
            RuleId::RoleSeparation, site,
            QT_TRANSLATE_NOOP("hierarch::Findings", "All roles of site %1 are on one server."),
            {site.code});
    }
}

} // namespace hierarch
