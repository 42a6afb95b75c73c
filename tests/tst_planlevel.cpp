// Findings about the plan itself, its accounts and its waivers have no card on the canvas. The
// Outline's plan row and the canvas's plan badge carry them, so the status bar's counts always
// have something on screen to point at.
#include "canvas/canvasview.h"
#include "canvas/planbadge.h"
#include "document/document.h"
#include "document/itemroles.h"
#include "document/outlinemodel.h"
#include "io/planloader.h"
#include "selection.h"

#include <QScrollBar>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

Plan examplePlan(const QString &name)
{
    LoadResult result = loadPlanFile(QStringLiteral(HIERARCH_EXAMPLES_DIR "/") + name);
    if (!result.plan)
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(result.error.toString()));
    return *result.plan;
}

bool isPlanLevel(const Finding &f)
{
    return !f.waived &&
           (f.kind == Scope::Hierarchy || f.kind == Scope::Account || f.kind == Scope::Waiver);
}

// The worst severity over the findings that pass `keep`, or -1.
template<typename Keep>
int worstOf(const QList<Finding> &findings, Keep keep)
{
    int worst = -1;
    for (const Finding &f : findings) {
        if (keep(f) && (worst < 0 || int(f.severity()) < worst))
            worst = int(f.severity());
    }
    return worst;
}

} // namespace

class TestPlanLevel : public QObject
{
    Q_OBJECT

private slots:
    void outlinePlanRowCarriesAccountFindings();
    void badgeCountsAndSelectsThePlan();
    void badgeHiddenWithoutPlanFindings();
};

void TestPlanLevel::outlinePlanRowCarriesAccountFindings()
{
    Document document;
    document.reset(examplePlan(u"configmgr2007-accounts-waivers.hierarchy.yaml"_s));
    OutlineModel outline(&document);
    const QList<Finding> &findings = document.findings();
    // The example has an account error while the hierarchy's own findings are milder: the plan
    // row must show the error.
    const int accounts =
        worstOf(findings, [](const Finding &f) { return !f.waived && f.kind == Scope::Account; });
    const int hierarchy =
        worstOf(findings, [](const Finding &f) { return !f.waived && f.kind == Scope::Hierarchy; });
    QCOMPARE(accounts, int(Severity::Error));
    QVERIFY(hierarchy > accounts);
    const QModelIndex plan = outline.planIndex();
    QCOMPARE(plan.data(WorstSeverityRole).toInt(), worstOf(findings, isPlanLevel));

    // The accounts group shows its own worst finding.
    bool sawAccountGroup = false;
    for (int r = 0; r < outline.rowCount(plan); ++r) {
        const QModelIndex child = outline.index(r, 0, plan);
        if (OutlineModel::Kind(child.data(ItemKindRole).toInt()) ==
            OutlineModel::Kind::AccountGroup) {
            sawAccountGroup = true;
            QCOMPARE(child.data(WorstSeverityRole).toInt(), accounts);
        }
    }
    QVERIFY(sawAccountGroup);
}

void TestPlanLevel::badgeCountsAndSelectsThePlan()
{
    Document document;
    Selection selection(&document);
    CanvasView view(&document, &selection);
    PlanBadge badge(&document, &selection, &view);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    document.reset(examplePlan(u"configmgr2007-accounts-waivers.hierarchy.yaml"_s));
    const int expected =
        int(std::count_if(document.findings().cbegin(), document.findings().cend(), isPlanLevel));
    QVERIFY(expected > 0);
    QCOMPARE(badge.count(), expected);
    QVERIFY(badge.isVisible());
    QVERIFY(badge.text().contains(QString::number(expected)));
    // Over the drawing's top-left corner, whatever is scrolled.
    QVERIFY(view.viewport()->geometry().contains(badge.geometry()));
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    QVERIFY(view.viewport()->geometry().contains(badge.geometry()));

    // Plan text in the tooltip is escaped (a tooltip renders markup).
    QVERIFY(!badge.toolTip().contains(u"<b>"_s));

    selection.clear();
    QTest::mouseClick(&badge, Qt::LeftButton);
    QCOMPARE(selection.current().kind, Selection::Item::Plan);
}

void TestPlanLevel::badgeHiddenWithoutPlanFindings()
{
    Document document;
    Selection selection(&document);
    CanvasView view(&document, &selection);
    PlanBadge badge(&document, &selection, &view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    document.reset(examplePlan(u"sms2003-small-site.hierarchy.yaml"_s));
    QVERIFY(badge.count() > 0);
    QVERIFY(badge.isVisible());

    // An empty plan that extends the schema and publishes to it has no findings at all: no badge.
    Plan empty;
    empty.name = u"Empty"_s;
    empty.product = Product::ConfigMgr2007;
    empty.schemaExtended = true;
    empty.publishing = true;
    document.reset(empty);
    QCOMPARE(int(document.findings().size()), 0);
    QCOMPARE(badge.count(), 0);
    QVERIFY(!badge.isVisible());
}

QTEST_MAIN(TestPlanLevel)
#include "tst_planlevel.moc"
