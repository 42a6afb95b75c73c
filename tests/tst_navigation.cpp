// Navigating large plans: Find (the matching over a Plan, and the bar over the canvas: Ctrl+F,
// Enter / Shift+Enter, F3, the count, each hit selected and centred), Zoom to Selection, and
// collapsing a site's subtree on the canvas (from the canvas and from the Outline).
#include "canvas/canvasview.h"
#include "canvas/findbar.h"
#include "canvas/hierarchyscene.h"
#include "canvas/overviewmap.h"
#include "canvas/siteitem.h"
#include "document/document.h"
#include "document/plansearch.h"
#include "io/planloader.h"
#include "mainwindow.h"
#include "outline/outlinedock.h"
#include "selection.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

Plan loadedExample();

Plan examplePlan()
{
    // Through a Document, which gives sites and servers their ids.
    static Document *document = [] {
        auto *d = new Document;
        d->reset(loadedExample());
        return d;
    }();
    return document->plan();
}

Plan loadedExample()
{
    LoadResult result = loadPlanFile(
        QStringLiteral(HIERARCH_EXAMPLES_DIR "/sms2003-central-hierarchy.hierarchy.yaml"));
    if (!result.plan)
        qFatal("cannot load the example: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

ItemId siteId(const Document &document, const QString &code)
{
    return document.plan().sites.at(document.siteIndexByCode(code)).uid;
}

ItemId serverId(const Document &document, const QString &name)
{
    for (const Site &site : document.plan().sites) {
        for (const Server &server : site.servers) {
            if (server.name == name)
                return server.uid;
        }
    }
    return 0;
}

// The names of the hits, sites by code.
QStringList hitNames(const Plan &plan, const QList<PlanSearch::Hit> &hits)
{
    QStringList names;
    for (const PlanSearch::Hit &hit : hits) {
        for (const Site &site : plan.sites) {
            if (!hit.server && site.uid == hit.id)
                names << site.code;
            for (const Server &server : site.servers) {
                if (hit.server && server.uid == hit.id)
                    names << server.name;
            }
        }
    }
    return names;
}

// A window shown offscreen at a size, over the example plan.
struct Window
{
    MainWindow window;
    explicit Window()
    {
        window.setInteractive(false);
        window.resize(1400, 900);
        window.show();
        window.document()->reset(examplePlan());
        QCoreApplication::processEvents();
    }
    QAction *action(const char *name) const
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    CanvasView *canvas() const { return window.canvas(); }
    Document *document() const { return window.document(); }
    // Whether the item's centre is in the middle of the canvas.
    bool centred(ItemId id) const
    {
        const QGraphicsItem *item = canvas()->hierarchyScene()->itemFor(id);
        const QPoint at = canvas()->mapFromScene(item->sceneBoundingRect().center());
        return (at - canvas()->viewport()->rect().center()).manhattanLength() < 4;
    }
};

} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void searchMatches_data();
    void searchMatches();
    void searchStepsAndWraps();
    void searchKeepsCurrentAcrossEdits();
    void ctrlFFocusesTheBar();
    void enterStepsThroughHits();
    void noMatchShownPlainly();
    void zoomToSelection();
    void collapseHidesSubtree();
    void collapseToggleOnSite();
    void collapseIsViewState();
    void outlineDrivesCollapse();
    void goingToHiddenItemsReveals();
    void overviewMovesTheCanvas();
};

void TestNavigation::searchMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hits");
    QTest::newRow("site code") << u"s03"_s << QStringList{u"S03"_s};
    QTest::newRow("site name") << u"BRANCH"_s
                               << QStringList{u"S01"_s, u"S02"_s, u"S03"_s, u"S04"_s};
    // Best first: a text typed in full, then texts that start with it, then the rest; each
    // kind in the plan's order.
    QTest::newRow("starts before inside")
        << u"fra"_s << QStringList{u"FRA-SMS01"_s, u"FRA-MP01"_s, u"P01"_s};
    QTest::newRow("server names before the site name")
        << u"lon"_s
        << QStringList{u"LON-SMS01"_s, u"LON-SQL01"_s, u"LON-MP01"_s, u"LON-DP01"_s, u"CEN"_s};
    QTest::newRow("a code in full first")
        << u"s01"_s << QStringList{u"S01"_s,       u"LON-SMS01"_s, u"FRA-SMS01"_s, u"NYC-SMS01"_s,
                                   u"SIN-SMS01"_s, u"PAR-SMS01"_s, u"TOR-SMS01"_s, u"CHI-SMS01"_s};
    QTest::newRow("a server name in full first") << u"par-mp01"_s << QStringList{u"PAR-MP01"_s};
    QTest::newRow("server name") << u"lon-dp"_s << QStringList{u"LON-DP01"_s};
    QTest::newRow("role name") << u"Server Locator"_s << QStringList{u"LON-MP01"_s};
    QTest::newRow("spaces around") << u"  tor-sms01 "_s << QStringList{u"TOR-SMS01"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList();
    QTest::newRow("blank") << u"  "_s << QStringList();
}

