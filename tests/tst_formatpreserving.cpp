// The file is the user's (FORMAT.md): saving a plan read from a file changes only the text of
// what was edited, and a patch that would not read back as the edited plan is never written.
#include "bench/plangenerator.h"
#include "io/copytext.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plansource.h"
#include "io/plantext.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QtTest>

#include <functional>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;

namespace {

// A role on a server as a new chip adds it: no served site, no BITS setting, no source position.
RoleAssignment assignment(Role role)
{
    RoleAssignment a;
    a.role = role;
    return a;
}

using Edit = std::function<void(Plan &)>;

// Loads `text`, edits the plan and returns what a save writes.
PlanText savedAfter(const QByteArray &text, const Edit &edit)
{
    const LoadResult loaded = loadPlan(text, u"plan.hierarchy.yaml"_s);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error.toString()));
    Plan edited = *loaded.plan;
    edit(edited);
    return planText(loaded.source, *loaded.plan, edited);
}

// A hand-written plan with everything a person does to a file: comments above and beside keys,
// blank lines, quoting, folded and literal text, flow and block lists, four-space indentation
// and a sequence that is not indented under its key.
const QByteArray kHandWritten = R"(# Contoso hierarchy, reviewed by the CAB.
# Keep the comments: reviewers read them.
hierarch: 1
name: 'Contoso ConfigMgr 2007'   # the title on the report
product: configmgr2007
description: >-
    Proposed hierarchy for the roll-out, with a central site in Seattle and one primary
    site per region.

dnsDomain: contoso.com
sites:
-   code: CEN                   # the central site
    name: "Headquarters"
    clients: 0
    servers:
    -   name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
        sql: {authentication: windows, serviceAccount: domain-user}

    # The European primary.
-   code: P01
    name: Europe
    parent: CEN
    clients: 12000
    servers:
    -   name: P01-SITE01
        roles:
        - site-server
        - management-point
accounts:
-   name: CONTOSO\cm-push
    type: client-push-installation
    sites: [CEN, P01]
    custodians: 2
waivers:
-   finding: site-server-iis@P01-SITE01
    justification: |
        Branch office has one server.
        Revisit at the 2028 refresh.
    approvedBy: CAB-1187
)";

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

Site &siteNamed(Plan &plan, const QString &code)
{
    for (Site &s : plan.sites) {
        if (s.code == code)
            return s;
    }
    qFatal("no site %s", qPrintable(code));
}

} // namespace

class TestFormatPreserving : public QObject
{
    Q_OBJECT

private slots:
    void unchangedPlanKeepsEveryByte_data();
    void unchangedPlanKeepsEveryByte();
    void unchangedGeneratedPlanKeepsEveryByte();
    void editChangesOnlyItsLines_data();
    void editChangesOnlyItsLines();
    void documentControlEdits_data();
    void documentControlEdits();
    void crlfFileStaysCrlf();
    void exampleEditIsOneLine();
    void undoneEditsGiveTheFileBack();
    void badPatchFallsBackToCanonical();
    void planWithoutSourceIsCanonical();
    void copyCarriesTheItemsOwnLines();
    void movedServerKeepsItsLines();
};

void TestFormatPreserving::unchangedPlanKeepsEveryByte_data()
{
    QTest::addColumn<QString>("path");
    const QStringList roots{u"" HIERARCH_EXAMPLES_DIR ""_s, u"" HIERARCH_FIXTURES_DIR ""_s,
                            u"" HIERARCH_SOURCE_DIR "/tests/schema"_s,
                            u"" HIERARCH_SOURCE_DIR "/tests/fuzz/regressions"_s};
    int count = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!loadPlanFile(path))
                continue; // fixtures of load errors
            QTest::newRow(qPrintable(QDir(u"" HIERARCH_SOURCE_DIR ""_s).relativeFilePath(path)))
                << path;
            ++count;
        }
    }
    QVERIFY(count > 100);
}

