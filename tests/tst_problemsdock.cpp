// The Problems dock: filtering, jump-to, the explain panel, waivers, and every item model the docks
// show (Problems, Outline, Palette) under QAbstractItemModelTester during a long random sequence
// of edits.
#include "problemsfixture.h"

class TestProblemsDock : public DockSuite
{
    Q_OBJECT

private slots:
    void init() { openExample(); }
    void cleanup() { closeExample(); }

    void filterBySeverityWaivedAndText();
    void filterButtonsAndCounts();
    void severityColumnHasIconsAndEscapedTooltips();
    void activatingSelectsSubject_data();
    void activatingSelectsSubject();
    void selectionSurvivesAnEdit();
    void explainPanelShowsRule();
    void explainPanelForgetsReplacedPlan();
    void explainPanelShowsWaiverApproval();
    void waiveThroughDialog();
    void waiveRefusesEmptyJustification();
    void removeWaiver();
    void modelsUnderRandomEdits();
};

namespace {

// Every row of the outline below `parent`, depth first, as "depth kind id text".
QStringList outlineRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth = 0)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(depth)
                    .arg(index.data(ItemKindRole).toInt())
                    .arg(index.data(ItemIdRole).value<ItemId>())
                    .arg(index.data().toString());
        rows << outlineRows(model, index, depth + 1);
    }
    return rows;
}

} // namespace

void TestProblemsDock::filterBySeverityWaivedAndText()
{
    ProblemsDock dock(mDoc, mSelection);
    ProblemsFilter *filter = dock.filterModel();
    const int all = int(mDoc->findings().size());
    QVERIFY(all > 5);
    QCOMPARE(filter->rowCount(), all);

    const auto countOf = [&](Severity s) {
        return int(std::count_if(mDoc->findings().cbegin(), mDoc->findings().cend(),
                                 [s](const Finding &f) { return f.severity() == s; }));
    };
    filter->setShowSeverity(Severity::Info, false);
    QCOMPARE(filter->rowCount(), all - countOf(Severity::Info));
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(filter->index(r, 0).data(WorstSeverityRole).toInt() != int(Severity::Info));
    filter->setShowSeverity(Severity::Warning, false);
    QCOMPARE(filter->rowCount(), countOf(Severity::Error));
    filter->setShowSeverity(Severity::Info, true);
    filter->setShowSeverity(Severity::Warning, true);
    QCOMPARE(filter->rowCount(), all);

    // Waived findings show (greyed) until hidden.
    const QString id = QStringLiteral("clustered-site-system@LON-SQL01");
    QVERIFY(findFinding(*mDoc, id));
    QVERIFY(waiveFinding(mDoc, id, QStringLiteral("Cluster support accepted by Microsoft")));
    QVERIFY(findFinding(*mDoc, id)->waived);
    QVERIFY(listedIds(filter).contains(id));
    const int row = int(listedIds(filter).indexOf(id));
    QCOMPARE(
        filter->index(row, ProblemsModel::MessageColumn).data(Qt::ForegroundRole).value<QColor>(),
        QColor(Qt::gray));
    filter->setShowWaived(false);
    QVERIFY(!listedIds(filter).contains(id));
    filter->setShowWaived(true);
    QVERIFY(listedIds(filter).contains(id));

    // Text matches the search text case-insensitively.
    filter->setText(QStringLiteral("p03"));
    QVERIFY(filter->rowCount() > 0);
    QVERIFY(filter->rowCount() < all);
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(filter->index(r, 0)
                    .data(SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("P03"), Qt::CaseInsensitive));
    filter->setText(QStringLiteral("no such text anywhere"));
    QCOMPARE(filter->rowCount(), 0);
    filter->setText(QString());
    QCOMPARE(filter->rowCount(), all);
}

