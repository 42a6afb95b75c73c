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
    void boundariesKeepWhatSms2003Has();
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

void TestProductSwitch::boundariesKeepWhatSms2003Has()
{
    Plan plan = fixturePlan(u"rich"_s);
    QCOMPARE(plan.product, Product::ConfigMgr2007);
    const auto boundary = [](BoundaryType type, const QString &value,
                             std::optional<BoundaryConnection> connection = std::nullopt) {
        Boundary b;
        b.type = type;
        b.value = value;
        b.connection = connection;
        return b;
    };
    // SMS 2003 has subnets and AD sites, without a connection; ranges and IPv6 prefixes go.
    plan.sites[1].boundaries = {
        boundary(BoundaryType::Subnet, u"10.1.0.0/16"_s, BoundaryConnection::Slow),
        boundary(BoundaryType::Range, u"10.2.0.1-10.2.0.9"_s),
        boundary(BoundaryType::Ipv6Prefix, u"2001:db8:1::/48"_s),
        boundary(BoundaryType::AdSite, u"Berlin"_s)};
    plan.sites[2].boundaries = {boundary(BoundaryType::Range, u"10.3.0.1-10.3.0.9"_s)};
    const QList<Boundary> before1 = plan.sites[1].boundaries;
    const QList<Boundary> before2 = plan.sites[2].boundaries;
    Document doc;
    doc.reset(plan);
    doc.setField({}, fieldOf(FieldOwner::Plan, "product"), u"sms2003"_s);
    const QList<Boundary> &kept = doc.plan().sites.at(1).boundaries;
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).value, u"10.1.0.0/16"_s);
    QCOMPARE(kept.at(0).connection, std::nullopt);
    QCOMPARE(kept.at(1).type, BoundaryType::AdSite);
    QVERIFY(doc.plan().sites.at(2).boundaries.isEmpty());
    const LoadResult reloaded = loadPlan(doc.text().bytes, u"rich.yaml"_s);
    QVERIFY2(reloaded, qPrintable(reloaded.error.message));
    QCOMPARE(reloaded.plan->sites.at(1).boundaries.size(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.plan().sites.at(1).boundaries, before1);
    QCOMPARE(doc.plan().sites.at(2).boundaries, before2);
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
