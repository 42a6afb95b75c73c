// The report's hierarchy drawing (views/canvas/plandiagram) is the editor's canvas without a
// scene: on every example and rule fixture its boxes are where the canvas puts its items, and it
// paints the same pixels as the canvas's own export of the same plan. In compare mode the
// report's diagram paints what the canvas paints with CompareMarks over a live Comparison.
#include "canvas/canvasstyle.h"
#include "canvas/hierarchyscene.h"
#include "canvas/plandiagram.h"
#include "canvas/serveritem.h"
#include "canvas/siteitem.h"
#include "compare/comparemarks.h"
#include "document/comparison.h"
#include "document/document.h"
#include "document/plansnapshot.h"
#include "fixtureplans.h"
#include "io/planloader.h"
#include "report/reportdiagram.h"
#include "selection.h"

#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <functional>

using namespace hierarch;
using namespace Qt::StringLiterals;

namespace {

const QDate kAsOf(2026, 11, 21);

const QString kChangesBase =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes-base.hierarchy.yaml");
const QString kChangesRevision =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes.hierarchy.yaml");

// The editor's canvas over a Document of the plan, as the main window builds it.
struct Canvas
{
    explicit Canvas(const Plan &plan)
    {
        document.setValidationDate(kAsOf);
        document.reset(plan);
    }
    Document document;
    Selection selection{&document};
    HierarchyScene scene{&document, &selection};
};

// `source` drawn at one pixel per unit on white.
QImage drawn(const QRectF &source, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    QImage image(source.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), source.size()));
    painter.end();
    return image;
}

// How many pixels differ between two images of the same size. Both draw the same shapes in the
// same order (lines that overlap stack in plan order on the canvas too), so even the antialiased
// edges agree.
int differentPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return std::max(a.width() * a.height(), b.width() * b.height());
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += lineA[x] != lineB[x];
    }
    return count;
}

int pixelsNotWhite(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x)
            count += image.pixel(x, y) != QColor(Qt::white).rgb();
    }
    return count;
}

} // namespace

class TestPlanDiagram : public QObject
{
    Q_OBJECT

private slots:
    void placesAsTheCanvas_data();
    void placesAsTheCanvas();
    void paintsAsTheCanvas_data();
    void paintsAsTheCanvas();
    void drawsOnlyTheSitesAsked();
    void marksChangesAsTheCanvas();
};

void TestPlanDiagram::placesAsTheCanvas_data()
{
    QTest::addColumn<QString>("path");
    QVERIFY(addPlanFileRows() > 100);
}

void TestPlanDiagram::placesAsTheCanvas()
{
    QFETCH(QString, path);
    const Plan plan = *loadPlanFile(path).plan;
    Canvas canvas(plan);
    const PlanSnapshot snapshot(plan, kAsOf);
    const PlanDiagram diagram(snapshot);

    QCOMPARE(diagram.isEmpty(), plan.sites.isEmpty());
    QCOMPARE(diagram.contentRect(), canvas.scene.diagramRect());
    for (int i = 0; i < int(plan.sites.size()); ++i) {
        const Site &site = canvas.document.plan().sites.at(i);
        const Site &read = snapshot.plan().sites.at(i);
        const SiteItem *item = canvas.scene.siteItem(site.uid);
        QVERIFY(item);
        QCOMPARE(diagram.siteBox(read.uid), item->mapRectToScene(item->rect()));
        for (int s = 0; s < int(site.servers.size()); ++s) {
            const ServerItem *card = canvas.scene.serverItem(site.servers.at(s).uid);
            QVERIFY(card);
            QCOMPARE(diagram.cardBox(read.servers.at(s).uid), card->mapRectToScene(card->rect()));
        }
    }
    QCOMPARE(diagram.siteBox(0), QRectF());
}

void TestPlanDiagram::paintsAsTheCanvas_data()
{
    QTest::addColumn<QString>("path");
    // The examples, the report's fixtures and the fixtures of the address rules, whose plans
    // carry link labels of every kind (one way, several senders, cross links).
    QStringList paths;
    QDirIterator examples(QStringLiteral(HIERARCH_EXAMPLES_DIR), {u"*.yaml"_s}, QDir::Files);
    while (examples.hasNext())
        paths << examples.next();
    QDirIterator report(QStringLiteral(HIERARCH_FIXTURES_DIR "/report"), {u"*.yaml"_s},
                        QDir::Files);
    while (report.hasNext())
        paths << report.next();
    QDirIterator rules(QStringLiteral(HIERARCH_FIXTURES_DIR "/rules"), {u"address-*"_s},
                       QDir::Dirs | QDir::NoDotAndDotDot);
    while (rules.hasNext()) {
        QDirIterator fixtures(rules.next(), {u"*.yaml"_s}, QDir::Files);
        while (fixtures.hasNext())
            paths << fixtures.next();
    }
    int count = 0;
    for (const QString &path : std::as_const(paths)) {
        const LoadResult loaded = loadPlanFile(path);
        if (!loaded || loaded.plan->sites.isEmpty())
            continue;
        QTest::newRow(
            qPrintable(QDir(QString::fromUtf8(HIERARCH_SOURCE_DIR)).relativeFilePath(path)))
            << path;
        ++count;
    }
    QVERIFY(count >= 20);
}