void TestNavigation::searchMatches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hits);
    const Plan plan = examplePlan();
    QCOMPARE(hitNames(plan, PlanSearch::find(plan, text)), hits);
}

void TestNavigation::searchStepsAndWraps()
{
    const Plan plan = examplePlan();
    PlanSearch search;
    search.setText(plan, u"branch"_s);
    QCOMPARE(search.count(), 4);
    QCOMPARE(search.currentIndex(), 0);
    QCOMPARE(hitNames(plan, {search.next()}), QStringList{u"S02"_s});
    search.next();
    search.next();
    QCOMPARE(search.currentIndex(), 3);
    QCOMPARE(hitNames(plan, {search.next()}), QStringList{u"S01"_s});     // wraps to the first
    QCOMPARE(hitNames(plan, {search.previous()}), QStringList{u"S04"_s}); // and back to the last
    QCOMPARE(search.currentIndex(), 3);

    search.setText(plan, u"nothing like it"_s);
    QCOMPARE(search.count(), 0);
    QCOMPARE(search.currentIndex(), -1);
    QCOMPARE(search.next().id, ItemId(0));
    QCOMPARE(search.previous().id, ItemId(0));
}

void TestNavigation::searchKeepsCurrentAcrossEdits()
{
    Document document;
    document.reset(examplePlan());
    PlanSearch search;
    search.setText(document.plan(), u"fra"_s);
    search.next(); // FRA-MP01
    const ItemId fraMp = serverId(document, u"FRA-MP01"_s);
    QCOMPARE(search.current().id, fraMp);
    // Narrowing the text keeps the current hit where it still matches.
    search.setText(document.plan(), u"fra-"_s);
    QCOMPARE(search.count(), 2);
    QCOMPARE(search.current().id, fraMp);
    // A server that stops matching leaves the hits; the current one stays.
    search.setText(document.plan(), u"fra"_s);
    document.renameServer(serverId(document, u"FRA-SMS01"_s), u"EU-SMS01"_s);
    search.refresh(document.plan());
    QCOMPARE(search.count(), 2);
    QCOMPARE(search.current().id, fraMp);
    QCOMPARE(search.currentIndex(), 0);

    // Typing on to a code in full goes to that site, though the current hit still matches.
    search.setText(document.plan(), u"sms0"_s);
    QCOMPARE(hitNames(document.plan(), {search.current()}), QStringList{u"LON-SMS01"_s});
    search.setText(document.plan(), u"s01"_s);
    QCOMPARE(hitNames(document.plan(), {search.current()}), QStringList{u"S01"_s});
    QCOMPARE(search.currentIndex(), 0);
}

