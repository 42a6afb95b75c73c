// Site addresses and senders (README "Site addresses and senders"): the strict loader with its
// line:column errors, load -> save -> load, the format-preserving save, the live findings after
// edits, the Lists dock's Addresses table with undo, the ports plan and the report's table.
#include "document/document.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "io/plantext.h"
#include "lists/listmodel.h"
#include "lists/listsdock.h"
#include "ports/portplan.h"
#include "rules/checklist.h"
#include "selection.h"
#include "validator.h"

#include <QAbstractItemModelTester>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

// A parent and a branch that send to each other, with a comment and a flow list to keep.
const QByteArray kPlan = R"(hierarch: 1
name: Contoso addresses
product: configmgr2007
dnsDomain: contoso.com
sites:
  - code: P01
    clients: 2000
    addresses:
      - to: S01   # the branch
        destination: s01-site01.contoso.com
        schedule: ["19:00-07:00"]
        bandwidth: 512
    servers:
      - name: P01-SITE01
        roles: [site-server, site-database, sms-provider, management-point]
  - code: S01
    type: secondary
    parent: P01
    addresses:
      - to: P01
        type: standard
        destination: p01-site01.contoso.com
        rateLimit: 50
        bandwidth: 512
        latency: 80
    servers:
      - name: S01-SITE01
        roles: [site-server, distribution-point]
)";

Plan load(const QByteArray &text)
{
    const LoadResult loaded = loadPlan(text, u"plan.hierarchy.yaml"_s);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error.toString()));
    return *loaded.plan;
}

QStringList ruleIds(const QList<Finding> &findings, const char *prefix = "address-")
{
    QStringList ids;
    for (const Finding &f : findings) {
        if (f.id().startsWith(QLatin1String(prefix)))
            ids << f.id();
    }
    ids.sort();
    return ids;
}

QStringList ids(const Document &doc)
{
    return ruleIds(doc.findings());
}

} // namespace

class TestAddresses : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void loaderErrors_data();
    void loaderErrors();
    void roundTrip();
    void formatPreservingEdits();
    void findingsPointAtTheAddress();
    void liveFindingsFollowEdits();
    void renameSiteFollowsAddresses();
    void listsTableEditsWithUndo();
    void portPlanFollowsAddresses();
    void reportHasSitesAndLinks();
    void checklistFqdnAllCountsSenders();
};

void TestAddresses::loads()
{
    const Plan plan = load(kPlan);
    QCOMPARE(plan.sites.at(0).addresses.size(), 1);
    const SenderAddress &up = plan.sites.at(1).addresses.at(0);
    QCOMPARE(up.to, u"P01"_s);
    QCOMPARE(up.effectiveType(), SenderType::Standard);
    QCOMPARE(up.rateLimit, std::optional<int>(50));
    QCOMPARE(up.latency, std::optional<int>(80));
    QCOMPARE(plan.sites.at(0).addresses.at(0).schedule, QStringList{u"19:00-07:00"_s});
    QCOMPARE(up.pos.line, 20);
    QVERIFY(ruleIds(validate(plan, QDate(2026, 12, 1))).isEmpty());
}

