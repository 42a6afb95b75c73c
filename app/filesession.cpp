#include "filesession.h"

#include "document/document.h"
#include "filewatch.h"
#include "recoverydialog.h"

#include <QAction>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace hierarch {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

QString planFilter()
{
    return FileSession::tr("Hierarchy plans (*.hierarchy.yaml *.yaml *.yml);;All files (*)");
}

} // namespace

FileSession::FileSession(Document *document, QWidget *dialogParent)
    : QObject(dialogParent), mDocument(document), mDialogParent(dialogParent),
      mAutosave(new Autosave(document, this)), mFileWatch(new FileWatch(this))
{
    connect(mAutosave, &Autosave::writeFailed, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });
    connect(mDocument, &Document::filePathChanged, mFileWatch, &FileWatch::setPath);
    connect(mFileWatch, &FileWatch::changedOnDisk, this, &FileSession::externalChangeDetected);
}

FileSession::~FileSession() = default;

void FileSession::newPlan(Product product)
{
    Plan plan;
    plan.name = tr("Untitled plan");
    plan.product = product;
    mDocument->reset(plan);
}

void FileSession::newPlanInteractive()
{
    if (!maybeSave())
        return;
    const QStringList products{tr("Configuration Manager 2007"), tr("SMS 2003")};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(mDialogParent, tr("New Plan"), tr("Product of the new hierarchy:"),
                              products, 0, false, &ok);
    if (ok)
        newPlan(choice == products.at(1) ? Product::Sms2003 : Product::ConfigMgr2007);
}

LoadResult FileSession::loadWithProgress(const QString &path)
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
                             mDialogParent);
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

bool FileSession::openFile(const QString &path)
{
    const LoadResult result = loadWithProgress(path);
    if (!result) {
        emit failed(tr("Cannot open plan"), result.error.toString());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    mDocument->reset(*result.plan, absolute, result.source);
    addRecentFile(absolute);
    emit statusMessage(tr("Opened %1").arg(absolute), 4000);
    return true;
}

void FileSession::openInteractive()
{
    if (!maybeSave())
        return;
    const QString dir = mDocument->filePath().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(mDocument->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(mDialogParent, tr("Open Plan"), dir, planFilter());
    if (!path.isEmpty())
        openFile(path);
}

void FileSession::openExample(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    const LoadResult result = loadPlanFile(resourcePath);
    if (!result) {
        emit failed(tr("Cannot open example"), result.error.toString());
        return;
    }
    // Save As keeps its comments and layout like any other file's.
    mDocument->reset(*result.plan, QString(), result.source);
}

bool FileSession::save()
{
    if (mDocument->filePath().isEmpty())
        return saveAs();
    return saveTo(mDocument->filePath());
}

bool FileSession::saveAs()
{
    QString suggestion = mDocument->filePath();
    if (suggestion.isEmpty()) {
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                     QLatin1Char('/') + suggestedFileName(mDocument->plan().name);
    }
    QString path =
        QFileDialog::getSaveFileName(mDialogParent, tr("Save Plan"), suggestion, planFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hierarchy.yaml");
    return saveTo(path);
}

QString FileSession::suggestedFileName(const QString &planName)
{
    // Long enough for any sensible plan name, short enough for every file system's limit.
    constexpr int kMaxStem = 80;
    QString stem;
    bool pendingHyphen = false;
    for (const QChar c : planName.toLower()) {
        if (c.isLetterOrNumber() || c == u'_') {
            if (pendingHyphen && !stem.isEmpty())
                stem += u'-';
            pendingHyphen = false;
            stem += c;
        } else if (c == u'.' || c == u'-' || c.isSpace() || c.isPunct() || c.isSymbol()) {
            // Separators, and what Windows refuses in names (\ / : * ? " < > |), become one
            // hyphen between words.
            pendingHyphen = true;
        }
        if (stem.size() >= kMaxStem)
            break;
    }
    if (stem.isEmpty())
        stem = tr("plan");
    return stem + QStringLiteral(".hierarchy.yaml");
}

bool FileSession::saveTo(const QString &path)
{
    QString error;
    QString notice;
    if (!mDocument->save(path, &error, &notice)) {
        emit failed(tr("Cannot save plan"), error);
        return false;
    }
    // What is on disk now is ours: the watcher must not take this write for someone else's.
    mFileWatch->rememberCurrent();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    if (notice.isEmpty()) {
        emit statusMessage(tr("Saved %1").arg(path), 4000);
    } else {
        // Nothing is lost, but the author's layout is: say so, and why, for longer.
        emit statusMessage(
            tr("Saved %1 in the standard layout, because the edits could not be written into "
               "the file's own layout (%2)")
                .arg(path, notice),
            15000);
    }
    return true;
}

bool FileSession::maybeSave()
{
    if (!mDocument->isModified() || !mInteractive)
        return true;
    const auto answer = QMessageBox::warning(
        mDialogParent, tr("Unsaved changes"),
        tr("The plan has been modified. Do you want to save your changes?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileSession::closed()
{
    mAutosave->removeCopy();
}

// --- recent files ----------------------------------------------------------------------------

QStringList FileSession::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileSession::setRecentMenu(QMenu *menu)
{
    mRecentMenu = menu;
    updateRecentMenu();
}

void FileSession::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    updateRecentMenu();
}

void FileSession::updateRecentMenu()
{
    if (!mRecentMenu)
        return;
    mRecentMenu->clear();
    const QStringList recent = recentFiles();
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

// --- crash recovery --------------------------------------------------------------------------

void FileSession::offerRecovery()
{
    for (const RecoveryCandidate &candidate : mAutosave->findOrphans())
        resolveRecovery(candidate, RecoveryDialog::ask(candidate, mDialogParent));
}

bool FileSession::resolveRecovery(const RecoveryCandidate &candidate, RecoveryChoice choice)
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
        emit failed(tr("Cannot restore plan"), result.error.toString());
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
        emit statusMessage(tr("Restored unsaved changes"), 6000);
    } else {
        mAutosave->release(candidate);
        emit statusMessage(error, 10000);
    }
    return true;
}

// --- changes by other programs ---------------------------------------------------------------

bool FileSession::hasExternalChange() const
{
    return mFileWatch->isChangePending();
}

void FileSession::externalChangeDetected()
{
    if (!mInteractive)
        return; // tests answer with resolveExternalChange()
    QMessageBox box(
        QMessageBox::Question, tr("File Changed on Disk"),
        tr("“%1” was changed by another program.").arg(QFileInfo(mDocument->filePath()).fileName()),
        QMessageBox::NoButton, mDialogParent);
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

void FileSession::resolveExternalChange(bool reload)
{
    if (!mFileWatch->isChangePending())
        return;
    const QString path = mDocument->filePath();
    if (reload) {
        const LoadResult result = loadPlanFile(path);
        if (result) {
            mDocument->reset(*result.plan, path, result.source); // watches the path afresh
            emit statusMessage(tr("Reloaded %1").arg(path), 4000);
            return;
        }
        emit failed(tr("Cannot reload plan"), result.error.toString());
    }
    // The editor's version now differs from the file: it must be saved to win.
    mFileWatch->rememberCurrent();
    mDocument->undoStack()->resetClean();
}

} // namespace hierarch
