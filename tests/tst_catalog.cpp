// The catalog must be RULES.md (version 2) exactly, plus the rules the README defines beyond it
// (the release rules and the site address rules): this test keeps its own copy of the id, severity,
// category, scope and products of every rule, so that a change to either side shows up here.
#include "rules/checklist.h"
#include "rules/registry.h"
#include "rules/ruleinfo.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace hierarch;

namespace {

struct Expected
{
    const char *id;
    const char *severity;
    const char *category;
    const char *scope;
    const char *products;
};

// clang-format off
const Expected kRulesMd[] = {
    {"central-site-count", "error", "structure", "hierarchy", "both"},
    {"site-code-invalid", "error", "structure", "site", "both"},
    {"site-code-duplicate", "error", "structure", "site", "both"},
    {"site-parent-unknown", "error", "structure", "site", "both"},
    {"site-parent-cycle", "error", "structure", "site", "both"},
    {"secondary-site-placement", "error", "structure", "site", "both"},
    {"secondary-site-client-mode", "error", "structure", "site", "configmgr2007"},
    {"server-name-duplicate", "error", "structure", "server", "both"},
    {"server-name-invalid", "error", "structure", "server", "both"},
    {"role-not-in-product", "error", "structure", "server", "both"},
    {"role-duplicate", "error", "structure", "server", "both"},
    {"role-site-unknown", "error", "structure", "server", "both"},
    {"site-server-count", "error", "structure", "site", "both"},
    {"site-database-missing", "error", "structure", "site", "both"},
    {"site-database-multiple", "error", "structure", "site", "both"},
    {"secondary-site-role", "error", "structure", "server", "both"},
    {"management-point-missing", "error", "structure", "site", "both"},
    {"client-access-point-missing", "error", "structure", "site", "sms2003"},
    {"asset-intelligence-placement", "error", "structure", "server", "configmgr2007"},
    {"account-site-unknown", "error", "structure", "account", "both"},
    {"account-type-not-in-product", "error", "structure", "account", "both"},
    {"native-under-mixed-parent", "error", "structure", "site", "configmgr2007"},
    {"advanced-under-standard-parent", "error", "structure", "site", "sms2003"},
    // README "Releases" (the product release a site runs)
    {"release-above-parent", "warning", "structure", "site", "both"},
    {"release-role-unsupported", "error", "structure", "server", "configmgr2007"},
    // README "Boundaries"
    {"boundary-overlap", "warning", "structure", "site", "both"},
    {"boundary-missing", "warning", "structure", "site", "both"},
    {"protected-boundary-foreign", "error", "structure", "server", "configmgr2007"},
    {"fsp-colocated", "error", "security", "server", "configmgr2007"},
    {"fsp-on-domain-controller", "error", "security", "server", "configmgr2007"},
    {"fsp-in-perimeter", "warning", "security", "server", "configmgr2007"},
    {"fsp-missing-native", "warning", "security", "site", "configmgr2007"},
    {"perimeter-push-transfers", "warning", "security", "server", "configmgr2007"},
    {"perimeter-bridge", "warning", "security", "server", "both"},
    {"slp-in-perimeter", "error", "security", "server", "both"},
    {"slp-multiple", "warning", "security", "hierarchy", "both"},
    {"site-server-iis", "warning", "security", "server", "both"},
    {"iis-role-mixing", "warning", "security", "server", "both"},
    {"dedicated-iis", "warning", "security", "server", "both"},
    {"other-local-system-services", "warning", "security", "server", "both"},
    {"site-server-on-domain-controller", "warning", "security", "server", "both"},
    {"site-system-on-domain-controller", "warning", "security", "server", "both"},
    {"secondary-push-install", "warning", "security", "site", "both"},
    {"trusted-root-key-separation", "error", "security", "server", "both"},
    {"management-point-database-ipsec", "warning", "security", "server", "both"},
    {"proxy-management-point", "info", "security", "site", "both"},
    {"management-point-fewest", "info", "security", "site", "both"},
    {"internet-role-unsupported", "error", "security", "server", "configmgr2007"},
    {"internet-clients-secondary-site", "error", "security", "server", "configmgr2007"},
    {"internet-clients-mixed-mode", "error", "security", "site", "configmgr2007"},
    {"dp-bits-native", "warning", "security", "server", "configmgr2007"},
    {"http-roaming", "warning", "security", "site", "configmgr2007"},
    {"sql-shared-between-sites", "warning", "security", "server", "both"},
    {"sql-other-applications", "warning", "security", "server", "both"},
    {"sql-mixed-authentication", "warning", "security", "server", "both"},
    {"sql-local-system", "warning", "security", "server", "both"},
    {"sql-spn-missing", "error", "security", "server", "both"},
    {"sql-remote-database", "info", "availability", "site", "both"},
    {"ntfs-required", "error", "security", "server", "both"},
    {"admin-share-removed", "error", "security", "server", "both"},
    {"static-ip", "info", "security", "server", "configmgr2007"},
    {"fqdn-missing", "info", "security", "server", "configmgr2007"},
    {"scw-not-applied", "info", "security", "server", "both"},
    {"os-unsupported", "error", "security", "server", "configmgr2007"},
    {"os-below-2003-sp1", "warning", "security", "server", "both"},
    {"release-os-unsupported", "error", "security", "server", "configmgr2007"},  // README "Releases"
    {"clustered-site-system", "error", "security", "server", "both"},
    {"ad-schema-not-extended", "warning", "security", "hierarchy", "both"},
    {"multiple-sites", "info", "security", "hierarchy", "both"},
    {"site-spans-forests", "warning", "security", "site", "both"},
    {"workgroup-clients", "warning", "security", "site", "both"},
    {"secure-key-exchange", "warning", "security", "site", "both"},
    {"accept-unsigned-data", "warning", "security", "site", "sms2003"},
    {"standard-security", "warning", "security", "site", "sms2003"},
    {"mixed-mode", "warning", "security", "site", "configmgr2007"},
    {"legacy-clients", "warning", "security", "site", "sms2003"},
    {"ipsec-between-site-systems", "info", "security", "hierarchy", "both"},
    {"role-separation", "info", "availability", "site", "both"},
    {"site-assignment-no-slp", "error", "availability", "site", "configmgr2007"},
    {"capacity-site-clients", "warning", "capacity", "site", "configmgr2007"},
    {"capacity-management-point", "warning", "capacity", "site", "configmgr2007"},
    {"capacity-secondary-sites", "warning", "capacity", "site", "configmgr2007"},
    {"capacity-distribution-points", "warning", "capacity", "site", "configmgr2007"},
    {"capacity-branch-distribution-points", "warning", "capacity", "site", "configmgr2007"},
    {"capacity-hierarchy-clients", "warning", "capacity", "hierarchy", "configmgr2007"},
    {"account-generated-manual-change", "error", "accounts", "account", "both"},
    {"account-shared-service-overlap", "warning", "accounts", "account", "both"},
    {"account-shared-new-account", "warning", "accounts", "account", "both"},
    {"account-single-custodian", "warning", "accounts", "account", "both"},
    {"account-domain-admin", "warning", "accounts", "account", "both"},
    // README "Site addresses and senders"
    {"address-reference-invalid", "error", "structure", "site", "both"},
    {"address-missing", "warning", "availability", "site", "both"},
    {"address-destination-not-fqdn", "warning", "security", "site", "both"},
    {"address-slow-link-unlimited", "warning", "availability", "site", "both"},
    {"address-account-rights", "warning", "accounts", "account", "both"},
    {"waiver-unused", "info", "review", "waiver", "both"},
    {"waiver-expired", "info", "review", "waiver", "both"},
    // README "PKI" (native mode and Internet-based clients)
    {"internet-fqdn-missing", "error", "availability", "server", "configmgr2007"},
    {"crl-checking-disabled", "warning", "security", "site", "configmgr2007"},
    {"crl-not-published", "error", "availability", "site", "configmgr2007"},
    {"signing-certificate-manual", "warning", "security", "site", "configmgr2007"},
    {"certificate-trust-list-missing", "warning", "security", "site", "configmgr2007"},
    {"secondary-site-pki", "error", "structure", "site", "configmgr2007"},
};
// RULES.md "Checklist": the items decided by rules, with their rules in order; every other item
// is manual.
struct MappedItem
{
    const char *item;
    const char *rules; // comma separated
};

const MappedItem kChecklistMd[] = {
    {"native-mode-throughout", "mixed-mode"},
    {"extend-ad-schema", "ad-schema-not-extended"},
    {"no-workgroup-clients", "workgroup-clients"},
    {"ipsec-site-systems", "ipsec-between-site-systems"},
    {"fewest-sites", "multiple-sites"},
    {"no-forest-spanning", "site-spans-forests"},
    {"secure-key-exchange", "secure-key-exchange,accept-unsigned-data"},
    {"fault-tolerant-site", "role-separation"},
    {"recoverability-role-separation", "role-separation,sql-shared-between-sites"},
    {"role-separation", "iis-role-mixing,fsp-colocated"},
    {"reduce-attack-profile", "site-server-iis,iis-role-mixing,dedicated-iis"},
    {"scw-template", "scw-not-applied"},
    {"ntfs", "ntfs-required"},
    {"admin-share", "admin-share-removed"},
    {"internet-settings", "internet-role-unsupported,internet-clients-secondary-site,internet-fqdn-missing"},
    {"static-ip", "static-ip"},
    {"fqdn-names", "fqdn-missing"},
    {"local-system-services", "other-local-system-services,sql-local-system"},
    {"member-server", "site-server-on-domain-controller,site-system-on-domain-controller,fsp-on-domain-controller"},
    {"secondary-local-install", "secondary-push-install"},
    {"dedicated-sql", "sql-shared-between-sites"},
    {"no-other-sql-apps", "sql-other-applications"},
    {"windows-authentication", "sql-mixed-authentication"},
    {"sql-same-computer", "sql-remote-database"},
    {"sql-spn", "sql-spn-missing"},
    {"site-server-not-iis", "site-server-iis"},
    {"dedicated-iis", "dedicated-iis"},
    {"separate-mp-trusted-root", "trusted-root-key-separation"},
    {"perimeter-pull", "perimeter-push-transfers"},
    {"fewest-mps", "management-point-fewest,proxy-management-point"},
    {"fsp-not-colocated", "fsp-colocated"},
    {"fsp-not-dc", "fsp-on-domain-controller"},
    {"fsp-before-clients", "fsp-missing-native"},
    {"fsp-not-perimeter", "fsp-in-perimeter"},
    {"slp-not-perimeter", "slp-in-perimeter,slp-multiple"},
    {"dp-bits", "dp-bits-native"},
    {"no-http-roaming", "http-roaming"},
    {"ad-signing-certificate", "signing-certificate-manual"},
    {"no-internet-branch-dp", "internet-role-unsupported,internet-clients-mixed-mode"},
    {"no-bridging-site-systems", "perimeter-bridge"},
    {"no-wins", "fqdn-missing,ad-schema-not-extended"},
    {"fqdn-all", "fqdn-missing,address-destination-not-fqdn"},
    // README "PKI": decided by the plan once it states the keys, else attested
    {"crl-checking", "crl-checking-disabled,crl-not-published"},
    {"certificate-trust-list", "certificate-trust-list-missing"},
};
// clang-format on

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void hasEveryRuleOfRulesMd();
    void registryHasEveryRuleOnce();
    void rule_data();
    void rule();
    void lookup();
    void remediationPerProduct();
    void checklistItems();
    void checklistMatchesRulesMd();
    void sourcesCiteDocumentTitles();
    void textsPerProduct();
};

