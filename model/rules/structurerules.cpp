// RULES.md "Structure": plans that cannot be built as written.
#include "registry.h"

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

using ServerRef = ValidationContext::ServerRef;

void centralSiteCount(const ValidationContext &ctx, FindingSink &sink)
{
    if (ctx.siteCount() > 0 && ctx.centralSites() != 1) {
        sink.hierarchy(QT_TRANSLATE_NOOP("hierarch::Findings",
                                         "The plan has %1 sites without a parent; a hierarchy has "
                                         "exactly one central site."),
                       {number(ctx.centralSites())});
    }
}

void siteCodeInvalid(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (!siteCodeValid(s.code)) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site code \"%1\" is not three letters or digits, or is a "
                                    "reserved name."),
                  {s.code});
    }
}

void siteCodeDuplicate(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (ctx.siteIndex(s.code) != i) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site code %1 is already used by an earlier site."),
                  {s.code});
    }
}

void siteParentUnknown(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (s.parent && ctx.parentOf(i) < 0) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 names parent %2, which is not a site of the plan."),
                  {s.code, *s.parent});
    }
}

void siteParentCycle(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (ctx.onParentCycle(i)) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Following the parents of site %1 leads back to it."),
                  {s.code});
    }
}

void secondarySitePlacement(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    const int parent = ctx.parentOf(i);
    if (s.isSecondary() && (!s.parent || (parent >= 0 && ctx.site(parent).isSecondary()))) {
        sink.site(s,
                  s.parent ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "Secondary site %1 has a secondary parent; a "
                                               "secondary site must report to a primary site.")
                           : QT_TRANSLATE_NOOP("hierarch::Findings",
                                               "Secondary site %1 has no parent; a secondary "
                                               "site must report to a primary site."),
                  {s.code});
    }
}

void secondarySiteClientMode(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (s.isSecondary() && s.clientMode) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Secondary site %1 states client mode %2, but it runs in %3 "
                                    "mode, the mode of its parent."),
                  {s.code, enumString(*s.clientMode), enumString(ctx.effectiveMode(i))});
    }
}

void siteServerCount(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    const int siteServers = ctx.serversWithRole(i, Role::SiteServer);
    if (siteServers != 1) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has %2 servers carrying the site server role; it "
                                    "needs exactly one."),
                  {s.code, number(siteServers)});
    }
}

void siteDatabaseMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (!s.isSecondary() && ctx.databaseHosts(i).isEmpty()) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "No server hosts the site database of primary site %1."),
                  {s.code});
    }
}

void siteDatabaseMultiple(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    const qsizetype databases = ctx.databaseHosts(i).size();
    if (databases > 1) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "%1 servers host the site database of site %2; a site has "
                                    "one database."),
                  {number(databases), s.code});
    }
}

void managementPointMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    // ConfigMgr 2007 requires a management point only where clients are assigned (RULES.md).
    const bool needsManagementPoint =
        !s.isSecondary() && (ctx.product() == Product::Sms2003 || s.effectiveClients() > 0);
    if (needsManagementPoint && ctx.serversWithRole(i, Role::ManagementPoint) == 0) {
        sink.site(
            s, QT_TRANSLATE_NOOP("hierarch::Findings", "Primary site %1 has no management point."),
            {s.code});
    }
}

void clientAccessPointMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    if (ctx.serversWithRole(i, Role::ClientAccessPoint) == 0) {
        sink.site(s, QT_TRANSLATE_NOOP("hierarch::Findings", "Site %1 has no client access point."),
                  {s.code});
    }
}

void nativeUnderMixedParent(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    const int parent = ctx.parentOf(i);
    if (parent >= 0 && !s.isSecondary() && s.ownClientMode() == ClientMode::Native &&
        ctx.effectiveMode(parent) == ClientMode::Mixed) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Native-mode site %1 reports to %2, which runs in mixed "
                                    "mode."),
                  {s.code, ctx.site(parent).code});
    }
}

void advancedUnderStandardParent(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &s = ctx.site(i);
    const int parent = ctx.parentOf(i);
    if (parent >= 0 && s.effectiveSecurityMode() == SecurityMode::Advanced &&
        ctx.site(parent).effectiveSecurityMode() == SecurityMode::Standard) {
        sink.site(s,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Advanced-security site %1 reports to %2, which uses "
                                    "standard security."),
                  {s.code, ctx.site(parent).code});
    }
}

void serverNameDuplicate(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    if (const ServerRef first = ctx.firstServerNamed(server.name); !first.samePlace(ref)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Server name %1 is already used by a server of site %2."),
                    {server.name, ctx.site(first.site).code});
    }
}

void serverNameInvalid(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    if (!serverNameValid(server.name)) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "Server name \"%1\" is not a valid NetBIOS name (1 to 15 "
                                      "letters, digits and hyphens, not all digits)."),
                    {server.name});
    }
}

void roleNotInProduct(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    QList<Role> foreign;
    for (const RoleAssignment &role : server.roles) {
        if (!roleInProduct(role.role, ctx.product()) && !foreign.contains(role.role))
            foreign.append(role.role);
    }
    if (!foreign.isEmpty()) {
        sink.server(
            ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "%1 carries roles that %2 does not have: %3."),
            {server.name, enumString(ctx.product()), roleNameList(foreign)});
    }
}

