// The diff engine (CLI.md "diff"): every action and kind, renames carrying references and
// findings along, what is not a change, and the findings delta.
#include "diff/diffexport.h"
#include "diff/plandiff.h"
#include "io/planloader.h"
#include "validator.h"

#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 11, 21);

// The base plan both diff suites edit (a central site, a primary, a secondary, an account, a
// waiver and an attestation).
const QByteArray kBase = [] {
    QFile file(QStringLiteral(HIERARCH_FIXTURES_DIR "/diff/base.hierarchy.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the diff fixture");
    return file.readAll();
}();

Plan load(const QByteArray &text)
{
    LoadResult result = loadPlan(text, QStringLiteral("plan.yaml"));
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

QByteArray editedFrom(QByteArray text, QList<std::pair<const char *, const char *>> replacements)
{
    for (const auto &[from, to] : replacements) {
        if (!text.contains(from))
            qFatal("fixture edit does not apply: %s", from);
        text.replace(from, to);
    }
    return text;
}

QByteArray edited(QList<std::pair<const char *, const char *>> replacements)
{
    return editedFrom(kBase, std::move(replacements));
}

// The base plan with an address each way between P01 and its secondary site S01.
const QByteArray kLinked =
    editedFrom(kBase, {{"    clients: 500\n", "    clients: 500\n    addresses:\n      - to: S01\n"
                                              "        destination: s01-site01.contoso.com\n"
                                              "        schedule: [\"19:00-07:00\"]\n"},
                       {"    parent: P01\n    servers:\n",
                        "    parent: P01\n    addresses:\n      - to: P01   # the parent\n"
                        "        destination: p01-site01.contoso.com\n        rateLimit: 50\n"
                        "    servers:\n"}});

QByteArray linked(QList<std::pair<const char *, const char *>> replacements)
{
    return editedFrom(kLinked, std::move(replacements));
}

PlanDiff diffTexts(const QByteArray &oldText, const QByteArray &newText)
{
    const Plan oldPlan = load(oldText);
    const Plan newPlan = load(newText);
    return diffPlans(&oldPlan, validate(oldPlan, kAsOf), &newPlan, validate(newPlan, kAsOf));
}

// Site P01 renamed P05 with every reference to it (server names keep their prefix).
QByteArray renamedP01()
{
    return edited({{"code: P01", "code: P05"},
                   {"parent: P01", "parent: P05"},
                   {"sites: [P01]", "sites: [P05]"},
                   {"mixed-mode@P01", "mixed-mode@P05"},
                   {"P01: [0, 260]", "P05: [0, 260]"}});
}

// "server P01-MP01 changed" style summaries, for compact comparisons.
QStringList describe(const PlanDiff &diff)
{
    QStringList lines;
    for (const ItemChange &change : diff.changes)
        lines << QString::fromLatin1(enumName(change.action)) + QLatin1Char(' ') +
                     changeText(change);
    return lines;
}

QStringList ids(const QList<DeltaFinding> &entries)
{
    QStringList result;
    for (const DeltaFinding &entry : entries)
        result << entry.id;
    result.sort();
    return result;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private slots:
    void notChanges_data();
    void notChanges();
    void changes_data();
    void changes();
    void fieldValues();
    void changeRecord();
    void addressChanges_data();
    void addressChanges();
    void addressRisks();
    void releaseChanges();
    void serverRenameCarriesFindings();
    void siteRenameCarriesReferences();
    void siteAndServerRenamedTogether();
    void productsDiffer();
    void findingsDelta();
    void introduces_data();
    void introduces();
    void absentSide();
    void comparerIsReusable();
    void summaryLine();
};

void TestPlanDiff::notChanges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("identical") << kBase;
    QTest::newRow("comments and blank lines")
        << edited({{"name: Base plan\n", "# reviewed\nname: Base plan   # title\n\n"}});
    QTest::newRow("key order") << edited(
        {{"    parent: CEN\n    clients: 500\n", "    clients: 500\n    parent: CEN\n"}});
    QTest::newRow("flow vs block style")
        << edited({{"        roles: [management-point]\n",
                    "        roles:\n          - management-point\n"}});
    QTest::newRow("quoting") << edited({{"  - code: S01\n", "  - code: \"S01\"\n"}});
    QTest::newRow("diagram") << edited({{"P01: [0, 260]", "P01: [400, 900]"}});
    QTest::newRow("default stated")
        << edited({{"    clients: 500\n", "    clients: 500\n    clientMode: mixed\n"}});
    QTest::newRow("role order") << edited(
        {{"[site-server, distribution-point]", "[distribution-point, site-server]"}});
}

void TestPlanDiff::notChanges()
{
    QFETCH(QByteArray, text);
    const PlanDiff diff = diffTexts(kBase, text);
    QVERIFY2(diff.changes.isEmpty(), qPrintable(describe(diff).join(QLatin1Char('\n'))));
    QVERIFY(diff.isEmpty());
    QVERIFY(!diff.findings.unchanged.isEmpty());
    QCOMPARE(diffSummaryLine(diff), QStringLiteral("No changes."));
}

void TestPlanDiff::changes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plan changed")
        << edited({{"name: Base plan", "name: Base plan v2"}})
        << QStringList{
               QStringLiteral("changed plan Base plan v2: name: Base plan -> Base plan v2")};
    QTest::newRow("site added with its servers")
        << edited({{"accounts:", "  - code: S02\n    type: secondary\n    parent: P01\n"
                                 "    servers:\n      - name: S02-SITE01\n"
                                 "        roles: [site-server]\naccounts:"}})
        << QStringList{QStringLiteral("added site S02"),
                       QStringLiteral("added server S02-SITE01 (site S02)")};
    QTest::newRow("site removed with its servers")
        << edited({{"  - code: S01\n    type: secondary\n    parent: P01\n    servers:\n"
                    "      - name: S01-SITE01\n        roles: [site-server, distribution-point]\n",
                    ""}})
        << QStringList{QStringLiteral("removed site S01"),
                       QStringLiteral("removed server S01-SITE01 (site S01)")};
    QTest::newRow("site changed")
        << edited({{"    clients: 500\n", "    clients: 800\n    clientMode: native\n"}})
        << QStringList{QStringLiteral(
               "changed site P01: clients: 500 -> 800; clientMode: mixed -> native")};
    QTest::newRow("server added")
        << edited({{"        roles: [management-point]\n",
                    "        roles: [management-point]\n      - name: P01-NEW\n"}})
        << QStringList{QStringLiteral("added server P01-NEW (site P01)")};
    QTest::newRow("server removed")
        << edited({{"      - name: P01-MP01\n        roles: [management-point]\n", ""}})
        << QStringList{QStringLiteral("removed server P01-MP01 (site P01)")};
    QTest::newRow("roles added and removed")
        << edited({{"[management-point]", "[reporting-point, fallback-status-point]"}})
        << QStringList{QStringLiteral("changed server P01-MP01 (site P01): roles: "
                                      "+fallback-status-point, +reporting-point, "
                                      "-management-point")};
    QTest::newRow("a role's site is part of the role")
        << edited({{"      - name: P01-SITE01\n        roles: [site-server, site-database, "
                    "sms-provider]",
                    "      - name: P01-SITE01\n        roles: [site-server, {role: "
                    "site-database, site: CEN}, sms-provider]"}})
        << QStringList{QStringLiteral("changed server P01-SITE01 (site P01): roles: +{role: "
                                      "site-database, site: CEN}, -site-database")};
    QTest::newRow("server fields")
        << edited({{"      - name: P01-MP01\n",
                    "      - name: P01-MP01\n        zone: perimeter\n        sql: "
                    "{authentication: mixed}\n"}})
        << QStringList{QStringLiteral("changed server P01-MP01 (site P01): zone: intranet -> "
                                      "perimeter; sql: false -> true; sql.authentication: "
                                      "windows -> mixed")};
    QTest::newRow("server moved")
        << edited({{"      - name: P01-MP01\n        roles: [management-point]\n", ""},
                   {"        roles: [site-server, distribution-point]\n",
                    "        roles: [site-server, distribution-point]\n      - name: P01-MP01\n"
                    "        roles: [management-point]\n        os: windows-2008\n"}})
        << QStringList{QStringLiteral("moved server P01-MP01 (site P01 -> S01): os: "
                                      "windows-2003-sp2 -> windows-2008")};
    QTest::newRow("server renamed")
        << edited({{"P01-MP01", "P01-MP02"}})
        << QStringList{QStringLiteral("renamed server P01-MP01 -> P01-MP02 (site P01)")};
    QTest::newRow("account added")
        << edited({{"waivers:", "  - name: CONTOSO\\nap\n    type: site-address\n    sites: "
                                "[P01]\nwaivers:"}})
        << QStringList{QStringLiteral("added account CONTOSO\\nap")};
    QTest::newRow("account removed")
        << edited({{"accounts:\n  - name: CONTOSO\\push\n    type: client-push-installation\n"
                    "    sites: [P01]\n",
                    ""}})
        << QStringList{QStringLiteral("removed account CONTOSO\\push")};
    QTest::newRow("account sites and fields")
        << edited({{"    sites: [P01]\n", "    sites: [CEN, S01]\n    custodians: 3\n"}})
        << QStringList{QStringLiteral("changed account CONTOSO\\push: sites: +CEN, +S01, -P01; "
                                      "custodians: 2 -> 3")};
    QTest::newRow("waiver added")
        << edited({{"attestations:", "  - finding: fsp-missing-native@CEN\n    justification: "
                                     "Later.\nattestations:"}})
        << QStringList{QStringLiteral("added waiver fsp-missing-native@CEN")};
    QTest::newRow("waiver removed")
        << edited({{"  - finding: mixed-mode@P01\n    justification: Native mode comes in phase "
                    "two.\n",
                    ""},
                   {"waivers:\n", ""}})
        << QStringList{QStringLiteral("removed waiver mixed-mode@P01")};
    QTest::newRow("waiver changed")
        << edited({{"comes in phase two.\n",
                    "comes in phase two.\n    approvedBy: CAB-7\n    expires: 2027-01-31\n"}})
        << QStringList{QStringLiteral("changed waiver mixed-mode@P01: approvedBy: (not set) -> "
                                      "CAB-7; expires: (not set) -> 2027-01-31")};
    QTest::newRow("attestation added")
        << edited({{"diagram:", "  - item: physical-security\n    status: done\ndiagram:"}})
        << QStringList{QStringLiteral("added attestation physical-security")};
    // FORMAT.md `document`: the version and status are plan fields, the change record a list.
    QTest::newRow("document version and status stated")
        << edited({{"name: Base plan\n", "name: Base plan\ndocument:\n  version: \"2.1\"\n"
                                         "  status: review\n"}})
        << QStringList{QStringLiteral("changed plan Base plan: document.version: (not set) -> "
                                      "2.1; document.status: (not set) -> review")};
    QTest::newRow("attestation removed")
        << edited({{"attestations:\n  - item: backup-recovery-plan\n    status: open\n", ""}})
        << QStringList{QStringLiteral("removed attestation backup-recovery-plan")};
    QTest::newRow("attestation changed")
        << edited({{"    status: open\n", "    status: done\n    note: Tested.\n"}})
        << QStringList{QStringLiteral("changed attestation backup-recovery-plan: status: open -> "
                                      "done; note: (not set) -> Tested.")};
}

