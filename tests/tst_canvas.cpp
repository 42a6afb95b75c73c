// The canvas shows the Document and edits it only through the Document: one item per site and
// server found by id, a tidy tree where the file has no layout, findings as outlines and badges,
// gestures ending in one undo step, a selection shared both ways, an export that paints, and
// user text that stays text.
#include "canvas/canvasstyle.h"
#include "canvas/canvasview.h"
#include "canvas/hierarchyscene.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "document/document.h"
#include "io/planloader.h"
#include "selection.h"
#include "theme.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 11, 21);

Plan examplePlan(const QString &name)
{
    LoadResult result = loadPlanFile(QStringLiteral(HIERARCH_EXAMPLES_DIR "/") + name);
    if (!result.plan)
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(result.error.toString()));
    return *result.plan;
}

// A document, selection and scene over an example plan.
struct Fixture
{
    Document document;
    Selection selection{&document};
    HierarchyScene scene{&document, &selection};

    explicit Fixture(const QString &example = u"sms2003-central-hierarchy.hierarchy.yaml"_s)
    {
        document.setValidationDate(kAsOf);
        document.reset(examplePlan(example));
    }
    ItemId siteId(const QString &code) const
    {
        return document.plan().sites.at(document.siteIndexByCode(code)).uid;
    }
    ItemId serverId(const QString &name) const
    {
        for (const Site &site : document.plan().sites) {
            for (const Server &server : site.servers) {
                if (server.name == name)
                    return server.uid;
            }
        }
        return 0;
    }
    SiteItem *site(const QString &code) const
    {
        return static_cast<SiteItem *>(scene.itemFor(siteId(code)));
    }
    ServerItem *server(const QString &name) const
    {
        return static_cast<ServerItem *>(scene.itemFor(serverId(name)));
    }
    QRectF sceneRect(const SiteItem *item) const { return item->mapRectToScene(item->rect()); }
    QRectF sceneRect(const ServerItem *item) const { return item->mapRectToScene(item->rect()); }
};

void sendMouse(QGraphicsScene *scene, QEvent::Type type, const QPointF &pos, const QPointF &downPos,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(pos);
    event.setLastScenePos(pos);
    event.setButtonDownScenePos(Qt::LeftButton, downPos);
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
    event.setModifiers(modifiers);
    QCoreApplication::sendEvent(scene, &event);
}

// Press at `from`, move to `to` in a few steps, release there.
void drag(QGraphicsScene *scene, const QPointF &from, const QPointF &to)
{
    sendMouse(scene, QEvent::GraphicsSceneMousePress, from, from);
    for (int i = 1; i <= 4; ++i)
        sendMouse(scene, QEvent::GraphicsSceneMouseMove, from + (to - from) * i / 4.0, from);
    sendMouse(scene, QEvent::GraphicsSceneMouseRelease, to, from);
}

void click(QGraphicsScene *scene, const QPointF &at, Qt::KeyboardModifiers modifiers = {})
{
    sendMouse(scene, QEvent::GraphicsSceneMousePress, at, at, modifiers);
    sendMouse(scene, QEvent::GraphicsSceneMouseRelease, at, at, modifiers);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void itemPerSiteAndServer();
    void autoLayoutIsATidyTree();
    void storedPositionsWin();
    void findingsOutlineAndBadge();
    void dropRole();
    void dropRoleThroughDropEvent();
    void dropSiteRoleForAnotherSite();
    void movedServerChipsNameServedSite();
    void removeServerAndUndo();
    void dragSitesPushesOneCommand();
    void dropSiteOnSiteReparents();
    void dragCardToOtherSiteMovesServer();
    void selectionSync();
    void roleChipSelection();
    void renderDiagram();
    void toolTipsEscapeUserText();
    void structuralEditsKeepItems();
    void fieldEditsLayOutOnlyWhenTheTreeChanges();
    void viewZoom();
    void zoomedOutCardsAreBlocks();
};

// --- items -----------------------------------------------------------------------------------

