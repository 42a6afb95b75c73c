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

#include <functional>
#include <memory>
#include <vector>

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
    rows << Row{QStringLiteral("compare mode: whole comparison after an edit (PlanComparer)"), size,
                update.median()};
    return rows;
}

QHash<QString, QList<Row>> measureCompareEdits(const QList<std::pair<QString, Plan>> &plans,
                                               int editRuns, const QDate &asOf)
{
    struct Open
    {
        QString size;
        std::unique_ptr<Document> document;
        std::unique_ptr<Comparison> comparison;
        int site = 0;
        int server = 0;
    };
    std::vector<Open> open;
    for (const auto &[size, plan] : plans) {
        Open o{size, std::make_unique<Document>(), nullptr};
        o.document->setValidationDate(asOf);
        o.document->reset(reviseForDiff(plan, 50));
        o.comparison =
            std::make_unique<Comparison>(o.document.get(), plan, QStringLiteral("baseline"));
        open.push_back(std::move(o));
    }
    const FieldInfo &clients = *findField(FieldOwner::Site, u"clients");
    // Each edit goes to another site each run, servers the revision added or renamed included
    // (whose edits may change what pairs with what, and so compare everything).
    const auto nextSite = [](Open &o) -> const Site & {
        const Plan &plan = o.document->plan();
        o.site = (o.site + 17) % int(plan.sites.size());
        return plan.sites.at(o.site);
    };
    const auto nextServer = [&](Open &o) -> ItemId {
        const Site &s = nextSite(o);
        if (s.servers.isEmpty())
            return 0;
        o.server = (o.server + 1) % int(s.servers.size());
        return s.servers.at(o.server).uid;
    };
    struct Kind
    {
        const char *name;
        std::function<bool(Open &)> edit;
    };
    const QList<Kind> kinds{
        {"compare mode: edit a site field → findings and delta updated",
         [&](Open &o) {
             const Site &s = nextSite(o);
             o.document->setField({FieldOwner::Site, s.uid, -1}, clients, s.effectiveClients() + 1);
             return true;
         }},
        {"compare mode: add a role → findings and delta updated",
         [&](Open &o) {
             const ItemId id = nextServer(o);
             return id && o.document->addRole(id, Role::FallbackStatusPoint);
         }},
        {"compare mode: rename a server (compares everything)",
         [&](Open &o) {
             const ItemId id = nextServer(o);
             if (id)
                 o.document->renameServer(id, QStringLiteral("BENCH-RENAMED"));
             return id != 0;
         }},
    };
    // The sizes take turns run by run (as the live edits do), so that S and L see the same
    // machine; each edit is undone untimed, so every run edits the revision as it was.
    QHash<QString, QList<Row>> rows;
    for (const Kind &kind : kinds) {
        QHash<QString, Samples> samples;
        for (int i = 0; i <= editRuns; ++i) { // the first is a warm-up
            for (Open &o : open) {
                QElapsedTimer timer;
                timer.start();
                const bool edited = kind.edit(o);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (edited)
                    o.document->undoStack()->undo();
                if (i > 0 && edited)
                    samples[o.size].ms.append(ms);
            }
        }
        for (const Open &o : open)
            rows[o.size] << Row{QString::fromUtf8(kind.name), o.size, samples[o.size].median()};
    }
    return rows;
}

} // namespace hierarch::bench