void TestProblemsDock::filterButtonsAndCounts()
{
    ProblemsDock dock(mDoc, mSelection);
    auto *errors = dock.findChild<QToolButton *>(QStringLiteral("errorsButton"));
    auto *waived = dock.findChild<QToolButton *>(QStringLiteral("waivedButton"));
    auto *edit = dock.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(errors && waived && edit);
    const FindingSummary summary = summarize(mDoc->findings());
    QVERIFY(errors->text().contains(QString::number(summary.errors)));

    errors->click();
    QVERIFY(!dock.filterModel()->showsSeverity(Severity::Error));
    for (int r = 0; r < dock.filterModel()->rowCount(); ++r)
        QVERIFY(dock.filterModel()->index(r, 0).data(WorstSeverityRole).toInt() != 0);
    errors->click();
    QVERIFY(dock.filterModel()->showsSeverity(Severity::Error));

    QTest::keyClicks(edit, QStringLiteral("SIN-sms01"));
    QCOMPARE(dock.filterModel()->text(), QStringLiteral("SIN-sms01"));
    QVERIFY(dock.filterModel()->rowCount() >= 1);

    QVERIFY(waived->text().contains(QLatin1Char('0')));
    waiveFinding(mDoc, QStringLiteral("standard-security@P03"), QStringLiteral("NT4 domain"));
    QVERIFY(waived->text().contains(QLatin1Char('1')));
    waived->click();
    QVERIFY(!dock.filterModel()->showsWaived());

    // A filter that is on looks pressed (a sunken, darker button); one that is off looks raised,
    // so the pair reads as a toggle (flat auto-raise buttons looked alike either way).
    dock.resize(900, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    auto meanLightness = [](const QImage &image) {
        qint64 sum = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                sum += qGray(image.pixel(x, y));
        }
        return double(sum) / (qint64(image.width()) * image.height());
    };
    for (QToolButton *button : {errors, waived}) {
        button->setChecked(false);
        const QImage off = button->grab().toImage();
        button->setChecked(true);
        const QImage on = button->grab().toImage();
        QVERIFY2(meanLightness(on) < meanLightness(off) - 4, qPrintable(button->objectName()));
        // Off, it is still drawn as a button (a frame on its edge), not flat text.
        const QColor background = button->palette().color(QPalette::Window);
        QVERIFY2(off.pixelColor(0, off.height() / 2) != background ||
                     off.pixelColor(1, off.height() / 2) != background,
                 qPrintable(button->objectName()));
    }
}