void TestCanvas::itemPerSiteAndServer()
{
    Fixture f;
    int sites = 0, servers = 0;
    for (const Site &site : f.document.plan().sites) {
        QGraphicsItem *item = f.scene.itemFor(site.uid);
        QVERIFY(item);
        QCOMPARE(item->type(), int(SiteItem::Type));
        ++sites;
        for (const Server &server : site.servers) {
            QGraphicsItem *card = f.scene.itemFor(server.uid);
            QVERIFY(card);
            QCOMPARE(card->type(), int(ServerItem::Type));
            QCOMPARE(card->parentItem(), item); // inside its site
            QVERIFY(item->mapRectToScene(static_cast<SiteItem *>(item)->rect())
                        .contains(f.sceneRect(static_cast<ServerItem *>(card))));
            ++servers;
        }
    }
    int siteItems = 0, serverItems = 0;
    for (QGraphicsItem *item : f.scene.items()) {
        siteItems += item->type() == SiteItem::Type;
        serverItems += item->type() == ServerItem::Type;
    }
    QCOMPARE(siteItems, sites);
    QCOMPARE(serverItems, servers);
    QVERIFY(!f.scene.itemFor(0));
    QVERIFY(!f.scene.itemFor(999999));
}

void TestCanvas::autoLayoutIsATidyTree()
{
    Fixture f;
    QVERIFY(f.document.plan().diagram.isEmpty());
    const QList<Site> &sites = f.document.plan().sites;
    for (const Site &site : sites) {
        const QRectF rect = f.sceneRect(f.site(site.code));
        if (site.parent) {
            const QRectF parent = f.sceneRect(f.site(*site.parent));
            QVERIFY2(parent.bottom() < rect.top(), qPrintable(site.code));
        }
        for (const Site &other : sites) {
            if (other.uid != site.uid)
                QVERIFY2(!rect.intersects(f.sceneRect(f.site(other.code))),
                         qPrintable(site.code + u" / "_s + other.code));
        }
        // Cards inside a site do not overlap either.
        for (const Server &a : site.servers) {
            for (const Server &b : site.servers) {
                if (a.uid != b.uid)
                    QVERIFY(
                        !f.sceneRect(f.server(a.name)).intersects(f.sceneRect(f.server(b.name))));
            }
        }
    }
    // The central site is centred over its three children.
    const double first = f.sceneRect(f.site(u"P01"_s)).center().x();
    const double last = f.sceneRect(f.site(u"P03"_s)).center().x();
    // (Positions are rounded to whole units.)
    QVERIFY(std::abs(f.sceneRect(f.site(u"CEN"_s)).center().x() - (first + last) / 2) <= 1);
    QVERIFY(f.scene.contentRect().contains(f.sceneRect(f.site(u"S04"_s))));
}

void TestCanvas::storedPositionsWin()
{
    Fixture f;
    const ItemId p02 = f.siteId(u"P02"_s);
    f.document.moveSites({{p02, QPointF(5000, 40)}});
    SiteItem *item = f.site(u"P02"_s);
    // Stored positions are the top centre of the box.
    QCOMPARE(item->pos(), QPointF(5000 - item->size().width() / 2, 40));
    f.document.clearDiagram();
    QVERIFY(item->pos().x() < 5000 - item->size().width() / 2);
    QVERIFY(item->pos().y() > f.sceneRect(f.site(u"CEN"_s)).bottom());
}

void TestCanvas::findingsOutlineAndBadge()
{
    Fixture f;
    // Some server of the example has an unwaived error.
    ItemId erroneous = 0;
    for (const Finding &finding : f.document.findings()) {
        if (finding.kind == Scope::Server && finding.severity() == Severity::Error &&
            !finding.waived) {
            const int site = f.document.siteIndexByCode(finding.site);
            for (const Server &server : f.document.plan().sites.at(site).servers) {
                if (server.name == finding.subject)
                    erroneous = server.uid;
            }
            break;
        }
    }
    QVERIFY(erroneous);
    auto *card = static_cast<ServerItem *>(f.scene.itemFor(erroneous));
    int unwaived = 0;
    for (const Finding *finding : f.document.findingsFor(erroneous))
        unwaived += !finding->waived;
    QCOMPARE(card->outlineColor(), severityColor(Severity::Error));
    QCOMPARE(card->badgeCount(), unwaived);
    QVERIFY(card->toolTipText().contains(severityColor(Severity::Error).name()));

    // A server without findings has no outline and no badge.
    for (const Site &site : f.document.plan().sites) {
        for (const Server &server : site.servers) {
            if (f.document.findingsFor(server.uid).isEmpty()) {
                auto *clean = static_cast<ServerItem *>(f.scene.itemFor(server.uid));
                QVERIFY(!clean->outlineColor().isValid());
                QCOMPARE(clean->badgeCount(), 0);
            }
        }
    }

    // Waiving every finding of the server leaves no outline, and the tooltip says "waived".
    for (const Finding *finding : f.document.findingsFor(erroneous))
        f.document.addWaiver({finding->id(), u"Accepted for the test"_s, {}, {}, {}});
    QVERIFY(!card->outlineColor().isValid());
    QCOMPARE(card->badgeCount(), 0);
    QCOMPARE(card->findingMarks().waived, unwaived);
    QVERIFY(card->toolTipText().contains(u"waived"_s));
}