void TestPlanDiff::changes()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(diffTexts(kBase, text)), expected);
}

// README "Reviewing a revision": a site's addresses, matched within the site by `to` and sender.
void TestPlanDiff::addressChanges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("comments, key order and flow style are not changes")
        << linked({{"      - to: P01   # the parent\n        destination: p01-site01.contoso.com\n"
                    "        rateLimit: 50\n",
                    "      - {rateLimit: 50, destination: p01-site01.contoso.com, to: P01}\n"},
                   {"        schedule: [\"19:00-07:00\"]\n",
                    "        schedule:\n          - 19:00-07:00\n        type: standard\n"}})
        << QStringList{};
    QTest::newRow("address added")
        << linked({{"        rateLimit: 50\n",
                    "        rateLimit: 50\n      - to: P01\n        type: courier\n"}})
        << QStringList{u"added address S01 -> P01 (courier)"_s};
    QTest::newRow("address removed")
        << linked({{"    addresses:\n      - to: S01\n        destination: s01-site01.contoso.com\n"
                    "        schedule: [\"19:00-07:00\"]\n",
                    ""}})
        << QStringList{u"removed address P01 -> S01 (standard)"_s};
    QTest::newRow("every field")
        << linked({{"        destination: p01-site01.contoso.com\n        rateLimit: 50\n",
                    "        destination: p01-site01.fabrikam.com\n        account: CONTOSO\\addr\n"
                    "        schedule: [\"20:00-06:00\"]\n        rateLimit: 25\n"
                    "        bandwidth: 512\n        latency: 80\n"}})
        << QStringList{u"changed address S01 -> P01 (standard): destination: "
                       "p01-site01.contoso.com -> p01-site01.fabrikam.com; account: (not set) -> "
                       "CONTOSO\\addr; schedule: +20:00-06:00; rateLimit: 50 -> 25; bandwidth: "
                       "(not set) -> 512; latency: (not set) -> 80"_s};
    QTest::newRow("a field removed")
        << linked({{"        schedule: [\"19:00-07:00\"]\n", ""}})
        << QStringList{u"changed address P01 -> S01 (standard): schedule: -19:00-07:00"_s};
    QTest::newRow("the only address to a site gets another sender")
        << linked(
               {{"      - to: P01   # the parent\n", "      - to: P01\n        type: isdn-ras\n"}})
        << QStringList{u"changed address S01 -> P01 (isdn-ras): type: standard -> isdn-ras"_s};
    QTest::newRow("another destination site is another address")
        << linked({{"      - to: P01   # the parent\n", "      - to: CEN\n"}})
        << QStringList{u"added address S01 -> CEN (standard)"_s,
                       u"removed address S01 -> P01 (standard)"_s};
    QTest::newRow("a site added with its addresses")
        << linked({{"accounts:", "  - code: S02\n    type: secondary\n    parent: P01\n"
                                 "    addresses:\n      - to: P01\n    servers:\n"
                                 "      - name: S02-SITE01\n        roles: [site-server]\n"
                                 "accounts:"}})
        << QStringList{u"added site S02"_s, u"added address S02 -> P01 (standard)"_s,
                       u"added server S02-SITE01 (site S02)"_s};
    QTest::newRow("a site removed with its addresses")
        << linked({{"  - code: S01\n    type: secondary\n    parent: P01\n    addresses:\n"
                    "      - to: P01   # the parent\n        destination: p01-site01.contoso.com\n"
                    "        rateLimit: 50\n    servers:\n      - name: S01-SITE01\n"
                    "        roles: [site-server, distribution-point]\n",
                    ""}})
        << QStringList{u"removed site S01"_s, u"removed address S01 -> P01 (standard)"_s,
                       u"removed server S01-SITE01 (site S01)"_s};
    // A rename carries the addresses that name the site, and its own.
    QTest::newRow("site renamed") << linked({{"code: S01", "code: S05"},
                                             {"to: S01", "to: S05"},
                                             {"S01-SITE01", "S05-SITE01"},
                                             {"S01: [0, 520]", "S05: [0, 520]"}})
                                  << QStringList{
                                         u"renamed site S01 -> S05"_s,
                                         u"renamed server S01-SITE01 -> S05-SITE01 (site S05)"_s};
    QTest::newRow("parent renamed, only the rename")
        << linked({{"code: P01", "code: P05"},
                   {"parent: P01", "parent: P05"},
                   {"to: P01", "to: P05"},
                   {"sites: [P01]", "sites: [P05]"},
                   {"mixed-mode@P01", "mixed-mode@P05"},
                   {"P01: [0, 260]", "P05: [0, 260]"}})
        << QStringList{u"renamed site P01 -> P05"_s};
}