void TestAddresses::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QString>("error");
    // The address goes under P01 at line 7; its first key is at column 9.
    QTest::newRow("unknown key") << "      - to: S01\n        destinaton: x.contoso.com\n"_ba
                                 << u"plan.hierarchy.yaml:8:9: unknown key `destinaton` in an "
                                    "address; did you mean `destination`?"_s;
    QTest::newRow("missing to") << "      - destination: x.contoso.com\n"_ba
                                << u"plan.hierarchy.yaml:7:9: an address needs the key `to`"_s;
    QTest::newRow("sender type")
        << "      - to: S01\n        type: ras\n"_ba
        << u"plan.hierarchy.yaml:8:15: `type` must be one of standard, asynchronous-ras, "
           "isdn-ras, x25-ras, sna-ras, courier, not `ras`"_s;
    QTest::newRow("window") << "      - to: S01\n        schedule: [\"7pm-7am\"]\n"_ba
                            << u"plan.hierarch.yaml"_s;
    QTest::newRow("empty window") << "      - to: S01\n        schedule: [\"07:00-07:00\"]\n"_ba
                                  << u"plan.hierarchy.yaml:8:20: `07:00-07:00` is not a window "
                                     "written HH:MM-HH:MM (such as `19:00-07:00`)"_s;
    QTest::newRow("empty schedule")
        << "      - to: S01\n        schedule: []\n"_ba
        << u"plan.hierarchy.yaml:8:19: `schedule` must be a list of at least one window "
           "written HH:MM-HH:MM"_s;
    QTest::newRow("rate") << "      - to: S01\n        rateLimit: 150\n"_ba
                          << u"plan.hierarchy.yaml:8:20: `rateLimit` is a percentage from 1 to "
                             "100"_s;
    QTest::newRow("rate zero") << "      - to: S01\n        rateLimit: 0\n"_ba
                               << u"plan.hierarchy.yaml:8:20: `rateLimit` must be a whole number "
                                  "from 1 to 2,147,483,647"_s;
    QTest::newRow("bandwidth") << "      - to: S01\n        bandwidth: fast\n"_ba
                               << u"plan.hierarchy.yaml:8:20: `bandwidth` must be a whole number, "
                                  "not `fast`"_s;
    QTest::newRow("not a list") << "      to: S01\n"_ba
                                << u"plan.hierarchy.yaml:7:7: `addresses` must be a list"_s;
}

void TestAddresses::loaderErrors()
{
    QFETCH(QByteArray, address);
    QFETCH(QString, error);
    const QByteArray text = "hierarch: 1\nname: x\nproduct: configmgr2007\nsites:\n  - code: P01\n"
                            "    addresses:\n" +
                            address;
    const LoadResult loaded = loadPlan(text, u"plan.hierarchy.yaml"_s);
    QVERIFY(!loaded);
    if (QTest::currentDataTag() == QByteArray("window")) {
        // The window's own message, at the window's line and column.
        QVERIFY2(loaded.error.toString().startsWith(u"plan.hierarchy.yaml:8:20: `7pm-7am` is "_s),
                 qPrintable(loaded.error.toString()));
        return;
    }
    QCOMPARE(loaded.error.toString(), error);
}

void TestAddresses::roundTrip()
{
    const Plan plan = load(kPlan);
    const QByteArray saved = savePlan(plan);
    const Plan again = load(saved);
    QVERIFY(samePlanContent(plan, again));
    QCOMPARE(savePlan(again), saved);
    QVERIFY(saved.contains("    addresses:\n      - to: S01\n"));
    QVERIFY(saved.contains("        schedule: [\"19:00-07:00\"]\n"));
}

void TestAddresses::formatPreservingEdits()
{
    const LoadResult loaded = loadPlan(kPlan, u"plan.hierarchy.yaml"_s);
    QVERIFY(loaded);
    // One value: one line changes, the comment stays.
    Plan edited = *loaded.plan;
    edited.sites[1].addresses[0].rateLimit = 25;
    PlanText text = planText(loaded.source, *loaded.plan, edited);
    QVERIFY(text.preserved);
    QByteArray expected = kPlan;
    expected.replace("        rateLimit: 50\n", "        rateLimit: 25\n");
    QCOMPARE(text.bytes, expected);

    // A schedule stated where there was none: one new line after `account`'s place.
    edited = *loaded.plan;
    edited.sites[1].addresses[0].schedule = QStringList{u"20:00-06:00"_s};
    text = planText(loaded.source, *loaded.plan, edited);
    QVERIFY(text.preserved);
    expected = kPlan;
    expected.replace("        rateLimit: 50\n",
                     "        schedule: [\"20:00-06:00\"]\n        rateLimit: 50\n");
    QCOMPARE(text.bytes, expected);

    // An added address follows its sibling; the schedule removed takes its line.
    edited = *loaded.plan;
    SenderAddress courier;
    courier.to = u"S01"_s;
    courier.type = SenderType::Courier;
    edited.sites[0].addresses << courier;
    edited.sites[0].addresses[0].schedule.clear();
    text = planText(loaded.source, *loaded.plan, edited);
    QVERIFY2(text.preserved, qPrintable(text.fallbackReason));
    expected = kPlan;
    expected.replace("        schedule: [\"19:00-07:00\"]\n        bandwidth: 512\n",
                     "        bandwidth: 512\n      - to: S01\n        type: courier\n");
    QCOMPARE(text.bytes, expected);
    QVERIFY(samePlanContent(load(text.bytes), edited));
}

