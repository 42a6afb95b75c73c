#include "branchtemplate.h"

namespace hierarch {

Site branchSecondarySite(Product product, const QString &parentCode, const QString &code,
                         const QString &serverName)
{
    Site site;
    site.code = code;
    site.type = SiteType::Secondary;
    site.parent = parentCode;
    Server server;
    server.name = serverName;
    for (Role role : {Role::SiteServer, Role::ClientAccessPoint, Role::ManagementPoint,
                      Role::DistributionPoint}) {
        if (roleInProduct(role, product)) {
            RoleAssignment assignment;
            assignment.role = role;
            server.roles.append(assignment);
        }
    }
    site.servers.append(server);
    return site;
}

} // namespace hierarch