void TestPlanDiff::addressChanges()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const PlanDiff diff = diffTexts(kLinked, text);
    QCOMPARE(describe(diff), expected);
    for (const ItemChange &change : diff.changes) {
        if (change.kind != DiffKind::Address)
            continue;
        // The entry points at its site in NEW, for the editor; -1 once the site is gone.
        const Plan now = load(text);
        if (change.siteIndex >= 0)
            QCOMPARE(now.sites.at(change.siteIndex).code, change.site);
        else
            QCOMPARE(change.action, DiffAction::Removed);
    }
}

// Which risks an address change adds: the findings delta names them, and `--fail-on` counts them.
void TestPlanDiff::addressRisks()
{
    const PlanDiff diff = diffTexts(
        kLinked, linked({{"        destination: p01-site01.contoso.com\n        rateLimit: 50\n",
                          "        bandwidth: 256\n"}}));
    QCOMPARE(describe(diff),
             QStringList{u"changed address S01 -> P01 (standard): destination: "
                         "p01-site01.contoso.com -> (not set); rateLimit: 50 -> (not set); "
                         "bandwidth: (not set) -> 256"_s});
    QCOMPARE(ids(diff.findings.added), (QStringList{u"address-destination-not-fqdn@S01"_s,
                                                    u"address-slow-link-unlimited@S01"_s}));
    QVERIFY(diff.introduces(Severity::Warning));
    QVERIFY(!diff.introduces(Severity::Error));
    // Removing the address back to the parent is the missing direction's warning.
    const PlanDiff removed = diffTexts(
        kLinked, linked({{"    addresses:\n      - to: P01   # the parent\n"
                          "        destination: p01-site01.contoso.com\n        rateLimit: 50\n",
                          ""}}));
    QCOMPARE(ids(removed.findings.added), QStringList{u"address-missing@S01"_s});
}

