// The Lists dock against a live Document: the list tables are well-formed item models whose edits,
// additions and removals go through the document, and which insert, remove and update the rows
// an edit names instead of starting over, so selection, current cell and scroll stay put.
#include "dockfixture.h"

#include <QRandomGenerator>

class TestListsDock : public QObject
{
    Q_OBJECT

private slots:
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
    void rowsAreInsertedAndRemovedNotReset();
    void addressRowsFollowTheirSites();
    void rowsMatchTheDocumentThroughRandomEdits();
};

void TestListsDock::listsModelsAreWellFormed()
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

void TestListsDock::listsEditIsUndoable()
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

void TestListsDock::listsRejectBadValues()
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

void TestListsDock::listsDelegateEditors()
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

void TestListsDock::listsAddAndRemove()
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

void TestListsDock::listsWaiverDialog()
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

void TestListsDock::listsSelectionFollows()
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

void TestListsDock::listsAccountFindings()
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

void TestListsDock::listsUserTextIsPlain()
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

void TestListsDock::listsChangeRecord()
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

// Counts what a model tells its views, so a test can say "one row in, nothing reset".
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          changed(model, &QAbstractItemModel::dataChanged)
    {}
    // The first and last row of the i-th insertion or removal.
    static std::pair<int, int> rows(const QSignalSpy &spy, int i)
    {
        return {spy.at(i).at(1).toInt(), spy.at(i).at(2).toInt()};
    }
    QSignalSpy resets, inserted, removed, changed;
};

void TestListsDock::rowsAreInsertedAndRemovedNotReset()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::AccountsPage);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = f.lists->table(ListsDock::AccountsPage);
    view->selectRow(1);
    const QPersistentModelIndex second = model->index(1, model->columnOf("name"));
    ModelSignals spy(model);

    Account added;
    added.name = u"CONTOSO\\svc-new"_s;
    added.type = AccountType::SmsService;
    f.doc.addAccount(added);
    QCOMPARE(spy.inserted.size(), 1);
    QCOMPARE(ModelSignals::rows(spy.inserted, 0), std::make_pair(2, 2));

    // Removing the first row moves the selected second one up: the view keeps it.
    f.doc.removeAccount(0);
    QCOMPARE(spy.removed.size(), 1);
    QCOMPARE(ModelSignals::rows(spy.removed, 0), std::make_pair(0, 0));
    QCOMPARE(second.row(), 0);
    QCOMPARE(second.data().toString(), u"CONTOSO\\svc-push"_s);
    QVERIFY(view->selectionModel()->isRowSelected(0));

    // An edit updates its own row only.
    spy.changed.clear();
    QVERIFY(model->setData(model->index(1, model->columnOf("custodians")), 2));
    QVERIFY(!spy.changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(spy.changed)) {
        const auto from = args.at(0).toModelIndex();
        const auto to = args.at(1).toModelIndex();
        QVERIFY(from.column() == 0 || (from.row() == 1 && to.row() == 1));
    }

    // Undo puts rows back where they were, one by one.
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QCOMPARE(ModelSignals::rows(spy.inserted, 1), std::make_pair(0, 0));
    f.doc.undoStack()->undo();
    QCOMPARE(ModelSignals::rows(spy.removed, 1), std::make_pair(2, 2));
    QCOMPARE(spy.resets.size(), 0);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(second.row(), 1);
}

void TestListsDock::addressRowsFollowTheirSites()
{
    Fixture f;
    ListModel *model = f.lists->model(ListsDock::AddressesPage);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ItemId cen = siteId(f.doc, u"CEN"_s);
    const ItemId p01 = siteId(f.doc, u"P01"_s);
    SenderAddress up;
    up.to = u"CEN"_s;
    SenderAddress down;
    down.to = u"P01"_s;
    ModelSignals spy(model);
    f.doc.addAddress(p01, up);
    // CEN's address goes before P01's: the table lists them in site order.
    f.doc.addAddress(cen, down);
    QCOMPARE(ModelSignals::rows(spy.inserted, 0), std::make_pair(0, 0));
    QCOMPARE(ModelSignals::rows(spy.inserted, 1), std::make_pair(0, 0));
    QCOMPARE(model->addressAt(0), std::make_pair(cen, 0));
    QCOMPARE(model->addressAt(1), std::make_pair(p01, 0));

    // Renaming a site updates the From column of its rows.
    spy.changed.clear();
    f.doc.setField({FieldOwner::Site, p01, -1}, *findField(FieldOwner::Site, u"code"), u"P02"_s,
                   false);
    QCOMPARE(model->data(model->index(1, 0)).toString(), u"P02"_s);
    QCOMPARE(model->data(model->index(0, model->columnOf("to"))).toString(), u"P02"_s);

    // Removing a site removes its rows in one go; undo brings the site back with them.
    const int resets = int(spy.resets.size());
    f.doc.removeSites({siteId(f.doc, u"P02"_s)});
    QCOMPARE(spy.removed.size(), 1);
    QCOMPARE(ModelSignals::rows(spy.removed, 0), std::make_pair(1, 1));
    QCOMPARE(spy.resets.size(), resets);
    QCOMPARE(model->rowCount(), 1);
    f.doc.undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->addressAt(1).first, siteId(f.doc, u"P02"_s));
}