// A finding about addresses points at the first address it names, not at the site.
void TestAddresses::findingsPointAtTheAddress()
{
    QByteArray text = kPlan;
    text.replace("        latency: 80\n",
                 "        latency: 80\n      - to: X99\n        destination: x99\n"
                 "        bandwidth: 64\n");
    const Plan plan = load(text);
    QCOMPARE(plan.sites.at(1).addresses.at(1).pos.line, 26);
    QStringList seen;
    for (const Finding &f : validate(plan, QDate(2026, 12, 1))) {
        if (!f.id().startsWith(QLatin1String("address-")))
            continue;
        seen << f.id();
        QCOMPARE(f.pos.line, 26);
    }
    seen.sort();
    QCOMPARE(seen,
             QStringList({u"address-destination-not-fqdn@S01"_s, u"address-reference-invalid@S01"_s,
                          u"address-slow-link-unlimited@S01"_s}));
}

void TestAddresses::liveFindingsFollowEdits()
{
    Document doc;
    doc.setValidationDate(QDate(2026, 12, 1));
    doc.reset(load(kPlan));
    QVERIFY(ids(doc).isEmpty());
    const ItemId p01 = doc.plan().sites.at(0).uid;
    const ItemId s01 = doc.plan().sites.at(1).uid;

    // The parent's only address goes: the branch has no way down.
    doc.removeAddress(p01, 0);
    QCOMPARE(ids(doc), QStringList{u"address-missing@S01"_s});
    QCOMPARE(doc.findings(), validate(doc.plan(), doc.validationDate()));
    doc.undoStack()->undo();
    QVERIFY(ids(doc).isEmpty());

    // A NetBIOS destination, then a slow link without a limit.
    const FieldInfo &destination = *findField(FieldOwner::Address, u"destination");
    doc.setField({FieldOwner::Address, s01, 0}, destination, u"P01-SITE01"_s);
    QCOMPARE(ids(doc), QStringList{u"address-destination-not-fqdn@S01"_s});
    const FieldInfo &rate = *findField(FieldOwner::Address, u"rateLimit");
    doc.setField({FieldOwner::Address, s01, 0}, rate, QVariant());
    QCOMPARE(ids(doc), (QStringList{u"address-destination-not-fqdn@S01"_s,
                                    u"address-slow-link-unlimited@S01"_s}));
    QCOMPARE(doc.findings(), validate(doc.plan(), doc.validationDate()));

    // An account: unknown first, then a site address account granted too widely.
    const FieldInfo &account = *findField(FieldOwner::Address, u"account"_s);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.setField({FieldOwner::Address, s01, 0}, account, u"CONTOSO\\cm-address"_s);
    QCOMPARE(ids(doc), QStringList{u"address-reference-invalid@S01"_s});
    Account a;
    a.name = u"CONTOSO\\cm-address"_s;
    a.type = AccountType::SiteAddress;
    a.sites = QStringList{u"P01"_s, u"S01"_s};
    doc.addAccount(a);
    QCOMPARE(ids(doc), QStringList{u"address-account-rights@CONTOSO\\cm-address"_s});
    QCOMPARE(doc.findings(), validate(doc.plan(), doc.validationDate()));
    // The account follows the address: removing the address clears the account's finding.
    doc.removeAddress(s01, 0);
    QCOMPARE(ids(doc), QStringList{u"address-missing@S01"_s});
    QCOMPARE(doc.findings(), validate(doc.plan(), doc.validationDate()));

    // Undo everything: the file's plan and no address findings.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(samePlanContent(doc.plan(), load(kPlan)));
    QVERIFY(ids(doc).isEmpty());
}