// README "Releases": the plan's release and a site's own are fields of the plan and the site; a
// site that follows the plan's is not listed again.
void TestPlanDiff::releaseChanges()
{
    const QByteArray planRelease =
        edited({{"product: configmgr2007\n", "product: configmgr2007\nrelease: sp1\n"}});
    PlanDiff diff = diffTexts(kBase, planRelease);
    QCOMPARE(describe(diff), QStringList{u"changed plan Base plan: release: (not set) -> sp1"_s});
    diff = diffTexts(planRelease, editedFrom(planRelease, {{"release: sp1", "release: sp2"}}));
    QCOMPARE(describe(diff), QStringList{u"changed plan Base plan: release: sp1 -> sp2"_s});

    // S01 on SP2 under a parent on SP1: the site's field, and the risk it adds.
    const QByteArray siteRelease =
        editedFrom(planRelease, {{"    parent: P01\n", "    parent: P01\n    release: sp2\n"}});
    diff = diffTexts(planRelease, siteRelease);
    QCOMPARE(describe(diff), QStringList{u"changed site S01: release: sp1 -> sp2"_s});
    QCOMPARE(ids(diff.findings.added), QStringList{u"release-above-parent@S01"_s});
    // Only the release differs: the cheap equality must not skip the site.
    diff = diffTexts(siteRelease,
                     editedFrom(siteRelease, {{"    release: sp2\n", "    release: sp2-r2\n"}}));
    QCOMPARE(describe(diff), QStringList{u"changed site S01: release: sp2 -> sp2-r2"_s});
    // A release stated on a site that the plan states as well is no change.
    QVERIFY(diffTexts(planRelease,
                      editedFrom(planRelease,
                                 {{"    parent: P01\n", "    parent: P01\n    release: sp1\n"}}))
                .changes.isEmpty());
}