void TestCanvas::dropRole()
{
    Fixture f; // SMS 2003
    QSignalSpy messages(&f.scene, &HierarchyScene::statusMessage);
    const ItemId dp = f.serverId(u"LON-DP01"_s);
    const int commands = f.document.undoStack()->index();

    QVERIFY(f.scene.dropRole(dp, Role::ManagementPoint));
    QVERIFY(f.document.server(dp)->hasRole(Role::ManagementPoint));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);

    // Not an SMS 2003 role: refused, and the message names the product.
    messages.clear();
    QVERIFY(!f.scene.dropRole(dp, Role::BranchDistributionPoint));
    QVERIFY(!f.document.server(dp)->hasRole(Role::BranchDistributionPoint));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.constFirst().constFirst().toString().contains(u"SMS 2003"_s),
             qPrintable(messages.constFirst().constFirst().toString()));

    // Already there.
    messages.clear();
    QVERIFY(!f.scene.dropRole(dp, Role::ManagementPoint));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().constFirst().toString().contains(u"already has"_s));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
}

void TestCanvas::dropSiteRoleForAnotherSite()
{
    Fixture f; // SMS 2003: LON-SQL01 is CEN's database server
    QSignalSpy messages(&f.scene, &HierarchyScene::statusMessage);
    const ItemId sql = f.serverId(u"LON-SQL01"_s);
    ServerItem *card = f.server(u"LON-SQL01"_s);
    QCOMPARE(card->chipText(0), roleDisplayName(Role::SiteDatabase));

    // A second site database role serves the first primary site the server does not serve.
    QVERIFY(f.scene.dropRole(sql, Role::SiteDatabase));
    const Server *server = f.document.server(sql);
    QCOMPARE(server->roles.size(), 2);
    QCOMPARE(server->roles.at(1).site, u"P01"_s);
    QVERIFY2(messages.constLast().constFirst().toString().contains(u"P01"_s),
             qPrintable(messages.constLast().constFirst().toString()));
    // The two chips are told apart by the site served.
    QCOMPARE(card->chipText(0), roleDisplayName(Role::SiteDatabase));
    QCOMPARE(card->chipText(1), roleDisplayName(Role::SiteDatabase) + u" · P01"_s);
    const bool shared = std::any_of(
        f.document.findings().cbegin(), f.document.findings().cend(),
        [](const Finding &x) { return x.id() == u"sql-shared-between-sites@LON-SQL01"_s; });
    QVERIFY(shared);

    // Stating the server's own site on a chip does not suffix it.
    f.document.setField({FieldOwner::Role, sql, 0}, *findField(FieldOwner::Role, u"site"),
                        u"CEN"_s);
    QCOMPARE(card->chipText(0), roleDisplayName(Role::SiteDatabase));

    // Renaming the served site renames the chip.
    f.document.renameSite(f.siteId(u"P01"_s), u"FRA"_s);
    QCOMPARE(card->chipText(1), roleDisplayName(Role::SiteDatabase) + u" · FRA"_s);
}

void TestCanvas::movedServerChipsNameServedSite()
{
    Fixture f;
    const ItemId sql = f.serverId(u"LON-SQL01"_s);
    f.document.moveServer(sql, f.siteId(u"P01"_s));
    // Still CEN's database, now from P01: the chip says so.
    QCOMPARE(f.document.server(sql)->roles.at(0).site, u"CEN"_s);
    QCOMPARE(f.server(u"LON-SQL01"_s)->chipText(0),
             roleDisplayName(Role::SiteDatabase) + u" · CEN"_s);
    f.document.undoStack()->undo();
    QVERIFY(!f.document.server(sql)->roles.at(0).site);
    QCOMPARE(f.server(u"LON-SQL01"_s)->chipText(0), roleDisplayName(Role::SiteDatabase));
}