void TestFormatPreserving::unchangedPlanKeepsEveryByte()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    const PlanText saved = savedAfter(bytes, [](Plan &) {});
    QVERIFY(saved.preserved);
    QCOMPARE(saved.bytes, bytes);
}

void TestFormatPreserving::unchangedGeneratedPlanKeepsEveryByte()
{
    for (char size : {'S', 'M'}) {
        for (Product product : {Product::Sms2003, Product::ConfigMgr2007}) {
            const QByteArray bytes =
                savePlan(bench::generatePlan(bench::sizePreset(size, product)));
            const PlanText saved = savedAfter(bytes, [](Plan &) {});
            QVERIFY(saved.preserved);
            QCOMPARE(saved.bytes, bytes);
        }
    }
}

void TestFormatPreserving::editChangesOnlyItsLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray in = kHandWritten;
    auto with = [&in](const char *from, const char *to) {
        QByteArray out = in;
        const qsizetype at = out.indexOf(from);
        if (at < 0 || out.indexOf(from, at + 1) >= 0)
            qFatal("not unique: %s", from);
        return out.replace(at, qsizetype(qstrlen(from)), to);
    };

    QTest::newRow("plain scalar keeps its end-of-line comment")
        << in << Edit([](Plan &p) { siteNamed(p, u"CEN"_s).clients = 40; })
        << with("    clients: 0\n", "    clients: 40\n");
    QTest::newRow("single-quoted stays single-quoted")
        << in << Edit([](Plan &p) { p.name = u"Contoso's plan"_s; })
        << with("name: 'Contoso ConfigMgr 2007'", "name: 'Contoso''s plan'");
    QTest::newRow("double-quoted stays double-quoted")
        << in << Edit([](Plan &p) { siteNamed(p, u"CEN"_s).name = u"Seattle"_s; })
        << with("name: \"Headquarters\"", "name: \"Seattle\"");
    QTest::newRow("plain text that needs quotes gets them")
        << in << Edit([](Plan &p) { siteNamed(p, u"P01"_s).name = u"yes"_s; })
        << with("    name: Europe\n", "    name: \"yes\"\n");
    QTest::newRow("folded text stays folded at the file's width")
        << in << Edit([](Plan &p) {
               p.description = u"Proposed hierarchy for the roll-out, with a central site in "
                               "Seattle and two primary sites per region."_s;
           })
        << with("    site per region.", "    sites per region.")
               .replace("one primary\n", "two primary\n");
    QTest::newRow("literal text stays literal") << in << Edit([](Plan &p) {
        p.waivers[0].justification =
            u"Branch office has one server.\nRevisit at the 2029 refresh.\n"_s;
    }) << with("2028 refresh.", "2029 refresh.");
    QTest::newRow("stating a key inserts one line in FORMAT.md order")
        << in << Edit([](Plan &p) { siteNamed(p, u"P01"_s).clientMode = ClientMode::Native; })
        << with("    clients: 12000\n", "    clients: 12000\n    clientMode: native\n");
    QTest::newRow("a stated release goes after description, in FORMAT.md order")
        << in << Edit([](Plan &p) { p.release = Release::Sp2R2; })
        << with("    site per region.\n\n", "    site per region.\nrelease: sp2-r2\n\n");
    QTest::newRow("a site's release goes after its clients")
        << in << Edit([](Plan &p) { siteNamed(p, u"P01"_s).release = Release::Sp1; })
        << with("    clients: 12000\n", "    clients: 12000\n    release: sp1\n");
    QTest::newRow("un-stating a key removes its line")
        << in << Edit([](Plan &p) { p.accounts[0].custodians.reset(); })
        << with("    custodians: 2\n", "");
    QTest::newRow("flow list gains an item in flow style")
        << in << Edit([](Plan &p) {
               siteNamed(p, u"CEN"_s).servers[0].roles.append(assignment(Role::ReportingPoint));
           })
        << with("[site-server, site-database, sms-provider]",
                "[site-server, site-database, sms-provider, reporting-point]");
    QTest::newRow("block list gains an item in block style")
        << in << Edit([](Plan &p) {
               siteNamed(p, u"P01"_s).servers[0].roles.append(assignment(Role::DistributionPoint));
           })
        << with("        - management-point\n",
                "        - management-point\n        - distribution-point\n");
    QTest::newRow("block list loses an item")
        << in << Edit([](Plan &p) { siteNamed(p, u"P01"_s).servers[0].roles.removeAt(0); })
        << with("        - site-server\n", "");
    QTest::newRow("flow map value changes in place") << in << Edit([](Plan &p) {
        siteNamed(p, u"CEN"_s).servers[0].sql->authentication = SqlAuthentication::Mixed;
    }) << with("{authentication: windows,", "{authentication: mixed,");
    QTest::newRow("added server follows its last sibling at its indentation")
        << in << Edit([](Plan &p) {
               Server s;
               s.name = u"CEN-MP01"_s;
               s.roles = {assignment(Role::ManagementPoint)};
               siteNamed(p, u"CEN"_s).servers.append(s);
           })
        << with("serviceAccount: domain-user}\n",
                "serviceAccount: domain-user}\n    -   name: CEN-MP01\n"
                "        roles: [management-point]\n");
    QTest::newRow("removed site takes its lines and the comment above it")
        << in << Edit([](Plan &p) { p.sites.removeAt(1); })
        << with("    # The European primary.\n-   code: P01\n    name: Europe\n    parent: CEN\n"
                "    clients: 12000\n    servers:\n    -   name: P01-SITE01\n        roles:\n"
                "        - site-server\n        - management-point\n",
                "");
    QTest::newRow("rename rewrites each reference in place")
        << in << Edit([](Plan &p) {
               siteNamed(p, u"CEN"_s).code = u"HQ1"_s;
               siteNamed(p, u"P01"_s).parent = u"HQ1"_s;
               p.accounts[0].sites[0] = u"HQ1"_s;
           })
        << with("code: CEN ", "code: HQ1 ")
               .replace("parent: CEN\n", "parent: HQ1\n")
               .replace("[CEN, P01]", "[HQ1, P01]");
    QTest::newRow("new list key goes where FORMAT.md puts it") << in << Edit([](Plan &p) {
        Attestation a;
        a.item = u"backup-recovery-plan"_s;
        a.status = AttestationStatus::Done;
        p.attestations.append(a);
    }) << in + "attestations:\n  - item: backup-recovery-plan\n    status: done\n";
    QTest::newRow("diagram is written at the end as the editor writes it")
        << in << Edit([](Plan &p) {
               p.diagram = {{u"CEN"_s, 0, 0}, {u"P01"_s, 0, 260}};
           })
        << in + "diagram:\n  sites:\n    CEN: [0, 0]\n    P01: [0, 260]\n";

    // Two-space indentation with sequences indented under their key (the editor's own layout).
    const QByteArray two = "hierarch: 1\nname: Two\nproduct: sms2003\nsites:\n  - code: A01\n"
                           "    servers:\n      - name: A01-SS\n        roles: [site-server]\n"
                           "\n  - code: B01 # second\n    parent: A01\n";
    QTest::newRow("two spaces: added site after the last one") << two << Edit([](Plan &p) {
        Site s;
        s.code = u"C01"_s;
        s.parent = u"A01"_s;
        p.sites.append(s);
    }) << two + "  - code: C01\n    parent: A01\n";
    const QByteArray wrapped = "hierarch: 1\nname: W\nproduct: configmgr2007\nsites:\n"
                               "  - code: A01\n    servers:\n      - name: A01-SS\n"
                               "        roles: [site-server,   # the site server\n"
                               "                site-database, sms-provider]\n";
    QTest::newRow("flow list over two lines loses an item in place")
        << wrapped << Edit([](Plan &p) { p.sites[0].servers[0].roles.removeAt(1); })
        << QByteArray(wrapped).replace("site-database, ", "");
    QTest::newRow("flow list over two lines gains items at both ends")
        << wrapped << Edit([](Plan &p) {
               auto &roles = p.sites[0].servers[0].roles;
               roles.prepend(assignment(Role::ReportingPoint));
               roles.append(assignment(Role::ManagementPoint));
           })
        << QByteArray(wrapped)
               .replace("[site-server,", "[reporting-point, site-server,")
               .replace("sms-provider]", "sms-provider, management-point]");
    QTest::newRow("flow list loses its last items")
        << wrapped
        << Edit([](Plan &p) { p.sites[0].servers[0].roles = {assignment(Role::SiteServer)}; })
        << QByteArray(wrapped).replace(",   # the site server\n                site-database, "
                                       "sms-provider]",
                                       "]");
    QTest::newRow("two spaces: server loses its last role")
        << two << Edit([](Plan &p) { p.sites[0].servers[0].roles.clear(); })
        << QByteArray(two).replace("        roles: [site-server]\n", "");
    QTest::newRow("byte order mark stays, offsets after it hold")
        << "\xef\xbb\xbf" + two << Edit([](Plan &p) { p.sites[0].servers[0].name = u"A01-SITE"_s; })
        << "\xef\xbb\xbf" + QByteArray(two).replace("A01-SS", "A01-SITE");
    QTest::newRow("no final line break stays without one")
        << two.chopped(1) << Edit([](Plan &p) { p.sites[1].securityMode = SecurityMode::Standard; })
        << two + "    securityMode: standard";
}

