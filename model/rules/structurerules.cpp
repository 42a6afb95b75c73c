// RULES.md "Structure": plans that cannot be built as written.
#include "findingsink.h"

#include <QLocale>
#include <QSet>

namespace hierarch {

QString roleNameList(const QList<Role> &roles)
{
    QList<const char *> titles;
    for (Role r : roles)
        titles << roleTitle(r);
    return vocabularyArgument("hierarch::Role", titles);
}

QString number(qint64 n)
{
    // Tools read these messages as plain digits; people see them grouped by their locale.
    return numberArgument(n);
}

bool clientsCanUseActiveDirectory(const Plan &plan, const Site &site)
{
    return plan.effectiveSchemaExtended() && plan.effectivePublishing() &&
           !site.effectiveWorkgroupClients();
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

} // namespace

void structureHierarchy(const ValidationContext &ctx, FindingSink &sink)
{
    if (ctx.siteCount() > 0 && ctx.centralSites() != 1) {
        sink.hierarchy(RuleId::CentralSiteCount,
                       QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "The plan has %1 sites without a parent; a hierarchy has "
                                         "exactly one central site."),
                       {number(ctx.centralSites())});
    }
}

void structureSite(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (!siteCodeValid(s.code)) {
        sink.site(RuleId::SiteCodeInvalid, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site code \"%1\" is not three letters or digits, or is a "
                                    "reserved name."),
                  {s.code});
    }
    if (ctx.siteIndex(s.code) != i) {
        sink.site(RuleId::SiteCodeDuplicate, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site code %1 is already used by an earlier site."),
                  {s.code});
    }
    const int parent = ctx.parentOf(i);
    if (s.parent && parent < 0) {
        sink.site(RuleId::SiteParentUnknown, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 names parent %2, which is not a site of the plan."),
                  {s.code, *s.parent});
    }
    if (ctx.onParentCycle(i)) {
        sink.site(RuleId::SiteParentCycle, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Following the parents of site %1 leads back to it."),
                  {s.code});
    }
    if (s.isSecondary() && (!s.parent || (parent >= 0 && ctx.site(parent).isSecondary()))) {
        sink.site(RuleId::SecondarySitePlacement, s,
                  s.parent ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "Secondary site %1 has a secondary parent; a "
                                               "secondary site must report to a primary site.")
                           : QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "Secondary site %1 has no parent; a secondary "
                                               "site must report to a primary site."),
                  {s.code});
    }
    if (s.isSecondary() && s.clientMode) {
        sink.site(RuleId::SecondarySiteClientMode, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 states client mode %2, but it runs in %3 "
                                    "mode, the mode of its parent."),
                  {s.code, enumString(*s.clientMode), enumString(ctx.effectiveMode(i))});
    }

    int siteServers = 0;
    int managementPoints = 0;
    int accessPoints = 0;
    for (const ValidationContext::ServerRef &ref : ctx.servers(i)) {
        siteServers += ref.roles.contains(Role::SiteServer);
        managementPoints += ref.roles.contains(Role::ManagementPoint);
        accessPoints += ref.roles.contains(Role::ClientAccessPoint);
    }
    if (siteServers != 1) {
        sink.site(RuleId::SiteServerCount, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has %2 servers carrying the site server role; it "
                                    "needs exactly one."),
                  {s.code, number(siteServers)});
    }
    const qsizetype databases = ctx.databaseHosts(i).size();
    if (!s.isSecondary() && databases == 0) {
        sink.site(RuleId::SiteDatabaseMissing, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "No server hosts the site database of primary site %1."),
                  {s.code});
    }
    if (databases > 1) {
        sink.site(RuleId::SiteDatabaseMultiple, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "%1 servers host the site database of site %2; a site has "
                                    "one database."),
                  {number(databases), s.code});
    }
    // ConfigMgr 2007 requires a management point only where clients are assigned (RULES.md).
    const bool needsManagementPoint =
        !s.isSecondary() && (ctx.product() == Product::Sms2003 || s.effectiveClients() > 0);
    if (needsManagementPoint && managementPoints == 0) {
        sink.site(
            RuleId::ManagementPointMissing, s,
            QT_TRANSLATE_NOOP("hierarch::Findings", "Primary site %1 has no management point."),
            {s.code});
    }
    if (accessPoints == 0) {
        sink.site(RuleId::ClientAccessPointMissing, s,
                  QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 has no client access point."),
                  {s.code});
    }
    if (parent >= 0) {
        const Site &p = ctx.site(parent);
        if (!s.isSecondary() && s.ownClientMode() == ClientMode::Native &&
            ctx.effectiveMode(parent) == ClientMode::Mixed) {
            sink.site(RuleId::NativeUnderMixedParent, s,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Native-mode site %1 reports to %2, which runs in mixed "
                                        "mode."),
                      {s.code, p.code});
        }
        if (s.effectiveSecurityMode() == SecurityMode::Advanced &&
            p.effectiveSecurityMode() == SecurityMode::Standard) {
            sink.site(RuleId::AdvancedUnderStandardParent, s,
                      QT_TRANSLATE_NOOP("hierarch::Findings",
                                        "Advanced-security site %1 reports to %2, which uses "
                                        "standard security."),
                      {s.code, p.code});
        }
    }
}

