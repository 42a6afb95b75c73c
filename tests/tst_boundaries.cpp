// README "Boundaries": the overlap math, the loader's errors with line and column, the round trip
// and the format-preserving save of the new keys, and the live validator after boundary edits.
#include "boundaries/boundary.h"
#include "boundaries/boundaryindex.h"
#include "diff/plandiff.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "livevalidator.h"
#include "validator.h"

#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

QByteArray operator""_qb(const char *text, std::size_t size)
{
    return QByteArray(text, qsizetype(size));
}

constexpr auto kSubnet = BoundaryType::Subnet;
constexpr auto kRange = BoundaryType::Range;
constexpr auto kAd = BoundaryType::AdSite;
constexpr auto kV6 = BoundaryType::Ipv6Prefix;

const QByteArray kPlan = R"(# Boundaries, by hand
hierarch: 1
name: Contoso
product: configmgr2007
sites:
  - code: P01   # Berlin
    clients: 500
    boundaries:
      - subnet: 10.1.0.0/16      # the LAN
      - adSite: Berlin
        connection: fast
    servers:
      - name: P01-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
      - name: P01-DP01
        roles: [distribution-point]
        protectedBoundaries: [10.1.0.0/16]
  - code: P02
    parent: P01
    clients: 200
    boundaries:
    - range: 10.2.0.1-10.2.0.99
    servers:
      - name: P02-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
)";

QStringList ruleIds(const QList<Finding> &findings, const char *prefix)
{
    QStringList ids;
    for (const Finding &f : findings) {
        if (f.id().startsWith(QLatin1String(prefix)))
            ids << f.id();
    }
    ids.sort();
    return ids;
}

QStringList boundaryFindings(const QList<Finding> &findings)
{
    return ruleIds(findings, "boundary-") + ruleIds(findings, "protected-boundary");
}

} // namespace

class TestBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // a part of the message; empty = valid
        const auto row = [](const char *name, BoundaryType t, const char *v, const char *e) {
            QTest::newRow(name) << int(t) << QString::fromLatin1(v) << QString::fromLatin1(e);
        };
        row("subnet", kSubnet, "10.1.0.0/16", "");
        row("subnet /32", kSubnet, "192.168.1.7/32", "");
        row("subnet host bits", kSubnet, "10.1.2.0/16", "the subnet ID is 10.1.0.0/16");
        row("subnet no prefix", kSubnet, "10.1.0.0", "such as 10.1.0.0/16");
        row("subnet prefix 33", kSubnet, "10.1.0.0/33", "such as 10.1.0.0/16");
        row("subnet octet 256", kSubnet, "10.256.0.0/16", "such as");
        row("subnet leading zero", kSubnet, "10.01.0.0/16", "such as");
        row("subnet three parts", kSubnet, "10.1.0/16", "such as");
        row("range", kRange, "10.0.0.6-10.0.0.8", "");
        row("range one address", kRange, "10.0.0.6-10.0.0.6", "");
        row("range reversed", kRange, "10.0.0.8-10.0.0.6", "comes after its last");
        row("range half", kRange, "10.0.0.8-", "such as 10.1.0.1-10.1.0.200");
        row("ipv6", kV6, "2001:db8:1::/48", "");
        row("ipv6 full", kV6, "2001:0db8:0001:0000:0000:0000:0000:0000/64", "");
        row("ipv6 host bits", kV6, "2001:db8:1::1/64", "bits set after");
        row("ipv6 prefix 65", kV6, "2001:db8::/65", "1 to 64");
        row("ipv6 two gaps", kV6, "2001::db8::/48", "1 to 64");
        row("ipv6 not hex", kV6, "2001:dg8::/48", "1 to 64");
        row("ad site", kAd, "Default-First-Site-Name", "");
        row("ad site 64", kAd, QByteArray(64, 'a').constData(), "at most 63");
        row("ad site blank", kAd, "  ", "must not be empty");
    }
    void values()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const QString why = boundaryValueError(BoundaryType(type), value);
        if (error.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(error), qPrintable(why));
        QCOMPARE(boundaryInterval(BoundaryType(type), value).has_value(),
                 error.isEmpty() && BoundaryType(type) != kAd);
    }

    void overlap_data()
    {
        QTest::addColumn<int>("typeA");
        QTest::addColumn<QString>("a");
        QTest::addColumn<int>("typeB");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("overlaps");
        const auto row = [](const char *name, BoundaryType ta, const char *a, BoundaryType tb,
                            const char *b, bool o) {
            QTest::newRow(name) << int(ta) << QString::fromLatin1(a) << int(tb)
                                << QString::fromLatin1(b) << o;
        };
        row("subnet in subnet", kSubnet, "10.0.0.0/8", kSubnet, "10.200.3.0/24", true);
        row("adjacent subnets", kSubnet, "10.1.0.0/24", kSubnet, "10.1.1.0/24", false);
        row("range ends at subnet start", kRange, "10.0.255.1-10.1.0.0", kSubnet, "10.1.0.0/24",
            true);
        row("range ends before subnet", kRange, "10.0.255.1-10.0.255.255", kSubnet, "10.1.0.0/24",
            false);
        row("range inside range", kRange, "10.0.0.1-10.0.0.200", kRange, "10.0.0.50-10.0.0.60",
            true);
        row("whole IPv4 space", kSubnet, "128.0.0.0/1", kSubnet, "255.255.255.255/32", true);
        row("v6 in v6", kV6, "2001:db8::/32", kV6, "2001:db8:ffff::/48", true);
        row("v6 beside v6", kV6, "2001:db8:1::/48", kV6, "2001:db8:2::/48", false);
        row("v6 top of space", kV6, "ffff::/16", kV6, "ffff:ffff:ffff:ffff::/64", true);
        row("v4 never v6", kSubnet, "0.0.0.0/1", kV6, "::/1", false);
        row("ad case-insensitive", kAd, "Berlin", kAd, "BERLIN", true);
        row("ad other name", kAd, "Berlin", kAd, "Berlin-2", false);
        row("ad never addresses", kAd, "10.1.0.0", kSubnet, "10.1.0.0/16", false);
    }
    void overlap()
    {
        QFETCH(int, typeA);
        QFETCH(QString, a);
        QFETCH(int, typeB);
        QFETCH(QString, b);
        QFETCH(bool, overlaps);
        QCOMPARE(boundariesOverlap(BoundaryType(typeA), a, BoundaryType(typeB), b), overlaps);
        QCOMPARE(boundariesOverlap(BoundaryType(typeB), b, BoundaryType(typeA), a), overlaps);
    }

    void textItems()
    {
        QCOMPARE(parseBoundaryText(u"10.1.0.0/16"_s).type, kSubnet);
        QCOMPARE(parseBoundaryText(u"10.1.0.1-10.1.0.9"_s).type, kRange);
        QCOMPARE(parseBoundaryText(u"2001:db8::/48"_s).type, kV6);
        QCOMPARE(parseBoundaryText(u"Branch-Berlin"_s).type, kAd);
        const BoundaryText typed = parseBoundaryText(u" adSite: 10.1.0.0 "_s);
        QCOMPARE(typed.type, kAd);
        QCOMPARE(typed.value, u"10.1.0.0"_s);
        QVERIFY(sameBoundary(kV6, u"2001:db8:1::/48"_s, kV6, u"2001:0db8:0001:0::/48"_s));
        QVERIFY(!sameBoundary(kSubnet, u"10.1.0.0/16"_s, kSubnet, u"10.1.0.0/17"_s));

        Boundary b;
        QVERIFY(
            parseBoundaryItem(u"10.2.0.1-10.2.0.9 slow"_s, Product::ConfigMgr2007, b).isEmpty());
        QCOMPARE(b.type, kRange);
        QCOMPARE(b.connection, BoundaryConnection::Slow);
        QCOMPARE(boundaryItemText(b), u"10.2.0.1-10.2.0.9 slow"_s);
        b = {kAd, u"10.1.0.1-10.1.0.2"_s, std::nullopt, {}};
        QCOMPARE(boundaryItemText(b), u"adSite:10.1.0.1-10.1.0.2"_s); // not read as a range
        b = {kAd, u"Berlin"_s, std::nullopt, {}};
        QCOMPARE(boundaryItemText(b), u"Berlin"_s);
        QVERIFY(parseBoundaryItem(u"10.2.0.1-10.2.0.9"_s, Product::Sms2003, b)
                    .contains(u"configmgr2007"_s));
        QVERIFY(
            parseBoundaryItem(u"Berlin slow"_s, Product::Sms2003, b).contains(u"configmgr2007"_s));
        QVERIFY(parseBoundaryItem(u"Berlin"_s, Product::Sms2003, b).isEmpty());
    }

    // The index finds exactly the pairs a comparison of every pair finds.
    void indexMatchesPairwise()
    {
        Plan plan;
        QList<std::pair<BoundaryType, QString>> pool = {{kSubnet, u"10.0.0.0/8"_s},
                                                        {kSubnet, u"10.1.0.0/16"_s},
                                                        {kSubnet, u"10.1.2.0/24"_s},
                                                        {kSubnet, u"192.168.0.0/24"_s},
                                                        {kRange, u"10.1.255.250-10.2.0.3"_s},
                                                        {kRange, u"192.168.1.0-192.168.1.9"_s},
                                                        {kV6, u"2001:db8::/32"_s},
                                                        {kV6, u"2001:db9::/48"_s},
                                                        {kAd, u"Berlin"_s},
                                                        {kAd, u"berlin"_s},
                                                        {kAd, u"Paris"_s},
                                                        {kSubnet, u"172.16.0.0/12"_s}};
        for (int s = 0; s < 9; ++s) {
            Site site;
            site.code = u"S%1"_s.arg(s, 2, 10, QLatin1Char('0'));
            for (int k = 0; k < 3; ++k) {
                const auto &[type, value] = pool.at((s * 5 + k * 7) % pool.size());
                site.boundaries << Boundary{type, value, std::nullopt, {}};
            }
            plan.sites << site;
        }
        BoundaryIndex index;
        index.build(plan);
        for (int s = 0; s < plan.sites.size(); ++s) {
            QList<int> expected;
            for (int t = 0; t < plan.sites.size(); ++t) {
                if (t == s)
                    continue;
                bool any = false;
                for (const Boundary &a : plan.sites.at(s).boundaries) {
                    for (const Boundary &b : plan.sites.at(t).boundaries)
                        any = any || boundariesOverlap(a.type, a.value, b.type, b.value);
                }
                if (any)
                    expected << t;
            }
            QCOMPARE(index.sitesOverlapping(s), expected);
        }
    }

    void loadErrorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray head = "hierarch: 1\nname: x\nproduct: configmgr2007\nsites:\n"
                                "  - code: P01\n    boundaries:\n";
        const QByteArray sms = "hierarch: 1\nname: x\nproduct: sms2003\nsites:\n"
                               "  - code: P01\n    boundaries:\n";
        QTest::newRow("subnet host bits")
            << head + "      - subnet: 10.1.2.0/16\n"
            << 7 << 17
            << u"`10.1.2.0/16` is not a valid `subnet`: the address has bits set after the "
               "prefix length; the subnet ID is 10.1.0.0/16"_s;
        QTest::newRow("range reversed") << head + "      - range: 10.1.0.9-10.1.0.1\n"
                                        << 7 << 16 << u"comes after its last"_s;
        QTest::newRow("two values") << head + "      - subnet: 10.1.0.0/16\n        adSite: B\n"
                                    << 8 << 17 << u"one of"_s;
        QTest::newRow("no value") << head + "      - connection: slow\n"
                                  << 7 << 9 << u"needs one of the keys"_s;
        QTest::newRow("range in sms2003")
            << sms + "      - range: 10.1.0.1-10.1.0.9\n"
            << 7 << 9 << u"`range` is a configmgr2007 setting; this plan's product is sms2003"_s;
        QTest::newRow("connection in sms2003")
            << sms + "      - subnet: 10.1.0.0/16\n        connection: slow\n"
            << 8 << 9 << u"`connection` is a configmgr2007 setting"_s;
        QTest::newRow("protected bad")
            << "hierarch: 1\nname: x\nproduct: configmgr2007\nsites:\n  - code: P01\n"
               "    servers:\n      - name: A\n        protectedBoundaries: [10.1.0.0/16, "
               "10.1.0.0/33]\n"_qb
            << 8 << 44 << u"`10.1.0.0/33` is not a valid `subnet`"_s;
        QTest::newRow("protected in sms2003")
            << "hierarch: 1\nname: x\nproduct: sms2003\nsites:\n  - code: P01\n"
               "    servers:\n      - name: A\n        protectedBoundaries: [Berlin]\n"_qb
            << 8 << 9 << u"`protectedBoundaries` is a configmgr2007 setting"_s;
    }
    void loadErrorsHaveLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const LoadResult loaded = loadPlan(text, u"plan.yaml"_s);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error.message.contains(message), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.error.line, line);
        QCOMPARE(loaded.error.column, column);
    }

    void roundTripAndUnchangedSave()
    {
        const LoadResult loaded = loadPlan(kPlan, u"plan.yaml"_s);
        QVERIFY2(loaded, qPrintable(loaded.error.toString()));
        const Plan &plan = *loaded.plan;
        QCOMPARE(plan.sites.at(0).boundaries.size(), 2);
        QCOMPARE(plan.sites.at(0).boundaries.at(1).connection, BoundaryConnection::Fast);
        QCOMPARE(plan.sites.at(0).servers.at(1).protectedBoundaries, QStringList{u"10.1.0.0/16"_s});
        // Canonical save and load is the identity.
        const LoadResult again = loadPlan(savePlan(plan), u"again.yaml"_s);
        QVERIFY2(again, qPrintable(again.error.toString()));
        QCOMPARE(withoutSourcePositions(*again.plan), withoutSourcePositions(plan));
        // An unchanged plan is written back byte for byte.
        const PlanText same = planText(loaded.source, plan, plan);
        QVERIFY(same.preserved);
        QCOMPARE(same.bytes, kPlan);
    }

    void editsChangeOnlyTheirLines_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("value") << 0 << "      - subnet: 10.1.0.0/16      # the LAN\n"_qb
                               << "      - subnet: 10.9.0.0/16      # the LAN\n"_qb;
        QTest::newRow("connection stated") << 1 << "    - range: 10.2.0.1-10.2.0.99\n"_qb
                                           << "    - range: 10.2.0.1-10.2.0.99\n"
                                              "      connection: slow\n"_qb;
        QTest::newRow("boundary added")
            << 2 << "        connection: fast\n"_qb
            << "        connection: fast\n      - ipv6Prefix: \"2001:db8:1::/48\"\n"_qb;
        QTest::newRow("boundary removed") << 3
                                          << "      - adSite: Berlin\n        connection: "
                                             "fast\n"_qb
                                          << ""_qb;
        QTest::newRow("protected added") << 4 << "[10.1.0.0/16]"_qb
                                         << "[10.1.0.0/16, Berlin]"_qb;
        QTest::newRow("protected stated")
            << 5
            << "      - name: P02-SITE01\n        roles: [site-server, site-database, "
               "sms-provider, management-point]\n"_qb
            << "      - name: P02-SITE01\n        roles: [site-server, site-database, "
               "sms-provider, management-point]\n        protectedBoundaries: "
               "[10.2.0.1-10.2.0.99]\n"_qb;
        // A change of type renames the key in place: the comment, the spacing before it and the
        // item's own indentation stay.
        QTest::newRow("type subnet to range")
            << 6 << "      - subnet: 10.1.0.0/16      # the LAN\n"_qb
            << "      - range: 10.1.0.1-10.1.0.200      # the LAN\n"_qb;
        QTest::newRow("type range to subnet, own indentation")
            << 7 << "    - range: 10.2.0.1-10.2.0.99\n"_qb
            << "    - subnet: 10.2.0.0/24\n"_qb;
        QTest::newRow("type and connection") << 8
                                             << "      - adSite: Berlin\n        connection: "
                                                "fast\n"_qb
                                             << "      - subnet: 10.3.0.0/16\n        connection: "
                                                "slow\n"_qb;
    }
    void editsChangeOnlyTheirLines()
    {
        QFETCH(int, edit);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const LoadResult loaded = loadPlan(kPlan, u"plan.yaml"_s);
        QVERIFY(loaded);
        Plan edited = *loaded.plan;
        Site &p01 = edited.sites[0];
        Site &p02 = edited.sites[1];
        switch (edit) {
        case 0:
            p01.boundaries[0].value = u"10.9.0.0/16"_s;
            break;
        case 1:
            p02.boundaries[0].connection = BoundaryConnection::Slow;
            break;
        case 2:
            p01.boundaries << Boundary{kV6, u"2001:db8:1::/48"_s, std::nullopt, {}};
            break;
        case 3:
            p01.boundaries.removeLast();
            break;
        case 4:
            p01.servers[1].protectedBoundaries << u"Berlin"_s;
            break;
        case 5:
            p02.servers[0].protectedBoundaries << u"10.2.0.1-10.2.0.99"_s;
            break;
        case 6:
            p01.boundaries[0] = Boundary{kRange, u"10.1.0.1-10.1.0.200"_s, std::nullopt, {}};
            break;
        case 7:
            p02.boundaries[0] = Boundary{kSubnet, u"10.2.0.0/24"_s, std::nullopt, {}};
            break;
        case 8:
            p01.boundaries[1].type = kSubnet;
            p01.boundaries[1].value = u"10.3.0.0/16"_s;
            p01.boundaries[1].connection = BoundaryConnection::Slow;
            break;
        }
        const PlanText saved = planText(loaded.source, *loaded.plan, edited);
        QVERIFY2(saved.preserved, qPrintable(saved.fallbackReason));
        QByteArray expected = kPlan;
        QVERIFY(expected.contains(from));
        expected.replace(expected.indexOf(from), from.size(), to);
        QCOMPARE(saved.bytes, expected);
    }

    // `hierarch diff` lists a change of a site's boundaries or a server's protected boundaries.
    void diffListsBoundaryChanges()
    {
        const LoadResult loaded = loadPlan(kPlan, u"plan.yaml"_s);
        QVERIFY(loaded);
        Plan edited = *loaded.plan;
        edited.sites[1].boundaries[0].connection = BoundaryConnection::Slow;
        edited.sites[0].servers[1].protectedBoundaries << u"Berlin"_s;
        const PlanDiff diff = diffPlans(&*loaded.plan, {}, &edited, {});
        QStringList fields;
        for (const ItemChange &change : diff.changes) {
            for (const FieldChange &field : change.fields)
                fields << field.field;
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{u"boundaries"_s, u"protectedBoundaries"_s}));
    }

    // The live validator's findings after boundary edits equal a fresh validation.
    void liveValidatorFollowsBoundaryEdits()
    {
        const LoadResult loaded = loadPlan(kPlan, u"plan.yaml"_s);
        QVERIFY(loaded);
        Plan plan = *loaded.plan;
        LiveValidator live(plan, QDate(2026, 1, 1));
        const auto same = [&] {
            const QStringList now = boundaryFindings(live.findings());
            const QStringList fresh = boundaryFindings(validate(plan, QDate(2026, 1, 1)));
            if (now != fresh)
                qWarning() << "live" << now << "fresh" << fresh;
            return now == fresh;
        };
        QCOMPARE(boundaryFindings(live.findings()), QStringList());

        plan.sites[1].boundaries[0].value = u"10.1.255.1-10.2.0.99"_s; // into P01's subnet
        live.siteChanged(1);
        QVERIFY(same());
        QCOMPARE(boundaryFindings(live.findings()), QStringList{u"boundary-overlap@P02"_s});

        plan.sites[0].boundaries[0].value = u"10.5.0.0/16"_s; // P01 moves away from P02...
        live.siteChanged(0);
        QVERIFY(same());
        // ... and its protected distribution point still names the old subnet.
        QCOMPARE(boundaryFindings(live.findings()),
                 QStringList{u"protected-boundary-foreign@P01-DP01"_s});

        plan.sites[0].boundaries.clear(); // P01 has none left
        live.siteChanged(0);
        QVERIFY(same());
        QCOMPARE(
            boundaryFindings(live.findings()),
            (QStringList{u"boundary-missing@P01"_s, u"protected-boundary-foreign@P01-DP01"_s}));

        Site copy = plan.sites.at(1);
        copy.code = u"P03"_s;
        copy.servers.clear();
        plan.sites.insert(0, copy);
        live.siteInserted(0);
        QVERIFY(same());
        QCOMPARE(ruleIds(live.findings(), "boundary-overlap"),
                 QStringList{u"boundary-overlap@P02"_s});

        plan.sites.removeAt(0);
        live.siteRemoved(0);
        QVERIFY(same());
        plan.sites[1].boundaries.clear(); // the last boundary goes: nothing is checked
        live.siteChanged(1);
        QVERIFY(same());
        QCOMPARE(ruleIds(live.findings(), "boundary-"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
