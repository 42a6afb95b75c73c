// RULES.md "Review": waivers that name no finding, or have expired. The live validator runs these
// after every other unit, since they read which finding ids the plan has; waivers apply to the
// rule findings, not to these, so a waiver can never keep itself alive.
#include "registry.h"

namespace hierarch {

namespace {

void waiverUnused(const ReviewFacts &facts, FindingSink &sink, const Waiver &w)
{
    if (!facts.findingIds.contains(w.finding)) {
        sink.waiver(w,
                    QT_TRANSLATE_NOOP("hierarch::Findings",
                                      "The waiver for %1 matches no finding of the plan."),
                    {w.finding});
    }
}

void waiverExpired(const ReviewFacts &facts, FindingSink &sink, const Waiver &w)
{
    if (w.expires && *w.expires < facts.asOf) {
        sink.waiver(w, QT_TRANSLATE_NOOP("hierarch::Findings", "The waiver for %1 expired on %2."),
                    {w.finding, w.expires->toString(Qt::ISODate)});
    }
}

} // namespace

QList<RuleCheck> reviewRules()
{
    return {
        {RuleId::WaiverUnused, waiverUnused},
        {RuleId::WaiverExpired, waiverExpired},
    };
}

} // namespace hierarch
