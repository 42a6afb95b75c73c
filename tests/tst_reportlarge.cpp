// The design report of a large plan (REPORT.md "Large plans"): the sections that grow with the
// plan summarise past a size and write their full lists as CSV files beside the PDF, the diagram
// becomes a sites-only overview whose codes stay legible on paper, and a 1,000-site plan gives
// fewer than 300 pages. Small plans keep their full tables and get no CSV.
#include "bench/plangenerator.h"
#include "diff/plandiff.h"
#include "document/document.h"
#include "io/planloader.h"
#include "io/plansaver.h"
#include "mainwindow.h"
#include "report/reportcsv.h"
#include "report/reportdata.h"
#include "report/reportlayout.h"
#include "report/reportoverview.h"
#include "report/reportwriter.h"
#include "requiretool.h"
#include "uilanguage.h"
#include "validator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace hierarch;

#define REQUIRE_POPPLER() HIERARCH_REQUIRE_TOOLS("pdftotext", "pdfinfo")

namespace {

const QString kExamplesDir = QStringLiteral(HIERARCH_EXAMPLES_DIR);
// REPORT.md: a 1,000-site plan gives a report under 300 pages.
constexpr int kPageBudgetAt1000Sites = 300;

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, line
// breaks and doubled quotes. Returns false on anything else (a stray quote, a bare LF).
bool parseCsv(const QByteArray &bytes, QList<QStringList> &records)
{
    // UTF-8 with a byte order mark, as File > Export Findings writes it.
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return false;
    const QByteArray body = bytes.mid(3);
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body)
        return false; // not UTF-8
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return false;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return false;
        } else {
            if (wasQuoted)
                return false;
            field += c;
        }
    }
    return !quoted && field.isEmpty() && record.isEmpty();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> records;
    if (!file.open(QIODevice::ReadOnly) || !parseCsv(file.readAll(), records))
        return {};
    return records;
}

} // namespace

class TestReportLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvQuoting();
    void overviewCodesLegibleAtL();
    void largePlanSummarises();
    void largeChangesSummarise();
    void germanSummaryText();
    void printedReportSaysHowToGetLists();
    void editorExportWritesLists();
    void smallPlanKeepsFullTables();

private:
    QTemporaryDir mDir;
    Plan mLarge;
};

void TestReportLarge::initTestCase()
{
    QVERIFY(mDir.isValid());
    mLarge = bench::generatePlan(bench::sizePreset('L', Product::ConfigMgr2007));
    QCOMPARE(mLarge.sites.size(), 1000);
}

