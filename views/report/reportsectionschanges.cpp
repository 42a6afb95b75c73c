// Section 3a of REPORT.md: what the plan changes against a baseline (hierarch report --baseline,
// or Export Report in the editor's compare mode), from the same diff engine as `hierarch diff`.
#include "reportsections.h"

#include "diff/plandiff.h"
#include "document/changesmodel.h"
#include "reportdata.h"
#include "reporttext.h"
#include "theme.h"
#include "validator.h"

namespace hierarch {

namespace {

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ReportComposer::tr("Error");
    case Severity::Warning:
        return ReportComposer::tr("Warning");
    case Severity::Info:
        break;
    }
    return ReportComposer::tr("Info");
}

} // namespace

void ReportComposer::changesSinceBaseline()
{
    const Plan &baseline = *mOptions.baseline;
    const PlanDiff diff =
        diffPlans(&baseline, validate(baseline, mData.asOf()), &mData.plan(), mData.findings());
    mLayout.newPage(QPageLayout::Portrait);
    mLayout.addHeading(1, tr("3a  Changes since the baseline"));
    const FindingsDelta &delta = diff.findings;
    if (diff.isEmpty()) {
        paragraph(tr("The plan is the same as the baseline %1: no structural change and no "
                     "finding added, resolved or updated.")
                      .arg(mOptions.baselineLabel));
        return;
    }
    paragraph(tr("Compared with %1, this plan makes %2 structural changes; it adds %3 findings, "
                 "resolves %4 and updates %5 (%6 stay unchanged).")
                  .arg(mOptions.baselineLabel, number(diff.changes.size()),
                       number(delta.added.size()), number(delta.resolved.size()),
                       number(delta.updated.size()), number(delta.unchanged.size())));

    mLayout.addHeading(2, tr("Structural changes"));
    if (diff.changes.isEmpty()) {
        note(tr("None: only the findings differ."));
    } else {
        ReportTable table;
        table.small = true;
        table.widths = {0.17, 0.30, 0.53};
        table.header = {tr("Action"), tr("Item"), tr("What changed")};
        for (const ItemChange &change : diff.changes) {
            table.rows.append({ReportCell(ChangesModel::actionText(change), mStyle.text, true),
                               ReportCell(ChangesModel::itemText(change)),
                               ReportCell(ChangesModel::detailsText(change))});
        }
        mLayout.addTable(table);
    }

    mLayout.addHeading(2, tr("Findings delta"));
    if (!delta.hasDifferences()) {
        note(tr("No finding was added, resolved or updated."));
        return;
    }
    ReportTable findings;
    findings.small = true;
    findings.widths = {0.13, 0.11, 0.30, 0.46};
    findings.header = {tr("State"), tr("Severity"), tr("Finding"), tr("Message")};
    auto add = [&](const QList<DeltaFinding> &entries, const QString &state) {
        for (const DeltaFinding &entry : entries) {
            const Severity severity = entry.finding.severity();
            findings.rows.append({ReportCell(state, mStyle.text, true),
                                  ReportCell(severityWord(severity), severityColor(severity), true),
                                  ReportCell(entry.id),
                                  ReportCell(entry.finding.translatedMessage())});
        }
    };
    add(delta.added, tr("New"));
    add(delta.resolved, tr("Resolved"));
    add(delta.updated, tr("Updated"));
    mLayout.addTable(findings);
}

} // namespace hierarch
