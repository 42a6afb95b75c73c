#include "plan.h"

#include <iterator>

namespace hierarch {

bool RoleAssignment::needsIis() const
{
    if (role == Role::DistributionPoint)
        return effectiveBits();
    return kIisRolesExceptDp.contains(role);
}

bool Server::hasRole(Role role) const
{
    for (const RoleAssignment &r : roles) {
        if (r.role == role)
            return true;
    }
    return false;
}

RoleSet Server::roleSet() const
{
    RoleSet set;
    for (const RoleAssignment &r : roles)
        set.insert(r.role);
    return set;
}

bool Server::hasIisRole() const
{
    for (const RoleAssignment &r : roles) {
        if (r.needsIis())
            return true;
    }
    return false;
}

namespace {

// FORMAT.md "Account types", indexed by AccountType.
struct AccountTypeDefaults
{
    AccountType type;
    std::optional<Product> product; // none: both products
    bool generated;
    PasswordChange change;
};

constexpr auto kSms = Product::Sms2003;
constexpr auto kCm = Product::ConfigMgr2007;
constexpr std::optional<Product> kBoth;
using PC = PasswordChange;

// Seed 004, table 12.2: site reset changes the service, database, server connection, remote
// service and client connection accounts (the first two may also be changed in the console;
// site reset always works). The CCM boot loader accounts are not in the table; the product
// creates and maintains them on its own. ConfigMgr 2007 accounts are changed in the operating
// system and then in the console ([D11]).
constexpr AccountTypeDefaults kAccountTypes[] = {
    {AccountType::SmsService, kSms, false, PC::SiteReset},
    {AccountType::Database, kSms, false, PC::SiteReset},
    {AccountType::SiteAddress, kBoth, false, PC::Console},
    {AccountType::ServerConnection, kSms, true, PC::SiteReset},
    {AccountType::SiteSystemConnection, kSms, false, PC::Console},
    {AccountType::RemoteService, kSms, true, PC::SiteReset},
    {AccountType::ClientServices, kSms, true, PC::ClientReinstall},
    {AccountType::ClientServicesDc, kSms, true, PC::ClientReinstall},
    {AccountType::ClientUserToken, kSms, true, PC::ClientReinstall},
    {AccountType::ClientUserTokenDc, kSms, true, PC::ClientReinstall},
    {AccountType::ClientConnection, kSms, false, PC::SiteReset},
    {AccountType::CcmBootLoader, kSms, true, PC::Automatic},
    {AccountType::CcmBootLoaderDc, kSms, true, PC::Automatic},
    {AccountType::AdvancedClientNetworkAccess, kSms, false, PC::Console},
    {AccountType::LegacyClientSoftwareInstallation, kSms, false, PC::Console},
    {AccountType::ClientPushInstallation, kBoth, false, PC::Console},
    {AccountType::NetworkAccess, kCm, false, PC::Console},
    {AccountType::SiteSystemInstallation, kCm, false, PC::Console},
    {AccountType::SoftwareUpdatePointConnection, kCm, false, PC::Console},
    {AccountType::HealthStateReferencePublishing, kCm, false, PC::Console},
    {AccountType::HealthStateReferenceQuerying, kCm, false, PC::Console},
};

static_assert(std::size(kAccountTypes) == std::size_t(enumCount<AccountType>()),
              "every account type has a row");

constexpr bool accountTypesInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kAccountTypes); ++i) {
        if (std::size_t(kAccountTypes[i].type) != i)
            return false;
    }
    return true;
}
static_assert(accountTypesInEnumOrder(), "kAccountTypes[i].type must be AccountType(i)");

const AccountTypeDefaults &defaultsOf(AccountType type)
{
    return kAccountTypes[std::size_t(type)];
}

} // namespace

bool accountTypeInProduct(AccountType type, Product product)
{
    const std::optional<Product> only = defaultsOf(type).product;
    return !only || *only == product;
}

bool releaseInProduct(Release release, Product product)
{
    switch (release) {
    case Release::Rtm:
    case Release::Sp1:
    case Release::Sp2:
        return true;
    case Release::Sp3:
        return product == Product::Sms2003;
    case Release::Sp1R2:
    case Release::Sp2R2:
    case Release::Sp2R3:
        return product == Product::ConfigMgr2007;
    }
    return false;
}

QStringList releaseNamesOf(Product product)
{
    QStringList names;
    for (int r = 0; r < enumCount<Release>(); ++r) {
        if (releaseInProduct(Release(r), product))
            names << enumString(Release(r));
    }
    return names;
}

int servicePackLevel(Release release)
{
    switch (release) {
    case Release::Rtm:
        return 0;
    case Release::Sp1:
    case Release::Sp1R2:
        return 1;
    case Release::Sp2:
    case Release::Sp2R2:
    case Release::Sp2R3:
        return 2;
    case Release::Sp3:
        return 3;
    }
    return 0;
}

bool hasR2(Release release)
{
    return release == Release::Sp1R2 || release == Release::Sp2R2 || release == Release::Sp2R3;
}

bool hasR3(Release release)
{
    return release == Release::Sp2R3;
}

bool accountTypeGeneratedByDefault(AccountType type)
{
    return defaultsOf(type).generated;
}

PasswordChange defaultPasswordChange(AccountType type)
{
    return defaultsOf(type).change;
}

bool accountGeneratedByDefault(const Account &account)
{
    if (account.type != AccountType::ClientConnection)
        return accountTypeGeneratedByDefault(account.type);
    // FORMAT.md: the name after any DOMAIN\ prefix is SMSClient_ and the code of one of the
    // account's sites, case-insensitive.
    const QString name = account.name.mid(account.name.lastIndexOf(QLatin1Char('\\')) + 1);
    static const QLatin1String prefix("SMSClient_");
    if (!name.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    const QStringView code = QStringView(name).mid(prefix.size());
    for (const QString &site : account.sites) {
        if (code.compare(site, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

AccountType defaultAccountType(Product product)
{
    return product == Product::Sms2003 ? AccountType::SmsService
                                       : AccountType::ClientPushInstallation;
}

bool Account::effectiveGenerated() const
{
    if (generated)
        return *generated;
    return accountGeneratedByDefault(*this);
}

PasswordChange Account::effectivePasswordChange() const
{
    return passwordChange.value_or(defaultPasswordChange(type));
}

Plan withoutSourcePositions(Plan plan)
{
    for (Site &site : plan.sites) {
        site.pos = {};
        if (site.pki)
            site.pki->pos = {}; // PKI
        for (SenderAddress &address : site.addresses)
            address.pos = {};
        for (Boundary &boundary : site.boundaries)
            boundary.pos = {};
        for (Server &server : site.servers) {
            server.pos = {};
            if (server.sql)
                server.sql->pos = {};
            for (RoleAssignment &role : server.roles)
                role.pos = {};
        }
    }
    for (Account &a : plan.accounts)
        a.pos = {};
    for (Waiver &w : plan.waivers)
        w.pos = {};
    for (Attestation &a : plan.attestations)
        a.pos = {};
    for (ChangeRecordEntry &e : plan.changeRecord)
        e.pos = {};
    return plan;
}

qsizetype Plan::serverCount() const
{
    qsizetype n = 0;
    for (const Site &site : sites)
        n += site.servers.size();
    return n;
}

} // namespace hierarch
