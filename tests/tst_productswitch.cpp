// Switching a plan's product in the editor: the settings the other product cannot hold are
// cleared in the same undo step, so the saved file loads again, and Undo brings them back.
#include "documenttesting.h"
#include "io/planloader.h"
#include "io/plantext.h"

#include <QDir>
#include <QUndoStack>

#include <QtTest>

using namespace hierarch;
using namespace hierarch::testing;
using namespace Qt::StringLiterals;

class TestProductSwitch : public QObject
{
    Q_OBJECT

private slots:
    void switchKeepsTheFileLoadable_data();
    void switchKeepsTheFileLoadable();
    void releaseOfTheOtherProductIsCleared();
    void switchWithNothingToClearChangesOnlyTheProduct();
};

void TestProductSwitch::switchKeepsTheFileLoadable_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(HIERARCH_EXAMPLES_DIR));
    for (const QString &name : examples.entryList({u"*.hierarchy.yaml"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
}

void TestProductSwitch::switchKeepsTheFileLoadable()
{
    QFETCH(QString, path);
    LoadResult loaded = loadPlanFile(path);
    QVERIFY2(loaded, qPrintable(loaded.error.message));
    Document doc;
    doc.reset(*loaded.plan, path, loaded.source);
    doc.setValidationDate(kAsOf);
    const QByteArray before = doc.text().bytes;
    const Plan original = doc.plan();
    const Product other =
        doc.plan().product == Product::Sms2003 ? Product::ConfigMgr2007 : Product::Sms2003;
    const int stale = int(doc.settingsOutsideProduct(other).size());
    // Every example states something of its own product (a mode, a release), so the switch
    // has settings to clear.
    QVERIFY(stale > 0);

    doc.setField({}, fieldOf(FieldOwner::Plan, "product"), enumString(other));
    QCOMPARE(doc.plan().product, other);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.undoStack()->undoText().contains(QString::number(stale)));
    QVERIFY(doc.settingsOutsideProduct(other).isEmpty());
    const QByteArray after = doc.text().bytes;
    const LoadResult reloaded = loadPlan(after, path);
    QVERIFY2(reloaded, qPrintable(reloaded.error.message));
    QCOMPARE(reloaded.plan->product, other);
    checkFindings(doc, u"after the switch"_s);

    doc.undoStack()->undo();
    COMPARE_PLANS(doc.plan(), original, u"undone"_s);
    QCOMPARE(doc.text().bytes, before);
    QCOMPARE(int(doc.settingsOutsideProduct(other).size()), stale);
    doc.undoStack()->redo();
    QCOMPARE(doc.text().bytes, after);
}

void TestProductSwitch::releaseOfTheOtherProductIsCleared()
{
    Plan plan = fixturePlan(u"rich"_s);
    QCOMPARE(plan.product, Product::ConfigMgr2007);
    plan.release = Release::Sp2;            // exists in both products: kept
    plan.sites[1].release = Release::Sp2R3; // ConfigMgr 2007 only: cleared
    Document doc;
    doc.reset(plan);
    doc.setField({}, fieldOf(FieldOwner::Plan, "product"), u"sms2003"_s);
    QCOMPARE(doc.plan().release, std::optional(Release::Sp2));
    QCOMPARE(doc.plan().sites.at(1).release, std::nullopt);
    const LoadResult reloaded = loadPlan(doc.text().bytes, u"rich.yaml"_s);
    QVERIFY2(reloaded, qPrintable(reloaded.error.message));
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().sites.at(1).release, std::optional(Release::Sp2R3));
}

void TestProductSwitch::switchWithNothingToClearChangesOnlyTheProduct()
{
    Plan plan;
    plan.name = u"Empty"_s;
    plan.product = Product::ConfigMgr2007;
    Document doc;
    doc.reset(plan);
    doc.setField({}, fieldOf(FieldOwner::Plan, "product"), u"sms2003"_s);
    QCOMPARE(doc.plan().product, Product::Sms2003);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!doc.undoStack()->undoText().contains(u'('));
    // Choosing the product the plan already has is no edit.
    doc.setField({}, fieldOf(FieldOwner::Plan, "product"), u"sms2003"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestProductSwitch)
#include "tst_productswitch.moc"
