// Load -> save -> load is the identity on the model, and saving is stable (FORMAT.md "Stable and
// diff-friendly"), for every fixture, every example and text chosen to break a naive writer.
#include "io/planloader.h"
#include "io/plansaver.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;

namespace {

Plan fullPlan()
{
    Plan plan;
    plan.name = QStringLiteral("Everything");
    plan.product = Product::ConfigMgr2007;
    plan.author = QStringLiteral("Architecture");
    plan.description = QStringLiteral("All keys stated.");
    plan.dnsDomain = QStringLiteral("contoso.com");
    plan.forest = QStringLiteral("contoso.com");
    plan.schemaExtended = true;
    plan.publishing = false;
    Site site;
    site.code = QStringLiteral("CEN");
    site.name = QStringLiteral("Central");
    site.type = SiteType::Primary;
    site.forest = QStringLiteral("contoso.com");
    site.clients = 1200;
    site.workgroupClients = false;
    site.clientMode = ClientMode::Native;
    site.secureKeyExchange = true;
    site.httpRoaming = false;
    Server server;
    server.name = QStringLiteral("CEN-SITE01");
    server.fqdn = QStringLiteral("cen-site01.contoso.com");
    server.forest = QStringLiteral("contoso.com");
    server.zone = Zone::Perimeter;
    server.dualHomed = false;
    server.domainController = false;
    server.os = OperatingSystem::Windows2008R2;
    server.fileSystem = FileSystem::Ntfs;
    server.staticIp = true;
    server.adminShare = true;
    server.securityConfigurationWizard = true;
    server.siteServerInitiatedTransfers = true;
    server.ipsec = true;
    server.allowInternetClients = false;
    server.otherWebApplications = false;
    server.otherLocalSystemServices = false;
    server.clustered = false;
    server.sql =
        SqlSettings{SqlAuthentication::Mixed, SqlServiceAccount::LocalSystem, false, true, {}};
    server.roles = {{Role::SiteServer, {}, {}, {}},
                    {Role::SiteDatabase, QStringLiteral("S01"), {}, {}},
                    {Role::DistributionPoint, {}, false, {}}};
    Server empty;
    empty.name = QStringLiteral("CEN-EMPTY");
    site.servers << server << empty;
    Site secondary;
    secondary.code = QStringLiteral("S01");
    secondary.type = SiteType::Secondary;
    secondary.parent = QStringLiteral("CEN");
    secondary.installation = Installation::Push;
    plan.sites << site << secondary;
    Account account;
    account.name = QStringLiteral("CONTOSO\\cm-push");
    account.type = AccountType::ClientPushInstallation;
    account.sites = {QStringLiteral("CEN"), QStringLiteral("S01")};
    account.generated = false;
    account.passwordChange = PasswordChange::Console;
    account.rotation = Rotation::NewAccount;
    account.rotationAccount = QStringLiteral("CONTOSO\\cm-push2");
    account.domainAdmin = false;
    account.custodians = 1;
    account.sealedCopy = true;
    plan.accounts << account;
    plan.waivers << Waiver{QStringLiteral("mixed-mode@CEN"),
                           QStringLiteral("Until 2028."),
                           QStringLiteral("CAB-1"),
                           QDate(2028, 1, 31),
                           {}};
    plan.attestations << Attestation{QStringLiteral("physical-security"),
                                     AttestationStatus::Done,
                                     QStringLiteral("Locked room."),
                                     {}};
    plan.diagram << DiagramPosition{QStringLiteral("CEN"), 0, 0}
                 << DiagramPosition{QStringLiteral("S01"), -12.5, 260};
    return plan;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void fullPlanSurvives();
    void awkwardText_data();
    void awkwardText();
    void controlCharacters_data();
    void controlCharacters();
    void minimalPlanIsMinimal();
    void saveFileIsAtomic();
};

void TestRoundTrip::files_data()
{
    QTest::addColumn<QString>("path");
    for (const char *root : {HIERARCH_FIXTURES_DIR, HIERARCH_EXAMPLES_DIR}) {
        QDirIterator it(QString::fromUtf8(root), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QDir(QString::fromUtf8(root)).relativeFilePath(path))) << path;
    }
}