void TestAddresses::renameSiteFollowsAddresses()
{
    Document doc;
    doc.reset(load(kPlan));
    const ItemId p01 = doc.plan().sites.at(0).uid;
    doc.renameSite(p01, u"P02"_s);
    QCOMPARE(doc.plan().sites.at(1).addresses.at(0).to, u"P02"_s);
    QVERIFY(ids(doc).isEmpty());
    QCOMPARE(doc.findings(), validate(doc.plan(), doc.validationDate()));
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().sites.at(1).addresses.at(0).to, u"P01"_s);
}

void TestAddresses::listsTableEditsWithUndo()
{
    Document doc;
    doc.reset(load(kPlan));
    Selection selection(&doc);
    QMainWindow window;
    auto *lists = new ListsDock(&doc, &selection, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, lists);
    window.show();
    ListModel *model = lists->model(ListsDock::AddressesPage);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"From"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"S01"_s);
    QCOMPARE(model->index(1, model->columnOf("to")).data().toString(), u"P01"_s);
    QVERIFY(!(model->flags(model->index(1, 0)) & Qt::ItemIsEditable));

    // An edit is one undo step.
    const int steps = doc.undoStack()->count();
    const QModelIndex rate = model->index(1, model->columnOf("rateLimit"));
    QVERIFY(!model->setData(rate, 0)); // not a percentage the loader accepts
    QVERIFY(!model->setData(rate, 101));
    QVERIFY(model->setData(rate, 30));
    QCOMPARE(doc.plan().sites.at(1).addresses.at(0).rateLimit, std::optional<int>(30));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const QModelIndex schedule = model->index(1, model->columnOf("schedule"));
    QVERIFY(!model->setData(schedule, u"evenings"_s));
    QVERIFY(model->setData(schedule, u"19:00-07:00, 12:00-13:00"_s));
    QCOMPARE(doc.plan().sites.at(1).addresses.at(0).schedule,
             (QStringList{u"19:00-07:00"_s, u"12:00-13:00"_s}));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().sites.at(1).addresses.at(0).rateLimit, std::optional<int>(50));
    QVERIFY(doc.plan().sites.at(1).addresses.at(0).schedule.isEmpty());

    // Add Address from the selected site goes to its parent; Remove takes it away again.
    selection.setItems({Selection::Item{Selection::Item::Site, doc.plan().sites.at(1).uid, -1}});
    lists->addEntry(ListsDock::AddressesPage);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(doc.plan().sites.at(1).addresses.size(), 2);
    QCOMPARE(doc.plan().sites.at(1).addresses.at(1).to, u"P01"_s);
    lists->table(ListsDock::AddressesPage)->selectRow(2);
    lists->removeSelected(ListsDock::AddressesPage);
    QCOMPARE(model->rowCount(), 2);
    doc.undoStack()->undo();
    QCOMPARE(model->rowCount(), 3);
    doc.undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(samePlanContent(doc.plan(), load(kPlan)));
}

