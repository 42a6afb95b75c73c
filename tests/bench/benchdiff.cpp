#include "benchdiff.h"

#include "diff/diffexport.h"
#include "diff/plandiff.h"
#include "document/comparison.h"
#include "document/document.h"
#include "document/fields.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "livevalidator.h"
#include "validator.h"

#include <QElapsedTimer>
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

    // Compare mode as the editor runs it: a Document holding NEW, a Comparison with the fixed
    // baseline that follows every edit. One edit is timed until the Document's findings and the
    // comparison are current (the undo that follows is not timed).
    {
        Document document;
        document.reset(reviseForDiff(plan, 50), revisedPath);
        document.setValidationDate(asOf);
        const Comparison comparison(&document, plan, QStringLiteral("baseline"));
        const int sites = int(document.plan().sites.size());
        const FieldInfo &clients = *findField(FieldOwner::Site, u"clients");
        // Each edit is undone untimed, so every run edits the plan as the revision has it.
        const auto timeEdits = [&](const std::function<bool()> &edit) {
            Samples samples;
            for (int i = 0; i <= editRuns; ++i) { // the first is a warm-up
                QElapsedTimer timer;
                timer.start();
                const bool edited = edit();
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (edited)
                    document.undoStack()->undo();
                if (i > 0 && edited)
                    samples.ms.append(ms);
            }
            return samples;
        };
        int site = 0;
        const Samples siteEdit = timeEdits([&] {
            site = (site + 17) % sites;
            const Site &s = document.plan().sites.at(site);
            document.setField({FieldOwner::Site, s.uid, -1}, clients, s.effectiveClients() + 1);
            return true;
        });
        rows << Row{QStringLiteral("compare mode: edit a site field → findings and delta updated"),
                    size, siteEdit.median()};
        // A role added to a server of another site each time (servers the revision added or
        // renamed included, whose edits may change what pairs with what).
        int server = 0;
        const Samples roleEdit = timeEdits([&] {
            site = (site + 17) % sites;
            const Site &s = document.plan().sites.at(site);
            if (s.servers.isEmpty())
                return false;
            server = (server + 1) % int(s.servers.size());
            return document.addRole(s.servers.at(server).uid, Role::FallbackStatusPoint);
        });
        rows << Row{QStringLiteral("compare mode: add a role → findings and delta updated"), size,
                    roleEdit.median()};
    }

    // The whole comparison after an edit, what compare mode falls back to when an edit adds,
    // removes or renames a site or server: the baseline prepared once, NEW's findings current.
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
    rows << Row{QStringLiteral("compare mode: full comparison after an edit"), size,
                update.median()};
    return rows;
}

} // namespace hierarch::bench
