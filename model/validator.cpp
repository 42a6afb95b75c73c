#include "validator.h"

#include "rules/findingsink.h"

namespace hierarch {

namespace {

// Marks the findings that a live waiver names, and reports waivers that name nothing or have
// expired (RULES.md "Review"). Waivers apply to the rule findings, not to these review findings,
// so a waiver can never keep itself alive.
void applyWaivers(const ValidationContext &context, const QDate &asOf, QList<Finding> &findings,
                  FindingSink &sink)
{
    const QList<Waiver> &waivers = context.plan().waivers;
    if (waivers.isEmpty())
        return;
    QHash<QString, QList<qsizetype>> byId;
    byId.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        byId[findings.at(i).id()].append(i);

    for (const Waiver &w : waivers) {
        const auto it = byId.constFind(w.finding);
        const bool expired = w.expires && *w.expires < asOf;
        if (it == byId.cend()) {
            sink.waiver(RuleId::WaiverUnused, w,
                        HIERARCH_MSG("The waiver for %1 matches no finding of the plan."),
                        {w.finding});
        } else if (!expired) {
            for (qsizetype i : *it) {
                findings[i].waived = true;
                findings[i].waiverJustification = w.justification;
            }
        }
        if (expired) {
            sink.waiver(RuleId::WaiverExpired, w,
                        HIERARCH_MSG("The waiver for %1 expired on %2."),
                        {w.finding, w.expires->toString(Qt::ISODate)});
        }
    }
}

} // namespace

QList<Finding> validate(const Plan &plan, const QDate &asOf)
{
    const ValidationContext context(plan);
    QList<Finding> findings;
    FindingSink sink(context, findings);
    checkStructure(context, sink);
    checkSiteSystems(context, sink);
    checkSql(context, sink);
    checkHardening(context, sink);
    checkDesign(context, sink);
    checkCapacity(context, sink);
    checkAccounts(context, sink);

    QList<Finding> review;
    FindingSink reviewSink(context, review);
    applyWaivers(context, asOf, findings, reviewSink);
    findings += review;
    sortFindings(findings);
    return findings;
}

} // namespace hierarch