void TestAddresses::portPlanFollowsAddresses()
{
    Plan plan = load(kPlan);
    plan.sites[1].addresses[0].type = SenderType::IsdnRas;
    const QList<ServerPortPlan> ports = planPorts(plan);
    const auto rowsOf = [&](const QString &server) {
        QStringList rows;
        for (const ServerPortPlan &p : ports) {
            if (p.server != server)
                continue;
            for (const PortRequirement &r : p.requirements)
                rows << u"%1 %2 %3 %4"_s
                            .arg(QString::fromLatin1(r.port), QString::fromLatin1(r.protocol))
                            .arg(int(r.direction))
                            .arg(r.peer.servers.join(u','));
        }
        return rows;
    };
    // P01 sends over SMB to S01's site server and answers S01's ISDN line.
    const QStringList p01 = rowsOf(u"P01-SITE01"_s);
    QVERIFY2(p01.contains(u"445 TCP 1 S01-SITE01"_s), qPrintable(p01.join(u'\n')));
    QVERIFY2(p01.contains(u"RAS ISDN RAS line 0 S01-SITE01"_s), qPrintable(p01.join(u'\n')));
    const QStringList s01 = rowsOf(u"S01-SITE01"_s);
    QVERIFY2(s01.contains(u"RAS ISDN RAS line 1 P01-SITE01"_s), qPrintable(s01.join(u'\n')));
    QVERIFY2(s01.contains(u"445 TCP 0 P01-SITE01"_s), qPrintable(s01.join(u'\n')));
}

void TestAddresses::reportHasSitesAndLinks()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString planPath = dir.filePath(u"links.hierarchy.yaml"_s);
    QFile file(planPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPlan);
    file.close();
    const QString pdf = dir.filePath(u"links.pdf"_s);
    QProcess report;
    report.start(QStringLiteral(HIERARCH_EXECUTABLE),
                 {u"report"_s, planPath, u"--output"_s, pdf, u"--as-of"_s, u"2026-12-01"_s});
    QVERIFY(report.waitForFinished(60000));
    QCOMPARE(report.exitCode(), 0);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY(all.contains(u"Sites and links"_s));
    QVERIFY(all.contains(u"Destination server"_s));
    QVERIFY(all.contains(u"p01-site01.contoso.com"_s));
    QVERIFY(all.contains(u"19:00-07:00"_s));
    QVERIFY(all.contains(u"512 kbit/s, 80 ms"_s));
    QVERIFY(all.contains(u"Standard sender to another site"_s));
}

// Seed 003 "Specify FQDNs for all site systems and senders": the checklist item `fqdn-all` fails
// for a sender whose destination is not an FQDN, not only for site systems.
void TestAddresses::checklistFqdnAllCountsSenders()
{
    auto entry = [](const Plan &plan) {
        for (const ChecklistEntry &e : evaluateChecklist(plan, validate(plan, QDate(2026, 12, 1))))
            if (qstrcmp(e.item->id, "fqdn-all") == 0)
                return e;
        qFatal("no checklist item fqdn-all");
    };
    Plan plan = load(kPlan);
    QCOMPARE(int(entry(plan).status), int(ChecklistStatus::Pass));

    plan.sites[1].addresses[0].destination = u"10.1.0.5"_s;
    const ChecklistEntry failed = entry(plan);
    QCOMPARE(int(failed.status), int(ChecklistStatus::Fail));
    QCOMPARE(failed.findingIds, QStringList{u"address-destination-not-fqdn@S01"_s});

    // Unstated, the sender names the server by its NetBIOS name: the item fails as well.
    plan.sites[1].addresses[0].destination.reset();
    QCOMPARE(entry(plan).findingIds, QStringList{u"address-destination-not-fqdn@S01"_s});
    // A courier address sends nothing over the network and needs no destination.
    plan.sites[1].addresses[0].type = SenderType::Courier;
    SenderAddress network;
    network.to = u"P01"_s;
    network.destination = u"p01-site01.contoso.com"_s;
    plan.sites[1].addresses << network;
    QCOMPARE(int(entry(plan).status), int(ChecklistStatus::Pass));
}

QTEST_MAIN(TestAddresses)
#include "tst_addresses.moc"
