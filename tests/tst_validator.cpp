// Validator behaviour that spans rules: sorting, waivers and the validation date, products,
// "one finding per cause", purity, messages, and the checklist computed from findings.
#include "io/planloader.h"
#include "rules/checklist.h"
#include "validator.h"

#include <QtTest>

using namespace hierarch;

namespace {

const QDate kAsOf(2026, 11, 21);

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, QStringLiteral("test"));
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id();
    return out;
}

const QByteArray kColocated = R"(hierarch: 1
name: Waivers
product: configmgr2007
activeDirectory: {schemaExtended: true, publishing: true}
sites:
  - code: P01
    clientMode: native
    servers:
      - name: P01-SITE01
        fqdn: p01-site01.contoso.com
        roles: [site-server, site-database, sms-provider, management-point, fallback-status-point]
)";

ChecklistEntry entryOf(const QList<ChecklistEntry> &entries, const char *id)
{
    for (const ChecklistEntry &e : entries) {
        if (qstrcmp(e.item->id, id) == 0)
            return e;
    }
    return ChecklistEntry{};
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void sortedBySeverityRuleSubject();
    void oneFindingPerCause();
    void waiverAppliesUntilItExpires();
    void waiverUnused();
    void productFilter();
    void emptyPlan();
    void pureFunction();
    void userTextInMessages();
    void checklistStatuses();
    void checklistV2Mappings();
    void productAwareMessages();
};

void TestValidator::sortedBySeverityRuleSubject()
{
    const QList<Finding> findings = validate(load(R"(hierarch: 1
name: Sort
product: sms2003
sites:
  - code: ZZZ
    servers: [{name: B-SRV, roles: [site-server], fileSystem: fat32},
              {name: A-SRV, roles: [client-access-point], fileSystem: fat32}]
  - code: AAA
)"),
                                             kAsOf);
    QVERIFY(findings.size() > 5);
    for (qsizetype i = 1; i < findings.size(); ++i) {
        const Finding &a = findings.at(i - 1);
        const Finding &b = findings.at(i);
        QVERIFY2(a.severity() < b.severity() || (a.severity() == b.severity() &&
                                                 (qstrcmp(a.info().id, b.info().id) < 0 ||
                                                  (a.rule == b.rule && a.subject <= b.subject))),
                 qPrintable(a.id() + QStringLiteral(" before ") + b.id()));
    }
    const QStringList all = ids(findings);
    QVERIFY(all.indexOf(QStringLiteral("ntfs-required@A-SRV")) <
            all.indexOf(QStringLiteral("ntfs-required@B-SRV")));
}

void TestValidator::oneFindingPerCause()
{
    const QStringList all = ids(validate(load(kColocated), kAsOf));
    QVERIFY(all.contains(QStringLiteral("fsp-colocated@P01-SITE01")));
    QVERIFY(!all.contains(QStringLiteral("site-server-iis@P01-SITE01")));
    QVERIFY(!all.contains(QStringLiteral("iis-role-mixing@P01-SITE01")));

    // Without the fallback status point the site server rule speaks, and mixing stays silent.
    QByteArray yaml = kColocated;
    yaml.replace(", fallback-status-point]", "]");
    const QStringList without = ids(validate(load(yaml), kAsOf));
    QVERIFY(without.contains(QStringLiteral("site-server-iis@P01-SITE01")));
    QVERIFY(!without.contains(QStringLiteral("iis-role-mixing@P01-SITE01")));
}

