// RULES.md "Security: site systems": where roles are placed and how site systems are exposed.
#include "registry.h"

namespace hierarch {

namespace {

using ServerRef = ValidationContext::ServerRef;

constexpr RoleSet kInternetUnsupported{
    Role::BranchDistributionPoint, Role::ServerLocatorPoint,         Role::PxeServicePoint,
    Role::StateMigrationPoint,     Role::SystemHealthValidatorPoint, Role::OutOfBandServicePoint};

QList<Role> rolesIn(const Server &server, RoleSet set)
{
    QList<Role> out;
    for (const RoleAssignment &r : server.roles) {
        if (set.contains(r.role) && !out.contains(r.role))
            out.append(r.role);
    }
    return out;
}

QList<Role> rolesOtherThan(const Server &server, Role role)
{
    QList<Role> out;
    for (const RoleAssignment &r : server.roles) {
        if (r.role != role && !out.contains(r.role))
            out.append(r.role);
    }
    return out;
}

QList<Role> iisRoles(const Server &server)
{
    QList<Role> out;
    for (const RoleAssignment &r : server.roles) {
        if (r.needsIis() && !out.contains(r.role))
            out.append(r.role);
    }
    return out;
}

bool hasNonIisRole(const Server &server)
{
    for (const RoleAssignment &r : server.roles) {
        if (!r.needsIis())
            return true;
    }
    return false;
}

void fspColocated(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::FallbackStatusPoint))
        return;
    const Server &s = ctx.server(ref);
    const QList<Role> besideFsp = rolesOtherThan(s, Role::FallbackStatusPoint);
    if (!besideFsp.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point together with: %2."),
                    {s.name, roleNameList(besideFsp)});
    }
}

void fspOnDomainController(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (ref.roles.contains(Role::FallbackStatusPoint) && s.effectiveDomainController()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point on a domain controller."),
                    {s.name});
    }
}

void fspInPerimeter(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (ref.roles.contains(Role::FallbackStatusPoint) && s.inPerimeterOrInternet()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point in the %2 zone."),
                    {s.name, enumString(s.effectiveZone())});
    }
}

void perimeterPushTransfers(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (s.inPerimeterOrInternet() && !ref.roles.isEmpty() &&
        !s.effectiveSiteServerInitiatedTransfers()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 is in the %2 zone but does not require site server "
                                      "initiated data transfers."),
                    {s.name, enumString(s.effectiveZone())});
    }
}

void perimeterBridge(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (s.effectiveDualHomed()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 bridges the perimeter network and the intranet."),
                    {s.name});
    }
}

void slpInPerimeter(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (ref.roles.contains(Role::ServerLocatorPoint) && s.inPerimeterOrInternet()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts a server locator point in the %2 zone."),
                    {s.name, enumString(s.effectiveZone())});
    }
}

void siteServerIis(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::SiteServer))
        return;
    const Server &s = ctx.server(ref);
    const bool iis = s.hasIisRole();
    if (iis || s.effectiveOtherWebApplications()) {
        sink.server(
            ref,
            iis ? QT_TRANSLATE_NOOP("hierarch::Findings", "Site server %1 also runs IIS for: %2.")
                : QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site server %1 also runs other web applications on "
                                    "IIS."),
            {s.name, roleNameList(iisRoles(s))});
    }
}

void iisRoleMixing(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (s.hasIisRole() && hasNonIisRole(s)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 mixes roles that need IIS with roles that do not."),
                    {s.name});
    }
}

void dedicatedIis(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (s.hasIisRole() && s.effectiveOtherWebApplications()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 serves product roles and other web applications from the "
                                      "same IIS."),
                    {s.name});
    }
}

void otherLocalSystemServices(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.isEmpty() && s.effectiveOtherLocalSystemServices()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 runs other services as Local System beside its site "
                                      "system roles."),
                    {s.name});
    }
}

void siteServerOnDomainController(const ValidationContext &ctx, FindingSink &sink,
                                  const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (ref.roles.contains(Role::SiteServer) && s.effectiveDomainController()) {
        sink.server(
            ref, QT_TRANSLATE_NOOP("hierarch::Findings", "Site server %1 is a domain controller."),
            {s.name});
    }
}

void siteSystemOnDomainController(const ValidationContext &ctx, FindingSink &sink,
                                  const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (s.effectiveDomainController() && !ref.roles.isEmpty()) {
        sink.server(
            ref, QT_TRANSLATE_NOOP("hierarch::Findings", "Site system %1 is a domain controller."),
            {s.name});
    }
}

void trustedRootKeySeparation(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Site &site = ctx.site(ref.site);
    if (site.isCentral() && ref.roles.contains(Role::SiteServer) &&
        ref.roles.contains(Role::ManagementPoint) && site.effectiveClients() > 0 &&
        !clientsCanUseActiveDirectory(ctx.plan(), site)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Central site server %1 is also the management point while "
                                      "clients of %2 depend on the trusted root key."),
                    {ctx.server(ref).name, site.code});
    }
}

void managementPointDatabaseIpsec(const ValidationContext &ctx, FindingSink &sink,
                                  const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!ref.roles.contains(Role::ManagementPoint) || s.effectiveIpsec())
        return;
    const int databaseSite = ctx.site(ref.site).isSecondary() ? ctx.parentOf(ref.site) : ref.site;
    if (databaseSite < 0)
        return;
    const QList<ServerRef> &hosts = ctx.databaseHosts(databaseSite);
    bool local = false;
    for (const ServerRef &h : hosts)
        local = local || h.samePlace(ref);
    if (!hosts.isEmpty() && !local) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Management point %1 reaches the database of site %2 "
                                      "on %3 without IPsec."),
                    {s.name, ctx.site(databaseSite).code, ctx.server(hosts.first()).name});
    }
}

