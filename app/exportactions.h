#pragma once

#include "report/reportwriter.h"

#include <QObject>
#include <QString>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace hierarch {

class CompareController;
class Document;
class HierarchyScene;

// What File > Export writes: the findings as JSON or SARIF (the CLI's formats) or as a CSV table
// for spreadsheets (the Problems dock's columns), the diagram as
// SVG or PNG (drawn by the canvas's own painting code), and the design report as a PDF (the
// CLI's writer, with a progress dialog that can cancel). Each has an interactive command that
// asks for a path and a write* call that tests and the commands share.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(Document *document, HierarchyScene *scene, QWidget *dialogParent);
    // In compare mode the report adds section 3a against the comparison's baseline.
    void setCompareController(const CompareController *compare) { mCompare = compare; }

    // Writes the live findings of the document; returns whether the file was written.
    bool writeFindings(const QString &path, bool sarif);
    // Writes the live findings as CSV (findingscsv.h); returns whether the file was written.
    bool writeFindingsCsv(const QString &path);
    // Writes the diagram of the canvas; returns whether the file was written.
    bool writeDiagram(const QString &path, bool svg);
    // Writes the design report (REPORT.md) of the current plan, validated as of the document's
    // validation date, showing progress; Cancel leaves no file behind. Returns whether the PDF
    // was written.
    bool writeReport(const QString &path);
    // Paints the same report on a printer, with the same progress and Cancel; returns whether
    // every page was sent.
    bool printReport(QPrinter *printer);
    // A preview of the report on `printer` (the caller runs and deletes it).
    QPrintPreviewDialog *createPrintPreview(QPrinter *printer);

    // The File > Export commands: ask for a path, then write.
    void exportFindings(bool sarif);
    void exportFindingsCsv();
    void exportDiagram(bool svg);
    void exportReport();
    // File > Print (the system's print dialog) and File > Print Preview.
    void print();
    void printPreview();

signals:
    void failed(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    // What decides the report besides the plan: file name, date, language, page size, and the
    // baseline in compare mode (the same as `hierarch report`).
    ReportOptions reportOptions() const;
    // Runs `run` under a progress dialog with Cancel; reports the outcome in the status bar
    // (`doneMessage` of the page count) or as a failure titled `title`.
    bool
    runWithProgress(ReportWriter &writer, const QString &title,
                    const std::function<ReportWriter::Result(const ReportWriter::Progress &)> &run,
                    const std::function<QString(int pages)> &doneMessage);
    // The open file's base name, or `fallback` for an untitled plan.
    QString baseName(const QString &fallback) const;

    Document *mDocument;
    HierarchyScene *mScene;
    QWidget *mDialogParent;
    const CompareController *mCompare = nullptr;
};

} // namespace hierarch