// Random additions, removals, site removals and undo/redo: after every step each table's rows are
// the document's entries in its order (the row bookkeeping never drifts), and the model tester
// sees well-formed insertions and removals.
void TestListsDock::rowsMatchTheDocumentThroughRandomEdits()
{
    Fixture f;
    ListModel *accounts = f.lists->model(ListsDock::AccountsPage);
    ListModel *addresses = f.lists->model(ListsDock::AddressesPage);
    QAbstractItemModelTester accountsTester(accounts,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester addressesTester(
        addresses, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261206);
    const auto pick = [&](qsizetype n) {
        return int(random.bounded(int(n)));
    };
    // Every row's key text with a persistent index on it: after a step each index still valid
    // must hold the same text, and the index of a text that is gone must be invalid.
    const auto remember = [](ListModel *model, const char *key) {
        QList<std::pair<QPersistentModelIndex, QString>> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, model->columnOf(key));
            rows.append({QPersistentModelIndex(index), index.data().toString()});
        }
        return rows;
    };
    const auto followed = [](const QList<std::pair<QPersistentModelIndex, QString>> &rows,
                             const QStringList &texts) {
        for (const auto &[index, text] : rows) {
            if (index.isValid() ? index.data().toString() != text : texts.contains(text))
                return false;
        }
        return true;
    };
    for (int step = 0; step < 400; ++step) {
        const auto accountRows = remember(accounts, "name");
        const auto addressRows = remember(addresses, "to");
        const QList<Site> &sites = f.doc.plan().sites;
        const Site &site = sites.at(pick(sites.size()));
        switch (pick(8)) {
        case 0: {
            Account account;
            account.name = u"CONTOSO\\a%1"_s.arg(step);
            account.type = AccountType::SmsService;
            f.doc.addAccount(account);
            break;
        }
        case 1:
            if (!f.doc.plan().accounts.isEmpty())
                f.doc.removeAccount(pick(f.doc.plan().accounts.size()));
            break;
        case 2: {
            SenderAddress address;
            address.to = u"X%1"_s.arg(step); // unique, so that a row can be told from another
            f.doc.addAddress(site.uid, address);
            break;
        }
        case 3:
            if (!site.addresses.isEmpty())
                f.doc.removeAddress(site.uid, pick(site.addresses.size()));
            break;
        case 4:
            f.doc.addSite(site.uid, SiteType::Secondary);
            break;
        case 5:
            if (sites.size() > 1 && &site != &sites.first())
                f.doc.removeSites({site.uid});
            break;
        case 6:
            f.doc.undoStack()->undo();
            break;
        default:
            f.doc.undoStack()->redo();
            break;
        }
        const QString context = u"step %1"_s.arg(step);
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(context));
        const QList<Account> &list = f.doc.plan().accounts;
        QCOMPARE(accounts->rowCount(), int(list.size()));
        for (int row = 0; row < list.size(); ++row)
            QCOMPARE(accounts->index(row, accounts->columnOf("name")).data().toString(),
                     list.at(row).name);
        int row = 0;
        for (const Site &s : f.doc.plan().sites) {
            for (int a = 0; a < s.addresses.size(); ++a, ++row) {
                QCOMPARE(addresses->addressAt(row), std::make_pair(s.uid, a));
                QCOMPARE(addresses->index(row, 0).data().toString(), s.code);
            }
        }
        QCOMPARE(addresses->rowCount(), row);
        QStringList names, tos;
        for (const Account &account : list)
            names << account.name;
        for (const Site &s : f.doc.plan().sites) {
            for (const SenderAddress &address : s.addresses)
                tos << address.to;
        }
        QVERIFY2(followed(accountRows, names), qPrintable(context));
        QVERIFY2(followed(addressRows, tos), qPrintable(context));
    }
}

QTEST_MAIN(TestListsDock)
#include "tst_listsdock.moc"