void TestCanvas::dropRoleThroughDropEvent()
{
    Fixture f;
    ServerItem *card = f.server(u"LON-DP01"_s);
    const QPointF at = card->mapToScene(QPointF(card->rect().center().x(), 12));
    auto send = [&](QEvent::Type type, const QByteArray &role) {
        QMimeData mime;
        mime.setData(QLatin1String(kRoleMimeType), role);
        QGraphicsSceneDragDropEvent event(type);
        event.setScenePos(at);
        event.setMimeData(&mime);
        event.setPossibleActions(Qt::CopyAction);
        event.setProposedAction(Qt::CopyAction);
        event.setAccepted(false);
        QCoreApplication::sendEvent(&f.scene, &event);
        return event.isAccepted();
    };
    QVERIFY(send(QEvent::GraphicsSceneDragEnter, "reporting-point"));
    QVERIFY(send(QEvent::GraphicsSceneDragMove, "reporting-point"));
    QCOMPARE(f.scene.dropTarget(), card);
    send(QEvent::GraphicsSceneDrop, "reporting-point");
    QVERIFY(f.document.server(card->id())->hasRole(Role::ReportingPoint));
    QVERIFY(!f.scene.dropTarget());
    QVERIFY(!send(QEvent::GraphicsSceneDragEnter, "no-such-role"));
}

void TestCanvas::removeServerAndUndo()
{
    Fixture f;
    const ItemId id = f.serverId(u"LON-MP01"_s);
    const ItemId home = f.siteId(u"CEN"_s);
    const QSizeF before = f.site(u"CEN"_s)->size();
    f.document.removeServers({id});
    QVERIFY(!f.scene.itemFor(id));
    QVERIFY(f.scene.itemFor(home));
    f.document.undoStack()->undo();
    QGraphicsItem *back = f.scene.itemFor(id);
    QVERIFY(back);
    QCOMPARE(back->parentItem(), f.scene.itemFor(home));
    QCOMPARE(f.site(u"CEN"_s)->size(), before);

    // A removed site takes its cards along; undo brings all back.
    const ItemId p01 = f.siteId(u"P01"_s);
    const ItemId fra = f.serverId(u"FRA-SMS01"_s);
    const ItemId s01 = f.siteId(u"S01"_s);
    f.document.removeSites({p01});
    QVERIFY(!f.scene.itemFor(p01));
    QVERIFY(!f.scene.itemFor(fra));
    QVERIFY(!f.scene.itemFor(s01));
    f.document.undoStack()->undo();
    QVERIFY(f.scene.itemFor(p01));
    QVERIFY(f.scene.itemFor(fra));
    QVERIFY(f.scene.itemFor(s01));
}

void TestCanvas::dragSitesPushesOneCommand()
{
    Fixture f;
    SiteItem *p03 = f.site(u"P03"_s);
    const QPointF start = p03->pos();
    const int commands = f.document.undoStack()->index();
    // Grab the header, drag to the right into empty space.
    const QPointF grab = p03->mapToScene(QPointF(20, 20));
    drag(&f.scene, grab, grab + QPointF(700, 30));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
    QCOMPARE(p03->pos(), start + QPointF(700, 30));
    const auto stored = f.document.diagramPosition(p03->id());
    QVERIFY(stored);
    QCOMPARE(*stored, QPointF(p03->x() + p03->size().width() / 2, p03->y()));
    // Every other site kept its place: the whole layout was stored with the move.
    for (const Site &site : f.document.plan().sites)
        QVERIFY(f.document.diagramPosition(site.uid));
    f.document.undoStack()->undo();
    QCOMPARE(p03->pos(), start);
    QVERIFY(f.document.plan().diagram.isEmpty());

    // Two selected sites move together, still as one command.
    SiteItem *p01 = f.site(u"P01"_s);
    const QPointF p01Start = p01->pos();
    p01->setSelected(true);
    p03->setSelected(true);
    const QPointF grab2 = p03->mapToScene(QPointF(20, 20));
    sendMouse(&f.scene, QEvent::GraphicsSceneMousePress, grab2, grab2, Qt::ControlModifier);
    sendMouse(&f.scene, QEvent::GraphicsSceneMouseMove, grab2 + QPointF(0, 400), grab2);
    sendMouse(&f.scene, QEvent::GraphicsSceneMouseRelease, grab2 + QPointF(0, 400), grab2);
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
    QCOMPARE(p01->pos(), p01Start + QPointF(0, 400));
    QCOMPARE(p03->pos(), start + QPointF(0, 400));

    // A click without movement pushes nothing.
    click(&f.scene, p03->mapToScene(QPointF(20, 20)));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
}

