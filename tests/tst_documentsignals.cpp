// The Document's change notifications name what changed, once per change, so that views can
// update only that; saving, resetting and the modified flag follow the undo stack.
#include "documenttesting.h"
#include "io/planloader.h"
#include "io/plansaver.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

class TestDocumentSignals : public QObject
{
    Q_OBJECT

private slots:
    void siteSignals();
    void serverSignals();
    void listAndPlanSignals();
    void modificationAndSave();
    void resetClearsUndoStack();
};

// --- signals --------------------------------------------------------------------------------

void TestDocumentSignals::siteSignals()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    QSignalSpy added(&doc, &Document::siteAdded);
    QSignalSpy removed(&doc, &Document::siteRemoved);
    QSignalSpy aboutToRemove(&doc, &Document::siteAboutToBeRemoved);
    QSignalSpy changed(&doc, &Document::siteChanged);
    QSignalSpy diagram(&doc, &Document::diagramChanged);
    QSignalSpy findings(&doc, &Document::findingsChanged);
    QSignalSpy serverAdded(&doc, &Document::serverAdded);
    QSignalSpy serverRemoved(&doc, &Document::serverRemoved);
    QSignalSpy serverChanged(&doc, &Document::serverChanged);
    const auto ids = spiedIds;
    const auto clear = [&] {
        for (QSignalSpy *spy : {&added, &removed, &aboutToRemove, &changed, &diagram, &findings,
                                &serverAdded, &serverRemoved, &serverChanged})
            spy->clear();
    };

    const ItemId cen = siteId(doc, u"CEN"_s);
    const ItemId p01 = siteId(doc, u"P01"_s);
    const ItemId s01 = siteId(doc, u"S01"_s);
    const ItemId p02 = siteId(doc, u"P02"_s);

    const ItemId created = doc.addSite(cen);
    QCOMPARE(ids(added), QList<ItemId>{created});
    QVERIFY(findings.count() >= 1);
    doc.undoStack()->undo();
    QCOMPARE(ids(aboutToRemove), QList<ItemId>{created});
    QCOMPARE(ids(removed), QList<ItemId>{created});
    doc.undoStack()->redo();
    QCOMPARE(ids(added), (QList<ItemId>{created, created})); // the same id comes back
    clear();

    QList<ItemId> goneServers;
    for (const Site *s : {doc.site(p01), doc.site(s01)}) {
        for (const Server &server : s->servers)
            goneServers << server.uid;
    }
    doc.removeSites({p01});
    QCOMPARE(spiedIdSet(removed), (QSet<ItemId>{p01, s01}));
    QCOMPARE(diagram.count(), 1);
    QVERIFY(findings.count() >= 1);
    // Only the sites are announced; their servers go with them (the canvas relies on that).
    QVERIFY(serverRemoved.isEmpty());
    clear();
    doc.undoStack()->undo();
    QCOMPARE(spiedIdSet(added), (QSet<ItemId>{p01, s01}));
    // Re-inserting them announces each server as well.
    QCOMPARE(spiedIdSet(serverAdded), QSet<ItemId>(goneServers.cbegin(), goneServers.cend()));
    QCOMPARE(diagram.count(), 1);
    clear();

    doc.setField({FieldOwner::Site, p02}, fieldOf(FieldOwner::Site, "clients"), 900);
    QCOMPARE(ids(changed), QList<ItemId>{p02});
    QCOMPARE(findings.count(), 1);
    QCOMPARE(diagram.count(), 0);
    clear();

    doc.reparentSite(s01, p02);
    QCOMPARE(ids(changed), QList<ItemId>{s01});
    clear();
    doc.undoStack()->undo();
    QCOMPARE(ids(changed), QList<ItemId>{s01});
    clear();

    doc.renameSite(p01, u"P11"_s);
    QVERIFY(ids(changed).contains(p01));
    QVERIFY(ids(changed).contains(s01));                                 // its parent key followed
    QVERIFY(ids(serverChanged).contains(serverId(doc, u"CEN-SQL02"_s))); // role `site` keys
    QCOMPARE(diagram.count(), 1);
    clear();

    doc.moveSites({{cen, QPointF(5, 5)}});
    QCOMPARE(diagram.count(), 1);
    QCOMPARE(changed.count(), 0);
    doc.clearDiagram();
    QCOMPARE(diagram.count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(diagram.count(), 3);
    QVERIFY(doc.diagramPosition(cen) == QPointF(5, 5));
}