void TestReportLarge::csvQuoting()
{
    ReportCsv csv{QStringLiteral("sites"),
                  {QStringLiteral("Code"), QStringLiteral("Name")},
                  {{QStringLiteral("P01"), QStringLiteral("Berlin, Mitte")},
                   {QStringLiteral("P02"), QStringLiteral("The \"new\" site\nsecond line")},
                   {QStringLiteral("P03"), QStringLiteral("=HYPERLINK(\"x\")")},
                   {QStringLiteral("Zürich"), QString()}}};
    QCOMPARE(csv.encoded(), QByteArray("\xEF\xBB\xBF"
                                       "Code,Name\r\n"
                                       "P01,\"Berlin, Mitte\"\r\n"
                                       "P02,\"The \"\"new\"\" site\nsecond line\"\r\n"
                                       "P03,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                                       "Z\xc3\xbcrich,\r\n"));
    QList<QStringList> records;
    QVERIFY(parseCsv(csv.encoded(), records));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(2).at(1), QStringLiteral("The \"new\" site\nsecond line"));
    QCOMPARE(csv.fileName(QStringLiteral("big")), QStringLiteral("big.sites.csv"));
}

// Section 2's overview at 1,000 sites: every site once, codes at 6 pt or larger and inside their
// boxes, boxes on the page and apart, on a handful of pages.
void TestReportLarge::overviewCodesLegibleAtL()
{
    const ReportData data(mLarge, bench::referenceDate());
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    const ReportStyle style(&writer);
    // A4 portrait less the report's margins (ReportLayout::Geometry), in points.
    const double width = 595 - 52 - 52;
    const double height = 842 - 64 - 58;
    SiteOverview overview(data, style, width);

    QVERIFY(SiteOverview::codePoints() >= 6);
    for (bool bold : {false, true}) {
        const QFont font = overview.codeFont(bold);
        QVERIFY(font.pointSizeF() >= 6);
    }
    int pages = 0;
    int sites = 0;
    while (!overview.atEnd()) {
        const SiteOverview::Page page = overview.nextPage(height);
        ++pages;
        QVERIFY(!page.boxes.isEmpty());
        QVERIFY(page.height <= height);
        for (qsizetype i = 0; i < page.boxes.size(); ++i) {
            const SiteOverview::Box &box = page.boxes.at(i);
            if (!box.continued)
                ++sites;
            QVERIFY2(box.rect.left() >= 0 && box.rect.right() <= width && box.rect.top() >= 0 &&
                         box.rect.bottom() <= height,
                     qPrintable(box.code));
            const QFontMetricsF metrics(
                overview.codeFont(box.kind != SiteOverview::Kind::Secondary), style.device());
            QVERIFY2(metrics.horizontalAdvance(box.code) / style.scale() <= box.rect.width(),
                     qPrintable(box.code));
            for (qsizetype j = i + 1; j < page.boxes.size(); ++j)
                QVERIFY2(!box.rect.intersects(page.boxes.at(j).rect),
                         qPrintable(box.code + QLatin1Char('/') + page.boxes.at(j).code));
        }
    }
    QCOMPARE(sites, int(mLarge.sites.size()));
    QVERIFY2(pages <= 12, qPrintable(QString::number(pages)));
}

void TestReportLarge::largePlanSummarises()
{
    REQUIRE_POPPLER();
    ReportOptions options;
    options.asOf = bench::referenceDate();
    ReportWriter writer(mLarge, options);
    const QString pdf = mDir.filePath(QStringLiteral("large.pdf"));
    QCOMPARE(int(writer.write(pdf)), int(ReportWriter::Result::Written));
    const int pages = pdfPages(pdf);
    QCOMPARE(pages, writer.pageCount());
    // The budget scaled to the plan's size (it has 1,000 sites).
    QVERIFY2(pages < kPageBudgetAt1000Sites * mLarge.sites.size() / 1000,
             qPrintable(QString::number(pages)));

    // The full lists, named after the PDF, one row per site, server and finding.
    const QDir dir(mDir.path());
    QStringList expected;
    // (PKI: the generated plan states `pki` on every native-mode primary site, more than a
    // full table's rows at L, so the report's PKI table is summarised too.)
    for (const char *key :
         {"sites", "boundaries", "servers", "findings", "ports", "assumptions", "pki", "links"})
        expected << dir.filePath(QStringLiteral("large.%1.csv").arg(QLatin1String(key)));
    QStringList written = writer.csvFilesWritten();
    written.sort();
    expected.sort();
    QCOMPARE(written, expected);

    const QList<QStringList> sites = readCsv(dir.filePath(QStringLiteral("large.sites.csv")));
    QCOMPARE(sites.size(), mLarge.sites.size() + 1);
    QCOMPARE(sites.constFirst().constFirst(), QStringLiteral("Code"));
    for (qsizetype i = 0; i < mLarge.sites.size(); ++i) {
        QCOMPARE(sites.at(i + 1).size(), sites.constFirst().size());
        QCOMPARE(sites.at(i + 1).constFirst(), mLarge.sites.at(i).code);
    }
    const QList<QStringList> servers = readCsv(dir.filePath(QStringLiteral("large.servers.csv")));
    QCOMPARE(servers.size(), mLarge.serverCount() + 1);
    QCOMPARE(servers.at(1).constFirst(), mLarge.sites.constFirst().servers.constFirst().name);
    const ReportData data(mLarge, options.asOf);
    const QList<QStringList> findings = readCsv(dir.filePath(QStringLiteral("large.findings.csv")));
    QCOMPARE(findings.size(), data.findings().size() + 1);
    for (const QStringList &record : findings)
        QCOMPARE(record.size(), findings.constFirst().size());
    int portRows = 0;
    for (const ReportData::ServerPorts &server : data.ports())
        portRows += int(server.rows.size());
    QCOMPARE(readCsv(dir.filePath(QStringLiteral("large.ports.csv"))).size(), portRows + 1);
    QVERIFY(readCsv(dir.filePath(QStringLiteral("large.assumptions.csv"))).size() > 1);

    // The report says what it left out and where the rest is.
    const QString text = pdfText(pdf);
    for (const char *said :
         {"Showing the 50 sites with the most findings of 1,000. The full list is in "
          "large.sites.csv beside this report.",
          "Showing the 100 servers with the most findings of 10,000. The full list is in "
          "large.servers.csv beside this report.",
          "The full list is in large.findings.csv beside this report.",
          "counts the servers that need each port. The full list is in large.ports.csv",
          "Overview of the sites.", "so pages follow only for the"})
        QVERIFY2(text.contains(QLatin1String(said)), said);
    // Every site code is in the overview.
    for (const Site &site : std::as_const(mLarge.sites))
        QVERIFY2(text.contains(site.code), qPrintable(site.code));
}

// Section 3a against a baseline that differs everywhere (another generated 1,000-site plan):
// its tables list their first rows with the full lists beside the PDF, and its per-primary
// drawings keep to their own page budget, so the report stays under 300 pages.
void TestReportLarge::largeChangesSummarise()
{
    REQUIRE_POPPLER();
    bench::GeneratorOptions other = bench::sizePreset('L', Product::ConfigMgr2007);
    other.seed = 2;
    const auto baseline = std::make_shared<const Plan>(bench::generatePlan(other));
    ReportOptions options;
    options.asOf = bench::referenceDate();
    options.baseline = baseline;
    options.baselineLabel = QStringLiteral("seed-2.hierarchy.yaml");
    ReportWriter writer(mLarge, options);
    const QString pdf = mDir.filePath(QStringLiteral("changes.pdf"));
    QCOMPARE(int(writer.write(pdf)), int(ReportWriter::Result::Written));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages > 0 && pages < kPageBudgetAt1000Sites, qPrintable(QString::number(pages)));

    const PlanDiff diff = diffPlans(baseline.get(), validate(*baseline, options.asOf), &mLarge,
                                    validate(mLarge, options.asOf));
    const QDir dir(mDir.path());
    const QList<QStringList> changes = readCsv(dir.filePath(QStringLiteral("changes.changes.csv")));
    QVERIFY(diff.changes.size() > 250);
    QCOMPARE(changes.size(), diff.changes.size() + 1);
    QCOMPARE(changes.constFirst(), QStringList({QStringLiteral("Action"), QStringLiteral("Item"),
                                                QStringLiteral("What changed")}));
    const FindingsDelta &delta = diff.findings;
    const QList<QStringList> findings =
        readCsv(dir.filePath(QStringLiteral("changes.findings-delta.csv")));
    QCOMPARE(findings.size(),
             delta.added.size() + delta.resolved.size() + delta.updated.size() + 1);
    QCOMPARE(findings.at(1).constFirst(), QStringLiteral("New"));
    qsizetype removed = 0;
    for (const ItemChange &change : diff.changes) {
        removed += change.action == DiffAction::Removed &&
                   (change.kind == DiffKind::Site || change.kind == DiffKind::Server);
    }
    QVERIFY(removed > 250);
    QCOMPARE(readCsv(dir.filePath(QStringLiteral("changes.removed.csv"))).size(), removed + 1);

    const QString text = pdfText(pdf);
    for (const QString &said :
         {QStringLiteral("Showing the first 100 of %1 structural changes, in the order of the "
                         "plan. The full list is in changes.changes.csv beside this report.")
              .arg(QLocale(QLocale::English).toString(diff.changes.size())),
          QStringLiteral("findings of the delta: the new ones first. The full list is in "
                         "changes.findings-delta.csv"),
          QStringLiteral("removed sites and servers. The full list is in changes.removed.csv"),
          QStringLiteral("with the most changes")})
        QVERIFY2(text.contains(said), qPrintable(said));
}