void TestCanvas::dropSiteOnSiteReparents()
{
    Fixture f;
    QSignalSpy messages(&f.scene, &HierarchyScene::statusMessage);
    SiteItem *s03 = f.site(u"S03"_s);
    SiteItem *p01 = f.site(u"P01"_s);
    const int commands = f.document.undoStack()->index();
    // Drag S03 by its header so that its centre lands on P01.
    const QPointF grab = s03->mapToScene(QPointF(20, 20));
    const QPointF centre = s03->mapToScene(s03->rect().center());
    const QPointF target = f.sceneRect(p01).center();
    drag(&f.scene, grab, grab + (target - centre));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
    QCOMPARE(*f.document.site(s03->id())->parent, u"P01"_s);
    // Automatic layout: it now sits below its new parent, not over it.
    QVERIFY(f.sceneRect(s03).top() > f.sceneRect(p01).bottom());
    QVERIFY(!f.sceneRect(s03).intersects(f.sceneRect(p01)));
    f.document.undoStack()->undo();
    QCOMPARE(*f.document.site(s03->id())->parent, u"P02"_s);

    // Onto its own child: refused with a message, nothing pushed, back in place.
    SiteItem *p02 = f.site(u"P02"_s);
    const QPointF start = p02->pos();
    messages.clear();
    const QPointF grab2 = p02->mapToScene(QPointF(20, 20));
    const QPointF centre2 = p02->mapToScene(p02->rect().center());
    drag(&f.scene, grab2, grab2 + (f.sceneRect(f.site(u"S04"_s)).center() - centre2));
    QCOMPARE(f.document.undoStack()->index(), commands);
    QCOMPARE(p02->pos(), start);
    QCOMPARE(messages.size(), 1);

    // With a stored layout the re-parenting and the new position are one undo step.
    QList<std::pair<ItemId, QPointF>> all;
    for (const Site &site : f.document.plan().sites) {
        const SiteItem *item = f.site(site.code);
        all.append({site.uid, QPointF(item->x() + item->size().width() / 2, item->y())});
    }
    f.document.moveSites(all);
    const int stored = f.document.undoStack()->index();
    const QPointF grab3 = s03->mapToScene(QPointF(20, 20));
    const QPointF centre3 = s03->mapToScene(s03->rect().center());
    drag(&f.scene, grab3, grab3 + (f.sceneRect(p01).center() - centre3));
    QCOMPARE(f.document.undoStack()->index(), stored + 1);
    QCOMPARE(*f.document.site(s03->id())->parent, u"P01"_s);
    QVERIFY(f.document.diagramPosition(s03->id()));
    QVERIFY(!f.sceneRect(s03).intersects(f.sceneRect(p01)));
    f.document.undoStack()->undo();
    QCOMPARE(*f.document.site(s03->id())->parent, u"P02"_s);
}

void TestCanvas::dragCardToOtherSiteMovesServer()
{
    Fixture f;
    ServerItem *card = f.server(u"LON-DP01"_s);
    const ItemId id = card->id();
    const ItemId p02 = f.siteId(u"P02"_s);
    const int commands = f.document.undoStack()->index();
    const QPointF grab = card->mapToScene(QPointF(30, 15));
    const QPointF target = f.site(u"P02"_s)->mapToScene(QPointF(20, 20));
    drag(&f.scene, grab, target);
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
    QCOMPARE(f.document.siteOfServer(id), p02);
    QVERIFY(f.scene.itemFor(id));
    QCOMPARE(f.scene.itemFor(id)->parentItem(), f.scene.itemFor(p02));

    // Dropped back on its own site: nothing changes and the card returns to its cell.
    ServerItem *moved = f.server(u"LON-DP01"_s);
    const QPointF cell = moved->pos();
    const QPointF grab2 = moved->mapToScene(QPointF(30, 15));
    drag(&f.scene, grab2, grab2 + QPointF(5, 30));
    QCOMPARE(f.document.undoStack()->index(), commands + 1);
    QCOMPARE(moved->pos(), cell);
    f.document.undoStack()->undo();
    QCOMPARE(f.document.siteOfServer(id), f.siteId(u"CEN"_s));
}