void TestNavigation::ctrlFFocusesTheBar()
{
    Window w;
    QAction *find = w.action("actionFind");
    QVERIFY(find);
    QVERIFY(find->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    FindBar *bar = w.window.findBar();
    QVERIFY(!bar->isVisible());
    w.canvas()->setFocus();
    QTest::keySequence(&w.window, QKeySequence(QKeySequence::Find));
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    // Over the canvas, inside its visible part.
    QVERIFY(w.canvas()->rect().contains(bar->geometry()));

    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(w.canvas()->hasFocus());
}

void TestNavigation::enterStepsThroughHits()
{
    Window w;
    FindBar *bar = w.window.findBar();
    Selection *selection = w.window.selection();
    w.action("actionFind")->trigger();
    w.canvas()->setZoom(0.1); // a large plan fitted to the window

    // Typing goes to the first hit: the servers whose names start with the text come before
    // the site whose name has it inside.
    QTest::keyClicks(bar->field(), u"fra"_s);
    const ItemId p01 = siteId(*w.document(), u"P01"_s);
    const ItemId fraSms = serverId(*w.document(), u"FRA-SMS01"_s);
    const ItemId fraMp = serverId(*w.document(), u"FRA-MP01"_s);
    QCOMPARE(bar->countText(), u"1 of 3"_s);
    QCOMPARE(selection->items(), (QList<Selection::Item>{{Selection::Item::Server, fraSms}}));
    QVERIFY(w.centred(fraSms));
    QVERIFY(w.canvas()->zoom() >= CanvasView::kReadableZoom - 1e-9); // names readable

    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(bar->countText(), u"2 of 3"_s);
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Server, fraMp}));
    QVERIFY(w.centred(fraMp));
    QTest::keyClick(bar->field(), Qt::Key_Enter);
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Site, p01}));
    QTest::keyClick(bar->field(), Qt::Key_Return); // wraps
    QCOMPARE(bar->countText(), u"1 of 3"_s);
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Server, fraSms}));
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier); // and back
    QCOMPARE(bar->countText(), u"3 of 3"_s);
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Site, p01}));
    QVERIFY(w.centred(p01));

    // F3 and Shift+F3 from the canvas, with the bar still open.
    w.canvas()->setFocus();
    QTest::keySequence(&w.window, QKeySequence(QKeySequence::FindNext));
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Server, fraSms}));
    QTest::keySequence(&w.window, QKeySequence(QKeySequence::FindPrevious));
    QCOMPARE(selection->current(), (Selection::Item{Selection::Item::Site, p01}));
    QCOMPARE(bar->countText(), u"3 of 3"_s);
}

void TestNavigation::noMatchShownPlainly()
{
    Window w;
    FindBar *bar = w.window.findBar();
    w.action("actionFind")->trigger();
    const ItemId cen = siteId(*w.document(), u"CEN"_s);
    QTest::keyClicks(bar->field(), u"no such site"_s);
    QCOMPARE(bar->countText(), u"No matches"_s);
    w.window.selection()->select({Selection::Item::Site, cen});
    QTest::keyClick(bar->field(), Qt::Key_Return);
    // The selection stays what it was.
    QCOMPARE(w.window.selection()->current(), (Selection::Item{Selection::Item::Site, cen}));
    bar->field()->selectAll();
    QTest::keyClick(bar->field(), Qt::Key_Backspace);
    QCOMPARE(bar->countText(), QString());
}

void TestNavigation::zoomToSelection()
{
    Window w;
    QAction *zoom = w.action("actionZoomToSelection");
    QVERIFY(zoom);
    w.window.selection()->clear();
    QVERIFY(!zoom->isEnabled());

    // Two branch sites far apart: both end up in the window, as large as fits.
    const ItemId s01 = siteId(*w.document(), u"S01"_s);
    const ItemId s04 = siteId(*w.document(), u"S04"_s);
    w.canvas()->setZoom(CanvasView::kMinZoom);
    w.window.selection()->setItems({{Selection::Item::Site, s01}, {Selection::Item::Site, s04}});
    QVERIFY(zoom->isEnabled());
    zoom->trigger();
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    const QRectF both =
        scene->itemFor(s01)->sceneBoundingRect() | scene->itemFor(s04)->sceneBoundingRect();
    const QRect shown = w.canvas()->mapFromScene(both).boundingRect();
    QVERIFY(w.canvas()->viewport()->rect().contains(shown));
    QVERIFY2(shown.width() > w.canvas()->viewport()->width() * 0.8 ||
                 shown.height() > w.canvas()->viewport()->height() * 0.8 ||
                 qFuzzyCompare(w.canvas()->zoom(), 1.0),
             "the selection does not fill the window");

    // One server card: centred, at 100 % rather than magnified.
    const ItemId card = serverId(*w.document(), u"LON-DP01"_s);
    w.window.selection()->select({Selection::Item::Server, card});
    zoom->trigger();
    QCOMPARE(w.canvas()->zoom(), 1.0);
    QVERIFY(w.centred(card));
}

namespace {

QMap<QString, QPointF> shownSitePositions(const Window &w)
{
    QMap<QString, QPointF> positions;
    const HierarchyScene *scene = w.canvas()->hierarchyScene();
    for (const Site &site : w.document()->plan().sites) {
        if (scene->isShown(site.uid))
            positions.insert(site.code, scene->siteItem(site.uid)->pos());
    }
    return positions;
}

} // namespace