void TestPlanDiff::changeRecord()
{
    const QByteArray old = edited(
        {{"name: Base plan\n", "name: Base plan\ndocument:\n  version: \"2.0\"\n  changeRecord:\n"
                               "    - version: \"1.0\"\n      date: 2026-06-15\n"}});
    const QByteArray current =
        QByteArray(old)
            .replace("  version: \"2.0\"\n", "  version: \"2.1\"\n")
            .replace("      date: 2026-06-15\n",
                     "      date: 2026-06-15\n    - version: \"2.0\"\n      date: 2026-10-01\n"
                     "      author: A. Architect\n      summary: Paris database moved.\n");
    const PlanDiff diff = diffTexts(old, current);
    QCOMPARE(describe(diff),
             QStringList{QStringLiteral(
                 "changed plan Base plan: document.version: 2.0 -> 2.1; document.changeRecord: "
                 "+2.0 (2026-10-01, A. Architect): Paris database moved.")});
    // An entry whose date is corrected is one removed and one added.
    const PlanDiff redated = diffTexts(old, QByteArray(old).replace("2026-06-15", "2026-06-16"));
    QCOMPARE(redated.changes.size(), 1);
    const FieldChange &record = redated.changes.constFirst().fields.constFirst();
    QVERIFY(record.isList);
    QCOMPARE(record.added, QStringList{QStringLiteral("1.0 (2026-06-16)")});
    QCOMPARE(record.removed, QStringList{QStringLiteral("1.0 (2026-06-15)")});
    QVERIFY(diffTexts(old, old).changes.isEmpty());
}