void TestProblemsDock::severityColumnHasIconsAndEscapedTooltips()
{
    const ItemId server = serverId(*mDoc, QStringLiteral("LON-SQL01"));
    mDoc->renameServer(server, QStringLiteral("<b>x</b>"));
    ProblemsDock dock(mDoc, mSelection);
    ProblemsFilter *filter = dock.filterModel();
    bool seen = false;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const QModelIndex severity = filter->index(r, ProblemsModel::SeverityColumn);
        QVERIFY(!severity.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString subject = filter->index(r, ProblemsModel::SubjectColumn).data().toString();
        if (subject != QStringLiteral("<b>x</b>"))
            continue;
        seen = true;
        const QString tip =
            filter->index(r, ProblemsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>x")));
    }
    QVERIFY(seen);
}

void TestProblemsDock::activatingSelectsSubject_data()
{
    QTest::addColumn<QString>("findingId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("shown");
    QTest::newRow("server") << QStringLiteral("clustered-site-system@LON-SQL01")
                            << int(Selection::Item::Server) << QStringLiteral("LON-SQL01") << true;
    QTest::newRow("site") << QStringLiteral("standard-security@P03") << int(Selection::Item::Site)
                          << QStringLiteral("P03") << true;
    QTest::newRow("hierarchy") << QStringLiteral("multiple-sites@hierarchy")
                               << int(Selection::Item::Plan) << QString() << false;
}

void TestProblemsDock::activatingSelectsSubject()
{
    QFETCH(QString, findingId);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(bool, shown);

    ProblemsDock dock(mDoc, mSelection);
    dock.show();
    QSignalSpy showItem(&dock, &ProblemsDock::showItem);
    QVERIFY(dock.selectFinding(findingId));
    QCOMPARE(dock.currentFindingId(), findingId);
    dock.tableView()->setFocus();
    QTest::keyClick(dock.tableView(), Qt::Key_Return);

    QCOMPARE(mSelection->items().size(), 1);
    const Selection::Item item = mSelection->items().constFirst();
    QCOMPARE(int(item.kind), kind);
    ItemId expected = 0;
    if (kind == Selection::Item::Server)
        expected = serverId(*mDoc, name);
    else if (kind == Selection::Item::Site)
        expected = siteId(*mDoc, name);
    QCOMPARE(item.id, expected);
    QCOMPARE(showItem.size(), shown ? 1 : 0);
    if (shown)
        QCOMPARE(showItem.constFirst().constFirst().value<quint64>(), expected);
}

void TestProblemsDock::selectionSurvivesAnEdit()
{
    ProblemsDock dock(mDoc, mSelection);
    const QString id = QStringLiteral("site-server-on-domain-controller@MAD-DC01");
    QVERIFY(dock.selectFinding(id));
    QSignalSpy reset(dock.filterModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(dock.problemsModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(dock.problemsModel(), &QAbstractItemModel::rowsRemoved);
    // An unrelated edit re-validates; the model changes only the rows whose findings came or
    // went, so the selected row is never taken away from the view.
    const int before = dock.problemsModel()->rowCount();
    mDoc->setField({FieldOwner::Site, siteId(*mDoc, QStringLiteral("P01"))},
                   field(FieldOwner::Site, "clients"), 7000);
    QCOMPARE(reset.size(), 0);
    QVERIFY(inserted.size() + removed.size() <= 2);
    QCOMPARE(dock.problemsModel()->rowCount(), int(mDoc->findings().size()));
    QVERIFY(dock.problemsModel()->rowCount() != before || inserted.isEmpty());
    for (int row = 0; row < dock.problemsModel()->rowCount(); ++row)
        QCOMPARE(dock.problemsModel()->index(row, 0).data(FindingIdRole).toString(),
                 mDoc->findings().at(row).id());
    QCOMPARE(dock.currentFindingId(), id);
    QCOMPARE(dock.tableView()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(dock.explainPanel()->findingId(), id);

    // Fixing the finding leaves the panel saying so rather than showing another rule.
    mDoc->setField({FieldOwner::Server, serverId(*mDoc, QStringLiteral("MAD-DC01"))},
                   field(FieldOwner::Server, "domainController"), false);
    QVERIFY(!findFinding(*mDoc, id));
    QVERIFY2(dock.currentFindingId().isEmpty(), qPrintable(dock.currentFindingId()));
    QVERIFY(dock.explainPanel()->plainText().contains(id));
}

void TestProblemsDock::explainPanelShowsRule()
{
    ProblemsDock dock(mDoc, mSelection);
    const QString id = QStringLiteral("clustered-site-system@LON-SQL01");
    QVERIFY(dock.selectFinding(id));
    const Finding *f = findFinding(*mDoc, id);
    const QString text = dock.explainPanel()->plainText();
    QVERIFY(text.contains(ruleText(f->info().title)));
    QVERIFY(text.contains(ruleText(f->info().rationale).left(40)));
    QVERIFY(text.contains(ruleText(remediationFor(f->info(), Product::Sms2003)).left(40)));
    QVERIFY(text.contains(f->translatedMessage()));
    QVERIFY(text.contains(severityDisplayName(f->severity())));
    // The source by document title and section (issue 15), never by file name.
    QVERIFY2(text.contains(QLatin1String("SMS 2003: Securing SMS Site Systems")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String(".txt")), qPrintable(text));

    // User text in the message stays literal.
    mDoc->renameServer(serverId(*mDoc, QStringLiteral("LON-SQL01")),
                       QStringLiteral("<img src=\"file:///etc/hosts\">"));
    const QString renamed = QStringLiteral("clustered-site-system@<img src=\"file:///etc/hosts\">");
    QVERIFY(dock.selectFinding(renamed));
    QVERIFY(dock.explainPanel()->plainText().contains(
        QStringLiteral("<img src=\"file:///etc/hosts\">")));
}

void TestProblemsDock::explainPanelForgetsReplacedPlan()
{
    ProblemsDock dock(mDoc, mSelection);
    const QString id = QStringLiteral("clustered-site-system@LON-SQL01");
    QVERIFY(dock.selectFinding(id));
    QVERIFY(dock.explainPanel()->plainText().contains(id));
    const QString placeholder = dock.explainPanel()->plainText();

    // Another plan (File Open): nothing of the previous one stays, not even "no longer
    // reported", and a finding with the same id in the new plan is not selected by itself.
    mDoc->reset(loadExample(), kExample);
    QVERIFY(dock.explainPanel()->findingId().isEmpty());
    QVERIFY(dock.currentFindingId().isEmpty());
    QVERIFY2(!dock.explainPanel()->plainText().contains(id),
             qPrintable(dock.explainPanel()->plainText()));

    // File Close (an empty plan).
    QVERIFY(dock.selectFinding(id));
    mDoc->reset(Plan{});
    const QString text = dock.explainPanel()->plainText();
    QVERIFY2(!text.contains(id), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Select a finding")), qPrintable(text));
}

void TestProblemsDock::explainPanelShowsWaiverApproval()
{
    const QString id = QStringLiteral("clustered-site-system@LON-SQL01");
    mDoc->addWaiver({id,
                     QStringLiteral("Vendor-supported cluster"),
                     QStringLiteral("CAB-4711"),
                     QDate(2027, 3, 31),
                     {}});
    ExplainPanel panel(mDoc);
    panel.showFinding(id);
    QVERIFY(findFinding(*mDoc, id) && findFinding(*mDoc, id)->waived);
    const QString text = panel.plainText();
    QVERIFY2(text.contains(QStringLiteral("Vendor-supported cluster")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Approved by: CAB-4711")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Expires: 2027-03-31")), qPrintable(text));

    // Without approver and expiry only the justification shows.
    mDoc->setField({FieldOwner::Waiver, 0, 0}, field(FieldOwner::Waiver, "approvedBy"), {});
    mDoc->setField({FieldOwner::Waiver, 0, 0}, field(FieldOwner::Waiver, "expires"), {});
    panel.refresh();
    QVERIFY(!panel.plainText().contains(QStringLiteral("Approved by")));
    QVERIFY(!panel.plainText().contains(QStringLiteral("Expires")));
    QVERIFY(panel.plainText().contains(QStringLiteral("Vendor-supported cluster")));
}

void TestProblemsDock::waiveThroughDialog()
{
    const QString id = QStringLiteral("clustered-site-system@LON-SQL01");
    WaiveDialog dialog(id);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.setJustification(QStringLiteral("  Supported by the vendor for this cluster  "));
    QVERIFY(ok->isEnabled());
    dialog.setApprover(QStringLiteral("CISO"));
    const QDate expiry = mDoc->validationDate().addMonths(3);
    dialog.setExpires(expiry);
    QCOMPARE(dialog.justification(), QStringLiteral("Supported by the vendor for this cluster"));
    QCOMPARE(dialog.expires(), std::optional<QDate>(expiry));

    const int steps = mDoc->undoStack()->count();
    QVERIFY(waiveFinding(mDoc, id, dialog.justification(), dialog.approver(), dialog.expires()));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(mDoc->plan().waivers.size(), 1);
    const Waiver &w = mDoc->plan().waivers.constFirst();
    QCOMPARE(w.finding, id);
    QCOMPARE(w.justification, QStringLiteral("Supported by the vendor for this cluster"));
    QCOMPARE(w.approvedBy, std::optional<QString>(QStringLiteral("CISO")));
    QCOMPARE(w.expires, std::optional<QDate>(expiry));
    QVERIFY(findFinding(*mDoc, id)->waived);

    mDoc->undoStack()->undo();
    QVERIFY(mDoc->plan().waivers.isEmpty());
    QVERIFY(!findFinding(*mDoc, id)->waived);

    // No approver and no expiry leave the keys unstated.
    dialog.setApprover(QString());
    dialog.setExpires(std::nullopt);
    QVERIFY(waiveFinding(mDoc, id, dialog.justification(), dialog.approver(), dialog.expires()));
    QVERIFY(!mDoc->plan().waivers.constFirst().approvedBy);
    QVERIFY(!mDoc->plan().waivers.constFirst().expires);
}

void TestProblemsDock::waiveRefusesEmptyJustification()
{
    const int steps = mDoc->undoStack()->count();
    QVERIFY(!waiveFinding(mDoc, QStringLiteral("standard-security@P03"), QStringLiteral("   ")));
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QVERIFY(mDoc->plan().waivers.isEmpty());
}

void TestProblemsDock::removeWaiver()
{
    const QString id = QStringLiteral("standard-security@P03");
    QVERIFY(waiveFinding(mDoc, id, QStringLiteral("first")));
    QVERIFY(waiveFinding(mDoc, QStringLiteral("legacy-clients@P03"), QStringLiteral("other")));
    QVERIFY(waiveFinding(mDoc, id, QStringLiteral("second")));
    QCOMPARE(waiversOf(*mDoc, id), (QList<int>{0, 2}));

    const int steps = mDoc->undoStack()->index();
    QVERIFY(removeWaiversOf(mDoc, id));
    QCOMPARE(mDoc->undoStack()->index(), steps + 1);
    QCOMPARE(mDoc->plan().waivers.size(), 1);
    QCOMPARE(mDoc->plan().waivers.constFirst().finding, QStringLiteral("legacy-clients@P03"));
    QVERIFY(!findFinding(*mDoc, id)->waived);
    QVERIFY(!removeWaiversOf(mDoc, id));

    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->plan().waivers.size(), 3);
    QVERIFY(findFinding(*mDoc, id)->waived);
}

void TestProblemsDock::modelsUnderRandomEdits()
{
    ProblemsDock problems(mDoc, mSelection);
    OutlineDock outline(mDoc, mSelection);
    PaletteDock palette(mDoc, mSelection);
    problems.filterModel()->setShowSeverity(Severity::Info, false);
    problems.filterModel()->setText(QStringLiteral("s0"));
    ProblemsFilter unfiltered;
    unfiltered.setSourceModel(problems.problemsModel());

    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester t1(outline.outlineModel(), mode);
    QAbstractItemModelTester t2(outline.proxyModel(), mode);
    QAbstractItemModelTester t3(problems.problemsModel(), mode);
    QAbstractItemModelTester t4(problems.filterModel(), mode);
    QAbstractItemModelTester t5(&unfiltered, mode);
    QAbstractItemModelTester t6(palette.paletteModel(), mode);

    QRandomGenerator rng(20070401);
    const auto pick = [&](int n) {
        return n > 0 ? int(rng.bounded(n)) : -1;
    };
    const auto allSites = [&] {
        QList<ItemId> ids;
        for (const Site &s : mDoc->plan().sites)
            ids << s.uid;
        return ids;
    };
    const auto allServers = [&] {
        QList<ItemId> ids;
        for (const Site &s : mDoc->plan().sites)
            for (const Server &server : s.servers)
                ids << server.uid;
        return ids;
    };
    const QStringList zones{QStringLiteral("intranet"), QStringLiteral("perimeter"),
                            QStringLiteral("internet")};

    QSignalSpy outlineResets(outline.outlineModel(), &QAbstractItemModel::modelReset);
    QSignalSpy roleRows(outline.outlineModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy paletteResets(palette.paletteModel(), &QAbstractItemModel::modelReset);
    for (int step = 0; step < 200; ++step) {
        const QList<ItemId> sites = allSites();
        const QList<ItemId> servers = allServers();
        const ItemId site = sites.isEmpty() ? 0 : sites.at(pick(int(sites.size())));
        const ItemId server = servers.isEmpty() ? 0 : servers.at(pick(int(servers.size())));
        switch (rng.bounded(14)) {
        case 0:
            mDoc->addSite(rng.bounded(4) == 0 ? 0 : site,
                          rng.bounded(2) ? SiteType::Primary : SiteType::Secondary);
            break;
        case 1:
            if (site && sites.size() > 2)
                mDoc->removeSites({site});
            break;
        case 2:
            if (site)
                mDoc->addServer(site);
            break;
        case 3:
            if (server)
                mDoc->removeServers({server});
            break;
        case 4:
        case 5:
            if (server)
                mDoc->addRole(server, Role(rng.bounded(enumCount<Role>())));
            break;
        case 6:
            if (const Server *s = mDoc->server(server); s && !s->roles.isEmpty())
                mDoc->removeRole(server, pick(int(s->roles.size())));
            break;
        case 7:
            if (site)
                mDoc->setField({FieldOwner::Site, site}, field(FieldOwner::Site, "clients"),
                               int(rng.bounded(120000)));
            break;
        case 8:
            if (server)
                mDoc->setField({FieldOwner::Server, server}, field(FieldOwner::Server, "zone"),
                               zones.at(pick(3)));
            break;
        case 9:
            if (site && sites.size() > 1)
                mDoc->reparentSite(site, sites.at(pick(int(sites.size()))));
            break;
        case 10:
            if (rng.bounded(3) == 0)
                mDoc->setField({FieldOwner::Plan}, field(FieldOwner::Plan, "product"),
                               rng.bounded(2) ? QStringLiteral("sms2003")
                                              : QStringLiteral("configmgr2007"));
            else if (!mDoc->findings().isEmpty())
                waiveFinding(mDoc, mDoc->findings().at(pick(int(mDoc->findings().size()))).id(),
                             QStringLiteral("random"));
            break;
        case 11:
            if (!mDoc->plan().waivers.isEmpty())
                mDoc->removeWaiver(pick(int(mDoc->plan().waivers.size())));
            break;
        case 12:
            mDoc->undoStack()->undo();
            break;
        case 13:
            mDoc->undoStack()->redo();
            break;
        }
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("model check failed at step %1").arg(step)));

        // The views stay consistent with the document: the rows the models updated one by one
        // are the rows a model built now from the plan has.
        QCOMPARE(problems.problemsModel()->rowCount(), int(mDoc->findings().size()));
        for (int row = 0; row < int(mDoc->findings().size()); ++row) {
            const QModelIndex shown = problems.problemsModel()->index(row, 0);
            QCOMPARE(shown.data(FindingIdRole).toString(), mDoc->findings().at(row).id());
            QCOMPARE(
                shown.siblingAtColumn(ProblemsModel::MessageColumn).data().toString(),
                ProblemsModel(mDoc).index(row, ProblemsModel::MessageColumn).data().toString());
        }
        const OutlineModel fresh(mDoc);
        QCOMPARE(outlineRows(*outline.outlineModel(), {}), outlineRows(fresh, {}));
        for (const Selection::Item &item : mSelection->items()) {
            if (item.kind == Selection::Item::Site || item.kind == Selection::Item::Server)
                QVERIFY(outline.indexFor(item).isValid());
        }
        if (rng.bounded(10) == 0) {
            // Select something so the docks' selection paths run during edits too.
            if (mDoc->server(server))
                mSelection->select({Selection::Item::Server, server, -1});
            if (problems.filterModel()->rowCount() > 0)
                problems.selectFinding(
                    problems.filterModel()->index(0, 0).data(FindingIdRole).toString());
        }
    }
    // The sequence exercised every kind of model change.
    QVERIFY(outlineResets.size() > 20);
    QVERIFY(roleRows.size() > 5);
    QVERIFY(paletteResets.size() > 0);
    QVERIFY(mDoc->undoStack()->count() > 50);
}

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
