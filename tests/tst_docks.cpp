// The Properties and Lists docks against a live Document: the form shows the FORMAT.md fields of
// the selection, edits become one undo step each (one per typing burst), unstated values show
// their defaults, product-specific fields follow the product, and the list tables are well-formed
// item models whose edits, additions and removals go through the document.
#include "document/document.h"
#include "io/planloader.h"
#include "lists/listmodel.h"
#include "lists/listsdock.h"
#include "lists/waiverdialog.h"
#include "properties/propertiesdock.h"
#include "rules/checklist.h"
#include "selection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kConfigMgr = R"(hierarch: 1
name: Docks
product: configmgr2007
dnsDomain: contoso.com
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
      - name: CEN-DP01
        roles: [distribution-point]
  - code: P01
    parent: CEN
    clients: 500
accounts:
  - name: CONTOSO\svc-cm
    type: sms-service
    sites: [CEN]
  - name: CONTOSO\svc-push
    type: client-push-installation
    sites: [P01]
    domainAdmin: true
waivers:
  - finding: mixed-mode@CEN
    justification: Native mode follows the PKI.
attestations:
  - item: physical-security
    status: done
)";

const QByteArray kSms = R"(hierarch: 1
name: Docks SMS
product: sms2003
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server, site-database, sms-provider]
)";

// Document control with a comment the author wrote, to show that adding a revision in the
// Change record table leaves the rest of the file as it was.
const QByteArray kDocumentControl = R"(# Reviewed by the change board
hierarch: 1
name: Contoso
product: configmgr2007
author: A. Architect
document:
  version: 2.1
  status: review
  changeRecord:
    - version: "2.0"   # the Paris split
      date: 2026-10-01
      author: A. Architect
      summary: Moved the Paris database to its own server.
sites:
  - code: CEN
    servers:
      - name: CEN-SITE01
        roles: [site-server]
)";

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, QStringLiteral("test"));
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

ItemId siteId(const Document &doc, const QString &code)
{
    const int i = doc.siteIndexByCode(code);
    return i >= 0 ? doc.plan().sites.at(i).uid : 0;
}

ItemId serverId(const Document &doc, const QString &name)
{
    for (const Site &s : doc.plan().sites) {
        for (const Server &server : s.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

// A document, a selection and both docks in one shown window.
struct Fixture
{
    explicit Fixture(const QByteArray &yaml = kConfigMgr)
    {
        doc.reset(load(yaml));
        properties = new PropertiesDock(&doc, &selection, &window);
        lists = new ListsDock(&doc, &selection, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, properties);
        window.addDockWidget(Qt::BottomDockWidgetArea, lists);
        window.resize(1000, 800);
        window.show();
    }

    template<typename W>
    W *editor(const char *key) const
    {
        return properties->findChild<W *>(QLatin1String(key));
    }
    bool shown(const char *key) const
    {
        QWidget *w = properties->findChild<QWidget *>(QLatin1String(key));
        return w && w->isVisibleTo(properties);
    }
    int steps() const { return doc.undoStack()->count(); }

    Document doc;
    Selection selection{&doc};
    QMainWindow window;
    PropertiesDock *properties;
    ListsDock *lists;
};

} // namespace

class TestDocks : public QObject
{
    Q_OBJECT

private slots:
    void propertiesShowsSiteFields();
    void propertiesComboIsOneStep();
    void propertiesTypingIsOneStep();
    void propertiesSiteCodeRenames();
    void propertiesSpinAndBoolCombo();
    void propertiesProductFields();
    void propertiesDocumentControl();
    void propertiesBoundaries();
    void propertiesFormIsKeptPerKind();
    void propertiesSqlFollowsServer();
    void propertiesRoleFields();
    void propertiesServedSiteIsAChoice();
    void propertiesListEntries();
    void propertiesUserTextIsPlain();
    void listsModelsAreWellFormed();
    void listsEditIsUndoable();
    void listsRejectBadValues();
    void listsDelegateEditors();
    void listsAddAndRemove();
    void listsWaiverDialog();
    void listsSelectionFollows();
    void listsAccountFindings();
    void listsUserTextIsPlain();
    void listsChangeRecord();
};

void TestDocks::propertiesShowsSiteFields()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, siteId(f.doc, QStringLiteral("P01")), -1});
    auto *code = f.editor<QLineEdit>("code");
    QVERIFY(code);
    QCOMPARE(code->text(), QStringLiteral("P01"));
    QCOMPARE(code->accessibleName(), QStringLiteral("Code"));
    QVERIFY(!code->toolTip().isEmpty());
    // Unstated: empty, with the default (the code) as placeholder.
    auto *name = f.editor<QLineEdit>("name");
    QVERIFY(name);
    QVERIFY(name->text().isEmpty());
    QCOMPARE(name->placeholderText(), QStringLiteral("P01"));
    QVERIFY(name->font().italic());
    auto *clients = f.editor<QSpinBox>("clients");
    QVERIFY(clients);
    QCOMPARE(clients->value(), 500);
    QVERIFY(!clients->font().italic());
    auto *mode = f.editor<QComboBox>("clientMode");
    QVERIFY(mode);
    QVERIFY(mode->currentText().contains(QStringLiteral("mixed"))); // "(default: mixed)"
    QVERIFY(!mode->currentData().isValid());
    // Installation is for secondary sites only.
    QVERIFY(!f.shown("installation"));
    QVERIFY(f.shown("clientMode"));
}

