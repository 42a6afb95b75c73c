#pragma once

#include "ruleinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hierarch {

struct Plan;
struct Finding;

// One item of seed 003's "Checklist for Security Best Practices" (RULES.md, "Checklist"). Items
// with rules are judged from the findings; items without are manual and take the plan's
// attestation.
struct ChecklistItem
{
    const char *id;            // e.g. "fsp-not-colocated"; the id used in `attestations`
    const char *group;         // untranslated group title, context "hierarch::Checklist"
    const char *title;         // untranslated item text, context "hierarch::Checklist"
    std::vector<RuleId> rules; // empty for manual items
    // PKI: for items whose rules read facts a plan may leave unstated (README "PKI"), whether
    // this plan states them; while it does not, the item takes the attestation like a manual one.
    // Null: the rules always decide.
    bool (*statedBy)(const Plan &) = nullptr;
    bool isManual() const { return rules.empty(); }
    // Whether `attestations` may name the item: manual items, and items that take the
    // attestation while the plan does not state what their rules need.
    bool isAttestable() const { return rules.empty() || statedBy; }
    bool decidedByRules(const Plan &plan) const
    {
        return !rules.empty() && (!statedBy || statedBy(plan));
    }
};

// All items in the seed's order.
const QList<ChecklistItem> &checklistItems();
const ChecklistItem *findChecklistItem(QStringView id);
QString checklistText(const char *text);

enum class ChecklistStatus { Pass, Fail, NotApplicable, Done, AttestedNotApplicable, Open };

struct ChecklistEntry
{
    const ChecklistItem *item = nullptr;
    ChecklistStatus status = ChecklistStatus::Open;
    QStringList findingIds; // for Fail: the findings of the mapped rules
    QString note;           // the attestation's note, if any
};

// The status of every item for a plan and its findings.
QList<ChecklistEntry> evaluateChecklist(const Plan &plan, const QList<Finding> &findings);

} // namespace hierarch
