// README "PKI": the optional `pki` map of a site and a server's `internetFqdn` (ConfigMgr 2007),
// end to end: strict loading with line and column, saving and reading back, format-preserving
// edits, the checklist items they decide, and the Properties edits with undo.
#include "document/document.h"
#include "document/fields.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "properties/propertiesdock.h"
#include "rules/checklist.h"
#include "selection.h"
#include "validator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

QByteArray cm(const QByteArray &sites)
{
    return "hierarch: 1\nname: Contoso\nproduct: configmgr2007\ndnsDomain: contoso.com\n"
           "sites:\n" +
           sites;
}

// A native-mode primary site with the given `pki` line (empty: none) and an Internet-facing
// management point with the given `internetFqdn` line.
QByteArray nativePlan(const QByteArray &pki, const QByteArray &internetFqdn = {})
{
    return cm("  - code: P01      # Europe\n"
              "    clients: 2000\n"
              "    clientMode: native\n" +
              pki +
              "    servers:\n"
              "      - name: P01-SITE01\n"
              "        roles: [site-server, site-database, sms-provider, management-point]\n"
              "      - name: P01-FSP01\n"
              "        roles: [fallback-status-point]\n"
              "      - name: P01-IBCM01\n"
              "        fqdn: p01-ibcm01.dmz.contoso.com\n" +
              internetFqdn +
              "        zone: perimeter\n"
              "        siteServerInitiatedTransfers: true\n"
              "        allowInternetClients: true   # mobile users\n"
              "        roles: [management-point]\n");
}

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, u"plan.yaml"_s);
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

QStringList findingIds(const Plan &plan)
{
    QStringList ids;
    for (const Finding &f : validate(plan, QDate(2026, 12, 1)))
        ids << f.id();
    return ids;
}

ChecklistStatus statusOf(const Plan &plan, const char *item)
{
    for (const ChecklistEntry &entry : evaluateChecklist(plan, validate(plan, QDate(2026, 12, 1))))
        if (qstrcmp(entry.item->id, item) == 0)
            return entry.status;
    qFatal("no checklist item %s", item);
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private slots:
    void loadErrors_data();
    void loadErrors();
    void loadsStatedKeys();
    void roundTrip();
    void formatPreservingEdits();
    void rulesReadOnlyWhatIsStated();
    void checklistStatusFromPlan();
    void propertiesEditWithUndo();
};

void TestPki::loadErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    const QByteArray sms = "hierarch: 1\nname: Contoso\nproduct: sms2003\nsites:\n";
    QTest::newRow("pki in sms2003")
        << sms + "  - code: CEN\n    pki: {crlChecking: true}\n"
        << 6 << 5 << u"`pki` is a configmgr2007 setting; this plan's product is sms2003"_s;
    QTest::newRow("internetFqdn in sms2003")
        << sms + "  - code: CEN\n    servers:\n      - name: A\n        internetFqdn: cm.x\n"
        << 8 << 9 << u"`internetFqdn` is a configmgr2007 setting; this plan's product is sms2003"_s;
    QTest::newRow("unknown pki key")
        << cm("  - code: P01\n    pki:\n      crlCheck: true\n") << 8 << 7
        << u"unknown key `crlCheck` in pki; did you mean `crlChecking`?"_s;
    QTest::newRow("deployment typo") << cm("  - code: P01\n    pki: {signingCertificate: manul}\n")
                                     << 7 << 31 << u"did you mean `manual`?"_s;
    QTest::newRow("pki not a map")
        << cm("  - code: P01\n    pki: [crlChecking]\n") << 7 << 10 << u"pki must be a map"_s;
    QTest::newRow("bool yes") << cm("  - code: P01\n    pki: {certificateTrustList: yes}\n") << 7
                              << 33 << u"true or false, not `yes`"_s;
    QTest::newRow("internetFqdn too long")
        << cm("  - code: P01\n    servers:\n      - name: A\n        internetFqdn: " +
              QByteArray(256, 'a') + "\n")
        << 9 << 23 << u"`internetFqdn` is longer than 255 characters"_s;
}

