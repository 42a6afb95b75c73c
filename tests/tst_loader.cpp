// The loader is strict (FORMAT.md "Principles") and every limit holds without a crash or a hang
// (FORMAT.md "Limits", QUALITY.md's yaml-cpp traps). Each error row checks line, column and words.
#include "io/planloader.h"

#include <QtTest>

using namespace hierarch;

namespace {

QByteArray cm(const QByteArray &sites = "sites: []\n")
{
    return "hierarch: 1\nname: Test\nproduct: configmgr2007\n" + sites;
}

QByteArray sms(const QByteArray &sites)
{
    return "hierarch: 1\nname: Test\nproduct: sms2003\n" + sites;
}

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void limits_data();
    void limits();
    void commaDoesNotHang();
    void missingFile();
    void defaultsAndStatedFacts();
    void documentControl();
    void roleForms();
    void textForms();
    void didYouMean();
};

void TestLoader::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("syntax") << QByteArray("hierarch: 1\nname: [unclosed\n") << 3 << 1
                            << QStringLiteral("YAML syntax error");
    QTest::newRow("unclosed double quote") << cm("sites:\n  - code: P01\n    name: \"Europe\n") << 6
                                           << 11 << QStringLiteral("never closed");
    QTest::newRow("unclosed single quote") << QByteArray("hierarch: 1\nname: 'It''s\nproduct: x\n")
                                           << 2 << 7 << QStringLiteral("never closed");
    QTest::newRow("unclosed tagged quote") << QByteArray("hierarch: 1\nname: !!str \"x\\\"\n") << 2
                                           << 7 << QStringLiteral("never closed");
    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << QStringLiteral("no YAML document");
    QTest::newRow("stray comma") << QByteArray(",") << 1 << 1
                                 << QStringLiteral("YAML syntax error: unexpected `,`");
    QTest::newRow("comment only") << QByteArray("# nothing\n") << 1 << 1
                                  << QStringLiteral("no YAML document");
    QTest::newRow("two documents") << cm() + "---\nhierarch: 1\n"
                                   << 5 << 1 << QStringLiteral("exactly one YAML document");
    QTest::newRow("root is a list")
        << QByteArray("- a\n- b\n") << 1 << 1 << QStringLiteral("the plan must be a map");
    QTest::newRow("missing hierarch") << QByteArray("name: x\nproduct: sms2003\nsites: []\n") << 1
                                      << 1 << QStringLiteral("needs the key `hierarch`");
    QTest::newRow("missing sites") << QByteArray("hierarch: 1\nname: x\nproduct: sms2003\n") << 1
                                   << 1 << QStringLiteral("needs the key `sites`");
    QTest::newRow("missing product") << QByteArray("hierarch: 1\nname: x\nsites: []\n") << 1 << 1
                                     << QStringLiteral("needs the key `product`");
    QTest::newRow("newer version") << QByteArray("hierarch: 2\nname: x\nproduct: sms2003\n") << 1
                                   << 11 << QStringLiteral("format version 2");
    QTest::newRow("unknown product") << QByteArray("hierarch: 1\nname: x\nproduct: sms2007\n") << 3
                                     << 10 << QStringLiteral("did you mean `sms2003`?");
    QTest::newRow("unknown top key") << cm() + "descripton: x\n"
                                     << 5 << 1 << QStringLiteral("did you mean `description`?");
    QTest::newRow("duplicate key") << cm() + "name: again\n"
                                   << 5 << 1 << QStringLiteral("`name` appears twice");
    QTest::newRow("unknown site key")
        << cm("sites:\n  - code: P01\n    secureKeyExchang: true\n") << 6 << 5
        << QStringLiteral("unknown key `secureKeyExchang` in a site; did you mean "
                          "`secureKeyExchange`?");
    QTest::newRow("site without code") << cm("sites:\n  - name: Europe\n") << 5 << 5
                                       << QStringLiteral("a site needs the key `code`");
    QTest::newRow("clients not a number") << cm("sites:\n  - code: P01\n    clients: many\n") << 6
                                          << 14 << QStringLiteral("whole number");
    QTest::newRow("clients negative")
        << cm("sites:\n  - code: P01\n    clients: -5\n") << 6 << 14 << QStringLiteral("from 0");
    QTest::newRow("clients overflow")
        << cm("sites:\n  - code: P01\n    clients: 99999999999999999999\n") << 6 << 14
        << QStringLiteral("from 0");
    QTest::newRow("bool yes") << cm("sites:\n  - code: P01\n    workgroupClients: yes\n") << 6 << 23
                              << QStringLiteral("true or false, not `yes`");
    QTest::newRow("quoted bool") << cm("sites:\n  - code: P01\n    httpRoaming: \"true\"\n") << 6
                                 << 18 << QStringLiteral("true or false");
    QTest::newRow("enum typo") << cm("sites:\n  - code: P01\n    clientMode: nativ\n") << 6 << 17
                               << QStringLiteral("did you mean `native`?");
    QTest::newRow("configmgr key in sms2003")
        << sms("sites:\n  - code: P01\n    clientMode: native\n") << 6 << 5
        << QStringLiteral("`clientMode` is a configmgr2007 setting; this plan's product is "
                          "sms2003");
    QTest::newRow("sms2003 key in configmgr2007")
        << cm("sites:\n  - code: P01\n    securityMode: advanced\n") << 6 << 5
        << QStringLiteral("`securityMode` is a sms2003 setting");
    QTest::newRow("server key of other product")
        << sms("sites:\n  - code: P01\n    servers:\n      - name: A\n        "
               "allowInternetClients: true\n")
        << 8 << 9 << QStringLiteral("`allowInternetClients` is a configmgr2007 setting");
    // FORMAT.md v2: v1 accepted this key in SMS 2003 plans.
    QTest::newRow("site server initiated transfers in sms2003")
        << sms("sites:\n  - code: P01\n    servers:\n      - name: A\n        "
               "siteServerInitiatedTransfers: true\n")
        << 8 << 9
        << QStringLiteral("`siteServerInitiatedTransfers` is a configmgr2007 setting; this plan's "
                          "product is sms2003");
    QTest::newRow("null name") << cm("sites:\n  - code: P01\n    name:\n") << 6 << 5
                               << QStringLiteral(
                                      "`name` must be a text value, but it has no value");
    QTest::newRow("unknown role")
        << cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        roles: "
              "[managment-point]\n")
        << 8 << 17
        << QStringLiteral("unknown role `managment-point`; did you mean "
                          "`management-point`?");
    QTest::newRow("site key on wrong role")
        << cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        roles: [{role: "
              "management-point, site: P01}]\n")
        << 8 << 48 << QStringLiteral("applies only to the roles `site-database`");
    QTest::newRow("bits on wrong role")
        << cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        roles: [{role: "
              "site-database, bits: false}]\n")
        << 8 << 45 << QStringLiteral("applies only to the role `distribution-point`");
    QTest::newRow("role map without role")
        << cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        roles: [{site: "
              "P01}]\n")
        << 8 << 17 << QStringLiteral("a role needs the key `role`");
    QTest::newRow("sql unknown key")
        << cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        sql: {auth: "
              "windows}\n")
        << 8 << 15 << QStringLiteral("did you mean `authentication`?");
    QTest::newRow("unknown account type")
        << cm() + "accounts:\n  - name: C\\x\n    type: sms-servic\n    sites: [P01]\n"
        << 7 << 11 << QStringLiteral("did you mean `sms-service`?");
    QTest::newRow("account without sites")
        << cm() + "accounts:\n  - name: C\\x\n    type: database\n    sites: []\n"
        << 8 << 12 << QStringLiteral("at least one site");
    QTest::newRow("waiver without justification")
        << cm() + "waivers:\n  - finding: mixed-mode@P01\n"
        << 6 << 5 << QStringLiteral("a waiver needs the key `justification`");
    QTest::newRow("waiver empty justification")
        << cm() + "waivers:\n  - finding: mixed-mode@P01\n    justification: \"  \"\n"
        << 7 << 20 << QStringLiteral("must not be empty");
    QTest::newRow("waiver bad date")
        << cm() + "waivers:\n  - finding: mixed-mode@P01\n    justification: ok\n    expires: "
                  "2028-02-30\n"
        << 8 << 14 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("waiver finding not an id")
        << cm() + "waivers:\n  - finding: mixed-mode\n    justification: ok\n"
        << 6 << 14 << QStringLiteral("rule@subject");
    QTest::newRow("unknown checklist item")
        << cm() + "attestations:\n  - item: backup-recovery\n    status: done\n"
        << 6 << 11 << QStringLiteral("did you mean `backup-recovery-plan`?");
    QTest::newRow("attestation bad status")
        << cm() + "attestations:\n  - item: physical-security\n    status: finished\n"
        << 7 << 13 << QStringLiteral("one of done, not-applicable, open");
    QTest::newRow("diagram bad point") << cm() + "diagram:\n  sites: {P01: [1]}\n"
                                       << 6 << 16 << QStringLiteral("[x, y]");
    QTest::newRow("diagram unknown key") << cm() + "diagram:\n  zoom: 2\n"
                                         << 6 << 3 << QStringLiteral("unknown key `zoom`");
    QTest::newRow("key is a map") << cm() + "{a: 1}: x\n"
                                  << 5 << 1 << QStringLiteral("must be a plain name");
    QTest::newRow("sites is a map") << QByteArray("hierarch: 1\nname: x\nproduct: sms2003\n"
                                                  "sites: {code: P01}\n")
                                    << 4 << 8 << QStringLiteral("`sites` must be a list");
    QTest::newRow("invalid utf-8")
        << cm() + "description: caf\xc3\x28\n"
        << 5 << 17 << QStringLiteral("invalid UTF-8 byte 0x28 at byte offset");
    QTest::newRow("lone continuation byte")
        << QByteArray("hierarch: 1\n\x80") << 2 << 1 << QStringLiteral("invalid UTF-8 byte 0x80");
    QTest::newRow("overlong utf-8")
        << QByteArray("name: \xe0\x80\xaf\n") << 1 << 7 << QStringLiteral("invalid UTF-8 sequence");
    QTest::newRow("surrogate in utf-8")
        << QByteArray("name: \xed\xa0\x80\n") << 1 << 7 << QStringLiteral("invalid UTF-8 sequence");
    QTest::newRow("nul byte") << QByteArray("hierarch: 1\nname: a\0b\n", 22) << 2 << 8
                              << QStringLiteral("control character U+0000");
    // FORMAT.md `document` (document control): strict like every other map.
    const QByteArray doc = "document:\n  version: \"2.1\"\n";
    QTest::newRow("document not a map")
        << cm("document: 2.1\nsites: []\n") << 4 << 11
        << QStringLiteral("document must be a map of keys and values");
    QTest::newRow("document unknown key")
        << cm(doc + "  versoin: 3\nsites: []\n") << 6 << 3
        << QStringLiteral("unknown key `versoin` in document; did you mean `version`?");
    QTest::newRow("document version a list")
        << cm("document:\n  version: [2, 1]\nsites: []\n") << 5 << 12
        << QStringLiteral("`version` must be a text value, not a list");
    QTest::newRow("document bad status")
        << cm(doc + "  status: final\nsites: []\n") << 6 << 11
        << QStringLiteral("`status` must be one of draft, review, approved, superseded");
    QTest::newRow("document status typo") << cm(doc + "  status: aproved\nsites: []\n") << 6 << 11
                                          << QStringLiteral("did you mean `approved`?");
    QTest::newRow("change record not a list")
        << cm(doc + "  changeRecord: {version: 1}\nsites: []\n") << 6 << 17
        << QStringLiteral("`changeRecord` must be a list");
    QTest::newRow("change record bad date")
        << cm(doc + "  changeRecord:\n    - version: \"2.0\"\n      date: 2026-02-30\n"
                    "sites: []\n")
        << 8 << 13 << QStringLiteral("`date` must be a date written YYYY-MM-DD");
    QTest::newRow("change record date missing")
        << cm(doc + "  changeRecord:\n    - version: \"2.0\"\n      author: A\nsites: []\n") << 7
        << 7 << QStringLiteral("a change record entry needs the key `date`");
    QTest::newRow("change record unknown key")
        << cm(doc + "  changeRecord:\n    - version: \"2.0\"\n      date: 2026-10-01\n"
                    "      sumary: x\nsites: []\n")
        << 9 << 7
        << QStringLiteral("unknown key `sumary` in a change record entry; did you mean `summary`?");
    QTest::newRow("change record author too long")
        << cm(doc +
              "  changeRecord:\n    - version: \"2.0\"\n      date: 2026-10-01\n"
              "      author: " +
              QByteArray(256, 'a') + "\nsites: []\n")
        << 9 << 15 << QStringLiteral("`author` is longer than 255 characters");
    QTest::newRow("recursive alias")
        << cm() + "description: &a [*a]\n"
        << 5 << 18 << QStringLiteral("refers to a node that contains it");
}

void TestLoader::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);

    const LoadResult result = loadPlan(yaml, QStringLiteral("plan.yaml"));
    QVERIFY2(!result, "the file must not load");
    QVERIFY2(result.error.message.contains(words), qPrintable(result.error.message));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(result.error.toString().startsWith(
        QStringLiteral("plan.yaml:%1:%2: ").arg(line).arg(column)));
}