void TestDocks::propertiesComboIsOneStep()
{
    Fixture f;
    const ItemId p01 = siteId(f.doc, QStringLiteral("P01"));
    f.selection.select({Selection::Item::Site, p01, -1});
    auto *mode = f.editor<QComboBox>("clientMode");
    QVERIFY(mode);
    const int before = f.steps();
    QTest::keyClick(mode, Qt::Key_Down); // (default: mixed) -> native
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(f.doc.site(p01)->clientMode, std::optional(ClientMode::Native));
    QCOMPARE(mode->currentData().toString(), QStringLiteral("native"));
    QVERIFY(!mode->font().italic());
    // The form was refreshed, not rebuilt.
    QCOMPARE(f.editor<QComboBox>("clientMode"), mode);

    f.doc.undoStack()->undo();
    QVERIFY(!f.doc.site(p01)->clientMode);
    QVERIFY(!mode->currentData().isValid());
    QVERIFY(mode->font().italic());
}

void TestDocks::propertiesTypingIsOneStep()
{
    Fixture f;
    const ItemId cen = siteId(f.doc, QStringLiteral("CEN"));
    f.selection.select({Selection::Item::Site, cen, -1});
    auto *name = f.editor<QLineEdit>("name");
    QVERIFY(name);
    const int before = f.steps();
    QTest::keyClicks(name, QStringLiteral("ABC"));
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(f.doc.site(cen)->name, std::optional(QStringLiteral("ABC")));
    // Each keystroke refreshed the form without disturbing the field being typed in.
    QCOMPARE(f.editor<QLineEdit>("name"), name);
    QCOMPARE(name->text(), QStringLiteral("ABC"));
    QCOMPARE(name->cursorPosition(), 3);
    QVERIFY(!name->font().italic());

    f.doc.undoStack()->undo();
    QVERIFY(!f.doc.site(cen)->name);
    QVERIFY(name->text().isEmpty());
    f.doc.undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("ABC"));

    // Clearing an optional text returns it to "not stated".
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!f.doc.site(cen)->name);

    // A comma-separated list: "P01, " already means [P01] and is left as typed.
    f.selection.select({Selection::Item::Account, 0, 0});
    auto *sites = f.editor<QLineEdit>("sites");
    QVERIFY(sites);
    sites->setFocus();
    sites->end(false);
    QTest::keyClicks(sites, QStringLiteral(", P01"));
    QCOMPARE(f.doc.plan().accounts.at(0).sites,
             QStringList({QStringLiteral("CEN"), QStringLiteral("P01")}));
    QTest::keyClicks(sites, QStringLiteral(", "));
    QCOMPARE(sites->text(), QStringLiteral("CEN, P01, "));
}

void TestDocks::propertiesSiteCodeRenames()
{
    Fixture f;
    const ItemId cen = siteId(f.doc, QStringLiteral("CEN"));
    f.selection.select({Selection::Item::Site, cen, -1});
    auto *code = f.editor<QLineEdit>("code");
    QVERIFY(code);
    const int before = f.steps();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("HQ1"));
    QCOMPARE(f.steps(), before); // a rename waits for the edit to finish
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(f.doc.site(cen)->code, QStringLiteral("HQ1"));
    QCOMPARE(f.doc.plan().sites.at(1).parent, std::optional(QStringLiteral("HQ1")));
    QCOMPARE(f.doc.plan().accounts.at(0).sites, QStringList{QStringLiteral("HQ1")});

    // An empty code is refused and the field shows the code again.
    code->clear();
    QTest::keyClick(code, Qt::Key_Return);
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(code->text(), QStringLiteral("HQ1"));
}

void TestDocks::propertiesSpinAndBoolCombo()
{
    Fixture f;
    const ItemId p01 = siteId(f.doc, QStringLiteral("P01"));
    f.selection.select({Selection::Item::Site, p01, -1});
    auto *clients = f.editor<QSpinBox>("clients");
    QVERIFY(clients);
    const int before = f.steps();
    clients->setValue(750);
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(f.doc.site(p01)->clients, std::optional(750));
    clients->setValue(clients->minimum()); // the "default (0)" entry
    QCOMPARE(f.steps(), before + 2);
    QVERIFY(!f.doc.site(p01)->clients);
    QVERIFY(clients->text().contains(QStringLiteral("default")));

    auto *workgroup = f.editor<QComboBox>("workgroupClients");
    QVERIFY(workgroup);
    QCOMPARE(workgroup->count(), 3); // default, yes, no
    QVERIFY(workgroup->itemText(0).contains(QStringLiteral("no")));
    const int yes = workgroup->findData(true);
    QVERIFY(yes > 0);
    emit workgroup->activated(yes);
    QCOMPARE(f.doc.site(p01)->workgroupClients, std::optional(true));
    emit workgroup->activated(0);
    QVERIFY(!f.doc.site(p01)->workgroupClients);
    QCOMPARE(f.steps(), before + 4);
}

