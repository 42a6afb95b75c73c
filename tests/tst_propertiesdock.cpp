// The Properties dock against a live Document: the form shows the FORMAT.md fields of the
// selection, edits become one undo step each (one per typing burst), unstated values show their
// defaults, and product-specific fields follow the product.
#include "dockfixture.h"

class TestPropertiesDock : public QObject
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
};

void TestPropertiesDock::propertiesShowsSiteFields()
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

void TestPropertiesDock::propertiesComboIsOneStep()
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

void TestPropertiesDock::propertiesTypingIsOneStep()
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

void TestPropertiesDock::propertiesSiteCodeRenames()
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

void TestPropertiesDock::propertiesSpinAndBoolCombo()
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

void TestPropertiesDock::propertiesProductFields()
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

void TestPropertiesDock::propertiesDocumentControl()
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
void TestPropertiesDock::propertiesBoundaries()
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

void TestPropertiesDock::propertiesFormIsKeptPerKind()
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

void TestPropertiesDock::propertiesSqlFollowsServer()
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

void TestPropertiesDock::propertiesRoleFields()
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

void TestPropertiesDock::propertiesServedSiteIsAChoice()
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

void TestPropertiesDock::propertiesListEntries()
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

void TestPropertiesDock::propertiesUserTextIsPlain()
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

QTEST_MAIN(TestPropertiesDock)
#include "tst_propertiesdock.moc"