void TestPlanDiff::fieldValues()
{
    // Values keep their types (JSON writes numbers and booleans as such) and the new and old
    // sides are not swapped.
    const PlanDiff diff = diffTexts(kBase, edited({{"    clients: 500\n", "    clients: 800\n"}}));
    QCOMPARE(diff.changes.size(), 1);
    const ItemChange &change = diff.changes.constFirst();
    QCOMPARE(change.kind, DiffKind::Site);
    QCOMPARE(change.siteIndex, 1);
    QCOMPARE(change.fields.size(), 1);
    QCOMPARE(change.fields.constFirst().oldValue, QVariant(500));
    QCOMPARE(change.fields.constFirst().newValue, QVariant(800));
}

void TestPlanDiff::serverRenameCarriesFindings()
{
    // The management point in a mixed-mode site has findings; after the rename they match by id.
    const QByteArray renamed = edited({{"P01-MP01", "P01-MP02"}});
    const PlanDiff diff = diffTexts(kBase, renamed);
    QCOMPARE(diff.serverRenames.value(QStringLiteral("P01-MP01")), QStringLiteral("P01-MP02"));
    QVERIFY2(diff.findings.added.isEmpty(), qPrintable(ids(diff.findings.added).join(u' ')));
    QVERIFY2(diff.findings.resolved.isEmpty(), qPrintable(ids(diff.findings.resolved).join(u' ')));
    const Plan before = load(kBase);
    int aboutServer = 0;
    for (const Finding &f : validate(before, kAsOf))
        aboutServer += f.subject == QLatin1String("P01-MP01");
    int followed = 0;
    for (const DeltaFinding &f : diff.findings.unchanged)
        followed += f.id.endsWith(QLatin1String("@P01-MP02"));
    QCOMPARE(followed, aboutServer);

    // A renamed server that also changes is not a rename: removed and added.
    const PlanDiff notRename = diffTexts(
        kBase,
        edited({{"      - name: P01-MP01\n", "      - name: P01-MP02\n        ipsec: true\n"}}));
    QCOMPARE(describe(notRename),
             (QStringList{QStringLiteral("added server P01-MP02 (site P01)"),
                          QStringLiteral("removed server P01-MP01 (site P01)")}));
}

