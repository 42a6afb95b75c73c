// The report's page layout (views/report/reportlayout): where tables break. Laid out on a real
// QPdfWriter, without painting, so every amount of content above a table can be tried.
#include "report/reportlayout.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTest>

using namespace hierarch;

namespace {

// Lays out, under `fill` points of other content on an A4 page, a heading, a note and a table of
// `rows` rows, as the summary does with its top findings. Returns the pages' item counts.
QList<int> tableLayout(double fill, int rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    writer.setPageLayout(page);
    const ReportStyle style(&writer);
    ReportLayout layout(style,
                        ReportLayout::Geometry{page.fullRectPixels(writer.resolution()).size()});
    layout.addBlock(style.pt(fill), {});
    layout.addHeading(2, QStringLiteral("Top findings"));
    layout.addParagraph(QStringLiteral("All unwaived errors, then all unwaived warnings."),
                        style.smallItalic, style.muted);
    ReportTable table;
    table.small = true;
    table.widths = {0.3, 0.7};
    table.header = {QStringLiteral("Rule"), QStringLiteral("Message")};
    for (int i = 0; i < rows; ++i)
        table.rows.append({ReportCell(QStringLiteral("rule-%1").arg(i)),
                           ReportCell(QStringLiteral("A message on one line."))});
    layout.addTable(table);
    QList<int> counts;
    for (const ReportLayout::Page &p : layout.pages())
        counts << int(p.items.size());
    return counts;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void shortTableStaysWithItsHeading();
    void longTableStartsAndEndsWithRows();
};

void TestReportLayout::shortTableStaysWithItsHeading()
{
    // Whatever the room left under the content before it, a short table is never split: the
    // heading, the note, the header and all six rows (9 items) share a page.
    for (double fill = 0; fill <= 720; fill += 4) {
        const QList<int> pages = tableLayout(fill, 6);
        const bool together = (pages.size() == 1 && pages.at(0) == 10) ||
                              (pages.size() == 2 && pages.at(0) == 1 && pages.at(1) == 9);
        QStringList counts;
        for (int items : pages)
            counts << QString::number(items);
        QVERIFY2(together, qPrintable(QStringLiteral("fill %1 pt: items per page %2")
                                          .arg(fill)
                                          .arg(counts.join(QLatin1Char('/')))));
    }
}

void TestReportLayout::longTableStartsAndEndsWithRows()
{
    // A table of 70 rows: under its heading, either no row (heading and table go to the next
    // page together) or at least three; and its last page never holds a lone row.
    for (double fill = 0; fill <= 720; fill += 4) {
        const QList<int> pages = tableLayout(fill, 70);
        const int first = pages.at(0) - 1; // items under the fill block
        const int rowsThere = first - 3;   // after the heading, the note and the header row
        QVERIFY2(
            first == 0 || rowsThere >= 3,
            qPrintable(
                QStringLiteral("fill %1 pt: %2 rows under the heading").arg(fill).arg(rowsThere)));
        const int lastRows = pages.constLast() - 1; // after the repeated header row
        QVERIFY2(
            pages.size() < 2 || lastRows >= 2,
            qPrintable(
                QStringLiteral("fill %1 pt: %2 rows on the last page").arg(fill).arg(lastRows)));
    }
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
