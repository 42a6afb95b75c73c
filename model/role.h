#pragma once

#include "enums.h"

#include <QString>

#include <cstdint>

namespace hierarch {

// A site system role as FORMAT.md lists it. The order is the order of the format's role table,
// which the editor's palette and the report's role matrix follow as well.
enum class Role {
    SiteServer,
    SiteDatabase,
    SmsProvider,
    ClientAccessPoint,
    ManagementPoint,
    DistributionPoint,
    BranchDistributionPoint,
    ServerLocatorPoint,
    ReportingPoint,
    ReportingServicesPoint,
    FallbackStatusPoint,
    SoftwareUpdatePoint,
    PxeServicePoint,
    StateMigrationPoint,
    SystemHealthValidatorPoint,
    AssetIntelligenceSyncPoint,
    OutOfBandServicePoint
};

template<>
struct EnumTraits<Role>
{
    static constexpr std::array names{"site-server",
                                      "site-database",
                                      "sms-provider",
                                      "client-access-point",
                                      "management-point",
                                      "distribution-point",
                                      "branch-distribution-point",
                                      "server-locator-point",
                                      "reporting-point",
                                      "reporting-services-point",
                                      "fallback-status-point",
                                      "software-update-point",
                                      "pxe-service-point",
                                      "state-migration-point",
                                      "system-health-validator-point",
                                      "asset-intelligence-sync-point",
                                      "out-of-band-service-point"};
};

// A set of roles as a bit mask; cheap to build per server and to test in rules.
class RoleSet
{
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            mBits |= bit(r);
    }

    constexpr void insert(Role r) { mBits |= bit(r); }
    constexpr bool contains(Role r) const { return mBits & bit(r); }
    constexpr bool intersects(RoleSet other) const { return mBits & other.mBits; }
    constexpr bool isEmpty() const { return mBits == 0; }
    constexpr RoleSet operator-(RoleSet other) const { return RoleSet(mBits & ~other.mBits); }
    constexpr RoleSet operator&(RoleSet other) const { return RoleSet(mBits & other.mBits); }
    constexpr bool operator==(const RoleSet &) const = default;

private:
    constexpr explicit RoleSet(std::uint32_t bits) : mBits(bits) {}
    static constexpr std::uint32_t bit(Role r) { return std::uint32_t(1) << int(r); }
    std::uint32_t mBits = 0;
};

// Whether the role exists in the product (FORMAT.md role table).
bool roleInProduct(Role role, Product product);

// Whether the role is written with the site it serves (FORMAT.md "Roles": `site` only for
// `site-database` and `sms-provider`). A server holds such a role once per site served.
constexpr bool roleTakesSite(Role role)
{
    return role == Role::SiteDatabase || role == Role::SmsProvider;
}

// The role's name for people ("management point"), untranslated; see roleDisplayName().
const char *roleTitle(Role role);
QString roleDisplayName(Role role);

// Roles that RULES.md counts as IIS roles, except distribution-point, which depends on `bits`.
inline constexpr RoleSet kIisRolesExceptDp{Role::ManagementPoint,     Role::ServerLocatorPoint,
                                           Role::ReportingPoint,      Role::FallbackStatusPoint,
                                           Role::SoftwareUpdatePoint, Role::StateMigrationPoint};

} // namespace hierarch