void TestPlanDiagram::paintsAsTheCanvas()
{
    QFETCH(QString, path);
    const Plan plan = *loadPlanFile(path).plan;
    Canvas canvas(plan);
    const PlanSnapshot snapshot(plan, kAsOf);
    const PlanDiagram diagram(snapshot);
    const QRectF source = diagram.contentRect();
    const QImage fromCanvas = drawn(source, [&](QPainter *painter, const QRectF &target) {
        canvas.scene.renderDiagram(painter, target);
    });
    const QImage fromDiagram = drawn(source, [&](QPainter *painter, const QRectF &target) {
        diagram.render(painter, target, source);
    });
    QVERIFY(pixelsNotWhite(fromDiagram, fromDiagram.rect()) > 1000);
    QCOMPARE(differentPixels(fromDiagram, fromCanvas), 0);
}

void TestPlanDiagram::drawsOnlyTheSitesAsked()
{
    const Plan plan = *loadPlanFile(kChangesRevision).plan;
    const PlanSnapshot snapshot(plan, kAsOf);
    const PlanDiagram diagram(snapshot);
    QVERIFY(plan.sites.size() >= 2);
    const ItemId first = snapshot.plan().sites.at(0).uid;
    const ItemId second = snapshot.plan().sites.at(1).uid;
    const QRectF source = diagram.contentRect();
    const QImage image = drawn(source, [&](QPainter *painter, const QRectF &target) {
        diagram.render(painter, target, source, {second});
    });
    auto area = [&](ItemId site) {
        return diagram.siteBox(site).translated(-source.topLeft()).toAlignedRect();
    };
    QVERIFY(pixelsNotWhite(image, area(second)) > area(second).width() * area(second).height() / 2);
    QCOMPARE(pixelsNotWhite(image, area(first)), 0);
}

void TestPlanDiagram::marksChangesAsTheCanvas()
{
    const Plan base = *loadPlanFile(kChangesBase).plan;
    const Plan plan = *loadPlanFile(kChangesRevision).plan;
    Canvas canvas(plan);
    Comparison comparison(&canvas.document, base, QString());
    CompareMarks marks(&canvas.scene, &comparison);
    const PlanSnapshot snapshot(plan, kAsOf);
    const ReportDiagram report(snapshot, kAsOf, base);

    const QStringList ghosts = marks.ghostNames();
    QCOMPARE(report.ghostNames(), ghosts);
    QVERIFY(!ghosts.isEmpty());
    // The ghosts hang below the boxes: both show them whole.
    QVERIFY(canvas.scene.diagramRect().contains(marks.sceneRect()));
    constexpr double m = canvas::kDrawingMargin;
    QCOMPARE(report.contentRect(),
             canvas.scene.contentRect() | marks.sceneRect().adjusted(-m, -m, m, m));
    const QRectF source = canvas.scene.diagramRect();
    const QImage fromCanvas = drawn(source, [&](QPainter *painter, const QRectF &target) {
        canvas.scene.renderDiagram(painter, target);
    });
    const QImage fromReport = drawn(source, [&](QPainter *painter, const QRectF &target) {
        report.render(painter, target, source);
    });
    QCOMPARE(differentPixels(fromReport, fromCanvas), 0);
    // Far out, as on an overview page, a ghost's top meets its site's border: stacked as on the
    // canvas, over the site's box.
    const QRectF small(QPointF(0, 0), source.size() / 12);
    const QImage canvasOverview = drawn(small, [&](QPainter *painter, const QRectF &target) {
        canvas.scene.renderDiagram(painter, target);
    });
    const QImage reportOverview = drawn(small, [&](QPainter *painter, const QRectF &target) {
        report.render(painter, target, source);
    });
    QCOMPARE(differentPixels(reportOverview, canvasOverview), 0);
}

QTEST_MAIN(TestPlanDiagram)
#include "tst_plandiagram.moc"