void TestPki::loadErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);

    const LoadResult result = loadPlan(yaml, u"plan.yaml"_s);
    QVERIFY2(!result, "the file must not load");
    QVERIFY2(result.error.message.contains(words), qPrintable(result.error.message));
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY(result.error.toString().startsWith(u"plan.yaml:%1:%2: "_s.arg(line).arg(column)));
}

void TestPki::loadsStatedKeys()
{
    const Plan plan = load(nativePlan("    pki:\n      signingCertificate: active-directory\n"
                                      "      crlChecking: false\n",
                                      "        internetFqdn: cm.contoso.com\n"));
    const Site &site = plan.sites.at(0);
    QVERIFY(site.pki);
    QCOMPARE(site.pki->signingCertificate,
             std::optional(SigningCertificateDeployment::ActiveDirectory));
    QCOMPARE(site.pki->crlChecking, std::optional(false));
    QVERIFY(!site.pki->crlPublished);
    QVERIFY(!site.pki->certificateTrustList);
    QCOMPARE(site.pki->pos.line, 10);
    QCOMPARE(site.servers.at(2).internetFqdn, std::optional(u"cm.contoso.com"_s));

    // An older file without the keys loads unchanged: nothing is stated.
    const Plan old = load(nativePlan({}));
    QVERIFY(!old.sites.at(0).pki);
    QVERIFY(!old.sites.at(0).servers.at(2).internetFqdn);
}

void TestPki::roundTrip()
{
    Plan plan = load(nativePlan({}));
    PkiSettings pki;
    pki.signingCertificate = SigningCertificateDeployment::Manual;
    pki.crlChecking = true;
    pki.crlPublished = false;
    pki.certificateTrustList = true;
    plan.sites[0].pki = pki;
    plan.sites[0].servers[2].internetFqdn = u"cm.contoso.com"_s;
    const QByteArray saved = savePlan(plan);
    QVERIFY(saved.contains("    pki: {signingCertificate: manual, crlChecking: true, "
                           "crlPublished: false, certificateTrustList: true}\n"));
    QVERIFY(saved.contains("        fqdn: p01-ibcm01.dmz.contoso.com\n"
                           "        internetFqdn: cm.contoso.com\n"));
    const Plan again = load(saved);
    QCOMPARE(withoutSourcePositions(again), withoutSourcePositions(plan));
}

void TestPki::formatPreservingEdits()
{
    const QByteArray text = nativePlan("    pki:\n"
                                       "      crlChecking: true    # CRL on crl.contoso.com\n"
                                       "      crlPublished: true\n");
    const LoadResult loaded = loadPlan(text, u"plan.yaml"_s);
    QVERIFY(loaded);

    // A changed value keeps its line's comment; nothing else moves.
    Plan edited = *loaded.plan;
    edited.sites[0].pki->crlChecking = false;
    PlanText out = planText(loaded.source, *loaded.plan, edited);
    QVERIFY2(out.preserved, qPrintable(out.fallbackReason));
    QByteArray expected = text;
    expected.replace("crlChecking: true    #", "crlChecking: false    #");
    QCOMPARE(out.bytes, expected);

    // A newly stated key is one new line; so is a new internetFqdn, after the fqdn.
    edited = *loaded.plan;
    edited.sites[0].pki->signingCertificate = SigningCertificateDeployment::ActiveDirectory;
    edited.sites[0].servers[2].internetFqdn = u"cm.contoso.com"_s;
    out = planText(loaded.source, *loaded.plan, edited);
    QVERIFY2(out.preserved, qPrintable(out.fallbackReason));
    expected = text;
    // (signingCertificate comes first in FORMAT.md order; with no stated key before it, the
    // patcher appends it to the map, as it does for every map.)
    expected.replace("      crlPublished: true\n",
                     "      crlPublished: true\n      signingCertificate: active-directory\n");
    expected.replace("        fqdn: p01-ibcm01.dmz.contoso.com\n",
                     "        fqdn: p01-ibcm01.dmz.contoso.com\n"
                     "        internetFqdn: cm.contoso.com\n");
    QCOMPARE(out.bytes, expected);

    // Removing the map removes its lines.
    edited = *loaded.plan;
    edited.sites[0].pki.reset();
    out = planText(loaded.source, *loaded.plan, edited);
    QVERIFY2(out.preserved, qPrintable(out.fallbackReason));
    QCOMPARE(out.bytes, nativePlan({}));

    // A plan without `pki` gets it as one line after clientMode.
    const LoadResult bare = loadPlan(nativePlan({}), u"plan.yaml"_s);
    edited = *bare.plan;
    edited.sites[0].pki.emplace().crlChecking = true;
    out = planText(bare.source, *bare.plan, edited);
    QVERIFY2(out.preserved, qPrintable(out.fallbackReason));
    QCOMPARE(out.bytes, nativePlan("    pki: {crlChecking: true}\n"));
}

