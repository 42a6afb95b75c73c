#include "reportdata.h"

#include "validator.h"

#include <QSet>

namespace hierarch {

namespace {

QString serverKey(const QString &site, const QString &server)
{
    return site + QLatin1Char('\x1f') + server;
}

bool isReviewRule(RuleId rule)
{
    return rule == RuleId::WaiverUnused || rule == RuleId::WaiverExpired;
}

} // namespace

ReportData::ReportData(const Plan &plan, const QDate &asOf)
    : ReportData(plan, asOf, validate(plan, asOf))
{}

ReportData::ReportData(const Plan &plan, const QDate &asOf, QList<Finding> findings)
    : mPlan(plan), mAsOf(asOf), mContext(std::make_unique<ValidationContext>(mPlan)),
      mFindings(std::move(findings))
{
    mSummary = summarize(mFindings);
    mChecklist = evaluateChecklist(mPlan, mFindings);
    auto mark = [](Marks &marks, Severity severity) {
        if (marks.count++ == 0 || int(severity) < int(marks.worst))
            marks.worst = severity;
    };
    for (const Finding &f : std::as_const(mFindings)) {
        if (f.waived)
            continue;
        if (f.kind == Scope::Site) {
            mark(mSiteMarks[f.subject], f.severity());
        } else if (f.kind == Scope::Server) {
            mark(mSiteMarks[f.site], f.severity());
            mark(mServerMarks[serverKey(f.site, f.subject)], f.severity());
        }
    }
    computeAssumptions();
    computePorts();
}

ReportData::~ReportData() = default;

ReportData::Marks ReportData::siteMarks(const Site &site) const
{
    return mSiteMarks.value(site.code);
}

ReportData::Marks ReportData::serverMarks(const QString &siteCode, const QString &serverName) const
{
    return mServerMarks.value(serverKey(siteCode, serverName));
}

QStringList ReportData::accountFindingRules(const QString &accountName, Severity *worst) const
{
    QStringList rules;
    for (const Finding &f : mFindings) {
        if (f.waived || f.kind != Scope::Account || f.subject != accountName)
            continue;
        // Sorted by severity: the first one is the worst.
        if (rules.isEmpty() && worst)
            *worst = f.severity();
        if (!rules.contains(f.ruleId()))
            rules << f.ruleId();
    }
    return rules;
}

QList<ReportData::RuleGroup> ReportData::ruleGroups(Severity severity) const
{
    // The findings are sorted by severity, then rule id: groups are consecutive runs.
    QList<RuleGroup> groups;
    for (const Finding &f : mFindings) {
        if (f.waived || f.severity() != severity)
            continue;
        if (groups.isEmpty() || groups.constLast().rule != f.rule)
            groups.append(RuleGroup{f.rule, {}});
        groups.last().findings.append(&f);
    }
    return groups;
}

QList<const Finding *> ReportData::topFindings() const
{
    QList<const Finding *> top;
    for (Severity severity : {Severity::Error, Severity::Warning}) {
        for (const Finding &f : mFindings) {
            if (!f.waived && f.severity() == severity)
                top << &f;
        }
    }
    return top;
}

QList<ReportData::WaiverState> ReportData::waivers() const
{
    QHash<QString, int> matches;
    for (const Finding &f : mFindings) {
        if (!isReviewRule(f.rule))
            ++matches[f.id()];
    }
    QList<WaiverState> states;
    for (const Waiver &w : mPlan.waivers) {
        WaiverState state;
        state.waiver = &w;
        state.matches = matches.value(w.finding);
        state.expired = w.expires && *w.expires < mAsOf;
        states << state;
    }
    return states;
}

void ReportData::computeAssumptions()
{
    for (const FieldInfo &field : fieldsOf(FieldOwner::Server)) {
        if (!isServerFact(field) || !field.appliesTo(mPlan.product))
            continue;
        const bool sqlKey = QLatin1String(field.key).startsWith(QLatin1String("sql."));
        // Assumed values differ only where a default depends on the plan; group by value.
        QList<Assumption> byValue;
        int applicable = 0;
        for (const Site &site : mPlan.sites) {
            for (const Server &server : site.servers) {
                // SQL facts concern only servers that run SQL Server (FORMAT.md `sql`).
                if (sqlKey && !server.sql && !server.hasRole(Role::SiteDatabase))
                    continue;
                ++applicable;
                if (field.get(&server).isValid())
                    continue;
                const QVariant assumed = field.defaultValue(mPlan, &server);
                auto it = std::find_if(byValue.begin(), byValue.end(),
                                       [&](const Assumption &a) { return a.assumed == assumed; });
                if (it == byValue.end()) {
                    byValue.append(Assumption{&field, assumed, {}});
                    it = byValue.end() - 1;
                }
                it->servers.append({site.code, server.name});
            }
        }
        for (Assumption &a : byValue)
            a.applicable = applicable;
        mAssumptions += byValue;
    }
}

QList<AccountType> ReportData::accountTypesUsed() const
{
    QSet<int> used;
    for (const Account &account : mPlan.accounts)
        used.insert(int(account.type));
    QList<AccountType> types;
    for (int i = 0; i < enumCount<AccountType>(); ++i) {
        if (used.contains(i))
            types << AccountType(i);
    }
    return types;
}

} // namespace hierarch