void TestCanvas::selectionSync()
{
    Fixture f;
    const ItemId p01 = f.siteId(u"P01"_s);
    const ItemId mp = f.serverId(u"LON-MP01"_s);

    // From elsewhere into the scene.
    f.selection.setItems({{Selection::Item::Site, p01}, {Selection::Item::Server, mp}});
    QVERIFY(f.scene.itemFor(p01)->isSelected());
    QVERIFY(f.scene.itemFor(mp)->isSelected());
    QCOMPARE(f.scene.selectedItems().size(), 2);
    f.selection.select({Selection::Item::Server, mp});
    QVERIFY(!f.scene.itemFor(p01)->isSelected());
    QCOMPARE(f.scene.selectedItems().size(), 1);

    // From the scene to the selection: a click, then Ctrl+click adds (and becomes current).
    QSignalSpy changed(&f.selection, &Selection::changed);
    click(&f.scene, f.site(u"P02"_s)->mapToScene(QPointF(20, 20)));
    QCOMPARE(f.selection.items(),
             (QList<Selection::Item>{{Selection::Item::Site, f.siteId(u"P02"_s)}}));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().constFirst().value<const QObject *>(), &f.scene);
    click(&f.scene, f.server(u"NYC-MP01"_s)->mapToScene(QPointF(30, 15)), Qt::ControlModifier);
    QCOMPARE(f.selection.items().size(), 2);
    QCOMPARE(f.selection.current(),
             (Selection::Item{Selection::Item::Server, f.serverId(u"NYC-MP01"_s)}));
    click(&f.scene, f.server(u"NYC-MP01"_s)->mapToScene(QPointF(30, 15)), Qt::ControlModifier);
    QCOMPARE(f.selection.items().size(), 1);

    // A rubber band is a selection area: everything inside is selected.
    QPainterPath area;
    // (It must enclose the decorations' margin as well.)
    area.addRect(f.sceneRect(f.site(u"P01"_s)).adjusted(-20, -20, 20, 20));
    f.scene.setSelectionArea(area, Qt::ReplaceSelection, Qt::ContainsItemShape);
    QCOMPARE(f.selection.siteIds(), QList<ItemId>{p01});
    QCOMPARE(f.selection.serverIds().size(), 2); // FRA-SMS01, FRA-MP01

    // Removing a selected card keeps what the canvas does not show.
    f.selection.setItems({{Selection::Item::Plan}, {Selection::Item::Server, mp}});
    QVERIFY(f.scene.itemFor(mp)->isSelected());
    f.document.removeServers({mp});
    QCOMPARE(f.selection.items(), (QList<Selection::Item>{{Selection::Item::Plan}}));

    // Removed items leave both selections.
    QPainterPath again;
    again.addRect(f.sceneRect(f.site(u"P01"_s)).adjusted(-20, -20, 20, 20));
    f.scene.setSelectionArea(again, Qt::ReplaceSelection, Qt::ContainsItemShape);
    QCOMPARE(f.selection.siteIds(), QList<ItemId>{p01});
    f.document.removeSites({p01});
    QVERIFY(f.selection.items().isEmpty());
    QVERIFY(f.scene.selectedItems().isEmpty());
}

void TestCanvas::roleChipSelection()
{
    Fixture f;
    ServerItem *card = f.server(u"LON-MP01"_s); // management point, SLP, reporting point
    const ItemId id = card->id();
    // Find the second chip by probing the card.
    QPointF chip;
    for (double y = 40; y < card->rect().height() && chip.isNull(); y += 2) {
        for (double x = 5; x < card->rect().width(); x += 4) {
            if (card->chipAt(QPointF(x, y)) == 1) {
                chip = QPointF(x + 2, y + 2);
                break;
            }
        }
    }
    QVERIFY(!chip.isNull());
    click(&f.scene, card->mapToScene(chip));
    QCOMPARE(f.selection.items(), (QList<Selection::Item>{{Selection::Item::Role, id, 1}}));
    QVERIFY(f.scene.isRoleSelected(id, 1));
    QVERIFY(!card->isSelected());
    QVERIFY(card->toolTipText(chip).contains(roleDisplayName(Role::ServerLocatorPoint)));
    // Ctrl+click on a site keeps the role and adds the site.
    click(&f.scene, f.site(u"P01"_s)->mapToScene(QPointF(20, 20)), Qt::ControlModifier);
    QCOMPARE(f.selection.items().size(), 2);
    QVERIFY(f.selection.contains({Selection::Item::Role, id, 1}));
}

