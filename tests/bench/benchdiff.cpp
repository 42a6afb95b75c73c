#include "benchdiff.h"

#include "diff/diffexport.h"
#include "diff/plandiff.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "livevalidator.h"
#include "validator.h"

#include <QFileInfo>

namespace hierarch::bench {

Plan reviseForDiff(const Plan &plan, int places)
{
    Plan revised = plan;
    const int sites = int(revised.sites.size());
    if (sites < 2)
        return revised;
    // Five kinds of change, one per place in turn, each in another site.
    for (int place = 0; place < places; ++place) {
        Site &site = revised.sites[(place * 7919 + 1) % sites];
        switch (place % 5) {
        case 0:
            site.clients = site.effectiveClients() + 100;
            break;
        case 1:
            if (!site.servers.isEmpty())
                site.servers.first().name += QStringLiteral("-R");
            break;
        case 2: {
            Server added;
            added.name = site.code + QStringLiteral("-ADD%1").arg(place);
            added.roles.append({Role::DistributionPoint, std::nullopt, false, {}});
            site.servers.append(added);
            break;
        }
        case 3:
            if (site.servers.size() > 1)
                site.servers.removeLast();
            break;
        case 4:
            if (site.servers.size() > 1) {
                Server moved = site.servers.takeLast();
                Site &target = revised.sites[(place * 104729 + 3) % sites];
                target.servers.append(moved);
            }
            break;
        }
    }
    return revised;
}

QList<Row> measureDiff(const QString &size, const Plan &plan, const QString &path, int runs,
                       int editRuns, const QDate &asOf)
{
    QList<Row> rows;
    const QString revisedPath =
        QFileInfo(path).absolutePath() + QStringLiteral("/%1-revised.hierarchy.yaml").arg(size);
    QString error;
    if (!savePlanFile(reviseForDiff(plan, 50), revisedPath, &error))
        qFatal("cannot write the revised plan: %s", qPrintable(error));

    // What `hierarch diff OLD NEW` does (load, validate and compare both, write the text), side
    // by side with loading the two files.
    std::size_t changes = 0;
    const auto [diff, loadBoth] = timeSideBySide(
        runs,
        [&] {
            const LoadResult oldPlan = loadPlanFile(path);
            const LoadResult newPlan = loadPlanFile(revisedPath);
            const QList<Finding> oldFindings = validate(*oldPlan.plan, asOf);
            const QList<Finding> newFindings = validate(*newPlan.plan, asOf);
            const PlanDiff result =
                diffPlans(&*oldPlan.plan, oldFindings, &*newPlan.plan, newFindings);
            changes = std::size_t(result.changes.size());
            (void)diffToText(result, {}, {}, false);
        },
        [&] {
            (void)loadPlanFile(path);
            (void)loadPlanFile(revisedPath);
        });
    Row diffRow{QStringLiteral("diff of two plans, 50 places apart"), size, diff.median()};
    diffRow.baseline = loadBoth.median();
    diffRow.ratio = diff.median() / loadBoth.median();
    if (size == QLatin1String("L")) {
        diffRow.target = QStringLiteral("≤ 2× loading both");
        diffRow.held = *diffRow.ratio <= 2;
    }
    rows << diffRow;
    if (changes < 50)
        qWarning("the revised plan shows only %zu changes", changes);

    // Compare mode: the baseline is prepared once; after an edit of NEW the live findings are
    // current and the comparison is computed again.
    Plan current = reviseForDiff(plan, 50);
    const PlanComparer comparer(plan, validate(plan, asOf));
    LiveValidator live(current, asOf);
    int site = 0;
    const Samples update = timeRuns(editRuns, [&] {
        site = (site + 17) % int(current.sites.size());
        current.sites[site].clients = current.sites[site].effectiveClients() + 1;
        live.siteChanged(site);
        (void)comparer.compare(&current, live.findings());
    });
    Row updateRow{QStringLiteral("compare mode: edit → findings and delta updated"), size,
                  update.median()};
    if (size == QLatin1String("L")) {
        updateRow.target = QStringLiteral("≤ 2 ms (L edit budget)");
        updateRow.held = update.median() <= 2;
    }
    rows << updateRow;
    return rows;
}

} // namespace hierarch::bench