void TestDocks::propertiesProductFields()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, siteId(f.doc, QStringLiteral("CEN")), -1});
    QVERIFY(f.editor<QComboBox>("clientMode"));
    QVERIFY(f.editor<QComboBox>("httpRoaming"));
    QVERIFY(!f.editor<QWidget>("securityMode"));
    QVERIFY(!f.editor<QWidget>("legacyClients"));
    QVERIFY(!f.editor<QWidget>("acceptUnsignedData"));
    f.selection.select({Selection::Item::Server, serverId(f.doc, QStringLiteral("CEN-DP01")), -1});
    QVERIFY(f.editor<QComboBox>("allowInternetClients"));

    // Switching the product rebuilds the form with the other product's fields.
    f.selection.clear();
    auto *product = f.editor<QComboBox>("product");
    QVERIFY(product);
    emit product->activated(product->findData(QStringLiteral("sms2003")));
    QCOMPARE(f.doc.plan().product, Product::Sms2003);
    f.selection.select({Selection::Item::Site, siteId(f.doc, QStringLiteral("CEN")), -1});
    QVERIFY(f.editor<QComboBox>("securityMode"));
    QVERIFY(!f.editor<QWidget>("clientMode"));

    Fixture sms(kSms);
    sms.selection.select({Selection::Item::Site, siteId(sms.doc, QStringLiteral("CEN")), -1});
    QVERIFY(sms.editor<QComboBox>("securityMode"));
    QVERIFY(sms.editor<QSpinBox>("legacyClients"));
    QVERIFY(!sms.editor<QWidget>("clientMode"));
    QVERIFY(!sms.editor<QWidget>("httpRoaming"));
    sms.selection.select(
        {Selection::Item::Server, serverId(sms.doc, QStringLiteral("CEN-SITE01")), -1});
    QVERIFY(!sms.editor<QWidget>("allowInternetClients"));
    QVERIFY(sms.editor<QComboBox>("ipsec"));
}

void TestDocks::propertiesDocumentControl()
{
    Fixture f;
    f.selection.clear(); // the plan's own properties
    auto *version = f.editor<QLineEdit>("document.version");
    auto *status = f.editor<QComboBox>("document.status");
    QVERIFY(version);
    QVERIFY(status);
    QVERIFY(version->isVisibleTo(f.properties));

    int before = f.steps();
    version->setFocus();
    QTest::keyClicks(version, QStringLiteral("2.1"));
    QCOMPARE(f.steps(), before + 1); // typing is one step
    QCOMPARE(f.doc.plan().documentVersion, std::optional(QStringLiteral("2.1")));

    // The status is a choice of the four FORMAT.md values, shown by name.
    QCOMPARE(status->count(), 5); // (not stated) and the four values
    before = f.steps();
    emit status->activated(status->findData(QStringLiteral("approved")));
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(f.doc.plan().documentStatus, std::optional(DocumentStatus::Approved));
    QCOMPARE(status->currentText(), QStringLiteral("Approved"));

    f.doc.undoStack()->undo();
    QVERIFY(!f.doc.plan().documentStatus);
    QVERIFY(!status->currentData().isValid());
    f.doc.undoStack()->undo();
    QVERIFY(!f.doc.plan().documentVersion);
    QVERIFY(version->text().isEmpty());
    f.doc.undoStack()->redo();
    QCOMPARE(version->text(), QStringLiteral("2.1"));
}

// README "Boundaries": a site's boundaries are edited one per line, checked like the loader
// checks them, and each edit is one undo step.
void TestDocks::propertiesBoundaries()
{
    Fixture f;
    f.selection.select({Selection::Item::Site, siteId(f.doc, QStringLiteral("CEN")), -1});
    auto *boundaries = f.editor<QPlainTextEdit>("boundaries");
    QVERIFY(boundaries);
    QVERIFY(boundaries->isVisibleTo(f.properties));
    QVERIFY(boundaries->toPlainText().isEmpty());

    int before = f.steps();
    boundaries->setFocus();
    boundaries->setPlainText(QStringLiteral("10.1.0.0/16\nadSite:Berlin\n10.2.0.1-10.2.0.9 slow"));
    QCOMPARE(f.steps(), before + 1);
    const QList<Boundary> &b = f.doc.plan().sites.at(0).boundaries;
    QCOMPARE(b.size(), 3);
    QCOMPARE(b.at(1).type, BoundaryType::AdSite);
    QCOMPARE(b.at(2).type, BoundaryType::Range);
    QCOMPARE(b.at(2).connection, std::optional(BoundaryConnection::Slow));

    // A malformed subnet is refused with the loader's reason; the plan keeps what it had.
    QSignalSpy refused(&f.doc, &Document::editRefused);
    before = f.steps();
    boundaries->setPlainText(QStringLiteral("10.1.2.0/16"));
    QCOMPARE(f.steps(), before);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("subnet ID is 10.1.0.0/16")));
    QCOMPARE(f.doc.plan().sites.at(0).boundaries.size(), 3);

    f.doc.undoStack()->undo();
    QVERIFY(f.doc.plan().sites.at(0).boundaries.isEmpty());
    QVERIFY(boundaries->toPlainText().isEmpty());
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.plan().sites.at(0).boundaries.size(), 3);
    // Written back with the type only where it would not be inferred.
    QCOMPARE(boundaries->toPlainText(),
             QStringLiteral("10.1.0.0/16\nBerlin\n10.2.0.1-10.2.0.9 slow"));

    // A protected site system is a ConfigMgr 2007 server setting.
    f.selection.select(
        {Selection::Item::Server, serverId(f.doc, QStringLiteral("CEN-SITE01")), -1});
    auto *protectedList = f.editor<QLineEdit>("protectedBoundaries");
    QVERIFY(protectedList);
    Fixture sms(kSms);
    sms.selection.select(
        {Selection::Item::Server, serverId(sms.doc, QStringLiteral("CEN-SITE01")), -1});
    QVERIFY(!sms.shown("protectedBoundaries"));
}

