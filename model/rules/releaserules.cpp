// README "Releases": what the service pack and feature release a site runs allow. Every check is
// silent while neither the site nor the plan states a `release`.
#include "registry.h"

namespace hierarch {

namespace {

QString releaseText(Product product, Release release)
{
    return enumString(product) + QLatin1Char(' ') + enumString(release);
}

// The lowest ConfigMgr 2007 service pack whose site systems may run `os`, or -1 for any.
int servicePackNeededFor(OperatingSystem os)
{
    switch (os) {
    case OperatingSystem::Windows2008:
        return 1;
    case OperatingSystem::Windows2008R2:
        return 2;
    default:
        return -1;
    }
}

void releaseAboveParent(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Plan &plan = ctx.plan();
    const Site &site = ctx.site(i);
    const int parent = ctx.parentOf(i);
    if (parent < 0)
        return;
    const Site &p = ctx.site(parent);
    const std::optional<Release> own = plan.effectiveRelease(site);
    const std::optional<Release> parents = plan.effectiveRelease(p);
    if (own && parents && servicePackLevel(*own) > servicePackLevel(*parents)) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Site %1 runs %2, a later service pack than its parent %3 "
                                    "(%4)."),
                  {site.code, releaseText(plan.product, *own), p.code,
                   releaseText(plan.product, *parents)});
    }
}

void releaseOsUnsupported(const ValidationContext &ctx, FindingSink &sink,
                          const ValidationContext::ServerRef &ref)
{
    if (ref.roles.isEmpty())
        return;
    const Plan &plan = ctx.plan();
    const std::optional<Release> release = plan.effectiveRelease(ctx.site(ref.site));
    if (!release)
        return;
    const Server &server = ctx.server(ref);
    const OperatingSystem os = server.effectiveOs();
    if (const int needed = servicePackNeededFor(os);
        needed >= 0 && servicePackLevel(*release) < needed) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 runs %2, which site systems of %3 do not support; it "
                                      "needs SP%4 or later."),
                    {server.name, enumString(os), releaseText(plan.product, *release),
                     QString::number(needed)});
    }
}

void releaseRoleUnsupported(const ValidationContext &ctx, FindingSink &sink,
                            const ValidationContext::ServerRef &ref)
{
    if (!ref.roles.contains(Role::ReportingServicesPoint) &&
        !ref.roles.contains(Role::OutOfBandServicePoint))
        return;
    const Plan &plan = ctx.plan();
    const std::optional<Release> release = plan.effectiveRelease(ctx.site(ref.site));
    if (!release)
        return;
    QList<Role> unsupported;
    if (ref.roles.contains(Role::ReportingServicesPoint) && !hasR2(*release))
        unsupported << Role::ReportingServicesPoint;
    if (ref.roles.contains(Role::OutOfBandServicePoint) && servicePackLevel(*release) < 1)
        unsupported << Role::OutOfBandServicePoint;
    if (!unsupported.isEmpty()) {
        sink.server(
            ref,
            QT_TRANSLATE_NOOP("hierarch::Findings", "%1 carries roles that %2 does not offer: %3."),
            {ctx.server(ref).name, releaseText(plan.product, *release), roleNameList(unsupported)});
    }
}

} // namespace

QList<RuleCheck> releaseRules()
{
    return {
        {RuleId::ReleaseAboveParent, releaseAboveParent},
        {RuleId::ReleaseOsUnsupported, releaseOsUnsupported},
        {RuleId::ReleaseRoleUnsupported, releaseRoleUnsupported},
    };
}

} // namespace hierarch