void TestPlanDiff::siteRenameCarriesReferences()
{
    // Every reference follows: S01's parent, the account's sites, the waiver's finding id, the
    // diagram; only the rename is listed, and the waived finding stays matched.
    const QByteArray renamed = renamedP01();
    const PlanDiff diff = diffTexts(kBase, renamed);
    QCOMPARE(describe(diff), QStringList{QStringLiteral("renamed site P01 -> P05")});
    QCOMPARE(diff.siteRenames.value(QStringLiteral("P01")), QStringLiteral("P05"));
    QVERIFY2(!diff.findings.hasDifferences(),
             qPrintable(ids(diff.findings.added).join(u' ') + QLatin1String(" / ") +
                        ids(diff.findings.resolved).join(u' ')));
    QVERIFY(ids(diff.findings.unchanged).contains(QStringLiteral("mixed-mode@P05")));

    // A rename that also changes a setting is a removal and an addition.
    QByteArray changed = renamed;
    changed.replace("    clients: 500\n", "    clients: 501\n");
    const QStringList lines = describe(diffTexts(kBase, changed));
    QVERIFY(lines.contains(QStringLiteral("added site P05")));
    QVERIFY(lines.contains(QStringLiteral("removed site P01")));
    QVERIFY(lines.contains(QStringLiteral("moved server P01-MP01 (site P01 -> P05)")));
}

void TestPlanDiff::siteAndServerRenamedTogether()
{
    QByteArray renamed = renamedP01();
    renamed.replace("P01-MP01", "P05-MP01");
    const PlanDiff diff = diffTexts(kBase, renamed);
    QCOMPARE(describe(diff),
             (QStringList{QStringLiteral("renamed site P01 -> P05"),
                          QStringLiteral("renamed server P01-MP01 -> P05-MP01 (site P05)")}));
    QVERIFY(!diff.findings.hasDifferences());
}

void TestPlanDiff::productsDiffer()
{
    const QByteArray sms = edited({{"product: configmgr2007", "product: sms2003"},
                                   {"    clientMode: native\n", ""},
                                   {"  - name: CONTOSO\\push\n    type: client-push-installation\n"
                                    "    sites: [P01]\n",
                                    "  - name: CONTOSO\\push\n    type: client-push-installation\n"
                                    "    sites: [P01]\n"}});
    const PlanDiff diff = diffTexts(kBase, sms);
    const QStringList lines = describe(diff);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("changed plan Base plan: product: configmgr2007 -> sms2003"));
    QVERIFY(lines.contains(QStringLiteral("changed site CEN: clientMode: native -> (not set)")));
    // The defaults that follow the product (secure key exchange) are not listed per site.
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QLatin1String("secureKeyExchange")), qPrintable(line));
    // The mixed-mode finding of ConfigMgr 2007 is gone with the product.
    QVERIFY(ids(diff.findings.resolved).contains(QStringLiteral("mixed-mode@P01")));
}

void TestPlanDiff::findingsDelta()
{
    // New: a FAT32 server; updated: a waiver newly covering an existing finding; resolved:
    // P01's mixed-mode warning once the site goes native.
    const QByteArray text = edited(
        {{"      - name: P01-MP01\n", "      - name: P01-MP01\n        fileSystem: fat32\n"},
         {"attestations:", "  - finding: site-server-iis@S01-SITE01\n    justification: Later.\n"
                           "attestations:"}});
    const PlanDiff diff = diffTexts(kBase, text);
    QVERIFY(ids(diff.findings.added).contains(QStringLiteral("ntfs-required@P01-MP01")));
    QVERIFY(!ids(diff.findings.unchanged).contains(QStringLiteral("ntfs-required@P01-MP01")));
    const QStringList updated = ids(diff.findings.updated);
    QCOMPARE(updated, QStringList{QStringLiteral("site-server-iis@S01-SITE01")});
    for (const DeltaFinding &f : diff.findings.updated) {
        {
            QVERIFY(f.finding.waived);
            QVERIFY(!f.oldWaived);
        }
    }
    QVERIFY(diff.introduces(Severity::Error));

    const PlanDiff native = diffTexts(
        kBase, edited({{"    clients: 500\n", "    clients: 500\n    clientMode: native\n"}}));
    QVERIFY(ids(native.findings.resolved).contains(QStringLiteral("mixed-mode@P01")));
    // Every finding of both plans is in exactly one list.
    const Plan oldPlan = load(kBase);
    QCOMPARE(native.findings.resolved.size() + native.findings.updated.size() +
                 native.findings.unchanged.size(),
             validate(oldPlan, kAsOf).size());
}

