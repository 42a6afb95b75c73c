// Typing into one field is one undo step: edits of the same field of the same object fold
// together until something else happens (another field or object, a save, the end of the burst),
// and renames typed letter by letter carry the references and waivers along in that one step.
#include "documenttesting.h"

#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

class TestDocumentMerge : public QObject
{
    Q_OBJECT

private slots:
    void mergeSameFieldFolds();
    void mergeOnlySameFieldAndTarget();
    void noMergeWithoutFlag();
    void mergeStopsAtSavePoint();
    void mergeSiteCodeTyping();
    void mergeServerNameTypingCarriesWaivers();
    void mergeEndsWithTheBurst();
};

void TestDocumentMerge::mergeSameFieldFolds()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const Plan before = doc.plan();
    const FieldTarget target{FieldOwner::Server, serverId(doc, u"CEN-MP01"_s)};
    const FieldInfo &fqdn = fieldOf(FieldOwner::Server, "fqdn");
    for (const QString &typed : {u"c"_s, u"ce"_s, u"cen"_s, u"cen.contoso.com"_s})
        doc.setField(target, fqdn, typed, true);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.field(target, fqdn), QVariant(u"cen.contoso.com"_s));
    const Plan typed = doc.plan();
    doc.undoStack()->undo();
    COMPARE_PLANS(doc.plan(), before, u"undo of the merged step"_s);
    doc.undoStack()->redo();
    COMPARE_PLANS(doc.plan(), typed, u"redo of the merged step"_s);
    checkFindings(doc, u"after merged redo"_s);
}

void TestDocumentMerge::mergeOnlySameFieldAndTarget()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const Plan before = doc.plan();
    const FieldTarget mp{FieldOwner::Server, serverId(doc, u"CEN-MP01"_s)};
    const FieldTarget dp{FieldOwner::Server, serverId(doc, u"P01-DP01"_s)};
    const FieldInfo &fqdn = fieldOf(FieldOwner::Server, "fqdn");
    const FieldInfo &forest = fieldOf(FieldOwner::Server, "forest");
    doc.setField(mp, fqdn, u"a"_s, true);
    doc.setField(mp, forest, u"b"_s, true); // another field
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.setField(dp, forest, u"c"_s, true); // the same field of another server
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.setField(FieldTarget{FieldOwner::Role, mp.id, 0}, fieldOf(FieldOwner::Role, "bits"), false,
                 true);
    doc.setField(FieldTarget{FieldOwner::Role, mp.id, 1}, fieldOf(FieldOwner::Role, "bits"), true,
                 true); // the same field of another role
    QCOMPARE(doc.undoStack()->count(), 5);
    doc.setField(FieldTarget{FieldOwner::Account, 0, 0}, fieldOf(FieldOwner::Account, "name"),
                 u"x"_s, true);
    doc.setField(FieldTarget{FieldOwner::Account, 0, 1}, fieldOf(FieldOwner::Account, "name"),
                 u"y"_s, true); // the same field of another account
    QCOMPARE(doc.undoStack()->count(), 7);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    COMPARE_PLANS(doc.plan(), before, u"after undoing every step"_s);
}

void TestDocumentMerge::noMergeWithoutFlag()
{
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const FieldTarget mp{FieldOwner::Server, serverId(doc, u"CEN-MP01"_s)};
    const FieldInfo &fqdn = fieldOf(FieldOwner::Server, "fqdn");
    doc.setField(mp, fqdn, u"a"_s, false);
    doc.setField(mp, fqdn, u"ab"_s, false);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.setField(mp, fqdn, u"abc"_s, true); // a mergeable edit does not fold into a final one
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.setField(mp, fqdn, u"abcd"_s, false); // nor a final one into a mergeable one
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    QCOMPARE(doc.field(mp, fqdn), QVariant(u"abc"_s));
    doc.undoStack()->undo();
    QCOMPARE(doc.field(mp, fqdn), QVariant(u"ab"_s));
}

void TestDocumentMerge::mergeStopsAtSavePoint()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const FieldTarget mp{FieldOwner::Server, serverId(doc, u"CEN-MP01"_s)};
    const FieldInfo &fqdn = fieldOf(FieldOwner::Server, "fqdn");
    doc.setField(mp, fqdn, u"a"_s, true);
    QVERIFY(doc.save(dir.filePath(u"plan.hierarchy.yaml"_s)));
    const Plan saved = doc.plan();
    doc.setField(mp, fqdn, u"ab"_s, true);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    COMPARE_PLANS(doc.plan(), saved, u"undo back to the save point"_s);
}

void TestDocumentMerge::mergeEndsWithTheBurst()
{
    // Two bursts of typing in the same field, with the field left in between, are two steps.
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const FieldTarget p02{FieldOwner::Site, siteId(doc, u"P02"_s)};
    const FieldInfo &name = fieldOf(FieldOwner::Site, "name");
    doc.setField(p02, name, u"E"_s, true);
    doc.setField(p02, name, u"Eu"_s, true);
    doc.endMergeGroup();
    doc.setField(p02, name, u"Eur"_s, true);
    doc.setField(p02, name, u"Euro"_s, true);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.field(p02, name), QVariant(u"Eu"_s));
}

void TestDocumentMerge::mergeSiteCodeTyping()
{
    // setField promises that merge=true folds typing into one step; a site code goes through
    // renameSite, which should keep that promise.
    Document doc;
    doc.reset(fixturePlan(u"rich"_s));
    const Plan before = doc.plan();
    const FieldTarget p02{FieldOwner::Site, siteId(doc, u"P02"_s)};
    const FieldInfo &code = fieldOf(FieldOwner::Site, "code");
    doc.setField(p02, code, u"P"_s, true);
    doc.setField(p02, code, u"P1"_s, true);
    doc.setField(p02, code, u"P12"_s, true);
    QCOMPARE(doc.field(p02, code), QVariant(u"P12"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    COMPARE_PLANS(doc.plan(), before, u"after undoing the typing"_s);
}

void TestDocumentMerge::mergeServerNameTypingCarriesWaivers()
{
    // Typing a server's name in Properties is one undo step, and the waiver of its finding
    // follows every keystroke; undo puts the name and the waiver back together.
    Document doc;
    doc.setValidationDate(kAsOf);
    doc.reset(fixturePlan(u"waived"_s));
    const Plan before = doc.plan();
    const FieldTarget server{FieldOwner::Server, serverId(doc, u"CEN-SITE01"_s)};
    const FieldInfo &name = fieldOf(FieldOwner::Server, "name");
    doc.setField(server, name, u"CEN-SITE01X"_s, true);
    doc.setField(server, name, u"CEN-SITE01XY"_s, true);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), u"Rename Server CEN-SITE01 to CEN-SITE01XY"_s);
    QCOMPARE(doc.plan().waivers.at(0).finding, u"sql-mixed-authentication@CEN-SITE01XY"_s);
    checkFindings(doc, u"after typing"_s);
    doc.undoStack()->undo();
    COMPARE_PLANS(doc.plan(), before, u"after undoing the typing"_s);
    doc.undoStack()->redo();
    QCOMPARE(doc.plan().waivers.at(0).finding, u"sql-mixed-authentication@CEN-SITE01XY"_s);
}

QTEST_MAIN(TestDocumentMerge)

#include "tst_documentmerge.moc"