void TestFormatPreserving::documentControlEdits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("expected");

    // FORMAT.md `document`, written by hand: quoting, comments, a folded summary, four spaces.
    const QByteArray in = R"(hierarch: 1
name: Contoso
product: configmgr2007
document:
    version: '2.0'      # bumped by the CAB
    status: draft
    changeRecord:
    # newest last
    -   version: '2.0'
        date: 2026-10-01
        summary: >-
            Moved the Paris database
            to its own server.
sites: []
)";
    auto with = [&in](const char *from, const char *to) {
        return QByteArray(in).replace(from, to);
    };
    QTest::newRow("version keeps its quotes and comment")
        << in << Edit([](Plan &p) { p.documentVersion = u"2.1"_s; })
        << with("version: '2.0'      #", "version: '2.1'      #");
    QTest::newRow("status is one word")
        << in << Edit([](Plan &p) { p.documentStatus = DocumentStatus::Approved; })
        << with("    status: draft\n", "    status: approved\n");
    QTest::newRow("an added entry follows its sibling's layout") << in << Edit([](Plan &p) {
        p.changeRecord.append({u"2.1"_s, QDate(2026, 11, 2), u"A. Architect"_s, std::nullopt, {}});
    })
                                                                 << in.chopped(10) +
                                                                        "    -   version: "
                                                                        "\"2.1\"\n        date: "
                                                                        "2026-11-02\n        "
                                                                        "author: A. Architect\n"
                                                                        "sites: []\n";
    QTest::newRow("an entry's author is one new line")
        << in << Edit([](Plan &p) { p.changeRecord[0].author = u"B. Board"_s; })
        << with("        date: 2026-10-01\n",
                "        date: 2026-10-01\n        author: B. Board\n");
    QTest::newRow("unstating everything removes the map") << in << Edit([](Plan &p) {
        p.documentVersion.reset();
        p.documentStatus.reset();
        p.changeRecord.clear();
    }) << QByteArray("hierarch: 1\nname: Contoso\nproduct: configmgr2007\nsites: []\n");
    const QByteArray bare = "hierarch: 1\nname: Contoso\nproduct: configmgr2007\nauthor: A\n"
                            "dnsDomain: contoso.com\nsites: []\n";
    QTest::newRow("a plan gains the map in FORMAT.md order")
        << bare << Edit([](Plan &p) {
               p.documentVersion = u"2.1"_s;
               p.documentStatus = DocumentStatus::Draft;
           })
        << QByteArray(bare).replace("author: A\n",
                                    "author: A\ndocument:\n  version: \"2.1\"\n  status: draft\n");
}

