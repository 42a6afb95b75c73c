// RULES.md "Hierarchy design": Active Directory, forests, site settings and the shape of the plan.
#include "registry.h"

namespace hierarch {

namespace {

// RULES.md site-spans-forests: the site systems ConfigMgr 2007 supports in another forest ([D2]).
bool crossForestByDesign(Product product, const Server &server, RoleSet roles)
{
    if (product != Product::ConfigMgr2007 || roles.isEmpty())
        return false;
    if ((roles - RoleSet{Role::SystemHealthValidatorPoint}).isEmpty())
        return true;
    constexpr RoleSet internetFacing{Role::ManagementPoint, Role::DistributionPoint,
                                     Role::SoftwareUpdatePoint, Role::FallbackStatusPoint};
    return server.effectiveAllowInternetClients() && (roles - internetFacing).isEmpty();
}

} // namespace

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
                       QT_TRANSLATE_N_NOOP("hierarch::Findings",
                                           "%1 of %2 site systems do(es) not use IPsec with the "
                                           "others."),
                       {number(withoutIpsec), number(roleServers)}, withoutIpsec);
    }
}

void designSite(const ValidationContext &context, FindingSink &sink, int i)
{
    const Plan &plan = context.plan();
    const Product product = plan.product;
    const Site &site = plan.sites.at(i);
    const QString siteForest = context.effectiveForest(i);
    int serversWithRoles = 0;
    int managementPoints = 0;
    int managementPointsOnSiteServer = 0;
    int distributionPoints = 0;
    int reportingPoints = 0;
    bool spanReported = false;
    for (const ValidationContext::ServerRef &ref : context.servers(i)) {
        const Server &server = context.server(ref);
        const RoleSet roles = ref.roles;
        serversWithRoles += roles.isEmpty() ? 0 : 1;
        managementPoints += roles.contains(Role::ManagementPoint);
        managementPointsOnSiteServer +=
            roles.contains(Role::ManagementPoint) && roles.contains(Role::SiteServer);
        distributionPoints += roles.contains(Role::DistributionPoint);
        reportingPoints += roles.contains(Role::ReportingPoint);
        if (spanReported || crossForestByDesign(product, server, roles))
            continue;
        const QString forest = server.forest.value_or(siteForest);
        if (forest.compare(siteForest, Qt::CaseInsensitive) != 0) {
            spanReported = true;
            sink.site(RuleId::SiteSpansForests, site,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Server %1 of site %2 is in forest %3, the site in %4."),
                      {server.name, site.code, forest,
                       siteForest.isEmpty()
                           ? vocabularyArgument("hierarch::Findings",
                                                {QT_TRANSLATE_NOOP("hierarch::Findings", "(none)")})
                           : siteForest});
        }
    }
    if (site.effectiveWorkgroupClients()) {
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
    if (site.effectiveAcceptUnsignedData()) {
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
    if (site.effectiveLegacyClients() > 0) {
        sink.site(
            RuleId::LegacyClients, site,
            QT_TRANSLATE_N_NOOP("hierarch::Findings", "Site %1 still has %2 Legacy Client(s)."),
            {site.code, number(site.effectiveLegacyClients())}, site.effectiveLegacyClients());
    }
    if (!site.isSecondary() && site.effectiveClients() > 0) {
        QList<const char *> reasons;
        if (serversWithRoles == 1)
            reasons << QT_TRANSLATE_NOOP("hierarch::Findings", "all roles are on one server");
        if (product == Product::Sms2003) {
            if (managementPoints > 0 && managementPointsOnSiteServer == managementPoints) {
                reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                             "the management point is on the site server");
            }
            if (distributionPoints == 1) {
                reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                             "one server carries the distribution point");
            }
            if (reportingPoints == 1) {
                reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                             "one server carries the reporting point");
            }
        }
        if (!reasons.isEmpty()) {
            sink.site(
                RuleId::RoleSeparation, site,
                QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 depends on single servers: %2."),
                {site.code, vocabularyArgument("hierarch::Findings", reasons)});
        }
    }
    if (!site.isSecondary() && site.effectiveClients() > 0 &&
        !clientsCanUseActiveDirectory(plan, site)) {
        const bool noLocator = context.serversWithRole(Role::ServerLocatorPoint) == 0;
        const bool nativeWithoutHttp =
            context.effectiveMode(i) == ClientMode::Native && !site.effectiveHttpRoaming();
        if (noLocator || nativeWithoutHttp) {
            sink.site(RuleId::SiteAssignmentNoSlp, site,
                      noLocator
                          ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                              "Clients of site %1 cannot use Active Directory, "
                                              "and the plan has no server locator point.")
                          : QT_TRANSLATE_NOOP("hierarch::Findings",
                                              "Clients of native-mode site %1 cannot use Active "
                                              "Directory, and without HTTP communication for "
                                              "roaming and site assignment they cannot reach the "
                                              "server locator point."),
                      {site.code});
        }
    }
}

// Not yet split into rules.
QList<RuleCheck> designRules()
{
    return {
        {RuleId::Count, designHierarchy},
        {RuleId::Count, designSite},
    };
}

} // namespace hierarch