void TestLoader::limits_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("words");

    QTest::newRow("16 MiB") << cm() + "description: \"" + QByteArray(16 * 1024 * 1024, 'x') + "\"\n"
                            << QStringLiteral("the limit is 16,777,216 bytes");
    QTest::newRow("depth 65") << cm() + "description: " + QByteArray(64, '[') +
                                     QByteArray(64, ']') + "\n"
                              << QStringLiteral("deeper than 64 levels");
    QTest::newRow("very deep") << QByteArray(200000, '[') << QStringLiteral("deeper than 64");
    QTest::newRow("node count") << cm() + "description: [" + repeated("1,", 2'500'001) + "1]\n"
                                << QStringLiteral("more than 2,500,000 YAML nodes");
    // A type-correct bomb: 10,000 accounts share one list of 300 site codes through an alias,
    // so the walk passes the 2,500,000-node budget with a 400 KB file (and little text).
    QByteArray siteBomb = "hierarch: 1\nname: x\nproduct: sms2003\nsites: []\naccounts: [";
    siteBomb += "{name: a, type: sms-service, sites: &v0 [" + repeated("A, ", 299) + "A]}";
    for (int i = 0; i < 9999; ++i)
        siteBomb += ", {name: a, type: sms-service, sites: *v0}";
    siteBomb += "]\n";
    QTest::newRow("alias expansion") << siteBomb << QStringLiteral("expands to more than");
    QTest::newRow("10,001 sites") << sms("sites:\n" + repeated("  - {code: A}\n", 10'001))
                                  << QStringLiteral("more than 10,000 sites");
    QTest::newRow("100,001 servers")
        << sms("sites:\n  - code: A\n    servers:\n" + repeated("      - {name: a}\n", 100'001))
        << QStringLiteral("more than 100,000 servers");
}

void TestLoader::limits()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, words);
    const LoadResult result = loadPlan(yaml, QStringLiteral("big.yaml"));
    QVERIFY2(!result, "the file must not load");
    QVERIFY2(result.error.message.contains(words), qPrintable(result.error.toString()));
    QVERIFY(result.error.line >= 1);
    QVERIFY(result.error.column >= 1);
}

void TestLoader::commaDoesNotHang()
{
    // yaml-cpp 0.7's LoadAll never returns on these; the loader must answer with an error.
    for (const QByteArray &input : {QByteArray(","), QByteArray(",\n,"), QByteArray("]"),
                                    QByteArray("}"), QByteArray("a: 1\n,")}) {
        const LoadResult result = loadPlan(input, QStringLiteral("x.yaml"));
        QVERIFY2(!result, input.constData());
        QVERIFY(!result.error.message.isEmpty());
    }
}

void TestLoader::missingFile()
{
    const LoadResult result = loadPlanFile(QStringLiteral("/nonexistent/plan.yaml"));
    QVERIFY(!result);
    QCOMPARE(result.error.line, 1);
    QVERIFY(result.error.toString().startsWith(QLatin1String("/nonexistent/plan.yaml:1:1: ")));
}

void TestLoader::defaultsAndStatedFacts()
{
    const LoadResult result = loadPlan(cm("sites:\n  - code: P01\n    servers:\n      - name: "
                                          "A\n        staticIp: true\n"),
                                       QStringLiteral("x"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    const Site &site = result.plan->sites.at(0);
    QCOMPARE(site.pos.line, 5);
    QCOMPARE(site.pos.column, 5);
    QVERIFY(!site.clientMode); // assumed, not stated
    QCOMPARE(site.ownClientMode(), ClientMode::Mixed);
    QVERIFY(site.effectiveSecureKeyExchange(Product::ConfigMgr2007));
    QVERIFY(!site.effectiveSecureKeyExchange(Product::Sms2003));
    const Server &server = site.servers.at(0);
    QCOMPARE(server.staticIp, std::optional<bool>(true)); // stated
    QVERIFY(!server.adminShare);                          // assumed compliant
    QCOMPARE(server.effectiveFileSystem(), FileSystem::Ntfs);
    QCOMPARE(server.pos.line, 7);
    QVERIFY(!result.plan->effectiveSchemaExtended());
}

void TestLoader::documentControl()
{
    const LoadResult result = loadPlan(
        cm("document:\n  version: 2.10\n  status: review\n  changeRecord:\n"
           "    - version: \"2.0\"\n      date: 2026-10-01\n      author: A. Architect\n"
           "      summary: |\n        Moved the Paris database\n        to its own server.\n"
           "    - version: 1.0\n      date: 2026-06-15\nsites: []\n"),
        QStringLiteral("x"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    const Plan &plan = *result.plan;
    // A plain 2.10 is the text the author wrote, not the number 2.1.
    QCOMPARE(plan.documentVersion, std::optional<QString>(QStringLiteral("2.10")));
    QCOMPARE(plan.documentStatus, std::optional<DocumentStatus>(DocumentStatus::Review));
    QCOMPARE(plan.changeRecord.size(), 2);
    const ChangeRecordEntry &first = plan.changeRecord.at(0);
    QCOMPARE(first.version, QStringLiteral("2.0"));
    QCOMPARE(first.date, QDate(2026, 10, 1));
    QCOMPARE(first.author, std::optional<QString>(QStringLiteral("A. Architect")));
    QCOMPARE(first.summary, std::optional<QString>(
                                QStringLiteral("Moved the Paris database\nto its own server.\n")));
    QCOMPARE(first.pos.line, 8);
    QCOMPARE(first.pos.column, 7);
    QCOMPARE(plan.changeRecord.at(1).version, QStringLiteral("1.0"));
    QVERIFY(!plan.changeRecord.at(1).author);
    QVERIFY(hasDocumentControl(plan));

    // Without `document` nothing is stated.
    const LoadResult none = loadPlan(cm(), QStringLiteral("x"));
    QVERIFY(none);
    QVERIFY(!hasDocumentControl(*none.plan));
}

void TestLoader::roleForms()
{
    const LoadResult result =
        loadPlan(cm("sites:\n  - code: P01\n    servers:\n      - name: A\n        roles: "
                    "[site-server, {role: site-database, site: P02}, {role: distribution-point, "
                    "bits: false}]\n"),
                 QStringLiteral("x"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    const QList<RoleAssignment> &roles = result.plan->sites.at(0).servers.at(0).roles;
    QCOMPARE(roles.size(), 3);
    QCOMPARE(roles.at(0).role, Role::SiteServer);
    QCOMPARE(roles.at(1).site, std::optional<QString>(QStringLiteral("P02")));
    QCOMPARE(roles.at(2).bits, std::optional<bool>(false));
    QVERIFY(!roles.at(2).needsIis());
}

void TestLoader::textForms()
{
    // Quoted and unusual text loads as written; a BOM and CRLF line ends are accepted; a site code
    // written as a number stays text.
    const QByteArray yaml = "\xef\xbb\xbfhierarch: 1\r\nname: \"Contoso: \\\"2027\\\"\"\r\n"
                            "product: sms2003\r\nsites:\r\n  - code: 001\r\n"
                            "    name: 'It''s <b>x</b>'\r\n";
    const LoadResult result = loadPlan(yaml, QStringLiteral("x"));
    QVERIFY2(result, qPrintable(result.error.toString()));
    QCOMPARE(result.plan->name, QStringLiteral("Contoso: \"2027\""));
    QCOMPARE(result.plan->sites.at(0).code, QStringLiteral("001"));
    QCOMPARE(result.plan->sites.at(0).name,
             std::optional<QString>(QStringLiteral("It's <b>x</b>")));
}

void TestLoader::didYouMean()
{
    const QStringList keys{QStringLiteral("secureKeyExchange"), QStringLiteral("servers")};
    QCOMPARE(closestMatch(u"SecureKeyExchange", keys), QStringLiteral("secureKeyExchange"));
    QCOMPARE(closestMatch(u"server", keys), QStringLiteral("servers"));
    QCOMPARE(closestMatch(u"zone", keys), QString());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
