// The report's hierarchy drawing (views/report/reportdiagram) in section 3a: the editor's compare
// marks and ghosts on the plan's own drawing, checked on the items and in the pixels painted.
#include "compare/comparemarks.h"
#include "document/plansnapshot.h"
#include "io/planloader.h"
#include "report/reportdiagram.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace hierarch;

namespace {

// Section 3a's plans: against the baseline, the revision adds a server (P01-NEW), changes a site
// (P01 goes native), moves a server (CEN-DP01 to P01), and removes a server (P01-OLD) and a
// secondary site with its server (S01, S01-SITE01).
const QString kChangesBase =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes-base.hierarchy.yaml");
const QString kChangesRevision =
    QStringLiteral(HIERARCH_FIXTURES_DIR "/report/changes.hierarchy.yaml");

// How many pixels of the drawing have exactly this colour (the fill of a compare mark).
int pixelsOf(const ReportDiagram &diagram, const QColor &colour)
{
    const QRectF source = diagram.contentRect();
    QImage image(source.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    diagram.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == colour.rgb())
                ++count;
        }
    }
    return count;
}

} // namespace

class TestReportDiagram : public QObject
{
    Q_OBJECT

private slots:
    void changesDiagramMarksItems();
};

void TestReportDiagram::changesDiagramMarksItems()
{
    const LoadResult base = loadPlanFile(kChangesBase);
    const LoadResult plan = loadPlanFile(kChangesRevision);
    QVERIFY(base && plan);
    const QDate asOf = QDate(2026, 11, 21);
    const PlanSnapshot snapshot(*plan.plan, asOf);
    const ReportDiagram marked(snapshot, asOf, *base.plan);
    const ReportDiagram plain(snapshot);

    // The editor's compare marks, on the items that changed and on no other.
    QCOMPARE(marked.markOf(QStringLiteral("P01"), QStringLiteral("P01-NEW")), QStringLiteral("+"));
    QCOMPARE(marked.markOf(QStringLiteral("P01")), QStringLiteral("~"));
    QCOMPARE(marked.markOf(QStringLiteral("P01"), QStringLiteral("CEN-DP01")), QStringLiteral(">"));
    QCOMPARE(marked.markOf(QStringLiteral("CEN")), QString());
    QCOMPARE(marked.markOf(QStringLiteral("P01"), QStringLiteral("P01-SITE01")), QString());
    QCOMPARE(plain.markOf(QStringLiteral("P01")), QString());
    QStringList removed;
    for (const ItemChange &change : marked.removed())
        removed << change.id;
    removed.sort();
    QCOMPARE(removed, QStringList({QStringLiteral("P01-OLD"), QStringLiteral("S01"),
                                   QStringLiteral("S01-SITE01")}));
    QStringList ghosts = marked.ghostNames();
    ghosts.sort();
    QCOMPARE(ghosts, QStringList({QStringLiteral("P01-OLD (removed server)"),
                                  QStringLiteral("S01-SITE01 (removed server)"),
                                  QStringLiteral("Site S01 (removed)")}));

    // Drawn: each kind of mark in its colour, none of them in the plain drawing, and the ghosts
    // below P01 inside the area the report prints.
    for (DiffAction action : {DiffAction::Added, DiffAction::Changed, DiffAction::Moved}) {
        const QColor colour = CompareMarks::colour(action);
        QVERIFY2(pixelsOf(marked, colour) > 100, qPrintable(colour.name()));
        QCOMPARE(pixelsOf(plain, colour), 0);
    }
    QVERIFY(marked.contentRect().contains(plain.contentRect()));
    QVERIFY(marked.contentRect().bottom() > plain.contentRect().bottom() + 30);
}

QTEST_MAIN(TestReportDiagram)
#include "tst_reportdiagram.moc"
