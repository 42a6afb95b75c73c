// RULES.md "Security: site systems": where roles are placed and how site systems are exposed.
#include "findingsink.h"

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

} // namespace

void siteSystemsServer(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &s = ctx.server(ref);
    const Site &site = ctx.site(ref.site);
    const RoleSet roles = ref.roles;
    const bool hasFsp = roles.contains(Role::FallbackStatusPoint);
    const bool perimeter = s.inPerimeterOrInternet();
    const bool iis = s.hasIisRole();
    const bool otherWeb = s.effectiveOtherWebApplications();
    const bool dc = s.effectiveDomainController();

    const QList<Role> besideFsp = rolesOtherThan(s, Role::FallbackStatusPoint);
    const bool fspColocated = hasFsp && !besideFsp.isEmpty() && ctx.runs(RuleId::FspColocated);
    if (fspColocated) {
        sink.server(RuleId::FspColocated, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point together with: %2."),
                    {s.name, roleNameList(besideFsp)});
    }
    if (hasFsp && dc) {
        sink.server(RuleId::FspOnDomainController, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point on a domain controller."),
                    {s.name});
    }
    if (hasFsp && perimeter) {
        sink.server(RuleId::FspInPerimeter, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts the fallback status point in the %2 zone."),
                    {s.name, enumString(s.effectiveZone())});
    }
    if (perimeter && !roles.isEmpty() && !s.effectiveSiteServerInitiatedTransfers()) {
        sink.server(RuleId::PerimeterPushTransfers, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 is in the %2 zone but does not require site server "
                                      "initiated data transfers."),
                    {s.name, enumString(s.effectiveZone())});
    }
    if (s.effectiveDualHomed()) {
        sink.server(RuleId::PerimeterBridge, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 bridges the perimeter network and the intranet."),
                    {s.name});
    }
    if (roles.contains(Role::ServerLocatorPoint) && perimeter) {
        sink.server(RuleId::SlpInPerimeter, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 hosts a server locator point in the %2 zone."),
                    {s.name, enumString(s.effectiveZone())});
    }

    const bool siteServerIis =
        roles.contains(Role::SiteServer) && (iis || otherWeb) && !fspColocated;
    if (siteServerIis) {
        sink.server(
            RuleId::SiteServerIis, ref,
            iis ? QT_TRANSLATE_NOOP("hierarch::Findings", "Site server %1 also runs IIS for: %2.")
                : QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site server %1 also runs other web applications on "
                                    "IIS."),
            {s.name, roleNameList(iisRoles(s))});
    }
    if (iis && hasNonIisRole(s) && !fspColocated &&
        !(siteServerIis && ctx.runs(RuleId::SiteServerIis))) {
        sink.server(RuleId::IisRoleMixing, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 mixes roles that need IIS with roles that do not."),
                    {s.name});
    }
    if (iis && otherWeb) {
        sink.server(RuleId::DedicatedIis, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 serves product roles and other web applications from the "
                                      "same IIS."),
                    {s.name});
    }
    if (!roles.isEmpty() && s.effectiveOtherLocalSystemServices()) {
        sink.server(RuleId::OtherLocalSystemServices, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 runs other services as Local System beside its site "
                                      "system roles."),
                    {s.name});
    }
    const bool siteServerOnDc = roles.contains(Role::SiteServer) && dc;
    if (siteServerOnDc) {
        sink.server(
            RuleId::SiteServerOnDomainController, ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "Site server %1 is a domain controller."),
            {s.name});
    }
    // One finding per cause: the site server and fallback status point rules name the DC case.
    if (dc && !roles.isEmpty() &&
        !(siteServerOnDc && ctx.runs(RuleId::SiteServerOnDomainController)) &&
        !(hasFsp && ctx.runs(RuleId::FspOnDomainController))) {
        sink.server(
            RuleId::SiteSystemOnDomainController, ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "Site system %1 is a domain controller."),
            {s.name});
    }
    if (site.isCentral() && roles.contains(Role::SiteServer) &&
        roles.contains(Role::ManagementPoint) && site.effectiveClients() > 0 &&
        !clientsCanUseActiveDirectory(ctx.plan(), site)) {
        sink.server(RuleId::TrustedRootKeySeparation, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Central site server %1 is also the management point while "
                                      "clients of %2 depend on the trusted root key."),
                    {s.name, site.code});
    }
    if (roles.contains(Role::ManagementPoint) && !s.effectiveIpsec()) {
        const int databaseSite = site.isSecondary() ? ctx.parentOf(ref.site) : ref.site;
        if (databaseSite >= 0) {
            const QList<ServerRef> &hosts = ctx.databaseHosts(databaseSite);
            bool local = false;
            for (const ServerRef &h : hosts)
                local = local || h.samePlace(ref);
            if (!hosts.isEmpty() && !local) {
                sink.server(RuleId::ManagementPointDatabaseIpsec, ref,
                            QT_TRANSLATE_NOOP("hierarch::Findings",
                                              "Management point %1 reaches the database of site %2 "
                                              "on %3 without IPsec."),
                            {s.name, ctx.site(databaseSite).code, ctx.server(hosts.first()).name});
            }
        }
    }
    if (s.effectiveAllowInternetClients()) {
        const QList<Role> unsupported = rolesIn(s, kInternetUnsupported);
        if (!unsupported.isEmpty()) {
            sink.server(
                RuleId::InternetRoleUnsupported, ref,
                QT_TRANSLATE_NOOP("hierarch::Findings",
                                  "%1 accepts Internet-based clients but carries roles that "
                                  "do not support them: %2."),
                {s.name, roleNameList(unsupported)});
        }
    }
    if (s.effectiveAllowInternetClients() && site.isSecondary()) {
        sink.server(RuleId::InternetClientsSecondarySite, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 accepts Internet-based clients, but it is located in "
                                      "secondary site %2."),
                    {s.name, site.code});
    }
    if (ctx.effectiveMode(ref.site) == ClientMode::Native) {
        for (const RoleAssignment &r : s.roles) {
            if (r.role == Role::DistributionPoint && !r.effectiveBits()) {
                sink.server(
                    RuleId::DpBitsNative, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Distribution point %1 in native-mode site %2 does not "
                                      "use BITS."),
                    {s.name, site.code});
                break;
            }
        }
    }
}