// The summarising texts speak the report's language.
void TestReportLarge::germanSummaryText()
{
    REQUIRE_POPPLER();
    QVERIFY(UiLanguage::installTranslators(QStringLiteral("de")));
    const Plan plan = bench::generatePlan(bench::sizePreset('M', Product::ConfigMgr2007));
    ReportOptions options;
    options.asOf = bench::referenceDate();
    options.language = QStringLiteral("de");
    ReportWriter writer(plan, options);
    const QString pdf = mDir.filePath(QStringLiteral("mittel.pdf"));
    const auto result = writer.write(pdf);
    UiLanguage::installTranslators(QStringLiteral("en"));
    QCOMPARE(int(result), int(ReportWriter::Result::Written));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("mittel.servers.csv")), "servers.csv");
    QVERIFY(!text.contains(QLatin1String("Showing the")));
    QVERIFY(!text.contains(QLatin1String("The full list is in")));
    // M keeps its full table of 100 sites.
    QVERIFY(!QFileInfo::exists(mDir.filePath(QStringLiteral("mittel.sites.csv"))));
}

// Printing (or writing to a device) leaves no file to put CSV files beside: the report says how
// to get the full lists instead of naming files that do not exist.
void TestReportLarge::printedReportSaysHowToGetLists()
{
    REQUIRE_POPPLER();
    const Plan plan = bench::generatePlan(bench::sizePreset('M', Product::ConfigMgr2007));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportOptions options;
    options.asOf = bench::referenceDate();
    ReportWriter writer(plan, options);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(int(writer.write(&buffer)), int(ReportWriter::Result::Written));
    QVERIFY(writer.csvFilesWritten().isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("device.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Showing the 100 servers with the most findings of 1,000. "
                                        "Export the report to a PDF file to get the full list as "
                                        "a CSV file beside it.")));
    QVERIFY(!text.contains(QLatin1String(".csv")));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.csv")}), QStringList());
}

