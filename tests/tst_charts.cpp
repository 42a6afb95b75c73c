// The report charts and the Dashboard dock: the series count exactly the unwaived findings (by
// severity, by category, stacked per site), the per-site chart keeps to the 25 sites with the most
// findings, charts refresh in place after an edit, the dashboard follows the document, user text
// stays inert, and a chart painted into a PDF is vector graphics with searchable text.
#include "charts/reportcharts.h"
#include "dashboard/dashboarddock.h"
#include "document/document.h"
#include "io/planloader.h"
#include "requiretool.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <array>

using namespace hierarch;

namespace {

const QString kWaiversExample =
    QStringLiteral(HIERARCH_EXAMPLES_DIR "/configmgr2007-accounts-waivers.hierarchy.yaml");
const QString kSmsExample =
    QStringLiteral(HIERARCH_EXAMPLES_DIR "/sms2003-central-hierarchy.hierarchy.yaml");

Plan loadFile(const QString &path)
{
    const LoadResult result = loadPlanFile(path);
    if (!result)
        qFatal("example does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

Plan load(const QByteArray &yaml)
{
    const LoadResult result = loadPlan(yaml, QStringLiteral("test"));
    if (!result)
        qFatal("fixture does not load: %s", qPrintable(result.error.toString()));
    return *result.plan;
}

const QByteArray kInertPlan = "hierarch: 1\nname: Inert\nproduct: configmgr2007\nsites:\n"
                              "  - code: '<b>x</b>'\n  - code: 'A&B'\n    parent: '<b>x</b>'\n";

// A central site with `count - 1` primaries below it; every fourth primary gets a server with
// several hardening gaps, so sites differ in how many findings they have.
QByteArray generatedPlan(int count)
{
    QByteArray yaml = "hierarch: 1\nname: Generated\nproduct: configmgr2007\nsites:\n"
                      "  - code: CEN\n";
    for (int i = 1; i < count; ++i) {
        const QByteArray code = QByteArray("P") + QByteArray::number(i).rightJustified(2, '0');
        yaml += "  - code: " + code + "\n    parent: CEN\n";
        if (i % 4 == 0) {
            yaml += "    servers:\n      - name: " + code +
                    "-SRV\n        fileSystem: fat32\n        staticIp: false\n"
                    "        roles: [site-server, site-database, management-point]\n";
        }
    }
    return yaml;
}

// The counts the charts should show, recomputed here from the findings.
struct Expected
{
    std::array<int, 3> severity{};
    QMap<Category, int> category;
    QMap<QString, std::array<int, 3>> site;
    int waived = 0;

    explicit Expected(const QList<Finding> &findings)
    {
        for (const Finding &f : findings) {
            if (f.waived) {
                ++waived;
                continue;
            }
            ++severity[int(f.severity())];
            ++category[f.category()];
            const QString code = f.kind == Scope::Site     ? f.subject
                                 : f.kind == Scope::Server ? f.site
                                                           : QString();
            if (!code.isEmpty())
                ++site[code][int(f.severity())];
        }
    }
    int siteTotal(const QString &code) const
    {
        const auto c = site.value(code);
        return c[0] + c[1] + c[2];
    }
};

QAbstractBarSeries *seriesOf(QChart *chart)
{
    return chart->series().isEmpty() ? nullptr
                                     : qobject_cast<QAbstractBarSeries *>(chart->series().first());
}

QStringList categoriesOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

qreal sum(const QBarSet *set)
{
    qreal total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

void verifySeverity(QChart *chart, const Expected &expected)
{
    QAbstractBarSeries *series = seriesOf(chart);
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    for (int s = 0; s < 3; ++s) {
        QBarSet *set = series->barSets().at(s);
        QCOMPARE(set->color(), severityColor(Severity(s)));
        QCOMPARE(sum(set), qreal(expected.severity[s]));
        QCOMPARE(set->at(s), qreal(expected.severity[s]));
    }
}

void verifyCategory(QChart *chart, const Expected &expected)
{
    QAbstractBarSeries *series = seriesOf(chart);
    QVERIFY(qobject_cast<QHorizontalBarSeries *>(series));
    QCOMPARE(series->count(), 1);
    const QStringList names = categoriesOf(chart);
    const QStringList all = {QStringLiteral("Structure"),    QStringLiteral("Security"),
                             QStringLiteral("Availability"), QStringLiteral("Capacity"),
                             QStringLiteral("Accounts"),     QStringLiteral("Review")};
    QCOMPARE(names.size(), all.size()); // every category, even at zero
    const QBarSet *set = series->barSets().first();
    for (int c = 0; c < all.size(); ++c) {
        const int i = int(names.indexOf(all.at(c)));
        QVERIFY2(i >= 0, qPrintable(all.at(c)));
        QCOMPARE(set->at(i), qreal(expected.category.value(Category(c))));
    }
}

void verifyPerSite(QChart *chart, const Expected &expected, const QStringList &codes)
{
    QAbstractBarSeries *series = seriesOf(chart);
    QVERIFY(qobject_cast<QStackedBarSeries *>(series));
    QCOMPARE(categoriesOf(chart), codes);
    for (int s = 0; s < 3; ++s) {
        QBarSet *set = series->barSets().at(s);
        QCOMPARE(set->color(), severityColor(Severity(s)));
        QCOMPARE(set->count(), codes.size());
        for (int i = 0; i < codes.size(); ++i)
            QCOMPARE(set->at(i), qreal(expected.site.value(codes.at(i))[s]));
    }
}

QStringList siteCodes(const Plan &plan)
{
    QStringList codes;
    for (const Site &site : plan.sites)
        codes.append(site.code);
    return codes;
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(tool);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchFindings_data();
    void countsMatchFindings();
    void waivedFindingsAreExcluded();
    void perSiteKeepsTopSites();
    void updateFollowsEdits();
    void updateRebuildsForeignChart();
    void siteCodesStayLiteral();
    void dashboardFollowsDocument();
    void pdfIsVectorWithText();
    void paintingKeepsShownChart();
    void columnLabelsAreNeverCut();
};

void TestCharts::countsMatchFindings_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sms2003-central") << kSmsExample;
    QTest::newRow("accounts-waivers") << kWaiversExample;
}

void TestCharts::countsMatchFindings()
{
    QFETCH(QString, path);
    Document doc;
    doc.reset(loadFile(path), path);
    const Expected expected(doc.findings());
    QVERIFY(expected.severity[0] + expected.severity[1] + expected.severity[2] > 0);

    auto severity = createReportChart(ReportChart::BySeverity, doc.plan(), doc.findings());
    verifySeverity(severity.get(), expected);
    auto category = createReportChart(ReportChart::ByCategory, doc.plan(), doc.findings());
    verifyCategory(category.get(), expected);
    auto perSite = createReportChart(ReportChart::PerSite, doc.plan(), doc.findings());
    verifyPerSite(perSite.get(), expected, siteCodes(doc.plan()));
    QCOMPARE(perSite->title(), QStringLiteral("Findings per site"));
}

void TestCharts::waivedFindingsAreExcluded()
{
    Document doc;
    doc.reset(loadFile(kWaiversExample));
    const Expected expected(doc.findings());
    QVERIFY(expected.waived > 0);

    // Every finding unwaived would count more: the chart must not.
    QList<Finding> unwaived = doc.findings();
    for (Finding &f : unwaived)
        f.waived = false;
    auto withWaived = createReportChart(ReportChart::BySeverity, doc.plan(), doc.findings());
    auto without = createReportChart(ReportChart::BySeverity, doc.plan(), unwaived);
    qreal total = 0, totalAll = 0;
    for (int s = 0; s < 3; ++s) {
        total += sum(seriesOf(withWaived.get())->barSets().at(s));
        totalAll += sum(seriesOf(without.get())->barSets().at(s));
    }
    QCOMPARE(totalAll - total, qreal(expected.waived));
}

void TestCharts::perSiteKeepsTopSites()
{
    Document doc;
    doc.reset(load(generatedPlan(60)));
    QCOMPARE(doc.plan().sites.size(), 60);
    const Expected expected(doc.findings());

    auto chart = createReportChart(ReportChart::PerSite, doc.plan(), doc.findings());
    QVERIFY2(chart->title().contains(QStringLiteral("top 25 of 60")), qPrintable(chart->title()));
    const QStringList shown = categoriesOf(chart.get());
    QCOMPARE(shown.size(), 25);

    // Shown sites in document order, none with fewer findings than a hidden one.
    const QStringList all = siteCodes(doc.plan());
    int last = -1, minShown = INT_MAX, maxHidden = 0;
    for (const QString &code : shown) {
        QVERIFY(all.indexOf(code) > last);
        last = int(all.indexOf(code));
        minShown = std::min(minShown, expected.siteTotal(code));
    }
    for (const QString &code : all) {
        if (!shown.contains(code))
            maxHidden = std::max(maxHidden, expected.siteTotal(code));
    }
    QVERIFY2(minShown >= maxHidden,
             qPrintable(QStringLiteral("%1 < %2").arg(minShown).arg(maxHidden)));
    // The sites with servers have more findings; ties among the rest keep document order.
    QVERIFY(expected.siteTotal(QStringLiteral("P56")) > expected.siteTotal(QStringLiteral("P55")));
    QVERIFY(shown.contains(QStringLiteral("P56")));
    QVERIFY(!shown.contains(QStringLiteral("P59")));
    verifyPerSite(chart.get(), expected, shown);

    // Back under the limit the title drops the "of N".
    doc.reset(load(generatedPlan(10)));
    updateReportChart(chart.get(), ReportChart::PerSite, doc.plan(), doc.findings());
    QCOMPARE(chart->title(), QStringLiteral("Findings per site"));
    verifyPerSite(chart.get(), Expected(doc.findings()), siteCodes(doc.plan()));
}

void TestCharts::updateFollowsEdits()
{
    Document doc;
    doc.reset(loadFile(kSmsExample));
    std::unique_ptr<QChart> charts[3];
    for (int k = 0; k < 3; ++k)
        charts[k] = createReportChart(ReportChart(k), doc.plan(), doc.findings());
    QAbstractBarSeries *severitySeries = seriesOf(charts[0].get());
    const Expected before(doc.findings());

    // A new primary site without servers breaks several structure rules.
    const ItemId central = doc.plan().sites.first().uid;
    doc.addSite(central);
    const Expected after(doc.findings());
    QVERIFY(after.severity != before.severity);

    for (int k = 0; k < 3; ++k)
        updateReportChart(charts[k].get(), ReportChart(k), doc.plan(), doc.findings());
    QCOMPARE(seriesOf(charts[0].get()), severitySeries); // refreshed in place
    verifySeverity(charts[0].get(), after);
    verifyCategory(charts[1].get(), after);
    verifyPerSite(charts[2].get(), after, siteCodes(doc.plan()));

    doc.undoStack()->undo();
    for (int k = 0; k < 3; ++k)
        updateReportChart(charts[k].get(), ReportChart(k), doc.plan(), doc.findings());
    verifySeverity(charts[0].get(), before);
    verifyPerSite(charts[2].get(), before, siteCodes(doc.plan()));
}

void TestCharts::updateRebuildsForeignChart()
{
    Document doc;
    doc.reset(loadFile(kSmsExample));
    QChart chart;
    updateReportChart(&chart, ReportChart::ByCategory, doc.plan(), doc.findings());
    verifyCategory(&chart, Expected(doc.findings()));
    // A chart of another kind is reshaped rather than misread.
    updateReportChart(&chart, ReportChart::BySeverity, doc.plan(), doc.findings());
    verifySeverity(&chart, Expected(doc.findings()));
    QVERIFY(!chart.legend()->isVisible());
    updateReportChart(&chart, ReportChart::PerSite, doc.plan(), doc.findings());
    verifyPerSite(&chart, Expected(doc.findings()), siteCodes(doc.plan()));
    QVERIFY(chart.legend()->isVisible());
    QCOMPARE(chart.series().size(), 1);
    QCOMPARE(chart.axes().size(), 2);
}

void TestCharts::siteCodesStayLiteral()
{
    Document doc;
    doc.reset(load(kInertPlan));
    auto chart = createReportChart(ReportChart::PerSite, doc.plan(), doc.findings());
    // Qt Charts lays labels out as HTML: the codes must arrive escaped to show literally.
    QCOMPARE(categoriesOf(chart.get()),
             QStringList({QStringLiteral("&lt;b&gt;x&lt;/b&gt;"), QStringLiteral("A&amp;B")}));
}

void TestCharts::dashboardFollowsDocument()
{
    Document doc;
    doc.reset(loadFile(kSmsExample));
    QMainWindow window;
    auto *dock = new DashboardDock(&doc, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QChart *severity = dock->chartView(ReportChart::BySeverity)->chart();
    QChart *perSite = dock->chartView(ReportChart::PerSite)->chart();
    verifySeverity(severity, Expected(doc.findings()));
    QVERIFY(dock->chartView(ReportChart::BySeverity)->renderHints() & QPainter::Antialiasing);
    const QString verdictBefore = dock->verdictLabel()->text();
    QCOMPARE(dock->verdictLabel()->textFormat(), Qt::PlainText);

    // A burst of edits refreshes once, on the next turn of the event loop.
    const ItemId central = doc.plan().sites.first().uid;
    const QStringList codesBefore = categoriesOf(perSite);
    doc.addSite(central);
    doc.addSite(central);
    QCOMPARE(categoriesOf(perSite), codesBefore); // not yet: deferred to the event loop
    QTRY_COMPARE(categoriesOf(perSite), siteCodes(doc.plan()));
    const Expected after(doc.findings());
    verifySeverity(severity, after);
    verifyCategory(dock->chartView(ReportChart::ByCategory)->chart(), after);
    verifyPerSite(perSite, after, siteCodes(doc.plan()));
    QVERIFY(dock->verdictLabel()->text() != verdictBefore);
    QVERIFY(dock->verdictLabel()->text().contains(QString::number(after.severity[0])));

    // Opening another plan replaces everything.
    doc.reset(load(generatedPlan(3)));
    QTRY_COMPARE(categoriesOf(perSite), siteCodes(doc.plan()));
    verifySeverity(severity, Expected(doc.findings()));
}

void TestCharts::pdfIsVectorWithText()
{
    HIERARCH_REQUIRE_TOOLS("pdfimages", "pdftotext");
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));

    Document doc;
    doc.reset(loadFile(kSmsExample));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QCOMPARE(writer.resolution(), 1200);
        QPainter painter(&writer);
        // Targets in points on a 1200 dpi device, as the report lays out its pages.
        painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0);
        qreal y = 20;
        for (int k = 0; k < 3; ++k) {
            auto chart = createReportChart(ReportChart(k), doc.plan(), doc.findings());
            paintChart(chart.get(), &painter, QRectF(40, y, 320, 230));
            QVERIFY(!chart->scene()); // the temporary scene let go of it
            y += 250;
        }
        // User text reaches the page as the literal characters.
        Document inert;
        inert.reset(load(kInertPlan));
        QVERIFY(writer.newPage());
        auto chart = createReportChart(ReportChart::PerSite, inert.plan(), inert.findings());
        paintChart(chart.get(), &painter, QRectF(40, 20, 320, 230));
    }

