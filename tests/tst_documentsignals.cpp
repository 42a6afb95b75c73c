// The Document announces every change as ChangeEvents (Document::changed) that name what changed
// (kind, id, list index, field), in pairs around additions and removals, once per change, with a
// Findings event after each change that recomputed findings; so that views can update only that.
// Saving, resetting and the modified flag follow the undo stack.
#include "documenttesting.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "livevalidator.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

namespace {

using Type = ChangeEvent::Type;

// The events a document sent since the last take(), as describe() spells them: a failing
// comparison shows the first event that differs.
class Recorder
{
public:
    explicit Recorder(Document &doc)
    {
        QObject::connect(&doc, &Document::changed,
                         [this](const ChangeEvent &event) { mEvents << event; });
    }
    QStringList take()
    {
        QStringList out;
        for (const ChangeEvent &event : std::as_const(mEvents))
            out << describe(event);
        mEvents.clear();
        return out;
    }

private:
    QList<ChangeEvent> mEvents;
};

// One expected event; `key` names the field of a Changed event.
QString ev(Type type, ChangeItem item, ItemId id = 0, int index = -1, ItemId site = 0,
           const char *key = nullptr)
{
    const FieldInfo *field = nullptr;
    if (key)
        field =
            &fieldOf(item == ChangeItem::Diagram ? FieldOwner::Plan : FieldOwner(int(item)), key);
    return describe({type, item, id, index, site, field});
}

QString findings()
{
    return ev(Type::Changed, ChangeItem::Findings);
}

// An addition or a removal: the pair around the change, then the findings.
QStringList added(ChangeItem item, ItemId id, int index, ItemId site, bool withFindings = true)
{
    QStringList out{ev(Type::AboutToAdd, item, id, index, site),
                    ev(Type::Added, item, id, index, site)};
    if (withFindings)
        out << findings();
    return out;
}

QStringList removed(ChangeItem item, ItemId id, int index, ItemId site, bool withFindings = true)
{
    QStringList out{ev(Type::AboutToRemove, item, id, index, site),
                    ev(Type::Removed, item, id, index, site)};
    if (withFindings)
        out << findings();
    return out;
}

QStringList fieldSet(ChangeItem item, ItemId id, int index, ItemId site, const char *key,
                     bool withFindings = true)
{
    QStringList out{ev(Type::Changed, item, id, index, site, key)};
    if (withFindings)
        out << findings();
    return out;
}

const QString diagram = describe({Type::Changed, ChangeItem::Diagram});

} // namespace

class TestDocumentSignals : public QObject
{
    Q_OBJECT

private slots:
    void siteEvents();
    void lookupsAreCurrentForObservers();
    void serverEvents();
    void mapKeysUndoAsTheirField();
    void listAndPlanEvents();
    void addressEvents();
    void resetAndDateEvents();
    void modificationAndSave();
    void resetClearsUndoStack();
};

// --- events ---------------------------------------------------------------------------------