void TestPlanDiff::introduces_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<bool>("expected");
    const QByteArray fat32 = edited(
        {{"      - name: P01-MP01\n", "      - name: P01-MP01\n        fileSystem: fat32\n"}});
    const QByteArray unwaived = edited({{"  - finding: mixed-mode@P01\n    justification: Native "
                                         "mode comes in phase two.\n",
                                         ""},
                                        {"waivers:\n", ""}});
    QTest::newRow("new error, fail on error") << fat32 << "error" << true;
    QTest::newRow("new error, never") << fat32 << "never" << false;
    QTest::newRow("identical, info") << kBase << "info" << false;
    QTest::newRow("warning unwaived, error") << unwaived << "error" << false;
    QTest::newRow("warning unwaived, warning") << unwaived << "warning" << true;
}

void TestPlanDiff::introduces()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, threshold);
    QFETCH(bool, expected);
    const PlanDiff diff = diffTexts(kBase, text);
    const std::optional<Severity> severity = enumFromName<Severity>(QStringView(threshold));
    QCOMPARE(diff.introduces(severity), expected);
}

void TestPlanDiff::absentSide()
{
    const Plan plan = load(kBase);
    const QList<Finding> findings = validate(plan, kAsOf);
    const PlanDiff added = diffPlans(nullptr, {}, &plan, findings);
    QCOMPARE(added.changes.constFirst().kind, DiffKind::Plan);
    QCOMPARE(added.changes.constFirst().action, DiffAction::Added);
    int sites = 0;
    int servers = 0;
    for (const ItemChange &change : added.changes) {
        QCOMPARE(change.action, DiffAction::Added);
        sites += change.kind == DiffKind::Site;
        servers += change.kind == DiffKind::Server;
    }
    QCOMPARE(sites, 3);
    QCOMPARE(servers, 4);
    QCOMPARE(added.findings.added.size(), findings.size());

    const PlanDiff removed = diffPlans(&plan, findings, nullptr, {});
    for (const ItemChange &change : removed.changes)
        QCOMPARE(change.action, DiffAction::Removed);
    QCOMPARE(removed.findings.resolved.size(), findings.size());
    QVERIFY(!removed.introduces(Severity::Info));
}

void TestPlanDiff::comparerIsReusable()
{
    // The editor compares every edit with one prepared baseline; each result equals a fresh diff.
    const Plan base = load(kBase);
    const PlanComparer comparer(base, validate(base, kAsOf));
    for (const QByteArray &text : {edited({{"P01-MP01", "P01-MP02"}}), kBase,
                                   edited({{"    clients: 500\n", "    clients: 800\n"}})}) {
        const Plan current = load(text);
        const QList<Finding> findings = validate(current, kAsOf);
        QCOMPARE(describe(comparer.compare(&current, findings)),
                 describe(diffPlans(&base, validate(base, kAsOf), &current, findings)));
    }
}

void TestPlanDiff::summaryLine()
{
    const QByteArray text = edited(
        {{"      - name: P01-MP01\n", "      - name: P01-MP01\n        fileSystem: fat32\n"}});
    const PlanDiff diff = diffTexts(kBase, text);
    QVERIFY2(diffSummaryLine(diff).startsWith(QLatin1String("1 change; findings: 1 new (1 error), "
                                                            "0 resolved, 0 updated, ")),
             qPrintable(diffSummaryLine(diff)));
    QVERIFY(diffSummaryLine(diff).endsWith(QLatin1String(" unchanged.")));
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