void structureServer(const ValidationContext &ctx, FindingSink &sink,
                     const ValidationContext::ServerRef &ref)
{
    const Plan &plan = ctx.plan();
    const Server &server = ctx.server(ref);
    if (const ValidationContext::ServerRef first = ctx.firstServerNamed(server.name);
        !first.samePlace(ref)) {
        sink.server(RuleId::ServerNameDuplicate, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Server name %1 is already used by a server of site %2."),
                    {server.name, ctx.site(first.site).code});
    }
    if (!serverNameValid(server.name)) {
        sink.server(RuleId::ServerNameInvalid, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Server name \"%1\" is not a valid NetBIOS name (1 to 15 "
                                      "letters, digits and hyphens, not all digits)."),
                    {server.name});
    }

    QList<Role> foreign;
    QStringList unknownSites;
    QList<Role> duplicated;
    QList<Role> onSecondary;
    // Role and served site: the site's index, or for an unknown site its folded code.
    struct Served
    {
        Role role;
        int site;
        QString unknownKey;
        bool operator==(const Served &) const = default;
    };
    QList<Served> seen;
    for (const RoleAssignment &role : server.roles) {
        if (!roleInProduct(role.role, plan.product) && !foreign.contains(role.role))
            foreign.append(role.role);
        const int served = ctx.servedSite(ref, role);
        if (role.site && served < 0 && !unknownSites.contains(*role.site))
            unknownSites.append(*role.site);
        const Served key{role.role, served,
                         served >= 0 ? QString() : ValidationContext::foldedKey(*role.site)};
        if (seen.contains(key)) {
            if (!duplicated.contains(role.role))
                duplicated.append(role.role);
        } else {
            seen.append(key);
        }
        const bool secondaryOnly =
            role.role == Role::SiteDatabase || role.role == Role::SmsProvider ||
            role.role == Role::ReportingPoint || role.role == Role::AssetIntelligenceSyncPoint ||
            (role.role == Role::OutOfBandServicePoint && plan.product == Product::ConfigMgr2007);
        if (secondaryOnly && served >= 0 && ctx.site(served).isSecondary() &&
            !onSecondary.contains(role.role)) {
            onSecondary.append(role.role);
        }
    }
    if (!foreign.isEmpty()) {
        sink.server(
            RuleId::RoleNotInProduct, ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "%1 carries roles that %2 does not have: %3."),
            {server.name, enumString(plan.product), roleNameList(foreign)});
    }
    if (!duplicated.isEmpty()) {
        sink.server(RuleId::RoleDuplicate, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 lists the same role for the same site more than once: "
                                      "%2."),
                    {server.name, roleNameList(duplicated)});
    }
    if (!unknownSites.isEmpty()) {
        sink.server(RuleId::RoleSiteUnknown, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has roles serving sites that are not in the plan: %2."),
                    {server.name, unknownSites.join(QLatin1String(", "))});
    }
    if (!onSecondary.isEmpty()) {
        sink.server(RuleId::SecondarySiteRole, ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 places roles that a secondary site cannot have: %2."),
                    {server.name, roleNameList(onSecondary)});
    }
    const int assetSyncServers = ctx.serversWithRole(Role::AssetIntelligenceSyncPoint);
    if (ref.roles.contains(Role::AssetIntelligenceSyncPoint) &&
        (assetSyncServers > 1 || !ctx.site(ref.site).isCentral())) {
        sink.server(RuleId::AssetIntelligencePlacement, ref,
                    assetSyncServers > 1
                        ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                            "%1 is one of %2 Asset Intelligence synchronization "
                                            "points; a hierarchy has one, at the central site.")
                        : QT_TRANSLATE_NOOP("hierarch::Findings",
                                            "%1 hosts the Asset Intelligence synchronization "
                                            "point outside the central site."),
                    {server.name, number(assetSyncServers)});
    }
}

void structureAccount(const ValidationContext &ctx, FindingSink &sink, const Account &account)
{
    QStringList unknown;
    for (const QString &code : account.sites) {
        if (ctx.siteIndex(code) < 0 && !unknown.contains(code))
            unknown.append(code);
    }
    if (!unknown.isEmpty()) {
        sink.account(RuleId::AccountSiteUnknown, account,
                     QT_TRANSLATE_NOOP("hierarch::Findings",
                                       "Account %1 names sites that are not in the plan: %2."),
                     {account.name, unknown.join(QLatin1String(", "))});
    }
    if (!accountTypeInProduct(account.type, ctx.product())) {
        sink.account(RuleId::AccountTypeNotInProduct, account,
                     QT_TRANSLATE_NOOP("hierarch::Findings",
                                       "Account %1 is of type %2, which %3 does not have."),
                     {account.name, enumString(account.type), enumString(ctx.product())});
    }
}

} // namespace hierarch