void siteSystemsSite(const ValidationContext &ctx, FindingSink &sink, int index)
{
    const Site &site = ctx.site(index);
    int fallbackStatusPoints = 0;
    int managementPoints = 0;
    bool internetClients = false;
    for (const ServerRef &ref : ctx.servers(index)) {
        fallbackStatusPoints += ref.roles.contains(Role::FallbackStatusPoint);
        managementPoints += ref.roles.contains(Role::ManagementPoint);
        internetClients = internetClients || ctx.server(ref).effectiveAllowInternetClients();
    }
    const bool native = ctx.effectiveMode(index) == ClientMode::Native;

    if (!site.isSecondary() && native && site.effectiveClients() > 0 && fallbackStatusPoints == 0) {
        sink.site(RuleId::FspMissingNative, site,
                  QT_TRANSLATE_N_NOOP("hierarch::Findings",
                                      "Native-mode site %1 plans %2 client(s) but no fallback "
                                      "status point."),
                  {site.code, number(site.effectiveClients())}, site.effectiveClients());
    }
    if (site.isSecondary() && site.effectiveInstallation() == Installation::Push) {
        sink.site(RuleId::SecondaryPushInstall, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 is installed by push from its parent."),
                  {site.code});
    }
    if (site.isSecondary() && managementPoints > 0) {
        sink.site(RuleId::ProxyManagementPoint, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 has a proxy management point."),
                  {site.code});
    }
    if (managementPoints > 1) {
        sink.site(RuleId::ManagementPointFewest, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 has %2 management points."),
                  {site.code, number(managementPoints)});
    }
    if (internetClients && !native) {
        sink.site(
            RuleId::InternetClientsMixedMode, site,
            QT_TRANSLATE_NOOP("hierarch::Findings",
                              "Site %1 accepts Internet-based clients but runs in mixed mode."),
            {site.code});
    }
    if (native && site.effectiveHttpRoaming()) {
        sink.site(RuleId::HttpRoaming, site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Native-mode site %1 allows HTTP communication for roaming and "
                                    "site assignment."),
                  {site.code});
    }
}

void siteSystemsHierarchy(const ValidationContext &context, FindingSink &sink)
{
    const int locators = context.serversWithRole(Role::ServerLocatorPoint);
    if (locators > 1) {
        sink.hierarchy(RuleId::SlpMultiple,
                       QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "%1 servers carry a server locator point; one is enough."),
                       {number(locators)});
    }
}

} // namespace hierarch