    const QStringList images = runTool(pdfimages, {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the two header lines, no image rows

    const QString text = runTool(pdftotext, {path, QStringLiteral("-")});
    for (const char *expected : {"Findings by severity", "Findings by category",
                                 "Findings per site", "Errors", "Security"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(doc.plan().sites.first().code));
    QVERIFY2(text.contains(QLatin1String("<b>x</b>")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("A&B")));
}

void TestCharts::paintingKeepsShownChart()
{
    Document doc;
    doc.reset(loadFile(kSmsExample));
    QChartView view(
        createReportChart(ReportChart::BySeverity, doc.plan(), doc.findings()).release());
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSizeF shown = view.chart()->size();

    QImage image(600, 450, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintChart(view.chart(), &painter, QRectF(0, 0, 600, 450));
    }
    QCOMPARE(view.chart()->scene(), view.scene());
    QCOMPARE(view.chart()->size(), shown);
    // The white background covers the target.
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
    QCOMPARE(image.pixelColor(595, 445), QColor(Qt::white));
}

// Qt Charts cuts a column label wider than its share of the axis to "Warnu...". A severity chart
// too narrow for its labels names its columns with a legend instead, and goes back to labels when
// there is room again; on paper as on screen.
void TestCharts::columnLabelsAreNeverCut()
{
    Document doc;
    doc.reset(loadFile(kSmsExample));
    QChartView view(
        createReportChart(ReportChart::BySeverity, doc.plan(), doc.findings()).release());
    QChart *chart = view.chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const auto showAt = [&](int width) {
        view.resize(width, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(chart->size().width(), qreal(view.viewport()->width()));
        QCoreApplication::processEvents();
    };
    showAt(600);
    QVERIFY(axis->labelsVisible());
    QVERIFY(!chart->legend()->isVisible());

    showAt(200); // "Warnings" no longer fits under its column
    QVERIFY(!axis->labelsVisible());
    QVERIFY(chart->legend()->isVisible());

    showAt(600);
    QVERIFY(axis->labelsVisible());
    QVERIFY(!chart->legend()->isVisible());

    // Painted into a narrow box on paper, the same; the view's own layout comes back after.
    QImage image(160, 140, QImage::Format_ARGB32);
    QPainter painter(&image);
    bool legendOnPaper = false;
    QObject::connect(chart->legend(), &QGraphicsObject::visibleChanged, chart,
                     [&] { legendOnPaper = legendOnPaper || chart->legend()->isVisible(); });
    paintChart(chart, &painter, QRectF(0, 0, 160, 140));
    QVERIFY(legendOnPaper);
    QVERIFY(axis->labelsVisible());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