void TestDocumentSignals::serverSignals()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    QSignalSpy added(&doc, &Document::serverAdded);
    QSignalSpy removed(&doc, &Document::serverRemoved);
    QSignalSpy aboutToRemove(&doc, &Document::serverAboutToBeRemoved);
    QSignalSpy changed(&doc, &Document::serverChanged);
    QSignalSpy siteChanged(&doc, &Document::siteChanged);
    QSignalSpy findings(&doc, &Document::findingsChanged);
    const auto ids = spiedIds;
    const auto clear = [&] {
        for (QSignalSpy *spy :
             {&added, &removed, &aboutToRemove, &changed, &siteChanged, &findings})
            spy->clear();
    };
    const ItemId p01 = siteId(doc, u"P01"_s);
    const ItemId p02 = siteId(doc, u"P02"_s);

    const ItemId created = doc.addServer(p02);
    QCOMPARE(ids(added), QList<ItemId>{created});
    QVERIFY(ids(siteChanged).contains(p02));
    QVERIFY(findings.count() >= 1);
    clear();
    doc.undoStack()->undo();
    QCOMPARE(ids(removed), QList<ItemId>{created});
    QCOMPARE(ids(aboutToRemove), QList<ItemId>{created});
    clear();

    Server paste = *doc.server(serverId(doc, u"P01-DP01"_s));
    paste.name = u"PASTE"_s;
    const ItemId pasted = doc.insertServer(p01, paste);
    QCOMPARE(ids(added), QList<ItemId>{pasted});
    clear();

    const ItemId mp = serverId(doc, u"CEN-MP01"_s);
    const ItemId dp = serverId(doc, u"P01-DP01"_s);
    doc.removeServers({mp, dp});
    QCOMPARE(spiedIdSet(removed), (QSet<ItemId>{mp, dp}));
    QVERIFY(findings.count() >= 1);
    clear();
    doc.undoStack()->undo();
    QCOMPARE(spiedIdSet(added), (QSet<ItemId>{mp, dp}));
    clear();

    doc.moveServer(dp, p02);
    QCOMPARE(ids(removed), QList<ItemId>{dp});
    QCOMPARE(ids(added), QList<ItemId>{dp});
    QVERIFY(ids(siteChanged).contains(p01) && ids(siteChanged).contains(p02));
    clear();

    doc.renameServer(mp, u"CEN-MP99"_s);
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    clear();
    QVERIFY(doc.addRole(mp, Role::ReportingPoint));
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    QCOMPARE(findings.count(), 1);
    clear();
    doc.removeRole(mp, 0);
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    clear();
    doc.setField({FieldOwner::Server, mp}, fieldOf(FieldOwner::Server, "zone"), u"internet"_s);
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    QCOMPARE(findings.count(), 1);
    clear();
    doc.setField({FieldOwner::Role, mp, 0}, fieldOf(FieldOwner::Role, "bits"), true);
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    clear();
    doc.undoStack()->undo();
    QCOMPARE(ids(changed), QList<ItemId>{mp});
    QCOMPARE(added.count() + removed.count(), 0);
}