void TestValidator::waiverAppliesUntilItExpires()
{
    const QByteArray yaml = kColocated + R"(waivers:
  - finding: fsp-colocated@P01-SITE01
    justification: Lab only.
    approvedBy: CAB-7
    expires: 2027-01-31
)";
    const Plan plan = load(yaml);
    const QList<Finding> before = validate(plan, QDate(2027, 1, 31));
    const auto fsp = std::find_if(before.begin(), before.end(),
                                  [](const Finding &f) { return f.rule == RuleId::FspColocated; });
    QVERIFY(fsp != before.end());
    QVERIFY(fsp->waived);
    QCOMPARE(fsp->waiverJustification, QStringLiteral("Lab only."));
    QCOMPARE(summarize(before).errors, 0);
    QCOMPARE(summarize(before).waived, 1);
    QVERIFY(!ids(before).contains(QStringLiteral("waiver-expired@fsp-colocated@P01-SITE01")));

    const QList<Finding> after = validate(plan, QDate(2027, 2, 1));
    QVERIFY(ids(after).contains(QStringLiteral("waiver-expired@fsp-colocated@P01-SITE01")));
    QCOMPARE(summarize(after).waived, 0);
    QCOMPARE(summarize(after).errors, 1);
}

void TestValidator::waiverUnused()
{
    const QList<Finding> findings = validate(load(kColocated + R"(waivers:
  - finding: fsp-colocated@P01-OTHER
    justification: Typo in the subject.
)"),
                                             kAsOf);
    QVERIFY(ids(findings).contains(QStringLiteral("waiver-unused@fsp-colocated@P01-OTHER")));
    for (const Finding &f : findings)
        QVERIFY(!f.waived);
}

void TestValidator::productFilter()
{
    // The same servers under SMS 2003: no ConfigMgr-only rule may run.
    QByteArray yaml = kColocated;
    yaml.replace("product: configmgr2007", "product: sms2003");
    yaml.replace("    clientMode: native\n", "");
    for (const Finding &f : validate(load(yaml), kAsOf))
        QVERIFY2(productsInclude(f.info().products, Product::Sms2003), qPrintable(f.id()));
    QVERIFY(ids(validate(load(yaml), kAsOf))
                .contains(QStringLiteral("role-not-in-product@P01-SITE01")));
}

void TestValidator::emptyPlan()
{
    const QList<Finding> findings =
        validate(load("hierarch: 1\nname: Empty\nproduct: configmgr2007\nsites: []\n"), kAsOf);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("ad-schema-not-extended@hierarchy")});
}

void TestValidator::pureFunction()
{
    const Plan plan = load(kColocated);
    const Plan copy = plan;
    const QList<Finding> first = validate(plan, kAsOf);
    QCOMPARE(plan, copy);
    QCOMPARE(validate(plan, kAsOf), first);
}

