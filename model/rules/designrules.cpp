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

void adSchemaNotExtended(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    if (!plan.effectiveSchemaExtended() || !plan.effectivePublishing()) {
        sink.hierarchy(!plan.effectiveSchemaExtended()
                           ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "The Active Directory schema is not extended for "
                                               "the product.")
                           : QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "Sites do not publish to Active Directory."));
    }
}

void multipleSites(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    if (plan.sites.size() > 1) {
        sink.hierarchy(QT_TRANSLATE_NOOP("hierarch::Findings", "The plan has %1 sites."),
                       {number(plan.sites.size())});
    }
}

void ipsecBetweenSiteSystems(const ValidationContext &context, FindingSink &sink)
{
    const int roleServers = context.roleServers();
    const int withoutIpsec = context.roleServersWithoutIpsec();
    if (roleServers > 1 && withoutIpsec > 0) {
        sink.hierarchy(QT_TRANSLATE_N_NOOP("hierarch::Findings",
                                           "%1 of %2 site systems do(es) not use IPsec with the "
                                           "others."),
                       {number(withoutIpsec), number(roleServers)}, withoutIpsec);
    }
}

void siteSpansForests(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    const QString siteForest = context.effectiveForest(i);
    for (const ValidationContext::ServerRef &ref : context.servers(i)) {
        const Server &server = context.server(ref);
        if (crossForestByDesign(context.product(), server, ref.roles))
            continue;
        const QString forest = server.forest.value_or(siteForest);
        if (forest.compare(siteForest, Qt::CaseInsensitive) != 0) {
            sink.site(site,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Server %1 of site %2 is in forest %3, the site in %4."),
                      {server.name, site.code, forest,
                       siteForest.isEmpty()
                           ? vocabularyArgument("hierarch::Findings",
                                                {QT_TRANSLATE_NOOP("hierarch::Findings", "(none)")})
                           : siteForest});
            return;
        }
    }
}

void workgroupClients(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.effectiveWorkgroupClients()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has clients in workgroups or other forests."),
                  {site.code});
    }
}

void secureKeyExchange(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (!site.effectiveSecureKeyExchange(context.product())) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 does not require secure key exchange."),
                  {site.code});
    }
}

void acceptUnsignedData(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.effectiveAcceptUnsignedData()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 accepts unsigned data from SMS 2.0 sites."),
                  {site.code});
    }
}

void standardSecurity(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.effectiveSecurityMode() == SecurityMode::Standard) {
        sink.site(site, QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 uses standard security."),
                  {site.code});
    }
}

void mixedMode(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (!site.isSecondary() && site.ownClientMode() == ClientMode::Mixed) {
        sink.site(site, QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 runs in mixed mode."),
                  {site.code});
    }
}

void legacyClients(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.effectiveLegacyClients() > 0) {
        sink.site(
            site,
            QT_TRANSLATE_N_NOOP("hierarch::Findings", "Site %1 still has %2 Legacy Client(s)."),
            {site.code, number(site.effectiveLegacyClients())}, site.effectiveLegacyClients());
    }
}

void roleSeparation(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.isSecondary() || site.effectiveClients() <= 0)
        return;
    QList<const char *> reasons;
    if (context.roleServers(i) == 1)
        reasons << QT_TRANSLATE_NOOP("hierarch::Findings", "all roles are on one server");
    if (context.product() == Product::Sms2003) {
        const int managementPoints = context.serversWithRole(i, Role::ManagementPoint);
        int managementPointsOnSiteServer = 0;
        for (const ValidationContext::ServerRef &ref : context.servers(i)) {
            managementPointsOnSiteServer +=
                ref.roles.contains(Role::ManagementPoint) && ref.roles.contains(Role::SiteServer);
        }
        if (managementPoints > 0 && managementPointsOnSiteServer == managementPoints) {
            reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "the management point is on the site server");
        }
        if (context.serversWithRole(i, Role::DistributionPoint) == 1) {
            reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "one server carries the distribution point");
        }
        if (context.serversWithRole(i, Role::ReportingPoint) == 1) {
            reasons << QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "one server carries the reporting point");
        }
    }
    if (!reasons.isEmpty()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 depends on single servers: %2."),
                  {site.code, vocabularyArgument("hierarch::Findings", reasons)});
    }
}

void siteAssignmentNoSlp(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (site.isSecondary() || site.effectiveClients() <= 0 ||
        clientsCanUseActiveDirectory(context.plan(), site))
        return;
    const bool noLocator = context.serversWithRole(Role::ServerLocatorPoint) == 0;
    const bool nativeWithoutHttp =
        context.effectiveMode(i) == ClientMode::Native && !site.effectiveHttpRoaming();
    if (noLocator || nativeWithoutHttp) {
        sink.site(site,
                  noLocator ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                                "Clients of site %1 cannot use Active Directory, "
                                                "and the plan has no server locator point.")
                            : QT_TRANSLATE_NOOP("hierarch::Findings",
                                                "Clients of native-mode site %1 cannot use Active "
                                                "Directory, and without HTTP communication for "
                                                "roaming and site assignment they cannot reach "
                                                "the server locator point."),
                  {site.code});
    }
}

} // namespace

QList<RuleCheck> designRules()
{
    return {
        {RuleId::AdSchemaNotExtended, adSchemaNotExtended},
        {RuleId::MultipleSites, multipleSites},
        {RuleId::IpsecBetweenSiteSystems, ipsecBetweenSiteSystems},
        {RuleId::SiteSpansForests, siteSpansForests},
        {RuleId::WorkgroupClients, workgroupClients},
        {RuleId::SecureKeyExchange, secureKeyExchange},
        {RuleId::AcceptUnsignedData, acceptUnsignedData},
        {RuleId::StandardSecurity, standardSecurity},
        {RuleId::MixedMode, mixedMode},
        {RuleId::LegacyClients, legacyClients},
        {RuleId::RoleSeparation, roleSeparation},
        {RuleId::SiteAssignmentNoSlp, siteAssignmentNoSlp},
    };
}

} // namespace hierarch