void TestDocumentSignals::listAndPlanSignals()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    QSignalSpy plan(&doc, &Document::planChanged);
    QSignalSpy accounts(&doc, &Document::accountsChanged);
    QSignalSpy waivers(&doc, &Document::waiversChanged);
    QSignalSpy attestations(&doc, &Document::attestationsChanged);
    QSignalSpy findings(&doc, &Document::findingsChanged);

    doc.setField({}, fieldOf(FieldOwner::Plan, "name"), u"Renamed"_s);
    QCOMPARE(plan.count(), 1);
    doc.addAccount(Account{});
    doc.setField({FieldOwner::Account, 0, 0}, fieldOf(FieldOwner::Account, "custodians"), 5);
    doc.removeAccount(0);
    QCOMPARE(accounts.count(), 3);
    doc.addWaiver({u"mixed-mode@P02"_s, u"x"_s, {}, {}, {}});
    doc.setField({FieldOwner::Waiver, 0, 1}, fieldOf(FieldOwner::Waiver, "justification"), u"y"_s);
    doc.removeWaiver(0);
    QCOMPARE(waivers.count(), 3);
    doc.addAttestation({u"strong-passwords"_s, {}, {}, {}});
    doc.setField({FieldOwner::Attestation, 0, 0}, fieldOf(FieldOwner::Attestation, "status"),
                 u"open"_s);
    doc.removeAttestation(0);
    QCOMPARE(attestations.count(), 3);
    // Every change but the attestations' (no finding reads them) updates the findings.
    QCOMPARE(findings.count(), 7);
    doc.undoStack()->undo();
    QCOMPARE(attestations.count(), 4);
    QCOMPARE(findings.count(), 7);
    checkFindings(doc, u"after list edits"_s);
}

void TestDocumentSignals::modificationAndSave()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    QSignalSpy modified(&doc, &Document::modificationChanged);
    QSignalSpy pathChanged(&doc, &Document::filePathChanged);
    QVERIFY(!doc.isModified());

    doc.setField({}, fieldOf(FieldOwner::Plan, "name"), u"One"_s);
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QVERIFY(doc.isModified());
    doc.setField({}, fieldOf(FieldOwner::Plan, "author"), u"Two"_s);
    QCOMPARE(modified.count(), 1); // still modified: no new signal
    doc.undoStack()->undo();
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().at(0).toBool(), false);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(modified.count(), 3);
    QCOMPARE(modified.last().at(0).toBool(), true);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.hierarchy.yaml"_s);
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(pathChanged.last().at(0).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), savePlan(doc.plan()));
    QVERIFY(loadPlanFile(path));

    // The save point is where the stack was: undo leaves it, redo comes back to it.
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), true);
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());

    // Saving again to the same path announces no new path.
    doc.setField({}, fieldOf(FieldOwner::Plan, "author"), u"Three"_s);
    QVERIFY(doc.save(path));
    QCOMPARE(pathChanged.count(), 1);

    // A failed save changes nothing.
    doc.setField({}, fieldOf(FieldOwner::Plan, "author"), u"Four"_s);
    const QString bad = dir.filePath(u"missing/folder/plan.hierarchy.yaml"_s);
    QVERIFY(!doc.save(bad, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(doc.isModified());
    QCOMPARE(doc.filePath(), path);
}

void TestDocumentSignals::resetClearsUndoStack()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    doc.addSite(0);
    doc.removeAccount(0);
    QCOMPARE(doc.undoStack()->count(), 2);
    QSignalSpy modified(&doc, &Document::modificationChanged);
    QSignalSpy aboutToReset(&doc, &Document::aboutToReset);
    QSignalSpy resetDone(&doc, &Document::resetDone);
    QSignalSpy pathChanged(&doc, &Document::filePathChanged);

    doc.reset(fixturePlan(u"dup"_s), u"/tmp/dup.hierarchy.yaml"_s);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.undoStack()->canUndo() && !doc.undoStack()->canRedo());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), u"/tmp/dup.hierarchy.yaml"_s);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(resetDone.count(), 1);
    QCOMPARE(pathChanged.count(), 1);
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modified.last().at(0).toBool(), false);
    checkFindings(doc, u"after reset"_s);
    checkLookups(doc, u"after reset"_s);
    QCOMPARE(savePlan(doc.plan()), savePlan(fixturePlan(u"dup"_s)));
}

QTEST_MAIN(TestDocumentSignals)

#include "tst_documentsignals.moc"
