#pragma once

#include "../finding.h"
#include "validationcontext.h"

#include <QCoreApplication>

namespace hierarch {

// Collects findings for one validation. It drops rules that do not run for the plan's product,
// so each check states only its condition (RULES.md "Products").
class FindingSink
{
public:
    FindingSink(const ValidationContext &context, QList<Finding> &out)
        : mContext(context), mOut(out)
    {
    }

    void hierarchy(RuleId rule, const char *message, QStringList args = {})
    {
        add(rule, Scope::Hierarchy, QStringLiteral("hierarchy"), {}, {1, 1}, message,
            std::move(args));
    }
    void site(RuleId rule, const Site &site, const char *message, QStringList args = {})
    {
        add(rule, Scope::Site, site.code, {}, site.pos, message, std::move(args));
    }
    void server(RuleId rule, const ValidationContext::ServerRef &ref, const char *message,
                QStringList args = {})
    {
        add(rule, Scope::Server, ref.server->name, mContext.site(ref.site).code, ref.server->pos,
            message, std::move(args));
    }
    void account(RuleId rule, const Account &account, const char *message, QStringList args = {})
    {
        add(rule, Scope::Account, account.name, {}, account.pos, message, std::move(args));
    }
    void waiver(RuleId rule, const Waiver &waiver, const char *message, QStringList args = {})
    {
        add(rule, Scope::Waiver, waiver.finding, {}, waiver.pos, message, std::move(args));
    }

private:
    void add(RuleId rule, Scope kind, const QString &subject, const QString &site, SourcePos pos,
             const char *message, QStringList args)
    {
        if (!mContext.runs(rule))
            return;
        Finding f;
        f.rule = rule;
        f.kind = kind;
        f.subject = subject;
        f.site = site;
        f.pos = pos;
        f.messageTemplate = message;
        f.messageArgs = std::move(args);
        mOut.append(std::move(f));
    }

    const ValidationContext &mContext;
    QList<Finding> &mOut;
};

// Message templates are English source strings in this context.
#define HIERARCH_MSG(text) QT_TRANSLATE_NOOP("hierarch::Findings", text)

// The rule checks, one function per RULES.md table. Each appends the findings of its rules.
void checkStructure(const ValidationContext &context, FindingSink &sink);
void checkSiteSystems(const ValidationContext &context, FindingSink &sink);
void checkSql(const ValidationContext &context, FindingSink &sink);
void checkHardening(const ValidationContext &context, FindingSink &sink);
void checkDesign(const ValidationContext &context, FindingSink &sink);
void checkCapacity(const ValidationContext &context, FindingSink &sink);
void checkAccounts(const ValidationContext &context, FindingSink &sink);

// Helpers shared by the checks.
QString roleNameList(const QList<Role> &roles);
QString number(qint64 n);

} // namespace hierarch
