// README "Boundaries": overlapping boundaries between sites, a primary site with clients and no
// boundaries, and protected site systems whose boundaries are not their site's.
#include "../rules/registry.h"
#include "boundary.h"

namespace hierarch {

namespace {

QString boundaryLabel(const Boundary &boundary)
{
    return boundary.value;
}

void boundaryOverlap(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    const BoundaryIndex &index = ctx.boundaries();

    // One finding on the later site of each overlapping pair, naming every earlier site it
    // overlaps: the earlier site has its own finding only for overlaps with sites before it.
    QStringList pairs;
    QStringList codes;
    for (const BoundaryIndex::Overlap &o : index.overlapsOf(i)) {
        if (o.other.site >= i)
            break; // sorted by the other site
        const Site &other = ctx.site(o.other.site);
        pairs << QStringLiteral("%1 ~ %2 (%3)")
                     .arg(boundaryLabel(site.boundaries.at(o.index)),
                          boundaryLabel(other.boundaries.at(o.other.index)), other.code);
        if (!codes.contains(other.code))
            codes << other.code;
    }
    if (!pairs.isEmpty()) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Boundaries of site %1 overlap boundaries of %2: %3."),
                  {site.code, codes.join(QLatin1String(", ")), pairs.join(QLatin1String("; "))});
    }
}

void boundaryMissing(const ValidationContext &ctx, FindingSink &sink, int i)
{
    const Site &site = ctx.site(i);
    // Only a plan that plans boundaries at all is held to them: v1 plans without any keep
    // validating as before.
    if (ctx.boundaries().anyBoundaries() && site.boundaries.isEmpty() && !site.isSecondary() &&
        site.effectiveClients() > 0) {
        sink.site(site,
                  QT_TRANSLATE_NOOP("hierarch::Findings",
                                    "Primary site %1 plans %2 clients but states no boundaries."),
                  {site.code, number(site.effectiveClients())});
    }
}

void protectedBoundaryForeign(const ValidationContext &ctx, FindingSink &sink,
                              const ValidationContext::ServerRef &ref)
{
    const Server &server = ctx.server(ref);
    if (server.protectedBoundaries.isEmpty())
        return;
    const Site &site = ctx.site(ref.site);
    QStringList foreign;
    for (const QString &text : server.protectedBoundaries) {
        const BoundaryText parsed = parseBoundaryText(text);
        bool found = false;
        for (const Boundary &b : site.boundaries) {
            if (sameBoundary(parsed.type, parsed.value, b.type, b.value)) {
                found = true;
                break;
            }
        }
        if (!found)
            foreign << text;
    }
    if (!foreign.isEmpty()) {
        sink.server(ref,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "%1 is protected for boundaries that are not boundaries of "
                                      "its site %2: %3."),
                    {server.name, site.code, foreign.join(QLatin1String(", "))});
    }
}

} // namespace

QList<RuleCheck> boundaryRules()
{
    return {
        {RuleId::BoundaryOverlap, boundaryOverlap},
        {RuleId::BoundaryMissing, boundaryMissing},
        {RuleId::ProtectedBoundaryForeign, protectedBoundaryForeign},
    };
}

} // namespace hierarch