void TestDocks::propertiesFormIsKeptPerKind()
{
    Fixture f;
    const ItemId siteServer = serverId(f.doc, QStringLiteral("CEN-SITE01"));
    const ItemId dp = serverId(f.doc, QStringLiteral("CEN-DP01"));
    const ItemId p01 = siteId(f.doc, QStringLiteral("P01"));
    f.selection.select({Selection::Item::Server, siteServer, -1});
    auto *name = qobject_cast<QLineEdit *>(f.properties->editorFor(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("CEN-SITE01"));
    QVERIFY(f.shown("sql.authentication")); // the site database runs here

    // Another kind swaps forms; only the shown form is in the dock.
    f.selection.select({Selection::Item::Site, p01, -1});
    QVERIFY(f.properties->editorFor(QStringLiteral("name")) != name);
    QVERIFY(!f.properties->isAncestorOf(name));
    QCOMPARE(f.properties->findChildren<QWidget *>(QStringLiteral("propertiesForm")).size(), 1);

    // Back to a server: the same widgets, showing the other server's values and rows.
    f.selection.select({Selection::Item::Server, dp, -1});
    QCOMPARE(f.properties->editorFor(QStringLiteral("name")), name);
    QVERIFY(f.properties->isAncestorOf(name));
    QCOMPARE(name->text(), QStringLiteral("CEN-DP01"));
    QVERIFY(!f.shown("sql.authentication"));
    QVERIFY(f.properties->findChild<QLabel *>(QStringLiteral("propertiesTitle"))
                ->text()
                .contains(QStringLiteral("CEN-DP01")));

    // Edits reach the item shown now.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("CEN-DP02"));
    QCOMPARE(f.doc.server(dp)->name, QStringLiteral("CEN-DP02"));
    QCOMPARE(f.doc.server(siteServer)->name, QStringLiteral("CEN-SITE01"));

    // A site code commits when its field is left. Taking the form away with a code half typed
    // (the selection changed from elsewhere) must not write it into whatever is shown next.
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window)); // focus-out only happens in an active window
    f.selection.select({Selection::Item::Site, p01, -1});
    auto *code = qobject_cast<QLineEdit *>(f.properties->editorFor(QStringLiteral("code")));
    QVERIFY(code);
    code->setFocus();
    QVERIFY(code->hasFocus());
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("P09"));
    const int before = f.steps();
    f.selection.select({Selection::Item::Server, dp, -1});
    QApplication::processEvents();
    QCOMPARE(f.steps(), before);
    QCOMPARE(f.doc.server(dp)->name, QStringLiteral("CEN-DP02"));

    // Site references complete from the plan's codes as they are when the item is shown.
    const ItemId added = f.doc.addSite(p01);
    const QString addedCode = f.doc.site(added)->code;
    f.selection.select({Selection::Item::Site, p01, -1});
    QCOMPARE(f.properties->editorFor(QStringLiteral("code")), code);
    auto *parent = qobject_cast<QLineEdit *>(f.properties->editorFor(QStringLiteral("parent")));
    QVERIFY(parent && parent->completer());
    const QStringList offered =
        static_cast<QStringListModel *>(parent->completer()->model())->stringList();
    QVERIFY2(offered.contains(addedCode), qPrintable(offered.join(u',')));
}

void TestDocks::propertiesSqlFollowsServer()
{
    Fixture f;
    // A site database server shows the SQL settings with their defaults, without a `sql` map.
    f.selection.select(
        {Selection::Item::Server, serverId(f.doc, QStringLiteral("CEN-SITE01")), -1});
    QVERIFY(f.shown("sql.authentication"));
    auto *auth = f.editor<QComboBox>("sql.authentication");
    QVERIFY(auth->currentText().contains(QStringLiteral("windows")));

    const ItemId dp = serverId(f.doc, QStringLiteral("CEN-DP01"));
    f.selection.select({Selection::Item::Server, dp, -1});
    QVERIFY(f.shown("sql"));
    QVERIFY(!f.shown("sql.authentication"));
    auto *sql = f.editor<QCheckBox>("sql");
    QVERIFY(sql);
    const int before = f.steps();
    sql->click();
    QCOMPARE(f.steps(), before + 1);
    QVERIFY(f.doc.server(dp)->sql);
    QVERIFY(f.shown("sql.authentication"));
    QVERIFY(f.shown("sql.otherDatabases"));
    f.doc.undoStack()->undo();
    QVERIFY(!f.shown("sql.authentication"));
    QVERIFY(!sql->isChecked());

    // The FQDN default comes from the plan's DNS domain.
    QCOMPARE(f.editor<QLineEdit>("fqdn")->placeholderText(),
             QStringLiteral("cen-dp01.contoso.com"));
}

