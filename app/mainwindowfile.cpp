// The File and Help menus: new, open, save, recent files, exports, rule catalog, about; crash
// recovery and changes to the open file made by other programs.
#include "mainwindow.h"

#include "autosave.h"
#include "canvas/canvasview.h"
#include "canvas/diagramexport.h"
#include "canvas/hierarchyscene.h"
#include "comparecontroller.h"
#include "dialogs/rulecatalogdialog.h"
#include "document/comparison.h"
#include "document/document.h"
#include "export/findingsexport.h"
#include "filewatch.h"
#include "io/checkedfile.h"
#include "io/planloader.h"
#include "recoverydialog.h"
#include "report/reportwriter.h"
#include "uilanguage.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace hierarch {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

QString planFilter()
{
    return MainWindow::tr("Hierarchy plans (*.hierarchy.yaml *.yaml *.yml);;All files (*)");
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeFileChecked(path, bytes, error);
}

} // namespace

void MainWindow::newPlan(Product product)
{
    Plan plan;
    plan.name = tr("Untitled plan");
    plan.product = product;
    mDocument->reset(plan);
}

void MainWindow::newPlanInteractive()
{
    if (!maybeSave())
        return;
    const QStringList products{tr("Configuration Manager 2007"), tr("SMS 2003")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("New Plan"), tr("Product of the new hierarchy:"), products, 0, false, &ok);
    if (ok)
        newPlan(choice == products.at(1) ? Product::Sms2003 : Product::ConfigMgr2007);
}

LoadResult MainWindow::loadWithProgress(const QString &path)
{
    // Parsing a plan near the 16 MiB limit takes a while: it runs on a worker thread while this
    // one keeps painting, with a busy indicator (shown after a short delay) that can cancel.
    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<LoadResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] { return loadPlanFile(path); }));
    bool cancelled = false;
    if (!watcher.isFinished()) {
        QProgressDialog busy(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                             this);
        busy.setWindowTitle(tr("Open Plan"));
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(300);
        connect(&busy, &QProgressDialog::canceled, &loop, [&] {
            cancelled = true;
            loop.quit();
        });
        loop.exec();
    }
    if (cancelled) {
        // The parse finishes on its thread and its result is dropped; the document is untouched.
        LoadResult result;
        result.error = {path, 1, 1, tr("opening was cancelled")};
        return result;
    }
    return watcher.result();
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult result = loadWithProgress(path);
    if (!result) {
        showError(tr("Cannot open plan"), result.error.toString());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    mDocument->reset(*result.plan, absolute, result.source);
    addRecentFile(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(absolute), 4000);
    return true;
}