void TestDocumentSignals::siteEvents()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);
    const ItemId cen = siteId(doc, u"CEN"_s);
    const ItemId p01 = siteId(doc, u"P01"_s);
    const ItemId s01 = siteId(doc, u"S01"_s);
    const ItemId p02 = siteId(doc, u"P02"_s);

    const int end = int(doc.plan().sites.size());
    const ItemId created = doc.addSite(cen);
    QCOMPARE(events.take(), added(ChangeItem::Site, created, end, created));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), removed(ChangeItem::Site, created, end, created));
    doc.undoStack()->redo(); // the same id comes back
    QCOMPARE(events.take(), added(ChangeItem::Site, created, end, created));

    // The subtree goes back to front, so that undo inserts each site at its old index; only the
    // sites are announced, their servers go with them (the canvas relies on that).
    const int iP01 = doc.siteIndex(p01);
    const int iS01 = doc.siteIndex(s01);
    QVERIFY(iP01 < iS01);
    doc.removeSites({p01});
    QCOMPARE(events.take(), removed(ChangeItem::Site, s01, iS01, s01) +
                                removed(ChangeItem::Site, p01, iP01, p01) + QStringList{diagram});
    doc.undoStack()->undo();
    QCOMPARE(events.take(), QStringList{diagram} + added(ChangeItem::Site, p01, iP01, p01) +
                                added(ChangeItem::Site, s01, iS01, s01));

    doc.setField({FieldOwner::Site, p02}, fieldOf(FieldOwner::Site, "clients"), 900);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, p02, -1, p02, "clients"));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, p02, -1, p02, "clients"));
    doc.undoStack()->redo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, p02, -1, p02, "clients"));

    doc.reparentSite(s01, p02);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, s01, -1, s01, "parent"));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, s01, -1, s01, "parent"));

    // A rename: the code, then every reference that followed it, then the position.
    doc.renameSite(p01, u"P11"_s);
    QStringList rename = events.take();
    QCOMPARE(rename.mid(0, 2), fieldSet(ChangeItem::Site, p01, -1, p01, "code"));
    QVERIFY(rename.contains(ev(Type::Changed, ChangeItem::Site, s01, -1, s01, "parent")));
    const ItemId sql02 = serverId(doc, u"CEN-SQL02"_s);
    const bool roleFollowed = std::any_of(rename.cbegin(), rename.cend(), [&](const QString &e) {
        return e.startsWith(u"Changed Role %1 "_s.arg(sql02)) && e.endsWith(u" site"_s);
    });
    QVERIFY2(roleFollowed, qPrintable(rename.join(u'\n')));
    QCOMPARE(rename.last(), diagram);
    doc.undoStack()->undo();
    const QStringList undone = events.take();
    QCOMPARE(undone.size(), rename.size());
    QCOMPARE(undone.mid(undone.size() - 3),
             fieldSet(ChangeItem::Site, p01, -1, p01, "code") + QStringList{diagram});

    doc.moveSites({{cen, QPointF(5, 5)}});
    QCOMPARE(events.take(), QStringList{diagram}); // positions feed no finding
    doc.clearDiagram();
    QCOMPARE(events.take(), QStringList{diagram});
    doc.undoStack()->undo();
    QCOMPARE(events.take(), QStringList{diagram});
    QVERIFY(doc.diagramPosition(cen) == QPointF(5, 5));
}

// Observers look the plan up by the ids an event names: the index and the live findings are
// current for the Added and Removed events, and the plan is still as before for the AboutTo ones.
void TestDocumentSignals::lookupsAreCurrentForObservers()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    int checked = 0;
    QObject::connect(&doc, &Document::changed, [&](const ChangeEvent &event) {
        if (event.item == ChangeItem::Site) {
            const bool exists = doc.site(event.id);
            switch (event.type) {
            case Type::AboutToAdd:
            case Type::Removed:
                QVERIFY(!exists);
                break;
            case Type::Added:
            case Type::AboutToRemove:
            case Type::Changed:
                QVERIFY(exists);
                if (event.type != Type::Changed)
                    QCOMPARE(doc.siteIndex(event.id), event.index);
                QCOMPARE(doc.liveValidator().siteUnitCount(), int(doc.plan().sites.size()));
                break;
            default:
                break;
            }
            ++checked;
        } else if (event.item == ChangeItem::Server) {
            const Document::ServerLocation loc = doc.serverLocation(event.id);
            const bool inPlan = event.type == Type::Added || event.type == Type::AboutToRemove ||
                                event.type == Type::Changed;
            QCOMPARE(loc.isValid(), inPlan);
            if (inPlan) {
                if (event.type != Type::Changed)
                    QCOMPARE(loc.server, event.index);
                QCOMPARE(doc.siteOfServer(event.id), event.site);
            }
            ++checked;
        }
    });
    const ItemId p02 = siteId(doc, u"P02"_s);
    const ItemId site = doc.addSite(p02);
    const ItemId server = doc.addServer(site);
    doc.moveServer(server, p02);
    doc.removeSites({site});
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->redo();
    QCOMPARE(checked, 20); // ten pairs: the moved server leaves the removed site empty
    checkLookups(doc, u"after the edits"_s);
}

