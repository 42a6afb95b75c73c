#pragma once

#include "plan.h"
#include "reportcsv.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPrinter;

namespace hierarch {

// What decides the report besides the plan. The editor and `hierarch report` fill it the same
// way, so the same file, date and language give the same PDF.
struct ReportOptions
{
    QString fileName;                        // shown on the cover; folders are left out
    QDate asOf = QDate::currentDate();       // the validation date
    QString language = QStringLiteral("en"); // "en" or "de": number format of the report
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // Section 3a (REPORT.md): the plan this one is compared with, and how to name it
    // ("main:plans/a.hierarchy.yaml", a file name); no section without it.
    std::shared_ptr<const Plan> baseline;
    QString baselineLabel;
    // Where the full lists of a large plan go (REPORT.md "Large plans"): "/dir/big" writes
    // /dir/big.sites.csv and so on. write(path) sets it from the PDF's name; empty (printing,
    // writing to a device or standard output) writes no CSV and the report says how to get them.
    QString csvBase;
};

// A4, or Letter where the system locale measures in US units.
QPageSize::PageSizeId defaultReportPageSize();

// Writes the design report of REPORT.md as a PDF: validates the plan, lays every section out in
// a first pass (so page numbers are known), then paints page by page. Text is drawn as plain text
// with an embedded TrueType font; charts and the diagram are vectors. The output appears
// atomically (QSaveFile): a failed or cancelled write leaves no file behind.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(hierarch::Report)

public:
    enum class Result { Written, Cancelled, Failed };
    // Called after each painted page; returning false cancels the write.
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    ReportWriter(const Plan &plan, const ReportOptions &options);
    ~ReportWriter();

    Result write(const QString &path, const Progress &progress = {});
    // Writes to an open device (the caller commits or discards it).
    Result write(QIODevice *device, const Progress &progress = {});
    // Paints the same pages on a printer (File > Print and Print Preview): the printer prints
    // the whole sheet, in the report's page size and each page's orientation.
    Result print(QPrinter *printer, const Progress &progress = {});

    QString errorString() const { return mError; }
    int pageCount() const { return mPageCount; }
    // The CSV files write(path) wrote beside the PDF (full paths), for the sections it summarised;
    // empty for a plan small enough for full tables.
    QStringList csvFilesWritten() const { return mCsvWritten; }

private:
    // Lays the report out for the device's resolution and paints every page on it.
    Result paint(QPagedPaintDevice *device, const Progress &progress);
    // Writes the full lists of the last layout as <base>.<key>.csv.
    bool writeCsvFiles(const QString &base);

    Plan mPlan;
    ReportOptions mOptions;
    QString mError;
    int mPageCount = 0;
    QList<ReportCsv> mCsv; // the full lists of the last layout
    QStringList mCsvWritten;
};

} // namespace hierarch
