#include "exportactions.h"

#include "canvas/diagramexport.h"
#include "comparecontroller.h"
#include "document/comparison.h"
#include "document/document.h"
#include "export/findingscsv.h"
#include "export/findingsexport.h"
#include "io/checkedfile.h"
#include "report/reportwriter.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace hierarch {

ExportActions::ExportActions(Document *document, HierarchyScene *scene, QWidget *dialogParent)
    : QObject(dialogParent), mDocument(document), mScene(scene), mDialogParent(dialogParent)
{}

QString ExportActions::baseName(const QString &fallback) const
{
    return mDocument->filePath().isEmpty() ? fallback
                                           : QFileInfo(mDocument->filePath()).completeBaseName();
}

void ExportActions::exportFindings(bool sarif)
{
    const QString suffix = sarif ? QStringLiteral(".sarif") : QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(
        mDialogParent, sarif ? tr("Export Findings as SARIF") : tr("Export Findings as JSON"),
        baseName(tr("plan")) + suffix,
        sarif ? tr("SARIF logs (*.sarif *.json)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        writeFindings(path, sarif);
}

void ExportActions::exportFindingsCsv()
{
    const QString path = QFileDialog::getSaveFileName(mDialogParent, tr("Export Findings as CSV"),
                                                      baseName(tr("plan")) + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeFindingsCsv(path);
}

bool ExportActions::writeFindingsCsv(const QString &path)
{
    QString error;
    if (!writeFileChecked(path, findingsToCsv(mDocument->findings()), &error)) {
        emit failed(tr("Export failed"), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(path), 4000);
    return true;
}

bool ExportActions::writeFindings(const QString &path, bool sarif)
{
    ValidatedFile file;
    file.file = mDocument->filePath().isEmpty() ? tr("untitled.hierarchy.yaml")
                                                : QFileInfo(mDocument->filePath()).fileName();
    file.loaded = true;
    file.planName = mDocument->plan().name;
    file.product = mDocument->plan().product;
    file.findings = mDocument->findings();
    const QByteArray bytes = sarif ? findingsToSarif({file}, mDocument->validationDate())
                                   : findingsToJson({file}, mDocument->validationDate());
    QString error;
    if (!writeFileChecked(path, bytes, &error)) {
        emit failed(tr("Export failed"), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(path), 4000);
    return true;
}

void ExportActions::exportDiagram(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        mDialogParent, svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"),
        baseName(tr("diagram")) + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        writeDiagram(path, svg);
}

bool ExportActions::writeDiagram(const QString &path, bool svg)
{
    QString error;
    if (!exportDiagramFile(mScene, mDocument->plan().name, path,
                           svg ? DiagramFormat::Svg : DiagramFormat::Png, &error)) {
        emit failed(tr("Export failed"), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(path), 4000);
    return true;
}

void ExportActions::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        mDialogParent, tr("Export Report"), baseName(tr("report")) + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeReport(path);
}

bool ExportActions::writeReport(const QString &path)
{
    // The writer works on its own copy of the plan: edits while it runs do not reach it.
    ReportWriter writer(mDocument->plan(), reportOptions());
    return runWithProgress(
        writer, tr("Export Report"),
        [&writer, &path](const ReportWriter::Progress &progress) {
            return writer.write(path, progress);
        },
        [&path, &writer](int pages) {
            const QString exported = tr("Exported %1 (%Ln page(s))", nullptr, pages).arg(path);
            const qsizetype csv = writer.csvFilesWritten().size();
            if (csv == 0)
                return exported;
            // A large plan: the full lists went beside the PDF.
            return tr("%1 and the full lists in %n CSV file(s) beside it", nullptr, int(csv))
                .arg(exported);
        });
}

ReportOptions ExportActions::reportOptions() const
{
    // The same options `hierarch report` uses, so the same file and date give the same PDF.
    ReportOptions options;
    options.fileName = mDocument->filePath();
    options.asOf = mDocument->validationDate();
    // The report speaks the language of the window that writes it.
    options.language = UiLanguage::current();
    options.pageSize = defaultReportPageSize();
    if (const Comparison *comparison = mCompare ? mCompare->comparison() : nullptr) {
        // In compare mode the report adds section 3a against the same baseline.
        options.baseline = std::make_shared<const Plan>(comparison->baseline());
        options.baselineLabel = comparison->label();
    }
    return options;
}

bool ExportActions::runWithProgress(
    ReportWriter &writer, const QString &title,
    const std::function<ReportWriter::Result(const ReportWriter::Progress &)> &run,
    const std::function<QString(int pages)> &doneMessage)
{
    QProgressDialog progress(tr("Writing the design report…"), tr("Cancel"), 0, 0, mDialogParent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QCoreApplication::processEvents();
    const ReportWriter::Result result = run([&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(tr("Writing the design report: page %1 of %2").arg(done).arg(total));
        // Between pages the editor repaints and the Cancel button is heard.
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    switch (result) {
    case ReportWriter::Result::Written:
        emit statusMessage(doneMessage(writer.pageCount()), 6000);
        return true;
    case ReportWriter::Result::Cancelled:
        emit statusMessage(tr("%1 cancelled").arg(title), 4000);
        return false;
    case ReportWriter::Result::Failed:
        emit failed(tr("%1 failed").arg(title), writer.errorString());
        return false;
    }
    return false;
}

bool ExportActions::printReport(QPrinter *printer)
{
    ReportWriter writer(mDocument->plan(), reportOptions());
    return runWithProgress(
        writer, tr("Print"),
        [&writer, printer](const ReportWriter::Progress &progress) {
            return writer.print(printer, progress);
        },
        [printer](int pages) {
            const QString target = printer->outputFileName().isEmpty() ? printer->printerName()
                                                                       : printer->outputFileName();
            return tr("Printed %Ln page(s) to %1", nullptr, pages).arg(target);
        });
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, mDialogParent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() == QDialog::Accepted)
        printReport(&printer);
}

QPrintPreviewDialog *ExportActions::createPrintPreview(QPrinter *printer)
{
    auto *dialog = new QPrintPreviewDialog(printer, mDialogParent);
    dialog->setWindowTitle(tr("Print Preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printReport(target); });
    return dialog;
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(createPrintPreview(&printer));
    dialog->resize(900, 1000);
    dialog->exec();
}

} // namespace hierarch