void TestDocks::propertiesRoleFields()
{
    Fixture f;
    const ItemId dp = serverId(f.doc, QStringLiteral("CEN-DP01"));
    f.selection.select({Selection::Item::Role, dp, 0});
    QVERIFY(f.shown("role"));
    QVERIFY(f.shown("bits"));
    QVERIFY(!f.shown("site"));
    auto *bits = f.editor<QComboBox>("bits");
    emit bits->activated(bits->findData(false));
    QCOMPARE(f.doc.server(dp)->roles.at(0).bits, std::optional(false));

    const ItemId siteServer = serverId(f.doc, QStringLiteral("CEN-SITE01"));
    f.selection.select({Selection::Item::Role, siteServer, 1}); // site-database
    QVERIFY(f.shown("site"));
    QVERIFY(!f.shown("bits"));
    QVERIFY(f.editor<QLabel>("role")->text().contains(QStringLiteral("site-database")));
}

void TestDocks::propertiesServedSiteIsAChoice()
{
    Fixture f;
    const ItemId server = serverId(f.doc, QStringLiteral("CEN-SITE01"));
    QVERIFY(f.doc.addRole(server, Role::SiteDatabase)); // serves P01
    QCOMPARE(f.doc.server(server)->roles.at(3).site, std::optional(QStringLiteral("P01")));
    f.selection.select({Selection::Item::Role, server, 1}); // the first site database role
    auto *site = f.editor<QComboBox>("site");
    QVERIFY2(site, "Serves site is chosen, not typed");
    QVERIFY(f.shown("site"));
    // The default entry names the server's own site, then every site code of the plan.
    QCOMPARE(site->count(), 3);
    QCOMPARE(site->currentIndex(), 0);
    QVERIFY2(site->itemText(0).contains(QStringLiteral("CEN")), qPrintable(site->itemText(0)));
    QCOMPARE(site->itemData(1).toString(), QStringLiteral("CEN"));
    QCOMPARE(site->itemData(2).toString(), QStringLiteral("P01"));

    // P01 is served by the other site database role of this server: refused, and the combo
    // goes back to what the role serves.
    QSignalSpy refused(&f.doc, &Document::editRefused);
    const int before = f.steps();
    emit site->activated(2);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(f.steps(), before);
    QVERIFY(!f.doc.server(server)->roles.at(1).site);
    QCOMPARE(site->currentIndex(), 0);

    // A site added to the plan shows up as a choice; the second role can move there.
    const ItemId p02 = f.doc.addSite(siteId(f.doc, QStringLiteral("CEN")));
    QVERIFY(p02);
    f.selection.select({Selection::Item::Role, server, 3});
    QCOMPARE(site->count(), 4);
    QCOMPARE(site->currentData().toString(), QStringLiteral("P01"));
    const int p02Index = site->findData(f.doc.site(p02)->code);
    QVERIFY(p02Index > 0);
    emit site->activated(p02Index);
    QCOMPARE(f.doc.server(server)->roles.at(3).site, f.doc.site(p02)->code);
    QCOMPARE(f.steps(), before + 2);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.server(server)->roles.at(3).site, std::optional(QStringLiteral("P01")));
    QCOMPARE(site->currentData().toString(), QStringLiteral("P01"));
}

void TestDocks::propertiesListEntries()
{
    Fixture f;
    f.selection.select({Selection::Item::Account, 0, 1});
    auto *admin = f.editor<QComboBox>("domainAdmin");
    QVERIFY(admin);
    QCOMPARE(admin->currentData(), QVariant(true));
    auto *change = f.editor<QComboBox>("passwordChange");
    QVERIFY(change);
    // A ConfigMgr 2007 plan offers that product's account types (FORMAT.md v2), no default entry.
    auto *type = f.editor<QComboBox>("type");
    int cmTypes = 0;
    for (int t = 0; t < enumCount<AccountType>(); ++t)
        cmTypes += accountTypeInProduct(AccountType(t), Product::ConfigMgr2007) ? 1 : 0;
    QCOMPARE(type->count(), cmTypes);
    QVERIFY(type->findData(QStringLiteral("network-access")) >= 0);
    QCOMPARE(type->findData(QStringLiteral("sms-service")), -1);

    // An SMS 2003 type already in the plan stays shown; the default of passwordChange depends on
    // the type and follows it.
    f.selection.select({Selection::Item::Account, 0, 0});
    type = f.editor<QComboBox>("type");
    change = f.editor<QComboBox>("passwordChange");
    QCOMPARE(type->currentData(), QVariant(QStringLiteral("sms-service")));
    const QString defaultText = change->itemText(0);
    emit type->activated(type->findData(QStringLiteral("client-push-installation")));
    QCOMPARE(f.doc.plan().accounts.at(0).type, AccountType::ClientPushInstallation);
    QVERIFY(change->itemText(0) != defaultText);

    f.selection.select({Selection::Item::Attestation, 0, 0});
    auto *item = f.editor<QComboBox>("item");
    QVERIFY(item);
    QCOMPARE(item->currentData().toString(), QStringLiteral("physical-security"));
    for (int i = 0; i < item->count(); ++i)
        QVERIFY(findChecklistItem(item->itemData(i).toString())->isAttestable());

    f.selection.select({Selection::Item::Waiver, 0, 0});
    auto *expires = f.editor<QLineEdit>("expires");
    QVERIFY(expires);
    QTest::keyClicks(expires, QStringLiteral("2027-0"));
    QVERIFY(!f.doc.plan().waivers.at(0).expires); // not a date yet
    QTest::keyClicks(expires, QStringLiteral("1-31"));
    QCOMPARE(f.doc.plan().waivers.at(0).expires, std::optional(QDate(2027, 1, 31)));
    auto *justification = f.editor<QPlainTextEdit>("justification");
    QVERIFY(justification);
    QCOMPARE(justification->toPlainText(), QStringLiteral("Native mode follows the PKI."));
}

