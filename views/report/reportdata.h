#pragma once

#include "document/fields.h"
#include "finding.h"
#include "plan.h"
#include "ports/portplan.h"
#include "rules/checklist.h"
#include "rules/validationcontext.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace hierarch {

// Everything the report shows beyond the plain plan, computed once from the plan and the
// validation date: the findings and their groupings, the state of each waiver, the assumed server
// facts, and the port plan. The sections only format what is here, so the editor's export and
// `hierarch report` cannot disagree.
class ReportData
{
public:
    ReportData(const Plan &plan, const QDate &asOf);
    // With the plan's findings as of `asOf` already computed (the report's PlanSnapshot).
    ReportData(const Plan &plan, const QDate &asOf, QList<Finding> findings);
    ~ReportData();
    ReportData(const ReportData &) = delete;
    ReportData &operator=(const ReportData &) = delete;

    const Plan &plan() const { return mPlan; }
    const QDate &asOf() const { return mAsOf; }
    const QList<Finding> &findings() const { return mFindings; }
    const FindingSummary &summary() const { return mSummary; }
    const ValidationContext &context() const { return *mContext; }
    const QList<ChecklistEntry> &checklist() const { return mChecklist; }

    // Unwaived findings whose subject is the site or one of its servers, and the worst of them.
    struct Marks
    {
        int count = 0;
        Severity worst = Severity::Info;
    };
    Marks siteMarks(const Site &site) const;
    Marks serverMarks(const QString &siteCode, const QString &serverName) const;
    // Unwaived findings of an account, as rule ids (most severe first), and the worst severity.
    QStringList accountFindingRules(const QString &accountName, Severity *worst = nullptr) const;

    // Unwaived findings grouped by severity, then rule (RULES.md order inside a group).
    struct RuleGroup
    {
        RuleId rule;
        QList<const Finding *> findings;
    };
    QList<RuleGroup> ruleGroups(Severity severity) const;
    // All unwaived errors, then all unwaived warnings.
    QList<const Finding *> topFindings() const;

    struct WaiverState
    {
        const Waiver *waiver = nullptr;
        int matches = 0;      // rule findings with the waived id
        bool expired = false; // expiry date before the validation date
    };
    QList<WaiverState> waivers() const;

    // Server facts the plan left unstated, by fact (FORMAT.md "Defaults").
    struct Assumption
    {
        const FieldInfo *field = nullptr;
        QVariant assumed;                           // the default in force
        QList<std::pair<QString, QString>> servers; // (site code, server name)
        int applicable = 0;                         // servers the fact applies to
    };
    const QList<Assumption> &assumptions() const { return mAssumptions; }

    // The ports one server needs for its roles (model/ports/portplan.h), in the report's words.
    using Direction = PortDirection;
    struct PortRow
    {
        QString port;
        QString protocol;
        Direction direction = Direction::Inbound;
        QString peer;
        QString purpose;
    };
    struct ServerPorts
    {
        QString site;
        QString server;
        QList<PortRow> rows;
    };
    const QList<ServerPorts> &ports() const { return mPorts; }

    // Account types the plan uses, in the order of FORMAT.md's type list.
    QList<AccountType> accountTypesUsed() const;

private:
    void computeAssumptions();
    void computePorts(); // reportports.cpp

    Plan mPlan;
    QDate mAsOf;
    std::unique_ptr<ValidationContext> mContext;
    QList<Finding> mFindings;
    FindingSummary mSummary;
    QList<ChecklistEntry> mChecklist;
    QHash<QString, Marks> mSiteMarks;   // site code -> unwaived findings on it and its servers
    QHash<QString, Marks> mServerMarks; // "site\x1fserver" -> unwaived findings
    QList<Assumption> mAssumptions;
    QList<ServerPorts> mPorts;
};

} // namespace hierarch
