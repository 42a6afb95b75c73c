// File > Export without dialogs: the findings in the CLI's JSON and SARIF, the diagram as SVG
// and PNG drawn from the canvas's scene, the design report as a PDF, and a failed write that
// says where and leaves no file.
#include "canvas/hierarchyscene.h"
#include "document/document.h"
#include "export/findingscsv.h"
#include "export/findingsexport.h"
#include "exportactions.h"
#include "io/planloader.h"
#include "requiretool.h"
#include "selection.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hierarch;
using namespace Qt::StringLiterals;
using hierarch::testing::readAll;

namespace {

struct Fixture
{
    Document document;
    Selection selection{&document};
    HierarchyScene scene{&document, &selection};
    ExportActions exports{&document, &scene, nullptr};

    Fixture()
    {
        document.setValidationDate(QDate(2026, 11, 21));
        const QString path = QDir(QStringLiteral(HIERARCH_EXAMPLES_DIR))
                                 .filePath(QStringLiteral("sms2003-small-site.hierarchy.yaml"));
        const LoadResult loaded = loadPlanFile(path);
        if (!loaded)
            qFatal("example does not load: %s", qPrintable(loaded.error.toString()));
        document.reset(*loaded.plan, path);
    }
};

} // namespace

class TestExportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }
    void findings_data();
    void findings();
    void csvQuotingAndFormulas();
    void findingsCsv();
    void svgDiagram();
    void pngDiagram();
    void report();
    void printAndPreview();
    void failedWriteLeavesNoFile();

private:
    QTemporaryDir mDir;
};

void TestExportActions::findings_data()
{
    QTest::addColumn<bool>("sarif");
    QTest::newRow("json") << false;
    QTest::newRow("sarif") << true;
}