void TestDocks::propertiesUserTextIsPlain()
{
    Fixture f;
    const ItemId dp = serverId(f.doc, QStringLiteral("CEN-DP01"));
    f.doc.renameServer(dp, QStringLiteral("<b>x</b>"));
    f.selection.select({Selection::Item::Server, dp, -1});
    auto *title = f.properties->findChild<QLabel *>(QStringLiteral("propertiesTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().contains(QStringLiteral("<b>x</b>")));
    QCOMPARE(f.editor<QLineEdit>("name")->text(), QStringLiteral("<b>x</b>"));
    // Tooltips are built as escaped HTML.
    QVERIFY(f.editor<QLineEdit>("name")->toolTip().startsWith(QStringLiteral("<p>")));
}

void TestDocks::listsModelsAreWellFormed()
{
    Fixture f;
    auto *accounts =
        new QAbstractItemModelTester(f.lists->model(ListsDock::AccountsPage),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    auto *waivers =
        new QAbstractItemModelTester(f.lists->model(ListsDock::WaiversPage),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    auto *attestations =
        new QAbstractItemModelTester(f.lists->model(ListsDock::AttestationsPage),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);

    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    QCOMPARE(model->rowCount(), 2);
    f.lists->addEntry(ListsDock::AccountsPage);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->setData(model->index(2, model->columnOf("custodians")), 3));
    QVERIFY(model->setData(model->index(2, model->columnOf("name")), QStringLiteral("C\\new")));
    f.doc.removeAccount(0);
    QCOMPARE(model->rowCount(), 2);
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(model->rowCount(), 3);

    f.lists->addEntry(ListsDock::AttestationsPage);
    ListModel *att = f.lists->model(ListsDock::AttestationsPage);
    QVERIFY(att->setData(att->index(1, att->columnOf("status")), QStringLiteral("done")));
    Waiver w;
    w.finding = QStringLiteral("a@b");
    w.justification = QStringLiteral("because");
    f.doc.addWaiver(w);
    f.doc.removeWaiver(0);
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    f.doc.reset(load(kSms));
    QCOMPARE(model->rowCount(), 0);
    f.doc.reset(load(kConfigMgr));
    QCOMPARE(model->rowCount(), 2);
    delete accounts;
    delete waivers;
    delete attestations;
}

void TestDocks::listsEditIsUndoable()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    const QModelIndex custodians = model->index(0, model->columnOf("custodians"));
    QVERIFY(!custodians.data(ListModel::StatedRole).toBool());
    QCOMPARE(custodians.data().toString(), QStringLiteral("2")); // the default, shown
    QVERIFY(custodians.data(Qt::FontRole).value<QFont>().italic());
    const int before = f.doc.undoStack()->count();
    QVERIFY(model->setData(custodians, 1));
    QCOMPARE(f.doc.undoStack()->count(), before + 1);
    QCOMPARE(f.doc.plan().accounts.at(0).custodians, std::optional(1));
    QCOMPARE(custodians.data().toString(), QStringLiteral("1"));
    QVERIFY(custodians.data(ListModel::StatedRole).toBool());
    f.doc.undoStack()->undo();
    QVERIFY(!f.doc.plan().accounts.at(0).custodians);

    // Back to unstated with an invalid value; sites edited as comma-separated text.
    QVERIFY(model->setData(custodians, 4));
    QVERIFY(model->setData(custodians, QVariant()));
    QVERIFY(!f.doc.plan().accounts.at(0).custodians);
    QVERIFY(model->setData(model->index(0, model->columnOf("sites")), QStringLiteral("CEN, P01")));
    QCOMPARE(f.doc.plan().accounts.at(0).sites,
             QStringList({QStringLiteral("CEN"), QStringLiteral("P01")}));
    ListModel *waivers = f.lists->model(ListsDock::WaiversPage);
    QVERIFY(waivers->setData(waivers->index(0, waivers->columnOf("expires")),
                             QStringLiteral("2027-12-31")));
    QCOMPARE(f.doc.plan().waivers.at(0).expires, std::optional(QDate(2027, 12, 31)));
}

void TestDocks::listsRejectBadValues()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    const int before = f.doc.undoStack()->count();
    QVERIFY(!model->setData(model->index(0, model->columnOf("name")), QString()));
    QVERIFY(!model->setData(model->index(0, model->columnOf("type")), QStringLiteral("nope")));
    QVERIFY(!model->setData(model->index(0, model->columnOf("custodians")), -3));
    QVERIFY(!model->setData(model->index(0, model->columnOf("sites")), QString()));
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("x"), Qt::DisplayRole + 100));
    QCOMPARE(f.doc.undoStack()->count(), before);
}