// File > Export Report shares the writer with `hierarch report`: the same CSV files beside the
// PDF, and the status bar says they are there.
void TestReportLarge::editorExportWritesLists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plan = dir.filePath(QStringLiteral("mid.hierarchy.yaml"));
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(savePlan(bench::generatePlan(bench::sizePreset('M', Product::ConfigMgr2007))));
    file.close();

    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(plan));
    window.document()->setValidationDate(bench::referenceDate());
    const QString pdf = dir.filePath(QStringLiteral("mid report.pdf"));
    QVERIFY2(window.exportReport(pdf), qPrintable(window.lastError()));
    for (const char *key : {"servers", "findings", "ports"}) {
        const QString csv =
            dir.filePath(QStringLiteral("mid report.%1.csv").arg(QLatin1String(key)));
        QVERIFY2(!readCsv(csv).isEmpty(), qPrintable(csv));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("mid report.sites.csv"))));
    QCOMPARE(readCsv(dir.filePath(QStringLiteral("mid report.servers.csv"))).size(), 1001);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("CSV files beside it")), qPrintable(message));
}

void TestReportLarge::smallPlanKeepsFullTables()
{
    REQUIRE_POPPLER();
    const QString path =
        QDir(kExamplesDir)
            .filePath(QStringLiteral("configmgr2007-accounts-waivers.hierarchy.yaml"));
    const LoadResult loaded = loadPlanFile(path);
    QVERIFY(loaded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReportOptions options;
    options.asOf = bench::referenceDate();
    ReportWriter writer(*loaded.plan, options);
    const QString pdf = dir.filePath(QStringLiteral("small.pdf"));
    QCOMPARE(int(writer.write(pdf)), int(ReportWriter::Result::Written));
    QVERIFY(writer.csvFilesWritten().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.csv")}), QStringList());
    const QString text = pdfText(pdf);
    QVERIFY(!text.contains(QLatin1String("Showing")));
    QVERIFY(!text.contains(QLatin1String(".csv")));
    for (const Site &site : loaded.plan->sites) {
        for (const Server &server : site.servers)
            QVERIFY2(text.contains(server.name), qPrintable(server.name));
    }
}

QTEST_MAIN(TestReportLarge)
#include "tst_reportlarge.moc"