void TestNavigation::collapseHidesSubtree()
{
    Window w;
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    const Document &document = *w.document();
    const ItemId p01 = siteId(document, u"P01"_s);
    const ItemId cen = siteId(document, u"CEN"_s);
    const QMap<QString, QPointF> before = shownSitePositions(w);
    const double widthBefore = scene->contentRect().width();
    QCOMPARE(before.size(), 8);
    QCOMPARE(scene->childSiteCount(p01), 2);
    QVERIFY(!scene->siteItem(p01)->toggleRect().isNull());
    QVERIFY(scene->siteItem(siteId(document, u"S01"_s))->toggleRect().isNull()); // a leaf

    scene->setCollapsed(p01, true);
    QVERIFY(scene->isCollapsed(p01));
    QCOMPARE(scene->hiddenSiteCount(p01), 2);
    for (const char *code : {"S01", "S02"})
        QVERIFY2(!scene->isShown(siteId(document, QLatin1String(code))), code);
    QVERIFY(!scene->isShown(serverId(document, u"PAR-SMS01"_s))); // the cards go with them
    QVERIFY(!scene->isShown(serverId(document, u"MAD-DC01"_s)));
    QVERIFY(scene->isShown(serverId(document, u"FRA-SMS01"_s)));
    // The hidden sites take no room: the tree closes up and the diagram is narrower.
    const QMap<QString, QPointF> collapsed = shownSitePositions(w);
    QCOMPARE(collapsed.size(), 6);
    QVERIFY(collapsed.value(u"P02"_s).x() < before.value(u"P02"_s).x());
    QVERIFY(scene->contentRect().width() < widthBefore);
    // Nothing is drawn where the hidden sites were, and no connector leads there.
    const QRectF s01Area = QRectF(before.value(u"S01"_s), QSizeF(50, 50));
    for (QGraphicsItem *item : scene->items(s01Area))
        QVERIFY(!item->isVisible() || !item->sceneBoundingRect().intersects(s01Area));

    // A collapsed site inside a collapsed one: the outer one counts everything it hides.
    scene->setCollapsed(cen, true);
    QCOMPARE(scene->hiddenSiteCount(cen), 7);
    QCOMPARE(shownSitePositions(w).size(), 1);
    scene->setCollapsed(cen, false);
    QCOMPARE(shownSitePositions(w), collapsed); // P01 is still collapsed

    scene->setCollapsed(p01, false);
    QCOMPARE(scene->hiddenSiteCount(p01), 0);
    QCOMPARE(shownSitePositions(w), before);
    QCOMPARE(scene->contentRect().width(), widthBefore);

    // A site without child sites does not collapse.
    scene->setCollapsed(siteId(document, u"S01"_s), true);
    QVERIFY(!scene->isCollapsed(siteId(document, u"S01"_s)));
}

void TestNavigation::collapseToggleOnSite()
{
    Window w;
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    const ItemId p02 = siteId(*w.document(), u"P02"_s);
    SiteItem *site = scene->siteItem(p02);
    auto clickToggle = [&] {
        const QPoint at = w.canvas()->mapFromScene(site->mapToScene(site->toggleRect().center()));
        QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, at);
    };
    w.canvas()->centerOnItem(p02);
    clickToggle();
    QVERIFY(scene->isCollapsed(p02));
    QCOMPARE(scene->hiddenSiteCount(p02), 2);
    QVERIFY(!scene->isShown(siteId(*w.document(), u"S03"_s)));
    // The marker reads "+2 sites" and is the toggle again.
    QVERIFY(site->toggleRect().width() > site->toggleRect().height());
    clickToggle();
    QVERIFY(!scene->isCollapsed(p02));
    QVERIFY(scene->isShown(siteId(*w.document(), u"S03"_s)));

    // Minus and Plus on the canvas fold the selected site.
    w.window.selection()->select({Selection::Item::Site, p02});
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas(), Qt::Key_Minus);
    QVERIFY(scene->isCollapsed(p02));
    QTest::keyClick(w.canvas(), Qt::Key_Plus, Qt::ShiftModifier);
    QVERIFY(!scene->isCollapsed(p02));
}

