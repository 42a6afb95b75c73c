#include "reportwriter.h"

#include "document/plansnapshot.h"
#include "export/findingsexport.h"
#include "io/checkedfile.h"
#include "reportdata.h"
#include "reportdiagram.h"
#include "reportlayout.h"
#include "reportsections.h"
#include "reporttext.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace hierarch {

QPageSize::PageSizeId defaultReportPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

namespace {

// The running header (plan name) and footer (validation date, "page N of M") of every page.
void paintDecorations(QPainter *painter, const ReportStyle &style, const QSizeF &page,
                      const QString &planName, const QString &dateLine, const QString &pageLine)
{
    const double left = style.pt(52);
    const double right = page.width() - style.pt(52);
    const QFontMetricsF metrics(style.decoration, style.device());
    painter->setFont(style.decoration);
    painter->setPen(style.muted);

    const double headerBaseline = style.pt(36);
    const QString report = ReportWriter::tr("Site hierarchy design report");
    const double reportWidth = metrics.horizontalAdvance(report);
    painter->drawText(QPointF(right - reportWidth, headerBaseline), report);
    const QString name =
        metrics.elidedText(planName, Qt::ElideRight, right - left - reportWidth - style.pt(24));
    painter->drawText(QPointF(left, headerBaseline), name);
    painter->setPen(QPen(style.rule, style.pt(0.5)));
    painter->drawLine(QPointF(left, style.pt(42)), QPointF(right, style.pt(42)));

    const double footerLine = page.height() - style.pt(40);
    painter->drawLine(QPointF(left, footerLine), QPointF(right, footerLine));
    painter->setPen(style.muted);
    const double footerBaseline = footerLine + style.pt(13);
    painter->drawText(QPointF(left, footerBaseline), dateLine);
    painter->drawText(QPointF(right - metrics.horizontalAdvance(pageLine), footerBaseline),
                      pageLine);
}

} // namespace

ReportWriter::ReportWriter(const Plan &plan, const ReportOptions &options)
    : mPlan(plan), mOptions(options)
{}

ReportWriter::~ReportWriter() = default;

ReportWriter::Result ReportWriter::write(const QString &path, const Progress &progress)
{
    mCsvWritten.clear();
    // The full lists go beside a PDF written to a file, never beside standard output or a device.
    const QFileInfo info(path);
    const QString previousBase = mOptions.csvBase;
    if (path != CheckedWriter::standardOutputName() && (!info.exists() || info.isFile()))
        mOptions.csvBase =
            info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
                ? info.completeBaseName()
                : info.dir().filePath(info.completeBaseName());
    // Checked to the last byte: a full disk fails the write and keeps the old file.
    CheckedWriter file(path);
    if (!file.open()) {
        mError = file.errorString();
        mOptions.csvBase = previousBase;
        return Result::Failed;
    }
    const Result result = write(file.device(), progress);
    if (result != Result::Written) {
        file.cancel();
        mOptions.csvBase = previousBase;
        return result;
    }
    if (!file.commit()) {
        mError = file.errorString();
        mOptions.csvBase = previousBase;
        return Result::Failed;
    }
    const bool csvWritten = writeCsvFiles(mOptions.csvBase);
    mOptions.csvBase = previousBase;
    return csvWritten ? Result::Written : Result::Failed;
}

bool ReportWriter::writeCsvFiles(const QString &base)
{
    if (base.isEmpty())
        return true;
    for (const ReportCsv &csv : std::as_const(mCsv)) {
        const QString path = csv.fileName(base);
        CheckedWriter file(path);
        const QByteArray bytes = csv.encoded();
        if (!file.open() || file.device()->write(bytes) != bytes.size() || !file.commit()) {
            mError = file.errorString();
            return false;
        }
        mCsvWritten << path;
    }
    return true;
}

ReportWriter::Result ReportWriter::write(QIODevice *device, const Progress &progress)
{
    QPdfWriter writer(device);
    writer.setTitle(mPlan.name);
    writer.setCreator(tr("Hierarch %1").arg(programVersion()));
    const Result result = paint(&writer, progress);
    if (result == Result::Failed && mError.isEmpty())
        mError = tr("Cannot write the PDF: %1").arg(device->errorString());
    return result;
}

ReportWriter::Result ReportWriter::print(QPrinter *printer, const Progress &progress)
{
    printer->setFullPage(true);
    printer->setDocName(mPlan.name);
    const Result result = paint(printer, progress);
    if (result == Result::Failed && mError.isEmpty())
        mError = tr("The printer refused the report.");
    return result;
}

ReportWriter::Result ReportWriter::paint(QPagedPaintDevice *device, const Progress &progress)
{
    mError.clear();
    QPagedPaintDevice &writer = *device;
    const QPageSize pageSize(mOptions.pageSize);
    auto pageLayout = [&](QPageLayout::Orientation orientation) {
        return QPageLayout(pageSize, orientation, QMarginsF(0, 0, 0, 0));
    };
    writer.setPageLayout(pageLayout(QPageLayout::Portrait));
    const int resolution = writer.logicalDpiX();

    // Pass 1: lay everything out, so every page and section start is known.
    const ReportStyle style(&writer);
    const QSizeF portrait = pageLayout(QPageLayout::Portrait).fullRectPixels(resolution).size();
    ReportLayout layout(style, ReportLayout::Geometry{portrait});
    // The plan is validated once, here; the report's tables and its diagram read the result.
    const PlanSnapshot snapshot(mPlan, mOptions.asOf);
    const ReportData data(mPlan, mOptions.asOf, snapshot.findings());
    const ReportDiagram diagram(snapshot);
    ReportComposer composer(data, diagram, mOptions, layout);
    composer.compose();
    mCsv = composer.csvFiles();

    // Pass 2: paint page by page.
    const QList<ReportLayout::Page> &pages = layout.pages();
    mPageCount = int(pages.size());
    const QLocale locale = ReportText::locale(mOptions.language);
    const QString dateLine =
        tr("Validated as of %1")
            .arg(locale.toString(mOptions.asOf, tr("yyyy-MM-dd", "date format of the report: "
                                                                 "a QDate::toString pattern")));
    QPainter painter;
    if (!painter.begin(&writer))
        return Result::Failed; // the caller names the device's reason
    for (int i = 0; i < mPageCount; ++i) {
        const ReportLayout::Page &page = pages.at(i);
        if (i > 0) {
            // A new layout applies from the next page on.
            writer.setPageLayout(pageLayout(page.orientation));
            if (!writer.newPage()) {
                mError = tr("Cannot add a page to the report.");
                painter.end();
                return Result::Failed;
            }
        }
        for (const ReportLayout::Item &item : page.items) {
            if (!item.paint)
                continue; // room only
            painter.save();
            item.paint(&painter, item.rect);
            painter.restore();
        }
        paintDecorations(
            &painter, style, layout.pageSize(page.orientation), mPlan.name, dateLine,
            tr("page %1 of %2").arg(locale.toString(i + 1), locale.toString(mPageCount)));
        if (progress && !progress(i + 1, mPageCount)) {
            painter.end();
            return Result::Cancelled;
        }
    }
    if (!painter.end())
        return Result::Failed; // the caller names the device's reason
    return Result::Written;
}

} // namespace hierarch
