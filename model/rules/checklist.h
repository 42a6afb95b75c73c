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
    bool isManual() const { return rules.empty(); }
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