void TestCanvas::renderDiagram()
{
    Fixture f;
    f.scene.itemFor(f.siteId(u"CEN"_s))->setSelected(true);
    const QRectF source = f.scene.diagramRect();
    QImage image(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    f.scene.renderDiagram(&painter, QRectF(QPointF(0, 0), source.size()));
    painter.end();
    // Something was drawn, and the export has no selection halo: its blue is absent.
    int nonWhite = 0;
    bool halo = false;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            nonWhite += pixel != qRgb(255, 255, 255);
            halo = halo || QColor(pixel) == canvas::colors::selection;
        }
    }
    QVERIFY(nonWhite > 1000);
    QVERIFY(!halo);
    QVERIFY(!f.scene.isExporting());
    // Cards draw from their cache again on screen.
    QCOMPARE(f.scene.itemFor(f.serverId(u"LON-MP01"_s))->cacheMode(),
             QGraphicsItem::DeviceCoordinateCache);

    // Scaled down into a small image, too (a thumbnail).
    QImage small(200, 120, QImage::Format_ARGB32_Premultiplied);
    small.fill(Qt::white);
    QPainter smallPainter(&small);
    f.scene.renderDiagram(&smallPainter, QRectF(0, 0, 200, 120));
    smallPainter.end();
    QVERIFY(small.pixel(100, 10) != qRgb(255, 255, 255) ||
            small.pixel(100, 60) != qRgb(255, 255, 255));
}

void TestCanvas::toolTipsEscapeUserText()
{
    Fixture f;
    const ItemId id = f.serverId(u"LON-DP01"_s);
    f.document.renameServer(id, u"<b>x</b>"_s);
    auto *card = static_cast<ServerItem *>(f.scene.itemFor(id));
    const QString tip = card->toolTipText();
    QVERIFY2(tip.contains(u"&lt;b&gt;x&lt;/b&gt;"_s), qPrintable(tip));
    QVERIFY(!tip.contains(u"<b>x</b>"_s));

    const ItemId site = f.siteId(u"P01"_s);
    FieldTarget target{FieldOwner::Site, site};
    f.document.setField(target, *findField(FieldOwner::Site, u"name"),
                        u"<img src=\"file:///etc/hosts\">"_s);
    const QString siteTip = f.site(u"P01"_s)->toolTipText();
    QVERIFY2(siteTip.contains(u"&lt;img"_s), qPrintable(siteTip));
    QVERIFY(!siteTip.contains(u"<img"_s));
}

void TestCanvas::structuralEditsKeepItems()
{
    Fixture f;
    SiteItem *cen = f.site(u"CEN"_s);
    ServerItem *sql = f.server(u"LON-SQL01"_s);
    // A new site appears with an item, below its parent; items of others are kept.
    const ItemId added = f.document.addSite(f.siteId(u"P03"_s), SiteType::Secondary);
    QVERIFY(f.scene.itemFor(added));
    QCOMPARE(f.site(u"CEN"_s), cen);
    QCOMPARE(f.server(u"LON-SQL01"_s), sql);
    QVERIFY(f.sceneRect(static_cast<SiteItem *>(f.scene.itemFor(added))).top() >
            f.sceneRect(f.site(u"P03"_s)).bottom());
    // A server added to a site grows it (five cards make a wider grid).
    const QSizeF size = cen->size();
    const ItemId server = f.document.addServer(cen->id());
    QVERIFY(f.scene.itemFor(server));
    QVERIFY(cen->size().width() > size.width());
    QVERIFY(
        f.sceneRect(cen).contains(f.sceneRect(static_cast<ServerItem *>(f.scene.itemFor(server)))));
    // A new role makes the card taller when it needs another line.
    ServerItem *card = static_cast<ServerItem *>(f.scene.itemFor(server));
    const double cardHeight = card->naturalHeight();
    QVERIFY(f.document.addRole(server, Role::ManagementPoint));
    QVERIFY(f.document.addRole(server, Role::ReportingPoint));
    QVERIFY(card->naturalHeight() > cardHeight);
    // A new plan replaces everything.
    f.document.reset(examplePlan(u"sms2003-small-site.hierarchy.yaml"_s));
    int sites = 0;
    for (QGraphicsItem *item : f.scene.items())
        sites += item->type() == SiteItem::Type;
    QCOMPARE(sites, int(f.document.plan().sites.size()));
}