void TestDocumentSignals::serverEvents()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);
    const ItemId cen = siteId(doc, u"CEN"_s);
    const ItemId p01 = siteId(doc, u"P01"_s);
    const ItemId p02 = siteId(doc, u"P02"_s);
    const auto serversOf = [&](ItemId site) {
        return int(doc.site(site)->servers.size());
    };

    int end = serversOf(p02);
    const ItemId created = doc.addServer(p02);
    QCOMPARE(events.take(), added(ChangeItem::Server, created, end, p02));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), removed(ChangeItem::Server, created, end, p02));

    Server paste = *doc.server(serverId(doc, u"P01-DP01"_s));
    paste.name = u"PASTE"_s;
    end = serversOf(p01);
    const ItemId pasted = doc.insertServer(p01, paste);
    QCOMPARE(events.take(), added(ChangeItem::Server, pasted, end, p01));

    // Back to front within each site, so undo restores the order.
    const ItemId mp = serverId(doc, u"CEN-MP01"_s);
    const ItemId dp = serverId(doc, u"P01-DP01"_s);
    const int iMp = doc.serverLocation(mp).server;
    const int iDp = doc.serverLocation(dp).server;
    QVERIFY(doc.siteIndex(cen) < doc.siteIndex(p01));
    doc.removeServers({mp, dp});
    QCOMPARE(events.take(),
             removed(ChangeItem::Server, dp, iDp, p01) + removed(ChangeItem::Server, mp, iMp, cen));
    doc.undoStack()->undo();
    QCOMPARE(events.take(),
             added(ChangeItem::Server, mp, iMp, cen) + added(ChangeItem::Server, dp, iDp, p01));

    end = serversOf(p02);
    doc.moveServer(dp, p02);
    QCOMPARE(events.take(),
             removed(ChangeItem::Server, dp, iDp, p01) + added(ChangeItem::Server, dp, end, p02));
    doc.undoStack()->undo();
    QCOMPARE(events.take(),
             removed(ChangeItem::Server, dp, end, p02) + added(ChangeItem::Server, dp, iDp, p01));

    doc.renameServer(mp, u"CEN-MP99"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Server, mp, -1, cen, "name"));
    const int roles = int(doc.server(mp)->roles.size());
    QVERIFY(doc.addRole(mp, Role::ReportingPoint));
    QCOMPARE(events.take(), added(ChangeItem::Role, mp, roles, cen));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), removed(ChangeItem::Role, mp, roles, cen));
    doc.removeRole(mp, 0);
    QCOMPARE(events.take(), removed(ChangeItem::Role, mp, 0, cen));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), added(ChangeItem::Role, mp, 0, cen));
    doc.setField({FieldOwner::Server, mp}, fieldOf(FieldOwner::Server, "zone"), u"internet"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Server, mp, -1, cen, "zone"));
    doc.setField({FieldOwner::Role, mp, 0}, fieldOf(FieldOwner::Role, "bits"), true);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Role, mp, 0, cen, "bits"));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Role, mp, 0, cen, "bits"));
    doc.undoStack()->redo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Role, mp, 0, cen, "bits"));
    checkFindings(doc, u"after server edits"_s);
}

// Undo of an `sql` or `pki` key restores the whole map; the event still names the key.
void TestDocumentSignals::mapKeysUndoAsTheirField()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);
    const ItemId cen = siteId(doc, u"CEN"_s);
    const ItemId mp = serverId(doc, u"CEN-MP01"_s);
    doc.setField({FieldOwner::Server, mp}, fieldOf(FieldOwner::Server, "sql.spnRegistered"), true);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Server, mp, -1, cen, "sql.spnRegistered"));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Server, mp, -1, cen, "sql.spnRegistered"));
    doc.setField({FieldOwner::Site, cen}, fieldOf(FieldOwner::Site, "pki.crlChecking"), true);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, cen, -1, cen, "pki.crlChecking"));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), fieldSet(ChangeItem::Site, cen, -1, cen, "pki.crlChecking"));
}