void TestPki::rulesReadOnlyWhatIsStated()
{
    // Nothing stated: the site rules are silent; the Internet-facing server has no Internet FQDN.
    QCOMPARE(findingIds(load(nativePlan({}))).filter(u"pki"_s), QStringList());
    QVERIFY(findingIds(load(nativePlan({}))).contains(u"internet-fqdn-missing@P01-IBCM01"_s));
    QVERIFY(!findingIds(load(nativePlan({}, "        internetFqdn: cm.contoso.com\n")))
                 .contains(u"internet-fqdn-missing@P01-IBCM01"_s));

    // One cause, one finding: clients that do not check the CRL do not also miss it.
    const QStringList off =
        findingIds(load(nativePlan("    pki: {crlChecking: false, crlPublished: false}\n")));
    QVERIFY(off.contains(u"crl-checking-disabled@P01"_s));
    QVERIFY(!off.contains(u"crl-not-published@P01"_s));
    const QStringList unreachable =
        findingIds(load(nativePlan("    pki: {crlChecking: true, crlPublished: false}\n")));
    QVERIFY(!unreachable.contains(u"crl-checking-disabled@P01"_s));
    QVERIFY(unreachable.contains(u"crl-not-published@P01"_s));

    // Mixed mode has no native-mode clients to judge.
    QByteArray mixed =
        nativePlan("    pki: {signingCertificate: manual, certificateTrustList: false}\n");
    mixed.replace("clientMode: native", "clientMode: mixed");
    const QStringList mixedIds = findingIds(load(mixed));
    QVERIFY(!mixedIds.contains(u"signing-certificate-manual@P01"_s));
    QVERIFY(!mixedIds.contains(u"certificate-trust-list-missing@P01"_s));
}

void TestPki::checklistStatusFromPlan()
{
    // Not stated: the certificate items take the attestation (open without one).
    Plan plan = load(nativePlan({}));
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Open);
    QCOMPARE(statusOf(plan, "certificate-trust-list"), ChecklistStatus::Open);
    QCOMPARE(statusOf(plan, "ad-signing-certificate"), ChecklistStatus::Open);
    Attestation attested;
    attested.item = u"crl-checking"_s;
    attested.status = AttestationStatus::Done;
    plan.attestations << attested;
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Done);
    // internet-settings is decided by rules either way: the missing Internet FQDN fails it.
    QCOMPARE(statusOf(plan, "internet-settings"), ChecklistStatus::Fail);

    // Stated: the plan decides, whatever was attested.
    plan = load(nativePlan("    pki: {signingCertificate: active-directory, crlChecking: true, "
                           "crlPublished: false, certificateTrustList: true}\n",
                           "        internetFqdn: cm.contoso.com\n"));
    plan.attestations << attested;
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Fail);
    QCOMPARE(statusOf(plan, "certificate-trust-list"), ChecklistStatus::Pass);
    QCOMPARE(statusOf(plan, "ad-signing-certificate"), ChecklistStatus::Pass);
    QCOMPARE(statusOf(plan, "internet-settings"), ChecklistStatus::Pass);

    // Clients that check the CRL without saying where it is published: not decided yet.
    plan.sites[0].pki->crlPublished.reset();
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Done);
    plan.sites[0].pki->crlChecking = false;
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Fail);

    // A second native-mode primary that states nothing keeps the item on its attestation.
    plan.sites[0].pki->crlChecking = true;
    plan.sites[0].pki->crlPublished = true;
    Site second = plan.sites.at(0);
    second.code = u"P02"_s;
    second.pki.reset();
    second.servers.clear();
    plan.sites << second;
    QCOMPARE(statusOf(plan, "crl-checking"), ChecklistStatus::Done);
    QCOMPARE(statusOf(plan, "certificate-trust-list"), ChecklistStatus::Open);
}