// The scene updates the items a ChangeEvent names; the tree is laid out again only when its shape
// or a box's size changed. A site moved aside by hand (not through the document) shows whether a
// layout ran: a layout puts it back.
void TestCanvas::fieldEditsLayOutOnlyWhenTheTreeChanges()
{
    Fixture f;
    SiteItem *site = f.site(u"P03"_s);
    const QPointF laidOut = site->pos();
    const QPointF aside = laidOut + QPointF(1000, 0);
    site->setPos(aside);
    const FieldTarget target{FieldOwner::Site, site->id()};
    f.document.setField(target, *findField(FieldOwner::Site, u"clients"), 4321);
    QCOMPARE(site->pos(), aside); // a field the box does not size by: no layout
    f.document.undoStack()->undo();
    QCOMPARE(site->pos(), aside);
    const ItemId server =
        f.document.plan().sites.at(f.document.siteIndex(site->id())).servers.first().uid;
    f.document.setField({FieldOwner::Server, server}, *findField(FieldOwner::Server, u"zone"),
                        u"internet"_s);
    QCOMPARE(site->pos(), aside);
    // A new code can change which site its children hang under: the tree is laid out again.
    f.document.renameSite(site->id(), u"P33"_s);
    QCOMPARE(site->pos(), laidOut);
    site->setPos(aside);
    // So does a card more, which regrids the box.
    f.document.addServer(site->id());
    QVERIFY(site->pos() != aside);
}

void TestCanvas::viewZoom()
{
    Document document;
    Selection selection(&document);
    document.reset(examplePlan(u"sms2003-central-hierarchy.hierarchy.yaml"_s));
    CanvasView view(&document, &selection);
    view.resize(800, 600);
    QSignalSpy zoom(&view, &CanvasView::zoomChanged);
    view.resetZoom();
    QCOMPARE(view.zoom(), 1.0);
    view.zoomIn();
    QVERIFY(view.zoom() > 1.0);
    view.zoomOut();
    QCOMPARE(view.zoom(), 1.0);
    view.zoomOut();
    QVERIFY(view.zoom() < 1.0);
    view.fitToWindow();
    QVERIFY(view.zoom() <= 1.0);
    QVERIFY(view.zoom() < 0.9); // this plan is wider than 800 pixels
    QVERIFY(!zoom.isEmpty());
    QCOMPARE(zoom.constLast().constFirst().toDouble(), view.zoom());
    for (int i = 0; i < 80; ++i)
        view.zoomOut();
    QCOMPARE(view.zoom(), CanvasView::kMinZoom);

    // Going to an item from the smallest zoom makes it readable and puts it in the middle.
    const ItemId target = document.plan().sites.constLast().servers.constLast().uid;
    view.centerOnItem(target);
    QCOMPARE(view.zoom(), CanvasView::kReadableZoom);
    QGraphicsItem *item = view.hierarchyScene()->itemFor(target);
    QVERIFY(item);
    const QRect shown =
        view.mapFromScene(item->mapRectToScene(item->boundingRect())).boundingRect();
    QVERIFY2(view.viewport()->rect().contains(shown), "the subject is not in the window");
    QVERIFY(qAbs(shown.center().x() - view.viewport()->rect().center().x()) <= 2);
    // A zoom the user chose above that is kept.
    view.setZoom(2.0);
    view.centerOnItem(target);
    QCOMPARE(view.zoom(), 2.0);
}

void TestCanvas::zoomedOutCardsAreBlocks()
{
    // Far out the sites draw their cards as blocks and the card items are hidden; they stay
    // selected in the shared Selection, count as shown, and come back selected.
    Fixture f;
    CanvasView view(&f.document, &f.selection);
    view.resize(800, 600);
    HierarchyScene *scene = view.hierarchyScene();
    const ItemId card = f.serverId(u"PAR-MP01"_s);
    QGraphicsItem *item = scene->itemFor(card);
    f.selection.select({Selection::Item::Server, card});
    QVERIFY(item->isSelected());
    view.setZoom(canvas::kCardBlockMaxDetail / 2);
    QVERIFY(scene->cardsAsBlocks());
    QVERIFY(!item->isVisible());
    QVERIFY(scene->isShown(card));
    QCOMPARE(f.selection.items(),
             (QList<Selection::Item>{{Selection::Item::Server, card}})); // not lost by hiding
    // The block is painted by the site, in the selection's colour.
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.render(&painter, QRectF(), view.viewport()->rect());
    }
    const QPoint at = view.mapFromScene(f.sceneRect(f.server(u"PAR-MP01"_s)).center());
    QCOMPARE(image.pixelColor(at), canvas::colors::selection);
    // Zoom to Selection still finds the card.
    view.zoomToSelection();
    QVERIFY(view.zoom() > canvas::kCardBlockMaxDetail);
    QVERIFY(!scene->cardsAsBlocks());
    QVERIFY(item->isVisible());
    QVERIFY(item->isSelected());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