void TestValidator::userTextInMessages()
{
    // Placeholders in user text must not be expanded again.
    const QList<Finding> findings = validate(load(R"(hierarch: 1
name: Text
product: configmgr2007
sites:
  - code: "%2%1"
)"),
                                             kAsOf);
    bool seen = false;
    for (const Finding &f : findings) {
        if (f.rule == RuleId::SiteCodeInvalid) {
            QCOMPARE(f.message(),
                     QStringLiteral("Site code \"%2%1\" is not three letters or digits, or is a "
                                    "reserved name."));
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestValidator::checklistStatuses()
{
    const Plan plan = load(kColocated + R"(attestations:
  - item: physical-security
    status: done
    note: Locked room.
  - item: test-lab
    status: not-applicable
)");
    const QList<Finding> findings = validate(plan, kAsOf);
    const QList<ChecklistEntry> entries = evaluateChecklist(plan, findings);
    QCOMPARE(entries.size(), checklistItems().size());
    auto entry = [&](const char *id) {
        return entryOf(entries, id);
    };
    QCOMPARE(entry("fsp-not-colocated").status, ChecklistStatus::Fail);
    QCOMPARE(entry("fsp-not-colocated").findingIds,
             QStringList{QStringLiteral("fsp-colocated@P01-SITE01")});
    QCOMPARE(entry("ntfs").status, ChecklistStatus::Pass);
    QCOMPARE(entry("physical-security").status, ChecklistStatus::Done);
    QCOMPARE(entry("physical-security").note, QStringLiteral("Locked room."));
    QCOMPARE(entry("test-lab").status, ChecklistStatus::AttestedNotApplicable);
    QCOMPARE(entry("incident-response").status, ChecklistStatus::Open);

    // Under SMS 2003 the native-mode items have no rule that runs.
    QByteArray yaml = kColocated;
    yaml.replace("product: configmgr2007", "product: sms2003");
    yaml.replace("    clientMode: native\n", "");
    const Plan smsPlan = load(yaml);
    const QList<ChecklistEntry> smsEntries = evaluateChecklist(smsPlan, validate(smsPlan, kAsOf));
    for (const ChecklistEntry &e : smsEntries) {
        if (qstrcmp(e.item->id, "dp-bits") == 0)
            QCOMPARE(e.status, ChecklistStatus::NotApplicable);
        if (qstrcmp(e.item->id, "secure-key-exchange") == 0)
            QCOMPARE(e.status, ChecklistStatus::Fail); // SMS 2003 default: off, accepts unsigned
    }
}

// RULES.md v2: a management point on a domain controller fails `member-server` (v1 said Pass),
// and trusted-root-key provisioning is a manual item even where clients depend on the key.
void TestValidator::checklistV2Mappings()
{
    const Plan plan = load(R"(hierarch: 1
name: Checklist v2
product: configmgr2007
dnsDomain: contoso.com
sites:
  - code: CEN
    clients: 500
    workgroupClients: true
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
      - name: CEN-DC01
        domainController: true
        roles: [distribution-point]
attestations:
  - item: trusted-root-key-provisioning
    status: done
)");
    const QList<Finding> findings = validate(plan, kAsOf);
    QVERIFY(ids(findings).contains(QStringLiteral("trusted-root-key-separation@CEN-SITE01")));
    const QList<ChecklistEntry> entries = evaluateChecklist(plan, findings);
    auto entry = [&](const char *id) {
        return entryOf(entries, id);
    };
    QCOMPARE(entry("member-server").status, ChecklistStatus::Fail);
    QCOMPARE(entry("member-server").findingIds,
             QStringList{QStringLiteral("site-system-on-domain-controller@CEN-DC01")});
    // Manual: the attestation decides, not trusted-root-key-separation.
    QCOMPARE(entry("trusted-root-key-provisioning").status, ChecklistStatus::Done);
    QVERIFY(entry("trusted-root-key-provisioning").findingIds.isEmpty());
    QCOMPARE(entry("separate-mp-trusted-root").status, ChecklistStatus::Fail);
}

// Texts RULES.md v2 asks the findings to carry.
void TestValidator::productAwareMessages()
{
    const Plan plan = load(R"(hierarch: 1
name: Messages
product: configmgr2007
sites:
  - code: P01
    clients: 90000
    clientMode: mixed
    servers:
      - name: P01-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
  - code: P02
    parent: P01
    clients: 90000
    servers:
      - name: P02-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
  - code: P03
    parent: P01
    clients: 90000
    servers:
      - name: P03-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
  - code: S01
    type: secondary
    parent: P01
    clientMode: native
    servers:
      - name: S01-SITE01
        roles: [site-server]
)");
    QString capacity;
    QString clientMode;
    for (const Finding &f : validate(plan, kAsOf)) {
        if (f.rule == RuleId::CapacityHierarchyClients)
            capacity = f.message();
        if (f.rule == RuleId::SecondarySiteClientMode)
            clientMode = f.message();
    }
    QVERIFY2(capacity.contains(QLatin1String("300000")) && capacity.contains(QLatin1String("R3")),
             qPrintable(capacity));
    // The mode the secondary site really gets is its parent's.
    QCOMPARE(clientMode, QStringLiteral("Secondary site S01 states client mode native, but it runs "
                                        "in mixed mode, the mode of its parent."));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