void TestDocks::listsDelegateEditors()
{
    Fixture f;
    QTableView *view = f.lists->table(ListsDock::AccountsPage);
    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    f.lists->showPage(ListsDock::AccountsPage);

    const QModelIndex type = model->index(0, model->columnOf("type"));
    view->setCurrentIndex(type);
    view->edit(type);
    auto *combo = view->viewport()->findChild<QComboBox *>(QStringLiteral("type"));
    QVERIFY(combo);
    const int before = f.doc.undoStack()->count();
    QCOMPARE(combo->findData(QStringLiteral("database")), -1); // an SMS 2003 type
    combo->setCurrentIndex(combo->findData(QStringLiteral("network-access")));
    emit combo->activated(combo->currentIndex());
    // A choice commits at once.
    QCOMPARE(f.doc.plan().accounts.at(0).type, AccountType::NetworkAccess);
    QCOMPARE(f.doc.undoStack()->count(), before + 1);

    // Text commits when the cell editor closes: one step for the whole edit.
    const QModelIndex name = model->index(0, model->columnOf("rotationAccount"));
    view->setCurrentIndex(name);
    view->edit(name);
    auto *line = view->viewport()->findChild<QLineEdit *>(QStringLiteral("rotationAccount"));
    QVERIFY(line);
    QTest::keyClicks(line, QStringLiteral("C\\two"));
    QCOMPARE(f.doc.undoStack()->count(), before + 1);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(f.doc.plan().accounts.at(0).rotationAccount,
                 std::optional(QStringLiteral("C\\two")));
    QCOMPARE(f.doc.undoStack()->count(), before + 2);

    // The attestation item column offers the manual checklist items.
    QTableView *attView = f.lists->table(ListsDock::AttestationsPage);
    f.lists->showPage(ListsDock::AttestationsPage);
    attView->edit(f.lists->model(ListsDock::AttestationsPage)->index(0, 0));
    auto *items = attView->viewport()->findChild<QComboBox *>(QStringLiteral("item"));
    QVERIFY(items);
    QVERIFY(items->findData(QStringLiteral("backup-recovery-plan")) >= 0);
}

void TestDocks::listsAddAndRemove()
{
    Fixture f;
    f.lists->addEntry(ListsDock::AccountsPage);
    const Account &added = f.doc.plan().accounts.constLast();
    QCOMPARE(added.name, QStringLiteral("CONTOSO\\account"));
    QCOMPARE(added.type, AccountType::ClientPushInstallation); // a ConfigMgr 2007 type
    QCOMPARE(added.sites, QStringList{QStringLiteral("CEN")});
    QCOMPARE(f.selection.current().kind, Selection::Item::Account);
    QCOMPARE(f.selection.current().index, 2);

    // Delete removes the selected rows, all in one undo step.
    QTableView *view = f.lists->table(ListsDock::AccountsPage);
    QTRY_VERIFY(view->isVisible());
    view->setFocus();
    view->selectAll();
    const int before = f.doc.undoStack()->count();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.doc.plan().accounts.size(), 0);
    QCOMPARE(f.doc.undoStack()->count(), before + 1);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.plan().accounts.size(), 3);

    // Attestations take the first manual item not attested yet.
    f.lists->addEntry(ListsDock::AttestationsPage);
    const QString item = f.doc.plan().attestations.constLast().item;
    QVERIFY(item != QStringLiteral("physical-security"));
    QVERIFY(findChecklistItem(item) && findChecklistItem(item)->isManual());
    f.lists->removeSelected(ListsDock::AttestationsPage);
    QCOMPARE(f.doc.plan().attestations.size(), 1);
}

void TestDocks::listsWaiverDialog()
{
    Fixture f;
    f.lists->addEntry(ListsDock::WaiversPage, QStringLiteral("mixed-mode@P01"));
    auto *dialog = f.lists->findChild<WaiverDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->waiver().finding, QStringLiteral("mixed-mode@P01"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no justification yet
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("justification"))
        ->setPlainText(QStringLiteral("Accepted until the PKI is ready."));
    QVERIFY(ok->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("expires"))->setText(QStringLiteral("2027-02"));
    QVERIFY(!ok->isEnabled()); // not a date
    dialog->findChild<QLineEdit *>(QStringLiteral("expires"))
        ->setText(QStringLiteral("2027-02-28"));
    const int waivers = int(f.doc.plan().waivers.size());
    ok->click();
    QCOMPARE(f.doc.plan().waivers.size(), waivers + 1);
    const Waiver &w = f.doc.plan().waivers.constLast();
    QCOMPARE(w.finding, QStringLiteral("mixed-mode@P01"));
    QCOMPARE(w.expires, std::optional(QDate(2027, 2, 28)));
    QCOMPARE(f.selection.current().kind, Selection::Item::Waiver);
}

void TestDocks::listsSelectionFollows()
{
    Fixture f;
    QTableView *view = f.lists->table(ListsDock::AccountsPage);
    view->selectRow(1);
    QCOMPARE(f.selection.current(), (Selection::Item{Selection::Item::Account, 0, 1}));
    // The Properties dock shows the selected entry.
    QCOMPARE(f.editor<QLineEdit>("name")->text(), QStringLiteral("CONTOSO\\svc-push"));

    f.selection.select({Selection::Item::Waiver, 0, 0});
    QVERIFY(!view->selectionModel()->hasSelection());
    QTableView *waivers = f.lists->table(ListsDock::WaiversPage);
    QVERIFY(waivers->selectionModel()->isRowSelected(0, {}));
    QVERIFY(waivers->isVisible());
}