void TestFormatPreserving::documentControlEdits()
{
    editChangesOnlyItsLines();
}

void TestFormatPreserving::editChangesOnlyItsLines()
{
    QFETCH(QByteArray, input);
    QFETCH(Edit, edit);
    QFETCH(QByteArray, expected);
    const PlanText saved = savedAfter(input, edit);
    QVERIFY2(saved.preserved, qPrintable(saved.fallbackReason));
    QCOMPARE(QString::fromUtf8(saved.bytes), QString::fromUtf8(expected));
}

void TestFormatPreserving::crlfFileStaysCrlf()
{
    const QByteArray in = crlf(kHandWritten);
    const PlanText saved = savedAfter(in, [](Plan &p) {
        siteNamed(p, u"P01"_s).clientMode = ClientMode::Native;
        Account a;
        a.name = u"CONTOSO\\cm-net"_s;
        a.type = AccountType::SiteAddress;
        a.sites = {u"P01"_s};
        p.accounts.append(a);
    });
    QVERIFY2(saved.preserved, qPrintable(saved.fallbackReason));
    // Every line break is still CRLF, and the two edits are the only new lines.
    QCOMPARE(saved.bytes.count("\r\n"), saved.bytes.count('\n'));
    QCOMPARE(
        saved.bytes,
        crlf(QByteArray(kHandWritten)
                 .replace("    clients: 12000\n", "    clients: 12000\n    clientMode: native\n")
                 .replace("    custodians: 2\n", "    custodians: 2\n-   name: CONTOSO\\cm-net\n"
                                                 "    type: site-address\n    sites: [P01]\n")));
}

