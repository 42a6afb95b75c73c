#pragma once

#include "../finding.h"
#include "validationcontext.h"

#include <QCoreApplication>

#include <bitset>

namespace hierarch {

// Collects findings for one validation. The registry (registry.h) runs only the rules of the
// plan's product, so each check states only its condition (RULES.md "Products"), and tells the
// sink which rule is running, so a check reports without naming its rule; the sink remembers
// which rules fired for the current unit (what `silentWhen` reads).
class FindingSink
{
public:
    FindingSink(const ValidationContext &context, QList<Finding> &out)
        : mContext(context), mOut(out)
    {}

    // The running rule's finding about the hierarchy, a site, a server, an account or a waiver.
    void hierarchy(const char *message, QStringList args = {}, int count = -1)
    {
        add(Scope::Hierarchy, QStringLiteral("hierarchy"), {}, {1, 1}, message, std::move(args),
            count);
    }
    void site(const Site &site, const char *message, QStringList args = {}, int count = -1)
    {
        add(Scope::Site, site.code, {}, site.pos, message, std::move(args), count);
    }
    // The same at a line of the site other than its own, e.g. one of its addresses.
    void site(const Site &site, SourcePos pos, const char *message, QStringList args = {},
              int count = -1)
    {
        add(Scope::Site, site.code, {}, pos, message, std::move(args), count);
    }
    void server(const ValidationContext::ServerRef &ref, const char *message, QStringList args = {},
                int count = -1)
    {
        const Server &server = mContext.server(ref);
        add(Scope::Server, server.name, mContext.site(ref.site).code, server.pos, message,
            std::move(args), count);
    }
    void account(const Account &account, const char *message, QStringList args = {}, int count = -1)
    {
        add(Scope::Account, account.name, {}, account.pos, message, std::move(args), count);
    }
    void waiver(const Waiver &waiver, const char *message, QStringList args = {}, int count = -1)
    {
        add(Scope::Waiver, waiver.finding, {}, waiver.pos, message, std::move(args), count);
    }

    // --- for the registry's runner ---
    // A new unit: no rule has fired for it yet.
    void beginUnit() { mFired.reset(); }
    void setRule(RuleId rule) { mRule = rule; }
    // The rules that reported about the current unit.
    const std::bitset<kRuleCount> &fired() const { return mFired; }

private:
    void add(Scope kind, const QString &subject, const QString &site, SourcePos pos,
             const char *message, QStringList args, int count)
    {
        Q_ASSERT(mRule != RuleId::Count); // only a running check reports
        mFired.set(std::size_t(mRule));
        Finding f;
        f.rule = mRule;
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
    RuleId mRule = RuleId::Count;
    std::bitset<kRuleCount> mFired;
};

// Message templates are English source strings in the context "hierarch::Findings", written out
// as QT_TRANSLATE_NOOP("hierarch::Findings", ...) at each check (QT_TRANSLATE_N_NOOP with `count`
// for a template that counts something, so it has singular and plural forms; the count is still
// written as a numbered argument made with number(), so the report's locale groups its digits):
// lupdate does not expand macros, so a shorthand would hide them from the translation.

// Helpers shared by the checks.
QString roleNameList(const QList<Role> &roles);
QString number(qint64 n);
// RULES.md "Clients can use Active Directory": schema extended, publishing on, and the site has no
// workgroup (or other-forest) clients.
bool clientsCanUseActiveDirectory(const Plan &plan, const Site &site);

} // namespace hierarch