void TestExportActions::findings()
{
    QFETCH(bool, sarif);
    Fixture f;
    const QString path =
        mDir.filePath(sarif ? QStringLiteral("f.sarif") : QStringLiteral("f.json"));
    QSignalSpy status(&f.exports, &ExportActions::statusMessage);
    QVERIFY(f.exports.writeFindings(path, sarif));
    QCOMPARE(status.size(), 1);
    // Exactly what the CLI writes for the same file, findings and date.
    ValidatedFile file;
    file.file = QStringLiteral("sms2003-small-site.hierarchy.yaml");
    file.loaded = true;
    file.planName = f.document.plan().name;
    file.product = f.document.plan().product;
    file.findings = f.document.findings();
    QVERIFY(!file.findings.isEmpty());
    const QByteArray expected = sarif ? findingsToSarif({file}, f.document.validationDate())
                                      : findingsToJson({file}, f.document.validationDate());
    QCOMPARE(readAll(path), expected);
    QJsonParseError error;
    QJsonDocument::fromJson(readAll(path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

// RFC 4180 with the defences a spreadsheet needs: quotes doubled, fields with separators, line
// breaks or outer spaces quoted, formulas neutralised, UTF-8 marked by a byte order mark.
void TestExportActions::csvQuotingAndFormulas()
{
    const QByteArray csv = csvTable({{QStringLiteral("plain"), QStringLiteral("a,b"),
                                      QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
                                     {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"),
                                      QStringLiteral("-2"), QStringLiteral("@SUM(A1)")},
                                     {QStringLiteral(" padded"), QString(),
                                      QStringLiteral("M\u00fcller"), QStringLiteral("a-b")}});
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                             "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                             "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\n"
                             "\" padded\",,M\xC3\xBCller,a-b\r\n"));
}

void TestExportActions::findingsCsv()
{
    Fixture f;
    const QString path = mDir.filePath(QStringLiteral("f.csv"));
    QSignalSpy status(&f.exports, &ExportActions::statusMessage);
    QVERIFY(f.exports.writeFindingsCsv(path));
    QCOMPARE(status.size(), 1);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // The findings here hold no commas, quotes or line breaks, so lines split plainly.
    QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a line break
    const QList<Finding> &findings = f.document.findings();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(lines.size(), findings.size() + 1);
    QCOMPARE(lines.constFirst(),
             QByteArray("Severity,Rule,Subject,Site,Message,Waived,Justification\r"));
    for (int i = 0; i < findings.size(); ++i) {
        const QByteArray &line = lines.at(i + 1);
        QVERIFY(line.endsWith('\r'));
        const QList<QByteArray> fields = line.chopped(1).split(',');
        QVERIFY2(fields.size() >= 7, line.constData());
        QCOMPARE(QString::fromUtf8(fields.at(1)), findings.at(i).ruleId());
        QCOMPARE(QString::fromUtf8(fields.at(2)), findings.at(i).subject);
    }
    QVERIFY(!f.exports.writeFindingsCsv(mDir.filePath(QStringLiteral("missing/dir/f.csv"))));
}

void TestExportActions::svgDiagram()
{
    Fixture f;
    const QString path = mDir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY(f.exports.writeDiagram(path, true));
    const QString svg = QString::fromUtf8(readAll(path));
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    QVERIFY(svg.contains(
        QStringLiteral("<title>%1</title>").arg(f.document.plan().name.toHtmlEscaped())));
    // Every site is drawn, by its code.
    for (const Site &site : f.document.plan().sites)
        QVERIFY2(svg.contains(site.code), qPrintable(site.code));
}

void TestExportActions::pngDiagram()
{
    Fixture f;
    const QString path = mDir.filePath(QStringLiteral("diagram.png"));
    QVERIFY(f.exports.writeDiagram(path, false));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    // Twice the scene's size, for sharp text when scaled into a document.
    QCOMPARE(image.size(), (f.scene.contentRect().size() * 2).toSize());
    QVERIFY(image.pixelColor(0, 0) == QColor(Qt::white));
}

void TestExportActions::report()
{
    Fixture f;
    const QString path = mDir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(f.exports.writeReport(path));
    QVERIFY(readAll(path).startsWith("%PDF-"));
}

// File > Print and Print Preview paint the very report that Export Report writes: printed to a
// PDF file, it has the same pages and the same text.
void TestExportActions::printAndPreview()
{
    HIERARCH_REQUIRE_TOOLS("pdftotext", "pdfinfo");
    Fixture f;
    const QString exported = mDir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(f.exports.writeReport(exported));

    const QString printed = mDir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    QSignalSpy status(&f.exports, &ExportActions::statusMessage);
    QVERIFY(f.exports.printReport(&printer));
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.constFirst().constFirst().toString().contains(printed),
             qPrintable(status.constFirst().constFirst().toString()));

    auto run = [](const QString &tool, const QStringList &args) {
        QProcess process;
        process.start(tool, args);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    auto pages = [&run](const QString &pdf) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(u"pdfinfo"_s, {pdf}));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int exportedPages = pages(exported);
    QVERIFY(exportedPages > 3);
    QCOMPARE(pages(printed), exportedPages);
    const QString text = run(u"pdftotext"_s, {printed, u"-"_s});
    QCOMPARE(text, run(u"pdftotext"_s, {exported, u"-"_s}));
    QVERIFY(text.contains(f.document.plan().name));

    // The preview shows the same pages.
    QPrinter previewPrinter(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(f.exports.createPrintPreview(&previewPrinter));
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    preview->updatePreview();
    QCOMPARE(preview->pageCount(), exportedPages);
}

void TestExportActions::failedWriteLeavesNoFile()
{
    Fixture f;
    const QString bad = mDir.filePath(QStringLiteral("no-such-folder/out"));
    QSignalSpy failed(&f.exports, &ExportActions::failed);
    QVERIFY(!f.exports.writeFindings(bad + QStringLiteral(".json"), false));
    QVERIFY(!f.exports.writeDiagram(bad + QStringLiteral(".svg"), true));
    QVERIFY(!f.exports.writeDiagram(bad + QStringLiteral(".png"), false));
    QVERIFY(!f.exports.writeReport(bad + QStringLiteral(".pdf")));
    QCOMPARE(failed.size(), 4);
    for (const QList<QVariant> &args : failed)
        QVERIFY2(args.at(1).toString().contains(bad), qPrintable(args.at(1).toString()));
    QVERIFY(!QDir(mDir.filePath(QStringLiteral("no-such-folder"))).exists());
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
