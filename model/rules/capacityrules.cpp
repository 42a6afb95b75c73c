// RULES.md "Capacity": the supported limits of ConfigMgr 2007.
#include "registry.h"

namespace hierarch {

namespace {

constexpr qint64 kMaxSiteClients = 100'000;
constexpr qint64 kMaxClientsPerManagementPoint = 25'000;
constexpr int kMaxSecondarySites = 500;
constexpr int kMaxDistributionPoints = 100;
constexpr int kMaxBranchDistributionPoints = 2'000;
constexpr qint64 kMaxHierarchyClients = 200'000;
constexpr qint64 kMaxHierarchyClientsR3 = 300'000;

void capacitySiteClients(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    const qint64 clients = site.effectiveClients();
    if (!site.isSecondary() && clients > kMaxSiteClients) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 plans %2 clients; a primary site supports %3."),
                  {site.code, number(clients), number(kMaxSiteClients)});
    }
}

void capacityManagementPoint(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    const qint64 clients = site.effectiveClients();
    const int managementPoints = context.serversWithRole(i, Role::ManagementPoint);
    // With no management point the ratio is undefined; management-point-missing covers it.
    if (managementPoints > 0 && clients > kMaxClientsPerManagementPoint * managementPoints) {
        sink.site(site,
                  QT_TRANSLATE_N_NOOP("hierarch::Findings",
                                      "Site %1 plans %2 clients for %3 management point(s); one "
                                      "management point supports %4."),
                  {site.code, number(clients), number(managementPoints),
                   number(kMaxClientsPerManagementPoint)},
                  managementPoints);
    }
}

void capacitySecondarySites(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    if (!site.isSecondary() && context.secondaryChildren(i) > kMaxSecondarySites) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has %2 secondary sites; a primary site supports %3."),
                  {site.code, number(context.secondaryChildren(i)), number(kMaxSecondarySites)});
    }
}

void capacityDistributionPoints(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    const int distributionPoints = context.serversWithRole(i, Role::DistributionPoint);
    if (distributionPoints > kMaxDistributionPoints) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 has %2 distribution points; a site supports %3."),
                  {site.code, number(distributionPoints), number(kMaxDistributionPoints)});
    }
}

void capacityBranchDistributionPoints(const ValidationContext &context, FindingSink &sink, int i)
{
    const Site &site = context.site(i);
    const int branchDistributionPoints = context.serversWithRole(i, Role::BranchDistributionPoint);
    if (branchDistributionPoints > kMaxBranchDistributionPoints) {
        sink.site(
            site,
            QT_TRANSLATE_NOOP("hierarch::Findings",
                              "Site %1 has %2 branch distribution points; a site supports "
                              "%3."),
            {site.code, number(branchDistributionPoints), number(kMaxBranchDistributionPoints)});
    }
}

void capacityHierarchyClients(const ValidationContext &context, FindingSink &sink)
{
    const Plan &plan = context.plan();
    qint64 allClients = 0;
    bool releaseKnown = true;
    bool everySiteR3 = true;
    for (const Site &site : plan.sites) {
        allClients += site.effectiveClients();
        const std::optional<Release> release = plan.effectiveRelease(site);
        releaseKnown = releaseKnown && release.has_value();
        everySiteR3 = everySiteR3 && release && hasR3(*release);
    }
    // R3 raises the limit once every site runs it; the message says which limit applies.
    if (releaseKnown && everySiteR3) {
        if (allClients > kMaxHierarchyClientsR3) {
            sink.hierarchy(QT_TRANSLATE_NOOP("hierarch::Findings",
                                             "The hierarchy plans %1 clients; with Configuration "
                                             "Manager 2007 R3 it supports %2."),
                           {number(allClients), number(kMaxHierarchyClientsR3)});
        }
        return;
    }
    if (releaseKnown && allClients > kMaxHierarchyClients) {
        sink.hierarchy(
            QT_TRANSLATE_NOOP("hierarch::Findings",
                              "The hierarchy plans %1 clients; it supports %2 (%3 "
                              "once every site runs Configuration Manager 2007 R3)."),
            {number(allClients), number(kMaxHierarchyClients), number(kMaxHierarchyClientsR3)});
        return;
    }
    if (allClients > kMaxHierarchyClients) {
        sink.hierarchy(
            QT_TRANSLATE_NOOP("hierarch::Findings",
                              "The hierarchy plans %1 clients; it supports %2 "
                              "(%3 with Configuration Manager 2007 R3, a release the "
                              "plan does not record)."),
            {number(allClients), number(kMaxHierarchyClients), number(kMaxHierarchyClientsR3)});
    }
}

} // namespace

QList<RuleCheck> capacityRules()
{
    return {
        {RuleId::CapacityHierarchyClients, capacityHierarchyClients},
        {RuleId::CapacitySiteClients, capacitySiteClients},
        {RuleId::CapacityManagementPoint, capacityManagementPoint},
        {RuleId::CapacitySecondarySites, capacitySecondarySites},
        {RuleId::CapacityDistributionPoints, capacityDistributionPoints},
        {RuleId::CapacityBranchDistributionPoints, capacityBranchDistributionPoints},
    };
}

} // namespace hierarch
