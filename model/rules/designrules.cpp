// RULES.md "Hierarchy design": Active Directory, forests, site settings and the shape of the plan.
#include "findingsink.h"

namespace hierarch {

void checkDesign(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    const Product product = plan.product;

    if (!plan.effectiveSchemaExtended() || !plan.effectivePublishing()) {
        sink.hierarchy(RuleId::AdSchemaNotExtended,
                       !plan.effectiveSchemaExtended()
                           ? HIERARCH_MSG("The Active Directory schema is not extended for the "
                                          "product.")
                           : HIERARCH_MSG("Sites do not publish to Active Directory."));
    }
    if (plan.sites.size() > 1) {
        sink.hierarchy(RuleId::MultipleSites,
                       HIERARCH_MSG("The plan has %1 sites."), {number(plan.sites.size())});
    }

    int roleServers = 0;
    int withoutIpsec = 0;
    for (const ValidationContext::ServerRef &ref : context.servers()) {
        if (ref.roles.isEmpty())
            continue;
        ++roleServers;
        withoutIpsec += ref.server->ipsec.value_or(false) ? 0 : 1;
    }
    if (roleServers > 1 && withoutIpsec > 0) {
        sink.hierarchy(RuleId::IpsecBetweenSiteSystems,
                       HIERARCH_MSG("%1 of %2 site systems do not use IPsec with the others."),
                       {number(withoutIpsec), number(roleServers)});
    }

    for (int i = 0; i < int(plan.sites.size()); ++i) {
        const Site &site = plan.sites.at(i);
        const QString siteForest = context.effectiveForest(i);
        const auto [begin, end] = context.serverRange(i);
        int serversWithRoles = 0;
        for (int k = begin; k < end; ++k) {
            const Server &server = *context.servers().at(k).server;
            serversWithRoles += context.servers().at(k).roles.isEmpty() ? 0 : 1;
            const QString forest = server.forest.value_or(siteForest);
            if (forest.compare(siteForest, Qt::CaseInsensitive) != 0) {
                sink.site(RuleId::SiteSpansForests, site,
                          HIERARCH_MSG("Server %1 of site %2 is in forest %3, the site in %4."),
                          {server.name, site.code, forest,
                           siteForest.isEmpty() ? QStringLiteral("(none)") : siteForest});
                break;
            }
        }
        if (site.workgroupClients.value_or(false)) {
            sink.site(RuleId::WorkgroupClients, site,
                      HIERARCH_MSG("Site %1 has clients in workgroups or other forests."),
                      {site.code});
        }
        if (!site.effectiveSecureKeyExchange(product)) {
            sink.site(RuleId::SecureKeyExchange, site,
                      HIERARCH_MSG("Site %1 does not require secure key exchange."), {site.code});
        }
        if (site.acceptUnsignedData.value_or(true)) {
            sink.site(RuleId::AcceptUnsignedData, site,
                      HIERARCH_MSG("Site %1 accepts unsigned data from SMS 2.0 sites."),
                      {site.code});
        }
        if (site.effectiveSecurityMode() == SecurityMode::Standard) {
            sink.site(RuleId::StandardSecurity, site,
                      HIERARCH_MSG("Site %1 uses standard security."), {site.code});
        }
        if (!site.isSecondary() && site.ownClientMode() == ClientMode::Mixed) {
            sink.site(RuleId::MixedMode, site, HIERARCH_MSG("Site %1 runs in mixed mode."),
                      {site.code});
        }
        if (site.legacyClients.value_or(0) > 0) {
            sink.site(RuleId::LegacyClients, site,
                      HIERARCH_MSG("Site %1 still has %2 Legacy Clients."),
                      {site.code, number(*site.legacyClients)});
        }
        if (!site.isSecondary() && site.effectiveClients() > 0 && serversWithRoles == 1) {
            sink.site(RuleId::RoleSeparation, site,
                      HIERARCH_MSG("All roles of site %1 are on one server."), {site.code});
        }
    }
}

} // namespace hierarch