void TestRoundTrip::files()
{
    QFETCH(QString, path);
    const LoadResult first = loadPlanFile(path);
    QVERIFY2(first, qPrintable(first.error.toString()));
    const QByteArray saved = savePlan(*first.plan);
    const LoadResult second = loadPlan(saved, QStringLiteral("saved"));
    QVERIFY2(second,
             qPrintable(second.error.toString() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(withoutSourcePositions(*second.plan), withoutSourcePositions(*first.plan));
    // What the editor wrote, it writes again byte for byte.
    QCOMPARE(savePlan(*second.plan), saved);
}

void TestRoundTrip::fullPlanSurvives()
{
    const Plan plan = fullPlan();
    const QByteArray saved = savePlan(plan);
    const LoadResult loaded = loadPlan(saved, QStringLiteral("full"));
    QVERIFY2(loaded,
             qPrintable(loaded.error.toString() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(withoutSourcePositions(*loaded.plan), plan);
    // Keys in FORMAT.md's order.
    const QString text = QString::fromUtf8(saved);
    const QStringList order{QStringLiteral("hierarch:"),        QStringLiteral("name:"),
                            QStringLiteral("product:"),         QStringLiteral("author:"),
                            QStringLiteral("description:"),     QStringLiteral("dnsDomain:"),
                            QStringLiteral("activeDirectory:"), QStringLiteral("sites:"),
                            QStringLiteral("accounts:"),        QStringLiteral("waivers:"),
                            QStringLiteral("attestations:"),    QStringLiteral("diagram:")};
    qsizetype at = -1;
    for (const QString &key : order) {
        const qsizetype next = text.indexOf(QLatin1Char('\n') + key);
        const qsizetype found = key == order.first() ? 0 : next;
        QVERIFY2(found > at, qPrintable(key));
        at = found;
    }
    QVERIFY(text.contains(QLatin1String("roles: [site-server, {role: site-database, site: S01}, "
                                        "{role: distribution-point, bits: false}]")));
}

void TestRoundTrip::awkwardText_data()
{
    QTest::addColumn<QString>("text");
    const QStringList samples{
        QString(),
        QStringLiteral(" leading"),
        QStringLiteral("trailing "),
        QStringLiteral("a: b"),
        QStringLiteral("a:"),
        QStringLiteral("#x"),
        QStringLiteral("a #b"),
        QStringLiteral("- x"),
        QStringLiteral("true"),
        QStringLiteral("No"),
        QStringLiteral("001"),
        QStringLiteral("1e3"),
        QStringLiteral("0x1F"),
        QStringLiteral(".inf"),
        QStringLiteral("~"),
        QStringLiteral("null"),
        QStringLiteral("2028-01-31"),
        QStringLiteral("@x"),
        QStringLiteral("`x"),
        QStringLiteral("x,y"),
        QStringLiteral("[x]"),
        QStringLiteral("{x}"),
        QStringLiteral("quote\"x'y"),
        QStringLiteral("back\\slash\\"),
        QStringLiteral("%x"),
        QStringLiteral("!x"),
        QStringLiteral("&x"),
        QStringLiteral("*x"),
        QStringLiteral("|x"),
        QStringLiteral(">x"),
        QStringLiteral("?x"),
        QStringLiteral("CONTOSO\\smssvc"),
        QStringLiteral("<b>x</b>"),
        QStringLiteral("<img src=\"file:///etc/hosts\">"),
        QString::fromUtf8("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"),
        QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"),
        QStringLiteral("Branch") + QChar(0xfeff) + QStringLiteral("on"), // a BOM inside text
        QString(QChar(0xfeff)),
        QStringLiteral("%1 and %2"),
    };
    for (const QString &s : samples)
        QTest::newRow(qPrintable(QString::fromLatin1(s.toUtf8().toPercentEncoding()))) << s;
}

void TestRoundTrip::awkwardText()
{
    QFETCH(QString, text);
    Plan plan;
    plan.name = text;
    plan.description = text;
    Site site;
    site.code = text;
    site.name = text;
    Server server;
    server.name = text;
    server.roles = {{Role::SiteDatabase, text, {}, {}}};
    site.servers << server;
    plan.sites << site;
    Account account;
    account.name = text;
    account.sites = {text, text};
    plan.accounts << account;
    plan.waivers << Waiver{text + QStringLiteral("@x"), QStringLiteral("j ") + text, text, {}, {}};
    plan.diagram << DiagramPosition{text, 1.25, 2};

    const QByteArray saved = savePlan(plan);
    const LoadResult loaded = loadPlan(saved, QStringLiteral("awkward"));
    QVERIFY2(loaded,
             qPrintable(loaded.error.toString() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(withoutSourcePositions(*loaded.plan), plan);
}

void TestRoundTrip::controlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("freeTextKeepsIt");
    QTest::newRow("line feed") << QStringLiteral("line\nbreak") << true;
    QTest::newRow("tab") << QStringLiteral("tab\tx") << true;
    QTest::newRow("C1 next line") << QString(QChar(0x85)) + QStringLiteral("x") << false;
    QTest::newRow("bell") << QStringLiteral("bell") + QChar(0x07) << false;
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") << false;
    QTest::newRow("right-to-left override")
        << QStringLiteral("gnp") + QChar(0x202e) + QStringLiteral("exe") << false;
}

// Control characters survive a save in free text where FORMAT.md allows them; in a name the
// saver writes them escaped and the loader refuses them (FORMAT.md, Limits), pointing at the value.
void TestRoundTrip::controlCharacters()
{
    QFETCH(QString, text);
    QFETCH(bool, freeTextKeepsIt);
    Plan plan;
    plan.name = QStringLiteral("Plan");
    plan.description = text;
    const LoadResult described = loadPlan(savePlan(plan), QStringLiteral("text"));
    QCOMPARE(bool(described), freeTextKeepsIt);
    if (described)
        QCOMPARE(described.plan->description, text);
    else
        QVERIFY2(described.error.message.contains(QLatin1String("`description` contains")),
                 qPrintable(described.error.toString()));

    plan.description.reset();
    plan.name = text;
    const LoadResult named = loadPlan(savePlan(plan), QStringLiteral("text"));
    QVERIFY(!named);
    QCOMPARE(named.error.line, 2);
    QVERIFY2(
        named.error.message.contains(QLatin1String("`name` contains the control character U+")),
        qPrintable(named.error.toString()));
}

void TestRoundTrip::minimalPlanIsMinimal()
{
    const QByteArray yaml = "hierarch: 1\nname: Small\nproduct: sms2003\nsites:\n  - code: "
                            "P01\n    servers:\n      - name: P01-SMS01\n        roles: "
                            "[site-server]\n";
    const LoadResult loaded = loadPlan(yaml, QStringLiteral("small"));
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    // Nothing the author did not state is written back.
    QCOMPARE(savePlan(*loaded.plan), yaml);
    Plan empty;
    empty.name = QStringLiteral("Empty");
    QCOMPARE(savePlan(empty), QByteArray("hierarch: 1\nname: Empty\nproduct: configmgr2007\n"
                                         "sites: []\n"));
}

void TestRoundTrip::saveFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.hierarchy.yaml"));
    const Plan plan = fullPlan();
    QString error;
    QVERIFY2(savePlanFile(plan, path, &error), qPrintable(error));
    const LoadResult loaded = loadPlanFile(path);
    QVERIFY2(loaded, qPrintable(loaded.error.toString()));
    QCOMPARE(withoutSourcePositions(*loaded.plan), plan);

    // Places that cannot be written: the save fails with a reason and the old file stays.
    Plan changed = plan;
    changed.name = QStringLiteral("Changed");
    QVERIFY(!savePlanFile(changed, dir.filePath(QStringLiteral("missing/plan.yaml")), &error));
    QVERIFY2(error.contains(QLatin1String("missing/plan.yaml")), qPrintable(error));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.yaml")));
    QVERIFY(!savePlanFile(changed, dir.filePath(QStringLiteral("folder.yaml")), &error));
    QCOMPARE(loadPlanFile(path).plan->name, plan.name);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
