#include "checklist.h"

#include "../finding.h"
#include "../plan.h"

namespace hierarch {

QList<ChecklistEntry> evaluateChecklist(const Plan &plan, const QList<Finding> &findings)
{
    QHash<RuleId, QStringList> idsByRule;
    for (const Finding &f : findings)
        idsByRule[f.rule].append(f.id());

    QList<ChecklistEntry> entries;
    entries.reserve(checklistItems().size());
    for (const ChecklistItem &item : checklistItems()) {
        ChecklistEntry entry;
        entry.item = &item;
        const Attestation *attestation = nullptr;
        for (const Attestation &a : plan.attestations) {
            if (a.item == QLatin1String(item.id))
                attestation = &a;
        }
        if (attestation)
            entry.note = attestation->note.value_or(QString());

        if (!item.decidedByRules(plan)) {
            const AttestationStatus status =
                attestation ? attestation->effectiveStatus() : AttestationStatus::Open;
            entry.status = status == AttestationStatus::Done ? ChecklistStatus::Done
                           : status == AttestationStatus::NotApplicable
                               ? ChecklistStatus::AttestedNotApplicable
                               : ChecklistStatus::Open;
        } else {
            bool anyRuns = false;
            for (RuleId rule : item.rules) {
                if (!productsInclude(ruleInfo(rule).products, plan.product))
                    continue;
                anyRuns = true;
                entry.findingIds += idsByRule.value(rule);
            }
            // A waived finding still fails its item: the practice is not followed, only accepted.
            entry.status = !anyRuns                     ? ChecklistStatus::NotApplicable
                           : entry.findingIds.isEmpty() ? ChecklistStatus::Pass
                                                        : ChecklistStatus::Fail;
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace hierarch