void MainWindow::openInteractive()
{
    if (!maybeSave())
        return;
    const QString dir = mDocument->filePath().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(mDocument->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), dir, planFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openExample(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    const LoadResult result = loadPlanFile(resourcePath);
    if (!result) {
        showError(tr("Cannot open example"), result.error.toString());
        return;
    }
    // An example opens as an untitled copy so that saving asks where to put it; Save As keeps
    // its comments and layout like any other file's.
    mDocument->reset(*result.plan, QString(), result.source);
}

bool MainWindow::save()
{
    if (mDocument->filePath().isEmpty())
        return saveAs();
    return saveTo(mDocument->filePath());
}

bool MainWindow::saveAs()
{
    QString suggestion = mDocument->filePath();
    if (suggestion.isEmpty()) {
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                     QLatin1Char('/') + tr("plan") + QStringLiteral(".hierarchy.yaml");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan"), suggestion, planFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hierarchy.yaml");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    QString notice;
    if (!mDocument->save(path, &error, &notice)) {
        showError(tr("Cannot save plan"), error);
        return false;
    }
    // What is on disk now is ours: the watcher must not take this write for someone else's.
    mFileWatch->rememberCurrent();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    if (notice.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    } else {
        // Nothing is lost, but the author's layout is: say so, and why, for longer.
        statusBar()->showMessage(
            tr("Saved %1 in the standard layout, because the edits could not be written into "
               "the file's own layout (%2)")
                .arg(path, notice),
            15000);
    }
    return true;
}

void MainWindow::offerRecovery()
{
    for (const RecoveryCandidate &candidate : mAutosave->findOrphans())
        resolveRecovery(candidate, RecoveryDialog::ask(candidate, this));
}

bool MainWindow::resolveRecovery(const RecoveryCandidate &candidate, RecoveryChoice choice)
{
    switch (choice) {
    case RecoveryChoice::DecideLater:
        mAutosave->release(candidate);
        return true;
    case RecoveryChoice::Discard:
        mAutosave->discard(candidate);
        return true;
    case RecoveryChoice::Restore:
        break;
    }
    if (mDocument->isModified() && !maybeSave()) {
        mAutosave->release(candidate);
        return false;
    }
    const LoadResult result = loadPlanFile(candidate.copyPath);
    if (!result) {
        showError(tr("Cannot restore plan"), result.error.toString());
        mAutosave->release(candidate);
        return false;
    }
    mDocument->reset(*result.plan, candidate.originalPath, result.source);
    // Never clean: the recovered edits are not on disk, and Save writes them to the original.
    mDocument->undoStack()->resetClean();
    // The old copy goes only once this session holds its own, so a crash now loses nothing.
    QString error;
    if (mAutosave->writeNow(&error)) {
        mAutosave->discard(candidate);
        statusBar()->showMessage(tr("Restored unsaved changes"), 6000);
    } else {
        mAutosave->release(candidate);
        statusBar()->showMessage(error, 10000);
    }
    return true;
}

bool MainWindow::hasExternalChange() const
{
    return mFileWatch->isChangePending();
}

void MainWindow::externalChangeDetected()
{
    if (!mInteractive)
        return; // tests answer with resolveExternalChange()
    QMessageBox box(
        QMessageBox::Question, tr("File Changed on Disk"),
        tr("“%1” was changed by another program.").arg(QFileInfo(mDocument->filePath()).fileName()),
        QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(mDocument->isModified()
                               ? tr("Reload it and lose your unsaved changes, or keep the "
                                    "editor's version and overwrite the file when you save?")
                               : tr("Reload it, or keep the editor's version and overwrite the "
                                    "file when you save?"));
    QAbstractButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QAbstractButton *keep = box.addButton(tr("&Keep Editor's Version"), QMessageBox::RejectRole);
    box.setEscapeButton(keep);
    box.exec();
    resolveExternalChange(box.clickedButton() == reload);
}

void MainWindow::resolveExternalChange(bool reload)
{
    if (!mFileWatch->isChangePending())
        return;
    const QString path = mDocument->filePath();
    if (reload) {
        const LoadResult result = loadPlanFile(path);
        if (result) {
            mDocument->reset(*result.plan, path, result.source); // watches the path afresh
            statusBar()->showMessage(tr("Reloaded %1").arg(path), 4000);
            return;
        }
        showError(tr("Cannot reload plan"), result.error.toString());
    }
    // The editor's version now differs from the file: it must be saved to win.
    mFileWatch->rememberCurrent();
    mDocument->undoStack()->resetClean();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        // Menu texts treat '&' as a mnemonic marker; double it so file names show as written.
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        // The first nine are numbered, so each has a mnemonic.
        if (++number <= 9)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction *action = mRecentMenu->addAction(text, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!recent.isEmpty()) {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::exportFindings(bool sarif)
{
    const QString base = mDocument->filePath().isEmpty()
                             ? tr("plan")
                             : QFileInfo(mDocument->filePath()).completeBaseName();
    const QString suffix = sarif ? QStringLiteral(".sarif") : QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(
        this, sarif ? tr("Export Findings as SARIF") : tr("Export Findings as JSON"), base + suffix,
        sarif ? tr("SARIF logs (*.sarif *.json)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
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
    if (!writeFile(path, bytes, &error))
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::exportDiagram(bool svg)
{
    const QString base = mDocument->filePath().isEmpty()
                             ? tr("diagram")
                             : QFileInfo(mDocument->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"),
        base + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDiagramFile(mCanvas->hierarchyScene(), mDocument->plan().name, path,
                           svg ? DiagramFormat::Svg : DiagramFormat::Png, &error)) {
        showError(tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::exportReportInteractive()
{
    const QString base = mDocument->filePath().isEmpty()
                             ? tr("report")
                             : QFileInfo(mDocument->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path);
}

bool MainWindow::exportReport(const QString &path)
{
    // The same options `hierarch report` uses, so the same file and date give the same PDF.
    // The writer works on its own copy of the plan: edits while it runs do not reach it.
    ReportOptions options;
    options.fileName = mDocument->filePath();
    options.asOf = mDocument->validationDate();
    // The report speaks the language of the window that writes it.
    options.language = UiLanguage::current();
    options.pageSize = defaultReportPageSize();
    if (const Comparison *comparison = mCompare->comparison()) {
        // In compare mode the report adds section 3a against the same baseline.
        options.baseline = std::make_shared<const Plan>(comparison->baseline());
        options.baselineLabel = comparison->label();
    }
    ReportWriter writer(mDocument->plan(), options);

    QProgressDialog progress(tr("Writing the design report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QCoreApplication::processEvents();
    const ReportWriter::Result result = writer.write(path, [&progress](int done, int total) {
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
        statusBar()->showMessage(tr("Exported %1 (%2 pages)").arg(path).arg(writer.pageCount()),
                                 6000);
        return true;
    case ReportWriter::Result::Cancelled:
        statusBar()->showMessage(tr("Report export cancelled"), 4000);
        return false;
    case ReportWriter::Result::Failed:
        showError(tr("Export failed"), writer.errorString());
        return false;
    }
    return false;
}

void MainWindow::showRuleCatalog()
{
    auto *dialog = new RuleCatalogDialog(mDocument->plan().product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Hierarch"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Hierarch %1</h3>"
                   "<p>Plans Microsoft SMS 2003 and Configuration Manager 2007 site "
                   "hierarchies and checks them against the vendor's security best "
                   "practices while you edit.</p>"
                   "<p>Built with Qt %2 and yaml-cpp.</p>")
                    .arg(programVersion(), QString::fromLatin1(qVersion())));
    box.exec();
}

} // namespace hierarch
