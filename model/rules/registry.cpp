// The rule registry: the families in the order their checks run, and the runner that applies them
// per unit. The order is the order findings are produced in (a unit's findings are listed
// unsorted by the live validator); the sorted result does not depend on it.
#include "registry.h"

#include <array>

namespace hierarch {

namespace {

using RuleMask = std::bitset<kRuleCount>;

// A registered check as it runs: its mask of silencing rules made once.
struct Runnable
{
    const RuleCheck *check;
    RuleMask silencedBy;
};

// The checks that run for one product, per unit.
struct ProductRules
{
    std::array<QList<Runnable>, 5> byUnit;
};

ProductRules productRules(Product product)
{
    ProductRules out;
    for (const RuleCheck &check : ruleRegistry()) {
        if (!productsInclude(ruleInfo(check.rule).products, product))
            continue;
        Runnable r{&check, {}};
        for (RuleId silencer : check.silentWhen)
            r.silencedBy.set(std::size_t(silencer));
        out.byUnit[std::size_t(check.unit)].append(r);
    }
    return out;
}

const QList<Runnable> &runnables(Product product, Unit unit)
{
    static const std::array<ProductRules, 2> perProduct{productRules(Product::Sms2003),
                                                        productRules(Product::ConfigMgr2007)};
    return perProduct.at(std::size_t(product)).byUnit.at(std::size_t(unit));
}

// Runs a unit's checks in order; a check whose silencing rule already fired for the unit is
// skipped.
template<typename Call>
void run(Product product, Unit unit, FindingSink &sink, Call call)
{
    sink.beginUnit();
    for (const Runnable &r : runnables(product, unit)) {
        if (r.silencedBy.any() && (sink.fired() & r.silencedBy).any())
            continue;
        sink.setRule(r.check->rule);
        call(*r.check);
    }
    sink.setRule(RuleId::Count);
}

Scope scopeOf(Unit unit)
{
    switch (unit) {
    case Unit::Hierarchy:
        return Scope::Hierarchy;
    case Unit::Site:
        return Scope::Site;
    case Unit::Server:
        return Scope::Server;
    case Unit::Account:
        return Scope::Account;
    case Unit::Review:
        break;
    }
    return Scope::Waiver;
}

} // namespace

const QList<RuleCheck> &ruleRegistry()
{
    static const QList<RuleCheck> all = [] {
        QList<RuleCheck> checks;
        // Per unit, this is the order findings are produced in.
        for (QList<RuleCheck> family :
             {structureRules(), siteSystemRules(), sqlRules(), hardeningRules(), designRules(),
              capacityRules(), releaseRules(), pkiRules(), accountRules(), addressRules(),
              boundaryRules(), reviewRules()}) {
            checks.append(std::move(family));
        }
        return checks;
    }();
    return all;
}

QStringList registryProblems()
{
    QStringList problems;
    QList<int> registered(kRuleCount, 0);
    for (qsizetype i = 0; i < ruleRegistry().size(); ++i) {
        const RuleCheck &check = ruleRegistry().at(i);
        const RuleInfo &info = ruleInfo(check.rule);
        ++registered[int(check.rule)];
        if (scopeOf(check.unit) != info.scope)
            problems << QStringLiteral("%1: registered for a unit other than its scope %2")
                            .arg(QLatin1String(info.id), enumString(info.scope));
        for (RuleId silencer : check.silentWhen) {
            bool earlier = false;
            for (qsizetype k = 0; k < i; ++k) {
                const RuleCheck &before = ruleRegistry().at(k);
                earlier = earlier || (before.rule == silencer && before.unit == check.unit);
            }
            if (!earlier)
                problems << QStringLiteral("%1: silenced by %2, which does not run before it")
                                .arg(QLatin1String(info.id), QLatin1String(ruleInfo(silencer).id));
        }
    }
    for (int r = 0; r < kRuleCount; ++r) {
        if (registered.at(r) != 1)
            problems << QStringLiteral("%1: registered %2 times")
                            .arg(QLatin1String(ruleInfo(RuleId(r)).id))
                            .arg(registered.at(r));
    }
    return problems;
}

void checkHierarchy(const ValidationContext &context, FindingSink &sink)
{
    run(context.product(), Unit::Hierarchy, sink,
        [&](const RuleCheck &check) { check.hierarchy(context, sink); });
}

void checkSite(const ValidationContext &context, FindingSink &sink, int site)
{
    run(context.product(), Unit::Site, sink,
        [&](const RuleCheck &check) { check.site(context, sink, site); });
}

void checkServer(const ValidationContext &context, FindingSink &sink,
                 const ValidationContext::ServerRef &server)
{
    run(context.product(), Unit::Server, sink,
        [&](const RuleCheck &check) { check.server(context, sink, server); });
}

void checkAccount(const ValidationContext &context, FindingSink &sink, const Account &account)
{
    run(context.product(), Unit::Account, sink,
        [&](const RuleCheck &check) { check.account(context, sink, account); });
}

void checkWaiver(const ValidationContext &context, const ReviewFacts &facts, FindingSink &sink,
                 const Waiver &waiver)
{
    run(context.product(), Unit::Review, sink,
        [&](const RuleCheck &check) { check.review(facts, sink, waiver); });
}

} // namespace hierarch