void TestDocumentSignals::listAndPlanEvents()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);

    doc.setField({}, fieldOf(FieldOwner::Plan, "name"), u"Renamed"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Plan, 0, -1, 0, "name"));

    const int accounts = int(doc.plan().accounts.size());
    doc.addAccount(Account{});
    QCOMPARE(events.take(), added(ChangeItem::Account, 0, accounts, 0));
    doc.setField({FieldOwner::Account, 0, 0}, fieldOf(FieldOwner::Account, "custodians"), 5);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Account, 0, 0, 0, "custodians"));
    doc.removeAccount(0);
    QCOMPARE(events.take(), removed(ChangeItem::Account, 0, 0, 0));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), added(ChangeItem::Account, 0, 0, 0));

    const int waivers = int(doc.plan().waivers.size());
    doc.addWaiver({u"mixed-mode@P02"_s, u"x"_s, {}, {}, {}});
    QCOMPARE(events.take(), added(ChangeItem::Waiver, 0, waivers, 0));
    doc.setField({FieldOwner::Waiver, 0, 1}, fieldOf(FieldOwner::Waiver, "justification"), u"y"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Waiver, 0, 1, 0, "justification"));
    doc.removeWaiver(0);
    QCOMPARE(events.take(), removed(ChangeItem::Waiver, 0, 0, 0));

    // No finding reads attestations or the change record: no Findings event follows them.
    const int attestations = int(doc.plan().attestations.size());
    doc.addAttestation({u"strong-passwords"_s, {}, {}, {}});
    QCOMPARE(events.take(), added(ChangeItem::Attestation, 0, attestations, 0, false));
    doc.setField({FieldOwner::Attestation, 0, 0}, fieldOf(FieldOwner::Attestation, "status"),
                 u"open"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Attestation, 0, 0, 0, "status", false));
    doc.removeAttestation(0);
    QCOMPARE(events.take(), removed(ChangeItem::Attestation, 0, 0, 0, false));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), added(ChangeItem::Attestation, 0, 0, 0, false));

    const int revisions = int(doc.plan().changeRecord.size());
    ChangeRecordEntry entry;
    entry.version = u"9.0"_s;
    doc.addRevision(entry);
    QCOMPARE(events.take(), added(ChangeItem::ChangeRecord, 0, revisions, 0, false));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), removed(ChangeItem::ChangeRecord, 0, revisions, 0, false));
    checkFindings(doc, u"after list edits"_s);
}

void TestDocumentSignals::addressEvents()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);
    const ItemId p01 = siteId(doc, u"P01"_s);
    const int count = int(doc.site(p01)->addresses.size());
    SenderAddress address;
    address.to = u"P02"_s;
    doc.addAddress(p01, address);
    QCOMPARE(events.take(), added(ChangeItem::Address, p01, count, p01));
    doc.setField({FieldOwner::Address, p01, count}, fieldOf(FieldOwner::Address, "to"), u"CEN"_s);
    QCOMPARE(events.take(), fieldSet(ChangeItem::Address, p01, count, p01, "to"));
    doc.removeAddress(p01, count);
    QCOMPARE(events.take(), removed(ChangeItem::Address, p01, count, p01));
    doc.undoStack()->undo();
    QCOMPARE(events.take(), added(ChangeItem::Address, p01, count, p01));
    checkFindings(doc, u"after address edits"_s);
}

// A reset announces itself around the new plan's findings; a new validation date only the
// findings.
void TestDocumentSignals::resetAndDateEvents()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    Recorder events(doc);
    doc.reset(fixturePlan(u"dup"_s));
    QCOMPARE(events.take(), (QStringList{ev(Type::AboutToReset, ChangeItem::Plan), findings(),
                                         ev(Type::Reset, ChangeItem::Plan)}));
    doc.setValidationDate(QDate(2030, 1, 1));
    QCOMPARE(events.take(), QStringList{findings()});
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
    QSignalSpy events(&doc, &Document::changed);
    QSignalSpy pathChanged(&doc, &Document::filePathChanged);

    doc.reset(fixturePlan(u"dup"_s), u"/tmp/dup.hierarchy.yaml"_s);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.undoStack()->canUndo() && !doc.undoStack()->canRedo());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), u"/tmp/dup.hierarchy.yaml"_s);
    QCOMPARE(events.count(), 3); // AboutToReset, Findings, Reset (resetAndDateEvents)
    QCOMPARE(pathChanged.count(), 1);
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modified.last().at(0).toBool(), false);
    checkFindings(doc, u"after reset"_s);
    checkLookups(doc, u"after reset"_s);
    QCOMPARE(savePlan(doc.plan()), savePlan(fixturePlan(u"dup"_s)));
}

QTEST_MAIN(TestDocumentSignals)

#include "tst_documentsignals.moc"
