// Fixtures and checks shared by the Document suites: two plans that give every command kind
// something to act on, lookups by what a person sees (site code, server name), and checks that
// the live findings, the lookups by id and the outline agree with the plan.
#pragma once

#include "document/document.h"
#include "document/fields.h"
#include "plan.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace hierarch {
class OutlineModel;
}

namespace hierarch::testing {

// The validation date of the fixtures.
inline const QDate kAsOf(2026, 11, 21);

// "rich" (a hierarchy three levels deep, shared SQL, accounts, a waiver, an attestation and
// diagram positions for all sites but P02), "dup" (two sites share a code), "waived" (waivers of
// a server's and a site's findings, a database server for another site) or "sms" (an SMS 2003
// example); an empty plan for any other name.
Plan fixturePlan(const QString &name);

// The id of the nth site (0-based) whose code is exactly `code`, 0 when there is none.
ItemId siteId(const Document &doc, const QString &code, int nth = 0);
const Site *siteByCode(const Document &doc, const QString &code, int nth = 0);
ItemId serverId(const Document &doc, const QString &name);
const FieldInfo &fieldOf(FieldOwner owner, const char *key);

// Equal plans (ids and positions included) and identical saved bytes, with a readable reason.
void comparePlans(const Plan &actual, const Plan &expected, const QString &context);
#define COMPARE_PLANS(actual, expected, context)                                                   \
    do {                                                                                           \
        comparePlans(actual, expected, context);                                                   \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// The ids a spy saw as the first argument of each emission.
QList<ItemId> spiedIds(const QSignalSpy &spy);
QSet<ItemId> spiedIdSet(const QSignalSpy &spy);

// The live findings must be exactly what a full validation of the current plan gives.
void checkFindings(const Document &doc, const QString &context);
// Every site and server has a unique id and every lookup by id points at it.
void checkLookups(const Document &doc, const QString &context);
// The outline shows every site and server of the plan, found by id.
void checkOutline(const Document &doc, const OutlineModel &outline, const QString &context);

} // namespace hierarch::testing
