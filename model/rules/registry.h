#pragma once

#include "findingsink.h"

#include <bitset>
#include <initializer_list>

namespace hierarch {

// The rule registry: every rule of the catalog is one check function, registered once with its
// id (which gives its scope and products through the catalog) and the rules that silence it.
// The validator runs the registered checks per unit (the hierarchy, a site, a server, an
// account) in registration order; a check reports only about its unit, through a sink that
// knows which rule is running.
//
// "One finding per cause" (RULES.md Vocabulary) is data here: a check listing `silentWhen`
// rules does not run for a unit where one of them fired. Those rules must be registered before
// it, for the same unit (registryProblems() checks).
//
// A full validation runs every unit; the live validator runs only the units an edit can affect,
// so a check may read the context and its own site and servers, and nothing else of the plan.

// What a check is about; a rule's unit is its catalog scope (a waiver rule's unit is the review
// of the waivers, which the live validator runs after every other unit).
enum class Unit { Hierarchy, Site, Server, Account, Review };

// What the review of the waivers reads besides the plan: how many findings carry each finding id,
// and the validation date.
struct ReviewFacts
{
    const QHash<QString, int> &findingIds;
    QDate asOf;
};

struct RuleCheck
{
    using HierarchyFn = void (*)(const ValidationContext &, FindingSink &);
    using SiteFn = void (*)(const ValidationContext &, FindingSink &, int site);
    using ServerFn = void (*)(const ValidationContext &, FindingSink &,
                              const ValidationContext::ServerRef &);
    using AccountFn = void (*)(const ValidationContext &, FindingSink &, const Account &);
    using ReviewFn = void (*)(const ReviewFacts &, FindingSink &, const Waiver &);

    RuleCheck(RuleId rule, HierarchyFn fn, std::initializer_list<RuleId> silentWhen = {})
        : rule(rule), unit(Unit::Hierarchy), silentWhen(silentWhen), hierarchy(fn)
    {}
    RuleCheck(RuleId rule, SiteFn fn, std::initializer_list<RuleId> silentWhen = {})
        : rule(rule), unit(Unit::Site), silentWhen(silentWhen), site(fn)
    {}
    RuleCheck(RuleId rule, ServerFn fn, std::initializer_list<RuleId> silentWhen = {})
        : rule(rule), unit(Unit::Server), silentWhen(silentWhen), server(fn)
    {}
    RuleCheck(RuleId rule, AccountFn fn, std::initializer_list<RuleId> silentWhen = {})
        : rule(rule), unit(Unit::Account), silentWhen(silentWhen), account(fn)
    {}
    RuleCheck(RuleId rule, ReviewFn fn) : rule(rule), unit(Unit::Review), review(fn) {}

    RuleId rule;
    Unit unit;
    // The rules whose finding on the same unit makes this one stay silent.
    QList<RuleId> silentWhen;
    // The check itself: the one matching `unit`.
    HierarchyFn hierarchy = nullptr;
    SiteFn site = nullptr;
    ServerFn server = nullptr;
    AccountFn account = nullptr;
    ReviewFn review = nullptr;
};

// The rule families, one per file of checks (each returns its checks in the order they run).
// Adding a family adds a line to the list in registry.cpp; adding a rule to a family touches
// only the family's file (and the catalog).
QList<RuleCheck> structureRules();
QList<RuleCheck> siteSystemRules();
QList<RuleCheck> sqlRules();
QList<RuleCheck> hardeningRules();
QList<RuleCheck> designRules();
QList<RuleCheck> capacityRules();
QList<RuleCheck> releaseRules();
QList<RuleCheck> pkiRules();
QList<RuleCheck> accountRules();
QList<RuleCheck> addressRules();
QList<RuleCheck> boundaryRules();
QList<RuleCheck> reviewRules();

// Every registered check, in the order they run.
const QList<RuleCheck> &ruleRegistry();
// What is wrong with the registry, one line each (empty when it is sound): a catalog rule
// registered never or twice, a unit that differs from the rule's catalog scope, a `silentWhen`
// rule that is not registered earlier for the same unit.
QStringList registryProblems();

// Runs the checks of one unit that run for the plan's product.
void checkHierarchy(const ValidationContext &context, FindingSink &sink);
void checkSite(const ValidationContext &context, FindingSink &sink, int site);
void checkServer(const ValidationContext &context, FindingSink &sink,
                 const ValidationContext::ServerRef &server);
void checkAccount(const ValidationContext &context, FindingSink &sink, const Account &account);
void checkWaiver(const ValidationContext &context, const ReviewFacts &facts, FindingSink &sink,
                 const Waiver &waiver);

} // namespace hierarch
