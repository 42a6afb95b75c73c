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
    {}

    void hierarchy(RuleId rule, const char *message, QStringList args = {}, int count = -1)
    {
        add(rule, Scope::Hierarchy, QStringLiteral("hierarchy"), {}, {1, 1}, message,
            std::move(args), count);
    }
    void site(RuleId rule, const Site &site, const char *message, QStringList args = {},
              int count = -1)
    {
        add(rule, Scope::Site, site.code, {}, site.pos, message, std::move(args), count);
    }
    void server(RuleId rule, const ValidationContext::ServerRef &ref, const char *message,
                QStringList args = {}, int count = -1)
    {
        const Server &server = mContext.server(ref);
        add(rule, Scope::Server, server.name, mContext.site(ref.site).code, server.pos, message,
            std::move(args), count);
    }
    void account(RuleId rule, const Account &account, const char *message, QStringList args = {},
                 int count = -1)
    {
        add(rule, Scope::Account, account.name, {}, account.pos, message, std::move(args), count);
    }
    void waiver(RuleId rule, const Waiver &waiver, const char *message, QStringList args = {},
                int count = -1)
    {
        add(rule, Scope::Waiver, waiver.finding, {}, waiver.pos, message, std::move(args), count);
    }

private:
    void add(RuleId rule, Scope kind, const QString &subject, const QString &site, SourcePos pos,
             const char *message, QStringList args, int count)
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
        f.messageCount = count;
        mOut.append(std::move(f));
    }

    const ValidationContext &mContext;
    QList<Finding> &mOut;
};

// Message templates are English source strings in the context "hierarch::Findings", written out
// as QT_TRANSLATE_NOOP("hierarch::Findings", ...) at each check (QT_TRANSLATE_N_NOOP with `count`
// for a template that counts something, so it has singular and plural forms; the count is still
// written as a numbered argument made with number(), so the report's locale groups its digits):
// lupdate does not expand macros, so a shorthand would hide them from the translation.

// The checks, by the unit a finding is about. A full validation runs each for every unit; the
// live validator runs them only for the units an edit can affect, so a unit's findings may read
// the context and its own site and servers, and nothing else of the plan.
void checkHierarchy(const ValidationContext &context, FindingSink &sink);
void checkSite(const ValidationContext &context, FindingSink &sink, int site);
void checkServer(const ValidationContext &context, FindingSink &sink,
                 const ValidationContext::ServerRef &server);
void checkAccount(const ValidationContext &context, FindingSink &sink, const Account &account);

// The same, per RULES.md table (rules/units.cpp calls them in one fixed order).
void structureHierarchy(const ValidationContext &context, FindingSink &sink);
void structureSite(const ValidationContext &context, FindingSink &sink, int site);
void structureServer(const ValidationContext &context, FindingSink &sink,
                     const ValidationContext::ServerRef &server);
void structureAccount(const ValidationContext &context, FindingSink &sink, const Account &account);
void siteSystemsHierarchy(const ValidationContext &context, FindingSink &sink);
void siteSystemsSite(const ValidationContext &context, FindingSink &sink, int site);
void siteSystemsServer(const ValidationContext &context, FindingSink &sink,
                       const ValidationContext::ServerRef &server);
void sqlSite(const ValidationContext &context, FindingSink &sink, int site);
void sqlServer(const ValidationContext &context, FindingSink &sink,
               const ValidationContext::ServerRef &server);
void hardeningServer(const ValidationContext &context, FindingSink &sink,
                     const ValidationContext::ServerRef &server);
void designHierarchy(const ValidationContext &context, FindingSink &sink);
void designSite(const ValidationContext &context, FindingSink &sink, int site);
void capacityHierarchy(const ValidationContext &context, FindingSink &sink);
void capacitySite(const ValidationContext &context, FindingSink &sink, int site);
void releaseSite(const ValidationContext &context, FindingSink &sink, int site);
void releaseServer(const ValidationContext &context, FindingSink &sink,
                   const ValidationContext::ServerRef &server);
void accountChecks(const ValidationContext &context, FindingSink &sink, const Account &account);
// PKI (rules/pkirules.cpp)
void pkiSite(const ValidationContext &context, FindingSink &sink, int site);
void pkiServer(const ValidationContext &context, FindingSink &sink,
               const ValidationContext::ServerRef &server);

// Site addresses and senders (rules/addressrules.cpp).
void addressSite(const ValidationContext &context, FindingSink &sink, int site);
void addressAccount(const ValidationContext &context, FindingSink &sink, const Account &account);

// README "Boundaries" (boundaries/boundaryrules.cpp).
void boundarySite(const ValidationContext &context, FindingSink &sink, int site);
void boundaryServer(const ValidationContext &context, FindingSink &sink,
                    const ValidationContext::ServerRef &server);

// Helpers shared by the checks.
QString roleNameList(const QList<Role> &roles);
QString number(qint64 n);
// RULES.md "Clients can use Active Directory": schema extended, publishing on, and the site has no
// workgroup (or other-forest) clients.
bool clientsCanUseActiveDirectory(const Plan &plan, const Site &site);

} // namespace hierarch
