// RULES.md "Capacity": the supported limits of ConfigMgr 2007.
#include "findingsink.h"

namespace hierarch {

namespace {

constexpr qint64 kMaxSiteClients = 100'000;
constexpr qint64 kMaxClientsPerManagementPoint = 25'000;
constexpr int kMaxSecondarySites = 500;
constexpr int kMaxDistributionPoints = 100;
constexpr qint64 kMaxHierarchyClients = 200'000;

} // namespace

void checkCapacity(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    const int siteCount = int(plan.sites.size());

    QList<int> secondaryChildren(siteCount, 0);
    for (int i = 0; i < siteCount; ++i) {
        const int parent = context.parentOf(i);
        if (parent >= 0 && plan.sites.at(i).isSecondary())
            ++secondaryChildren[parent];
    }

    qint64 allClients = 0;
    for (int i = 0; i < siteCount; ++i) {
        const Site &site = plan.sites.at(i);
        const qint64 clients = site.effectiveClients();
        allClients += clients;
        if (!site.isSecondary() && clients > kMaxSiteClients) {
            sink.site(RuleId::CapacitySiteClients, site,
                      HIERARCH_MSG("Site %1 plans %2 clients; a primary site supports %3."),
                      {site.code, number(clients), number(kMaxSiteClients)});
        }
        const auto [begin, end] = context.serverRange(i);
        int managementPoints = 0;
        int distributionPoints = 0;
        for (int k = begin; k < end; ++k) {
            const RoleSet roles = context.servers().at(k).roles;
            managementPoints += roles.contains(Role::ManagementPoint);
            distributionPoints += roles.contains(Role::DistributionPoint);
        }
        // With no management point the ratio is undefined; management-point-missing covers it.
        if (managementPoints > 0 && clients > kMaxClientsPerManagementPoint * managementPoints) {
            sink.site(RuleId::CapacityManagementPoint, site,
                      HIERARCH_MSG("Site %1 plans %2 clients for %3 management points; one "
                                   "management point supports %4."),
                      {site.code, number(clients), number(managementPoints),
                       number(kMaxClientsPerManagementPoint)});
        }
        if (!site.isSecondary() && secondaryChildren.at(i) > kMaxSecondarySites) {
            sink.site(RuleId::CapacitySecondarySites, site,
                      HIERARCH_MSG("Site %1 has %2 secondary sites; a primary site supports %3."),
                      {site.code, number(secondaryChildren.at(i)), number(kMaxSecondarySites)});
        }
        if (distributionPoints > kMaxDistributionPoints) {
            sink.site(RuleId::CapacityDistributionPoints, site,
                      HIERARCH_MSG("Site %1 has %2 distribution points; a site supports %3."),
                      {site.code, number(distributionPoints), number(kMaxDistributionPoints)});
        }
    }
    if (allClients > kMaxHierarchyClients) {
        sink.hierarchy(RuleId::CapacityHierarchyClients,
                       HIERARCH_MSG("The hierarchy plans %1 clients; it supports %2."),
                       {number(allClients), number(kMaxHierarchyClients)});
    }
}

} // namespace hierarch