void internetRoleUnsupported(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    if (!s.effectiveAllowInternetClients())
        return;
    const QList<Role> unsupported = rolesIn(s, kInternetUnsupported);
    if (!unsupported.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 accepts Internet-based clients but carries roles that "
                                      "do not support them: %2."),
                    {s.name, roleNameList(unsupported)});
    }
}

void internetClientsSecondarySite(const ValidationContext &ctx, FindingSink &sink,
                                  const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    const Site &site = ctx.site(ref.site);
    if (s.effectiveAllowInternetClients() && site.isSecondary()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 accepts Internet-based clients, but it is located in "
                                      "secondary site %2."),
                    {s.name, site.code});
    }
}

void dpBitsNative(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    if (!ref.roles.contains(Role::DistributionPoint) ||
        ctx.effectiveMode(ref.site) != ClientMode::Native)
        return;
    const Server &s = ctx.server(ref);
    for (const RoleAssignment &r : s.roles) {
        if (r.role == Role::DistributionPoint && !r.effectiveBits()) {
            sink.server(ref,
                        QT_TRANSLATE_NOOP("hierarch::Findings",
                                          "Distribution point %1 in native-mode site %2 does not "
                                          "use BITS."),
                        {s.name, ctx.site(ref.site).code});
            return;
        }
    }
}

void fspMissingNative(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (!site.isSecondary() && ctx.effectiveMode(index) == ClientMode::Native &&
        site.effectiveClients() > 0 && ctx.serversWithRole(index, Role::FallbackStatusPoint) == 0) {
        sink.site(site,
                  QT_TRANSLATE_N_NOOP("hierarch::Findings",
                                      "Native-mode site %1 plans %2 client(s) but no fallback "
                                      "status point."),
                  {site.code, number(site.effectiveClients())}, site.effectiveClients());
    }
}

void secondaryPushInstall(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (site.isSecondary() && site.effectiveInstallation() == Installation::Push) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 is installed by push from its parent."),
                  {site.code});
    }
}

void proxyManagementPoint(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (site.isSecondary() && ctx.serversWithRole(index, Role::ManagementPoint) > 0) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 has a proxy management point."),
                  {site.code});
    }
}

void managementPointFewest(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    const int managementPoints = ctx.serversWithRole(index, Role::ManagementPoint);
    if (managementPoints > 1) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 has %2 management points."),
                  {site.code, number(managementPoints)});
    }
}

void internetClientsMixedMode(const ValidationContext &ctx, FindingSink &sink, int index)
{
    if (ctx.effectiveMode(index) == ClientMode::Native)
        return;
    for (const ServerRef &ref : ctx.servers(index)) {
        if (ctx.server(ref).effectiveAllowInternetClients()) {
            const Site &site = ctx.site(index);
            sink.site(site,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Site %1 accepts Internet-based clients but runs in mixed "
                                        "mode."),
                      {site.code});
            return;
        }
    }
}

void httpRoaming(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    if (ctx.effectiveMode(index) == ClientMode::Native && site.effectiveHttpRoaming()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Native-mode site %1 allows HTTP communication for roaming and "
                                    "site assignment."),
                  {site.code});
    }
}

void slpMultiple(const ValidationContext &context, FindingSink &sink)
{
    const int locators = context.serversWithRole(Role::ServerLocatorPoint);
    if (locators > 1) {
        sink.hierarchy(QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "%1 servers carry a server locator point; one is enough."),
                       {number(locators)});
    }
}

} // namespace

QList<RuleCheck> siteSystemRules()
{
    return {
        {RuleId::SlpMultiple, slpMultiple},
        {RuleId::FspMissingNative, fspMissingNative},
        {RuleId::SecondaryPushInstall, secondaryPushInstall},
        {RuleId::ProxyManagementPoint, proxyManagementPoint},
        {RuleId::ManagementPointFewest, managementPointFewest},
        {RuleId::InternetClientsMixedMode, internetClientsMixedMode},
        {RuleId::HttpRoaming, httpRoaming},
        {RuleId::FspColocated, fspColocated},
        {RuleId::FspOnDomainController, fspOnDomainController},
        {RuleId::FspInPerimeter, fspInPerimeter},
        {RuleId::PerimeterPushTransfers, perimeterPushTransfers},
        {RuleId::PerimeterBridge, perimeterBridge},
        {RuleId::SlpInPerimeter, slpInPerimeter},
        // One finding per cause: the fallback status point rule names the server's roles.
        {RuleId::SiteServerIis, siteServerIis, {RuleId::FspColocated}},
        {RuleId::IisRoleMixing, iisRoleMixing, {RuleId::FspColocated, RuleId::SiteServerIis}},
        {RuleId::DedicatedIis, dedicatedIis},
        {RuleId::OtherLocalSystemServices, otherLocalSystemServices},
        {RuleId::SiteServerOnDomainController, siteServerOnDomainController},
        // The site server and fallback status point rules name the domain controller case.
        {RuleId::SiteSystemOnDomainController,
         siteSystemOnDomainController,
         {RuleId::SiteServerOnDomainController, RuleId::FspOnDomainController}},
        {RuleId::TrustedRootKeySeparation, trustedRootKeySeparation},
        {RuleId::ManagementPointDatabaseIpsec, managementPointDatabaseIpsec},
        {RuleId::InternetRoleUnsupported, internetRoleUnsupported},
        {RuleId::InternetClientsSecondarySite, internetClientsSecondarySite},
        {RuleId::DpBitsNative, dpBitsNative},
    };
}

} // namespace hierarch