void TestNavigation::collapseIsViewState()
{
    Window w;
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    const ItemId p01 = siteId(*w.document(), u"P01"_s);
    const int undoSteps = w.document()->undoStack()->count();
    w.window.selection()->select({Selection::Item::Site, p01});
    QAction *collapse = w.action("actionCollapseSites");
    QVERIFY(collapse && collapse->isEnabled() && !collapse->isChecked());
    collapse->trigger();
    QVERIFY(scene->isCollapsed(p01));
    QVERIFY(collapse->isChecked());
    QCOMPARE(w.document()->undoStack()->count(), undoSteps);
    QVERIFY(!w.document()->isModified());
    QVERIFY(!w.document()->diagramPosition(p01));

    // Adding a site under a collapsed one shows it.
    w.action("actionAddSecondarySite")->trigger();
    QVERIFY(!scene->isCollapsed(p01));

    scene->setCollapsed(p01, true);
    w.action("actionExpandAllSites")->trigger();
    QVERIFY(!scene->isCollapsed(p01));

    // Another plan starts expanded.
    scene->setCollapsed(p01, true);
    w.document()->reset(examplePlan());
    QVERIFY(!scene->isCollapsed(siteId(*w.document(), u"P01"_s)));
}

void TestNavigation::outlineDrivesCollapse()
{
    Window w;
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    auto *outline = w.window.findChild<OutlineDock *>();
    QVERIFY(outline);
    QTreeView *tree = outline->treeView();
    const ItemId p02 = siteId(*w.document(), u"P02"_s);
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *collapse = w.action("actionCollapseSites");
    QVERIFY(tree->actions().contains(collapse));
    QVERIFY(tree->actions().contains(w.action("actionExpandAllSites")));

    // Selecting the site's row and choosing the entry of the Outline's context menu.
    const QModelIndex row = outline->indexFor({Selection::Item::Site, p02});
    QVERIFY(row.isValid());
    tree->setCurrentIndex(row);
    QCOMPARE(w.window.selection()->current(), (Selection::Item{Selection::Item::Site, p02}));
    collapse->trigger();
    QVERIFY(scene->isCollapsed(p02));
    QVERIFY(!scene->isShown(siteId(*w.document(), u"S04"_s)));
    collapse->trigger();
    QVERIFY(!scene->isCollapsed(p02));
}

void TestNavigation::goingToHiddenItemsReveals()
{
    Window w;
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    const ItemId cen = siteId(*w.document(), u"CEN"_s);
    const ItemId p01 = siteId(*w.document(), u"P01"_s);
    scene->setCollapsed(p01, true);
    scene->setCollapsed(cen, true);

    // A row of the Outline.
    auto *outline = w.window.findChild<OutlineDock *>();
    const ItemId card = serverId(*w.document(), u"PAR-SMS01"_s);
    outline->treeView()->setCurrentIndex(outline->indexFor({Selection::Item::Server, card}));
    QVERIFY(!scene->isCollapsed(cen));
    QVERIFY(!scene->isCollapsed(p01));
    QVERIFY(scene->isShown(card));

    // A find hit.
    scene->setCollapsed(cen, true);
    w.action("actionFind")->trigger();
    QTest::keyClicks(w.window.findBar()->field(), u"madrid"_s);
    const ItemId s02 = siteId(*w.document(), u"S02"_s);
    QCOMPARE(w.window.selection()->current(), (Selection::Item{Selection::Item::Site, s02}));
    QVERIFY(scene->isShown(s02));
    QVERIFY(w.centred(s02));
}

void TestNavigation::overviewMovesTheCanvas()
{
    Window w;
    OverviewMap *map = w.window.overview();
    QAction *toggle = w.action("actionOverview");
    QVERIFY(toggle && toggle->isCheckable());
    QVERIFY(!map->isVisible());
    toggle->trigger();
    QVERIFY(map->isVisible());
    HierarchyScene *scene = w.canvas()->hierarchyScene();
    QCOMPARE(map->sceneArea(), scene->contentRect());
    // In the canvas's lower right corner.
    QVERIFY(w.canvas()->viewport()->geometry().contains(map->geometry()));

    // A click on a site in the map brings that site to the middle of the canvas.
    w.canvas()->setZoom(1.0);
    const ItemId s04 = siteId(*w.document(), u"S04"_s);
    const QPointF target = scene->itemFor(s04)->sceneBoundingRect().center();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(target).toPoint());
    const QPointF middle = w.canvas()->mapToScene(w.canvas()->viewport()->rect().center());
    QVERIFY2((middle - target).manhattanLength() < 4.0 * map->sceneArea().width() / map->width(),
             "the canvas did not move to the clicked point");
    // The frame shows the part of the diagram the canvas shows.
    QVERIFY(map->viewFrame().contains(map->toWidget(target)));

    // Collapsing redraws it over the smaller diagram.
    scene->setCollapsed(siteId(*w.document(), u"CEN"_s), true);
    QTRY_COMPARE(map->sceneArea(), scene->contentRect());
    toggle->trigger();
    QVERIFY(!map->isVisible());
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