void TestFormatPreserving::exampleEditIsOneLine()
{
    // The issue's example: one field of the example with comments and folded text.
    const QString path =
        u"" HIERARCH_EXAMPLES_DIR "/configmgr2007-accounts-waivers.hierarchy.yaml"_s;
    const QByteArray bytes = readAll(path);
    const PlanText saved =
        savedAfter(bytes, [](Plan &p) { p.sites[0].clients = p.sites[0].effectiveClients() + 7; });
    QVERIFY2(saved.preserved, qPrintable(saved.fallbackReason));
    const QList<QByteArray> before = bytes.split('\n');
    const QList<QByteArray> after = saved.bytes.split('\n');
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        changed += before.at(i) != after.at(i);
    QCOMPARE(changed, 1);
}

void TestFormatPreserving::undoneEditsGiveTheFileBack()
{
    const QByteArray bytes = kHandWritten;
    const LoadResult loaded = loadPlan(bytes, u"plan"_s);
    QVERIFY(loaded);
    const PlanText saved = planText(loaded.source, *loaded.plan, *loaded.plan);
    QCOMPARE(saved.bytes, bytes);
    // Edit, save, then save the original plan against the new text: the old bytes come back.
    Plan edited = *loaded.plan;
    edited.sites[1].clients = 5;
    edited.accounts[0].custodians.reset();
    edited.sites[0].servers[0].roles.removeLast();
    const PlanText first = planText(loaded.source, *loaded.plan, edited);
    QVERIFY(first.preserved);
    const PlanText back = planText(first.source, edited, *loaded.plan);
    QVERIFY(back.preserved);
    QCOMPARE(QString::fromUtf8(back.bytes), QString::fromUtf8(bytes));
}

void TestFormatPreserving::badPatchFallsBackToCanonical()
{
    // The check of every patched text: a hook spoils each patch, and every save must notice it
    // and write the canonical layout instead, which reads back as the edited plan.
    int patches = 0;
    setPatchedTextHookForTesting([&patches](QByteArray &text) {
        ++patches;
        text.replace("clients: 12000", "clients: 12001");
    });
    const LoadResult loaded = loadPlan(kHandWritten, u"plan"_s);
    QVERIFY(loaded);
    Plan edited = *loaded.plan;
    for (int i = 0; i < 3; ++i) {
        edited.sites[0].clients = i;
        const PlanText saved = planText(loaded.source, *loaded.plan, edited);
        QVERIFY(!saved.preserved);
        QVERIFY(!saved.fallbackReason.isEmpty());
        QCOMPARE(saved.bytes, savePlan(edited));
        QVERIFY(samePlanContent(*loadPlan(saved.bytes, u"saved"_s).plan, edited));
    }
    setPatchedTextHookForTesting({});
    QCOMPARE(patches, 3);
    QVERIFY(planText(loaded.source, *loaded.plan, edited).preserved);
}

