#include "plan.h"

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

bool accountTypeIsProductMaintained(AccountType type)
{
    switch (type) {
    case AccountType::ServerConnection:
    case AccountType::RemoteService:
    case AccountType::ClientServices:
    case AccountType::ClientServicesDc:
    case AccountType::ClientUserToken:
    case AccountType::ClientUserTokenDc:
    case AccountType::CcmBootLoader:
    case AccountType::CcmBootLoaderDc:
        return true;
    default:
        return false;
    }
}

PasswordChange defaultPasswordChange(AccountType type)
{
    switch (type) {
    case AccountType::SmsService:
    case AccountType::Database:
    case AccountType::ServerConnection:
    case AccountType::RemoteService:
    case AccountType::ClientConnection:
        // Seed 004: site reset changes these (the service and database accounts may also be
        // changed from the console; site reset is the method that always works).
        return PasswordChange::SiteReset;
    case AccountType::ClientServices:
    case AccountType::ClientServicesDc:
    case AccountType::ClientUserToken:
    case AccountType::ClientUserTokenDc:
        return PasswordChange::ClientReinstall;
    case AccountType::CcmBootLoader:
    case AccountType::CcmBootLoaderDc:
        // Not in table 12.2; the product creates and maintains these on its own.
        return PasswordChange::Automatic;
    case AccountType::SiteAddress:
    case AccountType::SiteSystemConnection:
    case AccountType::AdvancedClientNetworkAccess:
    case AccountType::LegacyClientSoftwareInstallation:
    case AccountType::ClientPushInstallation:
        return PasswordChange::Console;
    }
    return PasswordChange::Console;
}

bool Account::effectiveGenerated() const
{
    return generated.value_or(accountTypeIsProductMaintained(type));
}

PasswordChange Account::effectivePasswordChange() const
{
    return passwordChange.value_or(defaultPasswordChange(type));
}

Plan withoutSourcePositions(Plan plan)
{
    for (Site &site : plan.sites) {
        site.pos = {};
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
