// The Outline and Palette docks: selection synced both ways, expansion across resets, literal
// tooltips, the product's roles, and adding roles by double-click with refusals explained.
#include "problemsfixture.h"

class TestOutlinePalette : public DockSuite
{
    Q_OBJECT

private slots:
    void init() { openExample(); }
    void cleanup() { closeExample(); }

    void outlineSelectionSyncsBothWays();
    void outlineExpansionSurvivesReset();
    void outlineTooltipsAreLiteral();
    void paletteListsProductRoles();
    void paletteDoubleClickAddsRole();
    void paletteRefusals();
    void paletteAddsSiteRoleForAnotherSite();
};

void TestOutlinePalette::outlineSelectionSyncsBothWays()
{
    OutlineDock dock(mDoc, mSelection);
    dock.show();
    QTreeView *tree = dock.treeView();
    QSignalSpy changed(mSelection, &Selection::changed);

    // Tree -> Selection.
    const ItemId server = serverId(*mDoc, QStringLiteral("FRA-MP01"));
    const QModelIndex serverRow = dock.indexFor({Selection::Item::Server, server, -1});
    QVERIFY(serverRow.isValid());
    QCOMPARE(serverRow.data().toString(), QStringLiteral("FRA-MP01"));
    tree->selectionModel()->setCurrentIndex(serverRow, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(mSelection->items(), (QList<Selection::Item>{{Selection::Item::Server, server, -1}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<const QObject *>(), &dock);

    const QModelIndex roleRow = tree->model()->index(1, 0, serverRow);
    tree->selectionModel()->setCurrentIndex(roleRow, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(mSelection->items(), (QList<Selection::Item>{{Selection::Item::Role, server, 1}}));

    // Selection -> tree, from another view.
    const ItemId site = siteId(*mDoc, QStringLiteral("S04"));
    const QObject other;
    mSelection->select({Selection::Item::Site, site, -1}, &other);
    const QModelIndexList rows = tree->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().data(ItemIdRole).value<ItemId>(), site);
    QCOMPARE(tree->currentIndex(), rows.constFirst());
    // No echo back into the selection.
    QCOMPARE(mSelection->items(), (QList<Selection::Item>{{Selection::Item::Site, site, -1}}));

    // Several items, and the plan.
    mSelection->setItems({{Selection::Item::Plan, 0, -1}, {Selection::Item::Server, server, -1}},
                         &other);
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);
    mSelection->clear(&other);
    QVERIFY(tree->selectionModel()->selectedRows().isEmpty());

    // The selection is shown again after the model resets.
    mSelection->select({Selection::Item::Server, server, -1}, &other);
    mDoc->addSite(siteId(*mDoc, QStringLiteral("CEN")));
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(tree->selectionModel()->selectedRows().constFirst().data(ItemIdRole).value<ItemId>(),
             server);
}

void TestOutlinePalette::outlineExpansionSurvivesReset()
{
    OutlineDock dock(mDoc, mSelection);
    QTreeView *tree = dock.treeView();
    const auto row = [&](ItemId id) {
        return dock.indexFor({Selection::Item::Site, id, -1});
    };
    const ItemId cen = siteId(*mDoc, QStringLiteral("CEN"));
    const ItemId p01 = siteId(*mDoc, QStringLiteral("P01"));
    const ItemId p02 = siteId(*mDoc, QStringLiteral("P02"));
    const ItemId sql = serverId(*mDoc, QStringLiteral("LON-SQL01"));
    QVERIFY(tree->isExpanded(row(cen)));
    QVERIFY(tree->isExpanded(row(p01)));
    QVERIFY(!tree->isExpanded(dock.indexFor({Selection::Item::Server, sql, -1})));

    tree->collapse(row(p02));
    tree->expand(dock.indexFor({Selection::Item::Server, sql, -1}));

    QSignalSpy reset(dock.proxyModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(dock.proxyModel(), &QAbstractItemModel::rowsInserted);
    const ItemId added = mDoc->addSite(p01);
    QCOMPARE(reset.size(), 1);
    // A server comes as a row of its site, without a reset.
    mDoc->addServer(added);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), row(added));

    QVERIFY(tree->isExpanded(row(cen)));
    QVERIFY(tree->isExpanded(row(p01)));
    QVERIFY(!tree->isExpanded(row(p02)));
    QVERIFY(tree->isExpanded(dock.indexFor({Selection::Item::Server, sql, -1})));
    QVERIFY(tree->isExpanded(row(added))); // new sites open by default

    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QVERIFY(!tree->isExpanded(row(p02)));
    QVERIFY(tree->isExpanded(dock.indexFor({Selection::Item::Server, sql, -1})));
}

void TestOutlinePalette::outlineTooltipsAreLiteral()
{
    mDoc->renameServer(serverId(*mDoc, QStringLiteral("LON-DP01")), QStringLiteral("<b>x</b>"));
    OutlineDock dock(mDoc, mSelection);
    const QModelIndex index =
        dock.indexFor({Selection::Item::Server, serverId(*mDoc, QStringLiteral("<b>x</b>")), -1});
    QCOMPARE(index.data().toString(), QStringLiteral("<b>x</b>"));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(tip));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Roles show their role's icon.
    const QModelIndex role = dock.proxyModel()->index(0, 0, index);
    QCOMPARE(role.data().toString(), QStringLiteral("Distribution point"));
    QVERIFY(role.data(Qt::ToolTipRole).toString().contains(QStringLiteral("BITS")));
    QVERIFY(!role.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestOutlinePalette::paletteListsProductRoles()
{
    PaletteDock dock(mDoc, mSelection);
    PaletteModel *model = dock.paletteModel();
    const auto expected = [](Product product) {
        QList<int> roles;
        for (int r = 0; r < enumCount<Role>(); ++r) {
            if (roleInProduct(Role(r), product))
                roles << r;
        }
        return roles;
    };
    const auto listed = [&] {
        QList<int> roles;
        for (int r = 0; r < model->rowCount(); ++r)
            roles << model->index(r, 0).data(PaletteModel::RoleIdRole).toInt();
        return roles;
    };
    QCOMPARE(listed(), expected(Product::Sms2003));
    QVERIFY(!listed().contains(int(Role::FallbackStatusPoint)));
    const QModelIndex mp = model->index(model->rowOf(Role::ManagementPoint), 0);
    QCOMPARE(mp.data().toString(), QStringLiteral("Management point"));
    QVERIFY(!mp.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(mp.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Needs IIS")));
    QVERIFY(model->index(model->rowOf(Role::SiteDatabase), 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Does not need IIS")));

    // The drag payload is the role id.
    QVERIFY(model->mimeTypes().contains(QLatin1String(kRoleMimeType)));
    std::unique_ptr<QMimeData> mime(model->mimeData({mp}));
    QCOMPARE(mime->data(QLatin1String(kRoleMimeType)), QByteArray("management-point"));
    QVERIFY(model->flags(mp) & Qt::ItemIsDragEnabled);

    mDoc->setField({FieldOwner::Plan}, field(FieldOwner::Plan, "product"),
                   QStringLiteral("configmgr2007"));
    QCOMPARE(listed(), expected(Product::ConfigMgr2007));
    mDoc->undoStack()->undo();
    QCOMPARE(listed(), expected(Product::Sms2003));
}

void TestOutlinePalette::paletteDoubleClickAddsRole()
{
    PaletteDock dock(mDoc, mSelection);
    dock.resize(300, 500);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const ItemId server = serverId(*mDoc, QStringLiteral("LON-DP01"));
    mSelection->select({Selection::Item::Server, server, -1});

    QListView *list = dock.listView();
    const QModelIndex slp =
        dock.paletteModel()->index(dock.paletteModel()->rowOf(Role::ServerLocatorPoint), 0);
    const QPoint centre = list->visualRect(slp).center();
    const int steps = mDoc->undoStack()->count();
    // Click first, as a user's first press would: QTest's double-click alone does not reach the
    // view as an activation here.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(mDoc->server(server)->hasRole(Role::ServerLocatorPoint));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);

    // Enter on a role does the same, for every selected server, as one step.
    const ItemId other = serverId(*mDoc, QStringLiteral("LON-MP01"));
    mSelection->setItems(
        {{Selection::Item::Server, server, -1}, {Selection::Item::Server, other, -1}});
    const QModelIndex dp =
        dock.paletteModel()->index(dock.paletteModel()->rowOf(Role::DistributionPoint), 0);
    list->setCurrentIndex(dp);
    QSignalSpy status(&dock, &PaletteDock::statusMessage);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(mDoc->server(other)->hasRole(Role::DistributionPoint));
    QCOMPARE(mDoc->undoStack()->count(), steps + 2);
    QCOMPARE(status.size(), 1); // LON-DP01 had it already
    QVERIFY(status.constFirst().constFirst().toString().contains(QStringLiteral("LON-DP01")));
}

void TestOutlinePalette::paletteRefusals()
{
    PaletteDock dock(mDoc, mSelection);
    QSignalSpy status(&dock, &PaletteDock::statusMessage);
    const int steps = mDoc->undoStack()->count();

    mSelection->clear();
    QVERIFY(!dock.addRoleToSelection(Role::ManagementPoint));
    QCOMPARE(status.size(), 1);

    const ItemId server = serverId(*mDoc, QStringLiteral("LON-MP01"));
    mSelection->select({Selection::Item::Server, server, -1});
    QVERIFY(!dock.addRoleToSelection(Role::ManagementPoint));
    QCOMPARE(status.size(), 2);
    QVERIFY(status.at(1).constFirst().toString().contains(QStringLiteral("LON-MP01")));

    QVERIFY(!dock.addRoleToSelection(Role::FallbackStatusPoint)); // not in SMS 2003
    QCOMPARE(status.size(), 3);
    QCOMPARE(mDoc->undoStack()->count(), steps);
}

void TestOutlinePalette::paletteAddsSiteRoleForAnotherSite()
{
    PaletteDock dock(mDoc, mSelection);
    QSignalSpy status(&dock, &PaletteDock::statusMessage);
    const ItemId sql = serverId(*mDoc, QStringLiteral("LON-SQL01"));
    mSelection->select({Selection::Item::Server, sql, -1});
    // LON-SQL01 is CEN's database: a second one serves another primary site (issue 15).
    QVERIFY(dock.addRoleToSelection(Role::SiteDatabase));
    const Server *server = mDoc->server(sql);
    QCOMPARE(server->roles.size(), 2);
    QCOMPARE(server->roles.at(1).site, QStringLiteral("P01"));
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.constLast().constFirst().toString().contains(QStringLiteral("P01")),
             qPrintable(status.constLast().constFirst().toString()));
    QVERIFY(findFinding(*mDoc, QStringLiteral("sql-shared-between-sites@LON-SQL01")));
}

QTEST_MAIN(TestOutlinePalette)
#include "tst_outlinepalette.moc"
