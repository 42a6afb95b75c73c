#include "planroundtrip.h"

#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plansource.h"
#include "io/plantext.h"
#include "io/sourcespans.h"
#include "io/yamltree.h"
#include "validator.h"

#include <cstdio>
#include <cstdlib>

namespace hierarch {

namespace {

[[noreturn]] void failWith(const char *what, const QByteArray &saved)
{
    std::fprintf(stderr, "plan round trip failed: %s\n--- saved ---\n%s\n", what,
                 saved.constData());
    std::abort();
}

// The format-preserving save of the same input (FORMAT.md, "The file is the user's").
void checkFormatPreservingSave(const LoadResult &loaded, const QByteArray &bytes);

} // namespace

void checkPlanRoundTrip(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = loadPlan(bytes, QStringLiteral("input"));
    if (!first)
        return;
    const QList<Finding> findings = validate(*first.plan, QDate(2026, 11, 21));
    const QByteArray saved = savePlan(*first.plan);
    // Aliases let a file within the limits stand for a plan whose saved form is not (the saver
    // writes every use out): the file size limit then refuses the reload, as it must.
    if (saved.size() > YamlLimits().maxBytes)
        return;
    const LoadResult second = loadPlan(saved, QStringLiteral("saved"));
    if (!second)
        failWith(qPrintable(second.error.toString()), saved);
    if (withoutSourcePositions(*second.plan) != withoutSourcePositions(*first.plan))
        failWith("the saved plan loads as a different plan", saved);
    if (savePlan(*second.plan) != saved)
        failWith("saving the reloaded plan gives different bytes", saved);
    // Validation of the reloaded plan must agree apart from source positions.
    if (validate(*second.plan, QDate(2026, 11, 21)).size() != findings.size())
        failWith("the reloaded plan has a different number of findings", saved);
    checkFormatPreservingSave(first, bytes);
}

namespace {

void checkFormatPreservingSave(const LoadResult &loaded, const QByteArray &bytes)
{
    // Saving without an edit writes the very bytes that were read.
    const Plan &plan = *loaded.plan;
    const PlanText same = planText(loaded.source, plan, plan);
    if (!same.preserved || same.bytes != bytes)
        failWith("saving an unedited plan changed its bytes", same.bytes);

    // One edit of the title changes only the lines of its value.
    Plan renamed = plan;
    renamed.name = plan.name + QStringLiteral(" (revised)");
    const PlanText titled = planText(loaded.source, plan, renamed);
    const LoadResult titledBack = loadPlan(titled.bytes, QStringLiteral("titled"));
    if (!titledBack || !samePlanContent(*titledBack.plan, renamed))
        failWith("the saved plan does not read back as the edited plan", titled.bytes);
    if (titled.preserved) {
        const YamlNode *root = loaded.source->tree.root();
        const SourceSpans spans(loaded.source->text, loaded.source->bom);
        for (std::size_t i = 0; i < root->mapSize(); ++i) {
            if (root->key(i)->text != "name")
                continue;
            const qsizetype from = spans.lineStart(spans.start(root->value(i)));
            const qsizetype to = spans.nextLine(spans.valueEnd(root->key(i), root->value(i)));
            const qsizetype tail = bytes.size() - to;
            if (titled.bytes.left(from) != bytes.left(from) ||
                titled.bytes.right(tail) != bytes.right(tail))
                failWith("a title edit changed lines outside the title", titled.bytes);
        }
    }

    // Several kinds of edit at once: whatever is written must read back as the edited plan.
    Plan edited = plan;
    if (!edited.sites.isEmpty()) {
        Site &site = edited.sites.first();
        site.clients = site.effectiveClients() + 1;
        if (!site.servers.isEmpty()) {
            Server &server = site.servers.last();
            if (!server.hasRole(Role::ReportingPoint)) {
                RoleAssignment reporting;
                reporting.role = Role::ReportingPoint;
                server.roles.append(reporting);
            }
            server.ipsec = !server.ipsec.value_or(false);
        }
        Server added;
        added.name = QStringLiteral("ADDED-SERVER");
        site.servers.append(added);
    }
    if (!edited.accounts.isEmpty())
        edited.accounts.removeLast();
    Waiver waiver;
    waiver.finding = QStringLiteral("site-server-iis@ADDED-SERVER");
    waiver.justification = QStringLiteral("Added by the round-trip check.");
    edited.waivers.prepend(waiver);
    const PlanText patched = planText(loaded.source, plan, edited);
    const LoadResult back = loadPlan(patched.bytes, QStringLiteral("patched"));
    if (!back || !samePlanContent(*back.plan, edited))
        failWith("the patched plan does not read back as the edited plan", patched.bytes);
}

} // namespace

} // namespace hierarch