void TestCatalog::hasEveryRuleOfRulesMd()
{
    QCOMPARE(ruleCatalog().size(), qsizetype(std::size(kRulesMd)));
    QCOMPARE(kRuleCount, int(std::size(kRulesMd)));
    QSet<QString> ids;
    for (const RuleInfo &info : ruleCatalog())
        ids.insert(QString::fromLatin1(info.id));
    QCOMPARE(ids.size(), kRuleCount);
}

void TestCatalog::rule_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kRulesMd)); ++i)
        QTest::newRow(kRulesMd[i].id) << i;
}

void TestCatalog::rule()
{
    QFETCH(int, index);
    const Expected &e = kRulesMd[index];
    const RuleInfo *info = findRule(QString::fromLatin1(e.id));
    QVERIFY(info);
    QCOMPARE(&ruleInfo(info->rule), info);
    QCOMPARE(enumName(info->severity), e.severity);
    QCOMPARE(enumName(info->category), e.category);
    QCOMPARE(enumName(info->scope), e.scope);
    QCOMPARE(enumName(info->products), e.products);
    // Texts a reviewer reads: present, and not a copy of each other.
    QVERIFY(qstrlen(info->title) > 10);
    QVERIFY(qstrlen(info->rationale) > 40);
    QVERIFY(qstrlen(info->remediation) > 20);
    QVERIFY(qstrcmp(info->rationale, info->remediation) != 0);
    QVERIFY(qstrlen(info->source) > 5);
    QVERIFY(!ruleText(info->title).isEmpty());
}