void TestFormatPreserving::planWithoutSourceIsCanonical()
{
    const LoadResult loaded = loadPlan(kHandWritten, u"plan"_s);
    QVERIFY(loaded);
    const PlanText saved = planText(nullptr, {}, *loaded.plan);
    QVERIFY(!saved.preserved);
    QVERIFY(saved.fallbackReason.isEmpty());
    QCOMPARE(saved.bytes, savePlan(*loaded.plan));
}

void TestFormatPreserving::copyCarriesTheItemsOwnLines()
{
    const LoadResult loaded = loadPlan(kHandWritten, u"plan"_s);
    QVERIFY(loaded);
    // The editor's runtime ids, as the Document gives them.
    Plan baseline = *loaded.plan;
    ItemId id = 0;
    for (Site &site : baseline.sites) {
        site.uid = ++id;
        for (Server &server : site.servers)
            server.uid = ++id;
    }
    Plan clip;
    clip.name = u"sites"_s;
    clip.product = baseline.product;
    clip.sites << baseline.sites.at(1);
    const QByteArray copied = copyText(loaded.source.get(), baseline, clip, false);
    QVERIFY2(copied.contains("    # The European primary.\n-   code: P01\n"), copied.constData());
    QVERIFY(samePlanContent(*loadPlan(copied, u"clip"_s).plan, clip));

    Plan servers;
    servers.name = u"servers"_s;
    servers.product = baseline.product;
    Site holder;
    holder.code = u"CLP"_s;
    holder.servers << baseline.sites.at(0).servers.at(0) << baseline.sites.at(1).servers.at(0);
    servers.sites << holder;
    const QByteArray serverText = copyText(loaded.source.get(), baseline, servers, true);
    QVERIFY2(
        serverText.contains("        sql: {authentication: windows, serviceAccount: domain-user}\n"
                            "    -   name: P01-SITE01\n"),
        serverText.constData());
    QVERIFY(samePlanContent(*loadPlan(serverText, u"clip"_s).plan, servers));

    // An edited site is copied in the canonical layout, like a plan without a source.
    clip.sites[0].clients = 1;
    QCOMPARE(copyText(loaded.source.get(), baseline, clip, false), savePlan(clip));
    QCOMPARE(copyText(nullptr, baseline, clip, false), savePlan(clip));
}

void TestFormatPreserving::movedServerKeepsItsLines()
{
    const LoadResult loaded = loadPlan(kHandWritten, u"plan"_s);
    QVERIFY(loaded);
    Plan baseline = *loaded.plan;
    ItemId id = 0;
    for (Site &site : baseline.sites) {
        site.uid = ++id;
        for (Server &server : site.servers)
            server.uid = ++id;
    }
    Plan edited = baseline;
    edited.sites[0].servers.append(edited.sites[1].servers.takeFirst());
    const PlanText saved = planText(loaded.source, baseline, edited);
    QVERIFY2(saved.preserved, qPrintable(saved.fallbackReason));
    const QByteArray moved = "    -   name: P01-SITE01\n        roles:\n        - site-server\n"
                             "        - management-point\n";
    QCOMPARE(QString::fromUtf8(saved.bytes),
             QString::fromUtf8(QByteArray(kHandWritten)
                                   .replace("    servers:\n" + moved, "")
                                   .replace("serviceAccount: domain-user}\n",
                                            "serviceAccount: domain-user}\n" + moved)));
}

QTEST_GUILESS_MAIN(TestFormatPreserving)
#include "tst_formatpreserving.moc"
