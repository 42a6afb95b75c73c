#pragma once

#include "finding.h"
#include "plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace hierarch {

// What a revision of a plan changes (CLI.md, "diff"). One engine for the CLI, the editor's compare
// mode and the report's baseline section: it matches the items of two plans by their identity in
// the file, detects renames and moves, and pairs the two plans' findings by id after the renames.

// Address: an item of a site's `addresses` (README "Site addresses and senders").
enum class DiffKind { Plan, Site, Server, Address, Account, Waiver, Attestation };
enum class DiffAction { Added, Removed, Changed, Renamed, Moved };

template<>
struct EnumTraits<DiffKind>
{
    static constexpr std::array names{"plan",    "site",   "server",     "address",
                                      "account", "waiver", "attestation"};
};
template<>
struct EnumTraits<DiffAction>
{
    static constexpr std::array names{"added", "removed", "changed", "renamed", "moved"};
};

// One field that differs. Scalars carry the value in force on each side (an invalid QVariant:
// not stated, where the default itself follows from another change). List fields (a server's
// `roles`, an account's `sites`) carry what was added and removed instead.
struct FieldChange
{
    QString field; // FORMAT.md key, e.g. "clientMode" or "sql.authentication"
    QVariant oldValue;
    QVariant newValue;
    bool isList = false;
    QStringList added;
    QStringList removed;
};

// One item that was added, removed, changed, renamed or moved.
struct ItemChange
{
    DiffKind kind = DiffKind::Plan;
    DiffAction action = DiffAction::Changed;
    QString id;      // as in the plan: site code, server name, account name, finding id, item;
                     // an address: its `to` (in NEW's terms)
    QString oldId;   // renamed: the id in the old plan
    QString site;    // servers and addresses: the site they are in (the old one when removed)
    QString oldSite; // moved servers: the site it was in
    QString sender;  // addresses: the sender type, as the file spells it (OLD's when removed)
    QList<FieldChange> fields;
    // Where the item is: in the new plan, or in the old one when it was removed (-1: not a
    // site or server). Lets the editor find canvas items and draw ghosts. An address: its
    // site's index in the new plan, also when the address was removed (-1: the site is gone).
    int siteIndex = -1;
    int serverIndex = -1;
};

// A finding in the delta, with its state before where it was in both plans.
struct DeltaFinding
{
    Finding finding; // NEW's finding; OLD's (with its old id) for a resolved one
    QString id;      // the id after renames (what matched)
    std::optional<Severity> oldSeverity; // updated and unchanged: the old plan's state
    bool oldWaived = false;
};

struct FindingsDelta
{
    QList<DeltaFinding> added; // CLI.md "new"
    QList<DeltaFinding> resolved;
    QList<DeltaFinding> updated;
    QList<DeltaFinding> unchanged;

    bool hasDifferences() const
    {
        return !added.isEmpty() || !resolved.isEmpty() || !updated.isEmpty();
    }
};

struct PlanDiff
{
    QList<ItemChange> changes;
    FindingsDelta findings;
    QHash<QString, QString> siteRenames;   // old code -> new code
    QHash<QString, QString> serverRenames; // old name -> new name

    bool isEmpty() const { return changes.isEmpty() && !findings.hasDifferences(); }
    // Whether NEW adds an unwaived finding at or above `threshold` (nullopt: never): a new one, or
    // an updated one that became unwaived or more severe. Decides `diff`'s exit code.
    bool introduces(std::optional<Severity> threshold) const;
};

// The baseline side of a comparison, prepared once: the editor compares every edit of NEW with
// the same baseline, so what depends only on OLD (indexes, finding ids) is computed here.
class PlanComparer
{
public:
    // `baseline` nullopt: there was no plan (git's /dev/null side); everything in NEW is added.
    PlanComparer(std::optional<Plan> baseline, QList<Finding> baselineFindings);
    ~PlanComparer();
    PlanComparer(const PlanComparer &) = delete;
    PlanComparer &operator=(const PlanComparer &) = delete;

    const Plan *baseline() const;
    const QList<Finding> &baselineFindings() const;

    // `current` nullptr: the plan is gone (every item removed, every finding resolved).
    PlanDiff compare(const Plan *current, const QList<Finding> &currentFindings) const;

private:
    friend class LiveDiff;
    struct Index;
    std::unique_ptr<Index> d;
};

// The whole comparison in one call.
PlanDiff diffPlans(const Plan *oldPlan, const QList<Finding> &oldFindings, const Plan *newPlan,
                   const QList<Finding> &newFindings);

// A field value as the text output shows it ("native", "true", "2028-01-31", "(not set)").
QString fieldValueText(const QVariant &value);

} // namespace hierarch

Q_DECLARE_TYPEINFO(hierarch::DeltaFinding, Q_RELOCATABLE_TYPE);