void TestCatalog::lookup()
{
    QVERIFY(!findRule(u"no-such-rule"));
    QVERIFY(!findRule(u"FSP-COLOCATED")); // ids are exact
    QCOMPARE(findRule(u"fsp-colocated")->rule, RuleId::FspColocated);
}

void TestCatalog::remediationPerProduct()
{
    const RuleInfo &remote = ruleInfo(RuleId::SqlRemoteDatabase);
    QVERIFY(remote.remediationSms2003);
    const QString sms = QString::fromUtf8(remediationFor(remote, Product::Sms2003));
    QVERIFY2(sms.contains(QLatin1String("SMS_SQL_MONITOR")), qPrintable(sms));
    QVERIFY2(sms.contains(QLatin1String("WMI")), qPrintable(sms));
    QCOMPARE(remediationFor(remote, Product::ConfigMgr2007), remote.remediation);
    const RuleInfo &fsp = ruleInfo(RuleId::FspColocated);
    QCOMPARE(remediationFor(fsp, Product::Sms2003), fsp.remediation);
}

void TestCatalog::checklistItems()
{
    const QList<ChecklistItem> &items = hierarch::checklistItems();
    QSet<QString> ids;
    int manual = 0;
    for (const ChecklistItem &item : items) {
        const QString id = QString::fromLatin1(item.id);
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(qstrlen(item.title) > 5);
        QVERIFY(qstrlen(item.group) > 2);
        manual += item.isManual() ? 1 : 0;
        QCOMPARE(findChecklistItem(id), &item);
    }
    QVERIFY(!findChecklistItem(u"no-such-item"));
    // Spot checks of RULES.md's mapping.
    const ChecklistItem *ske = findChecklistItem(u"secure-key-exchange");
    QVERIFY(ske);
    QCOMPARE(ske->rules,
             (std::vector<RuleId>{RuleId::SecureKeyExchange, RuleId::AcceptUnsignedData}));
    const ChecklistItem *fewestMps = findChecklistItem(u"fewest-mps");
    QVERIFY(fewestMps);
    QCOMPARE(fewestMps->rules,
             (std::vector<RuleId>{RuleId::ManagementPointFewest, RuleId::ProxyManagementPoint}));
    QVERIFY(findChecklistItem(u"physical-security")->isManual());
    QVERIFY(findChecklistItem(u"monitor-operations")->isManual());
    // RULES.md v2: member-server covers every site system on a domain controller, and
    // trusted-root-key provisioning is a process the plan does not describe (manual).
    QCOMPARE(
        findChecklistItem(u"member-server")->rules,
        (std::vector<RuleId>{RuleId::SiteServerOnDomainController,
                             RuleId::SiteSystemOnDomainController, RuleId::FspOnDomainController}));
    QVERIFY(findChecklistItem(u"trusted-root-key-provisioning")->isManual());
    QCOMPARE(
        findChecklistItem(u"internet-settings")->rules,
        (std::vector<RuleId>{RuleId::InternetRoleUnsupported, RuleId::InternetClientsSecondarySite,
                             RuleId::InternetFqdnMissing}));
    // README "PKI": three certificate items are decided by the plan's `pki` once it states it.
    for (const char16_t *id :
         {u"crl-checking", u"certificate-trust-list", u"ad-signing-certificate"}) {
        QVERIFY(!findChecklistItem(id)->isManual());
        QVERIFY(findChecklistItem(id)->isAttestable());
    }
    QVERIFY(!findChecklistItem(u"fsp-not-colocated")->isAttestable());
    QCOMPARE(items.size(), qsizetype(89));
    QCOMPARE(manual, 45);
}