void TestPki::propertiesEditWithUndo()
{
    Document doc;
    doc.reset(load(nativePlan({})));
    Selection selection{&doc};
    QMainWindow window;
    auto *properties = new PropertiesDock(&doc, &selection, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, properties);
    window.resize(1000, 800);
    window.show();
    const ItemId p01 = doc.plan().sites.at(0).uid;
    selection.select({Selection::Item::Site, p01, -1});

    // The deployment is a choice: picking one states the map with that key, in one undo step.
    auto *deployment = properties->findChild<QComboBox *>(u"pki.signingCertificate"_s);
    QVERIFY(deployment);
    QVERIFY(deployment->isVisibleTo(properties));
    QVERIFY(!deployment->currentData().isValid()); // not stated
    const int before = doc.undoStack()->count();
    deployment->setCurrentIndex(deployment->findData(u"manual"_s));
    emit deployment->activated(deployment->currentIndex());
    QCOMPARE(doc.undoStack()->count(), before + 1);
    QVERIFY(doc.site(p01)->pki);
    QCOMPARE(doc.site(p01)->pki->signingCertificate,
             std::optional(SigningCertificateDeployment::Manual));
    QVERIFY(doc.findings().end() !=
            std::find_if(doc.findings().begin(), doc.findings().end(), [](const Finding &f) {
                return f.id() == u"signing-certificate-manual@P01"_s;
            }));

    // A yes/no setting beside it.
    auto *crl = properties->findChild<QComboBox *>(u"pki.crlChecking"_s);
    QVERIFY(crl);
    crl->setCurrentIndex(crl->findData(true));
    emit crl->activated(crl->currentIndex());
    QCOMPARE(doc.site(p01)->pki->crlChecking, std::optional(true));

    // Undo takes back one edit at a time; undoing the first removes the map again.
    doc.undoStack()->undo();
    QVERIFY(!doc.site(p01)->pki->crlChecking);
    doc.undoStack()->undo();
    QVERIFY(!doc.site(p01)->pki);
    QVERIFY(!deployment->currentData().isValid());
    doc.undoStack()->redo();
    QCOMPARE(doc.site(p01)->pki->signingCertificate,
             std::optional(SigningCertificateDeployment::Manual));

    // The server's Internet FQDN is a text field.
    ItemId ibcm = 0;
    for (const Server &s : doc.plan().sites.at(0).servers)
        if (s.name == u"P01-IBCM01"_s)
            ibcm = s.uid;
    selection.select({Selection::Item::Server, ibcm, -1});
    auto *fqdn = properties->findChild<QLineEdit *>(u"internetFqdn"_s);
    QVERIFY(fqdn);
    fqdn->setFocus();
    QTest::keyClicks(fqdn, u"cm.contoso.com"_s);
    QTest::keyClick(fqdn, Qt::Key_Return);
    QCOMPARE(doc.server(ibcm)->internetFqdn, std::optional(u"cm.contoso.com"_s));
    doc.undoStack()->undo();
    QVERIFY(!doc.server(ibcm)->internetFqdn);
}

QTEST_MAIN(TestPki)
#include "tst_pki.moc"