void TestDocks::listsAccountFindings()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    // svc-push is a domain admin: its row carries a finding.
    QStringList messages;
    for (const Finding &finding : f.doc.findings()) {
        if (finding.kind == Scope::Account &&
            finding.subject == QStringLiteral("CONTOSO\\svc-push"))
            messages << finding.translatedMessage();
    }
    QVERIFY(!messages.isEmpty());
    const QString tip = model->index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(messages.first().toHtmlEscaped()));
    QVERIFY(!model->index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString cleanTip = model->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY(!cleanTip.contains(messages.first().toHtmlEscaped()));

    // Fixing the account clears its finding from the row.
    QVERIFY(model->setData(model->index(1, model->columnOf("domainAdmin")), false));
    QVERIFY(!model->index(1, 0)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(messages.first().toHtmlEscaped()));
}

void TestDocks::listsUserTextIsPlain()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::WaiversPage);
    const QModelIndex justification = model->index(0, model->columnOf("justification"));
    QVERIFY(model->setData(justification, QStringLiteral("<b>x</b>")));
    QCOMPARE(justification.data().toString(), QStringLiteral("<b>x</b>"));
    const QString tip = justification.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    f.selection.select({Selection::Item::Waiver, 0, 0});
    QCOMPARE(f.editor<QPlainTextEdit>("justification")->toPlainText(), QStringLiteral("<b>x</b>"));
}

void TestDocks::listsChangeRecord()
{
    const LoadResult loaded = loadPlan(kDocumentControl, QStringLiteral("test"));
    QVERIFY(loaded);
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.hierarchy.yaml"));
    f.doc.reset(*loaded.plan, path, loaded.source);
    f.doc.setValidationDate(QDate(2026, 12, 5));
    ListModel *model = f.lists->model(ListsDock::ChangeRecordPage);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = f.lists->table(ListsDock::ChangeRecordPage);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, model->columnOf("version"))).toString(), u"2.0"_s);

    // A new revision records the plan's current version (not yet in the record), dated on the
    // validation date and written by the plan's author; the summary is left to type.
    int before = f.steps();
    f.lists->addEntry(ListsDock::ChangeRecordPage);
    QCOMPARE(f.steps(), before + 1);
    QCOMPARE(model->rowCount(), 2);
    const ChangeRecordEntry &added = f.doc.plan().changeRecord.at(1);
    QCOMPARE(added.version, u"2.1"_s);
    QCOMPARE(added.date, QDate(2026, 12, 5));
    QCOMPARE(added.author, std::optional(u"A. Architect"_s));
    QVERIFY(!added.summary);
    QCOMPARE(view->currentIndex(), model->index(1, model->columnOf("summary")));
    QWidget *summaryEditor = view->indexWidget(view->currentIndex());
    QVERIFY(summaryEditor);
    QTest::keyClick(summaryEditor, Qt::Key_Escape);
    QVERIFY(!view->indexWidget(view->currentIndex()));
    QVERIFY(!f.doc.plan().changeRecord.at(1).summary);
    QVERIFY(model->setData(view->currentIndex(), u"Secondary sites for the branches."_s));
    QCOMPARE(f.doc.plan().changeRecord.at(1).summary,
             std::optional(u"Secondary sites for the branches."_s));
    // A version and a date are required: clearing them is refused.
    QVERIFY(!model->setData(model->index(1, model->columnOf("version")), QString()));
    QVERIFY(!model->setData(model->index(1, model->columnOf("date")), QDate()));
    QCOMPARE(f.doc.plan().changeRecord.at(1).version, u"2.1"_s);

    // The next revision counts the last one up.
    f.lists->addEntry(ListsDock::ChangeRecordPage);
    QCOMPARE(f.doc.plan().changeRecord.at(2).version, u"2.2"_s);
    f.doc.undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);

    // Selecting a row shows the revision in Properties.
    view->selectRow(1);
    QCOMPARE(f.selection.current().kind, Selection::Item::Revision);
    QCOMPARE(f.selection.current().index, 1);
    QVERIFY(f.shown("version"));
    QVERIFY(f.shown("summary"));
    QCOMPARE(f.editor<QLineEdit>("version")->text(), u"2.1"_s);

    // Saved, the file keeps every line the author wrote (the comments too) and gains the entry.
    QVERIFY(f.doc.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(saved.startsWith(kDocumentControl.left(kDocumentControl.indexOf("sites:"))),
             saved.constData());
    QVERIFY(saved.endsWith(kDocumentControl.mid(kDocumentControl.indexOf("sites:"))));
    const LoadResult reread = loadPlan(saved, QStringLiteral("saved"));
    QVERIFY(reread);
    QCOMPARE(reread.plan->changeRecord.size(), 2);
    QCOMPARE(reread.plan->changeRecord.at(1).version, u"2.1"_s);
    QCOMPARE(reread.plan->changeRecord.at(1).summary,
             std::optional(u"Secondary sites for the branches."_s));

    // Removing the selected revision is one undo step and the tab counts the entries.
    f.lists->removeSelected(ListsDock::ChangeRecordPage);
    QCOMPARE(f.doc.plan().changeRecord.size(), 1);
    f.doc.undoStack()->undo();
    QCOMPARE(f.doc.plan().changeRecord.size(), 2);
}

QTEST_MAIN(TestDocks)
#include "tst_docks.moc"
