// README "Boundaries" in generated plans: every site gets boundaries of its own (none overlaps
// another site's, so the healthy plan stays silent), made from the site's position alone so the
// random sequence of the rest of the plan is unchanged; then each boundary rule is planted once.
#include "planbuilder.h"

namespace hierarch::bench {

namespace {

constexpr int kOne = 0;

Boundary boundary(BoundaryType type, const QString &value)
{
    Boundary b;
    b.type = type;
    b.value = value;
    return b;
}

} // namespace

void PlanBuilder::addBoundaries(Site &site, int i)
{
    // 10.<i / 256>.<i % 256>.0/24 for every site: unique up to 65,536 sites.
    site.boundaries << boundary(BoundaryType::Subnet,
                                QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256));
    if (i % 3 == 0)
        site.boundaries << boundary(BoundaryType::AdSite, QStringLiteral("AD-SITE-%1").arg(i));
    if (!cm())
        return;
    if (i % 4 == 1) {
        Boundary range =
            boundary(BoundaryType::Range,
                     QStringLiteral("172.%1.%2.1-172.%1.%2.200").arg(16 + i / 256).arg(i % 256));
        range.connection = BoundaryConnection::Slow;
        site.boundaries << range;
    }
    if (i % 5 == 2) {
        site.boundaries << boundary(BoundaryType::Ipv6Prefix,
                                    QStringLiteral("2001:db8:%1::/48").arg(i, 0, 16));
    }
}

void PlanBuilder::plantBoundaries()
{
    // boundary-overlap: a later site also claims the first site's subnet.
    QList<int> overlapping;
    for (int i : takeSites(sites([](int i) { return i > 0; }, Use::Reuse), kOne)) {
        site(i).boundaries << site(0).boundaries.first();
        overlapping << i;
    }
    // boundary-missing: a primary site with clients and no boundaries.
    for (int i : takeSites(sites(
                               [&](int i) {
                                   return !overlapping.contains(i) && isBranchPrimary(i) &&
                                          site(i).effectiveClients() > 0;
                               },
                               Use::Reuse),
                           kOne)) {
        site(i).boundaries.clear();
    }
    if (!cm())
        return;
    const auto dp = [this](Ref r) {
        return server(r).hasRole(Role::DistributionPoint) && !site(r.first).boundaries.isEmpty() &&
               server(r).protectedBoundaries.isEmpty();
    };
    // A protected distribution point that serves its own site's first boundary (healthy), and
    // protected-boundary-foreign: one that names another site's boundary as well.
    for (Ref r : take(servers(dp, Use::Reuse), kOne))
        server(r).protectedBoundaries << site(r.first).boundaries.first().value;
    for (Ref r : take(servers(dp), kOne)) {
        int other = 0;
        while (other == r.first || site(other).boundaries.isEmpty())
            ++other;
        server(r).protectedBoundaries << site(r.first).boundaries.first().value
                                      << site(other).boundaries.first().value;
    }
}

} // namespace hierarch::bench