void roleDuplicate(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    if (server.roles.size() < 2)
        return;
    // Role and served site: the site's index, or for an unknown site its folded code.
    struct Served
    {
        Role role;
        int site;
        QString unknownKey;
        bool operator==(const Served &) const = default;
    };
    QList<Served> seen;
    QList<Role> duplicated;
    for (const RoleAssignment &role : server.roles) {
        const int served = ctx.servedSite(ref, role);
        const Served key{role.role, served,
                         served >= 0 ? QString() : ValidationContext::foldedKey(*role.site)};
        if (seen.contains(key)) {
            if (!duplicated.contains(role.role))
                duplicated.append(role.role);
        } else {
            seen.append(key);
        }
    }
    if (!duplicated.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 lists the same role for the same site more than once: "
                                      "%2."),
                    {server.name, roleNameList(duplicated)});
    }
}

void roleSiteUnknown(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    QStringList unknownSites;
    for (const RoleAssignment &role : server.roles) {
        if (role.site && ctx.servedSite(ref, role) < 0 && !unknownSites.contains(*role.site))
            unknownSites.append(*role.site);
    }
    if (!unknownSites.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 has roles serving sites that are not in the plan: %2."),
                    {server.name, unknownSites.join(QLatin1String(", "))});
    }
}

void secondarySiteRole(const ValidationContext &ctx, FindingSink &sink, const ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    QList<Role> onSecondary;
    for (const RoleAssignment &role : server.roles) {
        const bool secondaryOnly =
            role.role == Role::SiteDatabase || role.role == Role::SmsProvider ||
            role.role == Role::ReportingPoint || role.role == Role::AssetIntelligenceSyncPoint ||
            (role.role == Role::OutOfBandServicePoint && ctx.product() == Product::ConfigMgr2007);
        if (!secondaryOnly || onSecondary.contains(role.role))
            continue;
        const int served = ctx.servedSite(ref, role);
        if (served >= 0 && ctx.site(served).isSecondary())
            onSecondary.append(role.role);
    }
    if (!onSecondary.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 places roles that a secondary site cannot have: %2."),
                    {server.name, roleNameList(onSecondary)});
    }
}

void assetIntelligencePlacement(const ValidationContext &ctx, FindingSink &sink,
                                const ServerRef &ref)
{
    if (!ref.roles.contains(Role::AssetIntelligenceSyncPoint))
        return;
    const int assetSyncServers = ctx.serversWithRole(Role::AssetIntelligenceSyncPoint);
    if (assetSyncServers > 1 || !ctx.site(ref.site).isCentral()) {
        sink.server(ref,
                    assetSyncServers > 1
                        ? QT_TRANSLATE_NOOP("hierarch::Findings",
                                            "%1 is one of %2 Asset Intelligence synchronization "
                                            "points; a hierarchy has one, at the central site.")
                        : QT_TRANSLATE_NOOP("hierarch::Findings",
                                            "%1 hosts the Asset Intelligence synchronization "
                                            "point outside the central site."),
                    {ctx.server(ref).name, number(assetSyncServers)});
    }
}

void accountSiteUnknown(const ValidationContext &ctx, FindingSink &sink, const Account &account)
{
    QStringList unknown;
    for (const QString &code : account.sites) {
        if (ctx.siteIndex(code) < 0 && !unknown.contains(code))
            unknown.append(code);
    }
    if (!unknown.isEmpty()) {
        sink.account(account,
                     QT_TRANSLATE_NOOP("hierarch::Findings",
                                       "Account %1 names sites that are not in the plan: %2."),
                     {account.name, unknown.join(QLatin1String(", "))});
    }
}

void accountTypeNotInProduct(const ValidationContext &ctx, FindingSink &sink,
                             const Account &account)
{
    if (!accountTypeInProduct(account.type, ctx.product())) {
        sink.account(account,
                     QT_TRANSLATE_NOOP("hierarch::Findings",
                                       "Account %1 is of type %2, which %3 does not have."),
                     {account.name, enumString(account.type), enumString(ctx.product())});
    }
}

} // namespace

QList<RuleCheck> structureRules()
{
    return {
        {RuleId::CentralSiteCount, centralSiteCount},
        {RuleId::SiteCodeInvalid, siteCodeInvalid},
        {RuleId::SiteCodeDuplicate, siteCodeDuplicate},
        {RuleId::SiteParentUnknown, siteParentUnknown},
        {RuleId::SiteParentCycle, siteParentCycle},
        {RuleId::SecondarySitePlacement, secondarySitePlacement},
        {RuleId::SecondarySiteClientMode, secondarySiteClientMode},
        {RuleId::SiteServerCount, siteServerCount},
        {RuleId::SiteDatabaseMissing, siteDatabaseMissing},
        {RuleId::SiteDatabaseMultiple, siteDatabaseMultiple},
        {RuleId::ManagementPointMissing, managementPointMissing},
        {RuleId::ClientAccessPointMissing, clientAccessPointMissing},
        {RuleId::NativeUnderMixedParent, nativeUnderMixedParent},
        {RuleId::AdvancedUnderStandardParent, advancedUnderStandardParent},
        {RuleId::ServerNameDuplicate, serverNameDuplicate},
        {RuleId::ServerNameInvalid, serverNameInvalid},
        {RuleId::RoleNotInProduct, roleNotInProduct},
        {RuleId::RoleDuplicate, roleDuplicate},
        {RuleId::RoleSiteUnknown, roleSiteUnknown},
        {RuleId::SecondarySiteRole, secondarySiteRole},
        {RuleId::AssetIntelligencePlacement, assetIntelligencePlacement},
        {RuleId::AccountSiteUnknown, accountSiteUnknown},
        {RuleId::AccountTypeNotInProduct, accountTypeNotInProduct},
    };
}

} // namespace hierarch