void TestCatalog::checklistMatchesRulesMd()
{
    QHash<QString, QString> mapped;
    for (const MappedItem &m : kChecklistMd)
        mapped.insert(QString::fromLatin1(m.item), QString::fromLatin1(m.rules));
    for (const ChecklistItem &item : hierarch::checklistItems()) {
        const QString id = QString::fromLatin1(item.id);
        QStringList rules;
        for (RuleId rule : item.rules)
            rules << QString::fromLatin1(ruleInfo(rule).id);
        QCOMPARE(rules.join(QLatin1Char(',')), mapped.value(id));
        mapped.remove(id);
    }
    QVERIFY2(mapped.isEmpty(), qPrintable(mapped.keys().join(QLatin1String(", "))));
}

// User-visible sources cite the vendor documents by title and section, never by the file names
// the documents were delivered as.
void TestCatalog::sourcesCiteDocumentTitles()
{
    static const QRegularExpression fileName(QStringLiteral("\\b00[0-4]_[0-9a-f]+|\\.txt\\b"));
    static const QRegularExpression seedNumber(QStringLiteral("\\bseed\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QStringList titles{QStringLiteral("SMS 2003: Securing SMS Site Systems"),
                             QStringLiteral("SMS 2003: Security Planning"),
                             QStringLiteral("Configuration Manager 2007: Best Practices for "
                                            "Securing Site Systems"),
                             QStringLiteral("Configuration Manager 2007: Checklist for Security "
                                            "Best Practices"),
                             QStringLiteral("SMS 2003: Planning for SMS Account Lifecycles")};
    for (const RuleInfo &info : ruleCatalog()) {
        for (const char *text :
             {info.title, info.rationale, info.remediation, info.remediationSms2003, info.source,
              rationaleFor(info, Product::Sms2003)}) {
            const QString t = QString::fromUtf8(text ? text : "");
            QVERIFY2(!fileName.match(t).hasMatch(),
                     qPrintable(QString::fromLatin1(info.id) + QStringLiteral(": ") + t));
            QVERIFY2(!seedNumber.match(t).hasMatch(),
                     qPrintable(QString::fromLatin1(info.id) + QStringLiteral(": ") + t));
        }
        const QString source = QString::fromUtf8(info.source);
        bool cited = source.startsWith(QLatin1String("Microsoft product documentation")) ||
                     source.startsWith(QLatin1String("Hierarch file format"));
        for (const QString &title : titles)
            cited = cited || source.startsWith(title);
        QVERIFY2(cited, qPrintable(QString::fromLatin1(info.id) + QStringLiteral(": ") + source));
    }
    QVERIFY(
        QString::fromUtf8(ruleInfo(RuleId::FspColocated).source)
            .contains(QString::fromUtf8("Configuration Manager 2007: Best Practices for Securing "
                                        "Site Systems \u2014 \"Best Practices for Fallback "
                                        "Status Point\"")));
}

// RULES.md v2: texts that must read differently on the two products.
void TestCatalog::textsPerProduct()
{
    const RuleInfo &sql = ruleInfo(RuleId::SqlMixedAuthentication);
    const QString cm = QString::fromUtf8(rationaleFor(sql, Product::ConfigMgr2007));
    const QString sms = QString::fromUtf8(rationaleFor(sql, Product::Sms2003));
    QVERIFY2(cm.contains(QLatin1String("always")) && cm.contains(QLatin1String("Windows")),
             qPrintable(cm));
    QVERIFY2(sms.contains(QLatin1String("SQL Server login")) &&
                 !sms.contains(QLatin1String("always")),
             qPrintable(sms));

    const RuleInfo &admin = ruleInfo(RuleId::AccountDomainAdmin);
    QVERIFY(QString::fromUtf8(remediationFor(admin, Product::Sms2003))
                .contains(QLatin1String("advanced security")));
    QVERIFY(!QString::fromUtf8(remediationFor(admin, Product::ConfigMgr2007))
                 .contains(QLatin1String("advanced security")));

    QVERIFY(QString::fromUtf8(ruleInfo(RuleId::SlpMultiple).remediation)
                .contains(QLatin1String("central site")));
    QVERIFY(QString::fromUtf8(ruleInfo(RuleId::AdSchemaNotExtended).remediation)
                .contains(QLatin1String("System Management container")));
    QVERIFY(QString::fromUtf8(ruleInfo(RuleId::SiteAssignmentNoSlp).rationale)
                .contains(QLatin1String("Internet-based clients")));
}

QTEST_GUILESS_MAIN(TestCatalog)
// Every catalog rule is one registered check, for the unit its scope names, and a rule that
// stays silent where another fires is checked after that rule.
void TestCatalog::registryHasEveryRuleOnce()
{
    QCOMPARE(registryProblems(), QStringList());
    QCOMPARE(ruleRegistry().size(), kRuleCount);
    int silenced = 0;
    for (const RuleCheck &check : ruleRegistry())
        silenced += check.silentWhen.isEmpty() ? 0 : 1;
    // RULES.md: site-server-iis, iis-role-mixing, site-system-on-domain-controller,
    // os-below-2003-sp1; README "PKI": internet-fqdn-missing.
    QCOMPARE(silenced, 5);
}

#include "tst_catalog.moc"
