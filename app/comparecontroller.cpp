#include "comparecontroller.h"

#include "canvas/canvasview.h"
#include "compare/changesdock.h"
#include "compare/comparemarks.h"
#include "document/comparison.h"
#include "document/document.h"
#include "gitrevision.h"
#include "io/planloader.h"
#include "mainwindow.h"
#include "problems/problemsdock.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>

namespace hierarch {

CompareController::CompareController(MainWindow *window)
    : QObject(window), mWindow(window), mMenu(new QMenu(tr("Co&mpare With"), window))
{
    mMenu->setObjectName(QStringLiteral("menuCompareWith"));
    mWithFile = mMenu->addAction(tr("&File…"), this, &CompareController::chooseFile);
    mWithFile->setStatusTip(tr("Compare the plan with another plan file"));
    mWithRevision =
        mMenu->addAction(tr("&Git Revision…"), this, &CompareController::chooseRevision);
    mWithRevision->setStatusTip(
        tr("Compare the plan with the version of its file at a git revision"));
    mWithLastSaved = mMenu->addAction(tr("&Last Saved"), this, [this] { compareWithLastSaved(); });
    mWithLastSaved->setStatusTip(tr("Compare the plan with its file as last saved"));
    mMenu->addSeparator();
    mStop = mMenu->addAction(tr("&Stop Comparing"), this, &CompareController::stop);
    connect(mMenu, &QMenu::aboutToShow, this, &CompareController::updateActions);

    mDock = new ChangesDock(window->document(), window->selection(), window);
    window->addDockWidget(Qt::BottomDockWidgetArea, mDock);
    window->tabifyDockWidget(window->problemsDock(), mDock);
    mDock->hide();
    connect(mDock, &ChangesDock::showItem, window,
            [window](quint64 id) { window->canvas()->centerOnItem(id); });
    // Another plan replaces the document: the comparison was about the previous one.
    connect(window->document(), &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::AboutToReset)
            stop();
    });
    updateActions();
}

CompareController::~CompareController() = default;

void CompareController::updateActions()
{
    const QString path = mWindow->document()->filePath();
    mWithRevision->setEnabled(!path.isEmpty() && isTrackedByGit(path));
    mWithLastSaved->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    mStop->setEnabled(isComparing());
}

void CompareController::compareWith(Plan baseline, const QString &label)
{
    const bool wasComparing = isComparing();
    stop();
    mComparison = new Comparison(mWindow->document(), std::move(baseline), label, this);
    mMarks = new CompareMarks(mWindow->canvas()->hierarchyScene(), mComparison, this);
    mDock->setComparison(mComparison);
    mDock->show();
    mDock->raise();
    if (!wasComparing)
        emit comparingChanged(true);
}

bool CompareController::compareWithFile(const QString &path)
{
    if (path == QLatin1String("/dev/null")) {
        Plan empty;
        empty.name = mWindow->document()->plan().name;
        empty.product = mWindow->document()->plan().product;
        compareWith(std::move(empty), tr("no plan"));
        return true;
    }
    LoadResult loaded = loadPlanFile(path);
    if (!loaded) {
        emit failed(loaded.error.toString());
        return false;
    }
    compareWith(std::move(*loaded.plan), QFileInfo(path).fileName());
    return true;
}

bool CompareController::compareWithRevision(const QString &revision)
{
    const QString path = mWindow->document()->filePath();
    if (path.isEmpty()) {
        emit failed(tr("The plan has no file yet, so git has no version of it."));
        return false;
    }
    const GitBlob blob =
        readGitBlob(gitSpecForFile(revision, path), QFileInfo(path).absolutePath());
    if (!blob.ok) {
        emit failed(tr("git cannot show %1 at %2: %3")
                        .arg(QFileInfo(path).fileName(), revision, blob.error));
        return false;
    }
    const QString label = revision + QLatin1Char(':') + QFileInfo(path).fileName();
    LoadResult loaded = loadPlan(blob.bytes, label);
    if (!loaded) {
        emit failed(loaded.error.toString());
        return false;
    }
    compareWith(std::move(*loaded.plan), label);
    return true;
}

bool CompareController::compareWithLastSaved()
{
    const QString path = mWindow->document()->filePath();
    LoadResult loaded = loadPlanFile(path);
    if (!loaded) {
        emit failed(loaded.error.toString());
        return false;
    }
    compareWith(std::move(*loaded.plan), tr("last saved"));
    return true;
}

void CompareController::stop()
{
    if (!mComparison)
        return;
    mDock->setComparison(nullptr);
    delete mMarks;
    mMarks = nullptr;
    delete mComparison;
    mComparison = nullptr;
    mDock->hide();
    emit comparingChanged(false);
}

void CompareController::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        mWindow, tr("Compare With"), QFileInfo(mWindow->document()->filePath()).absolutePath(),
        tr("Hierarchy plans (*.hierarchy.yaml *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        compareWithFile(path);
}

void CompareController::chooseRevision()
{
    bool ok = false;
    const QString revision =
        QInputDialog::getText(mWindow, tr("Compare With Git Revision"),
                              tr("Revision (a commit, branch or tag, e.g. HEAD, main, HEAD~1):"),
                              QLineEdit::Normal, QStringLiteral("HEAD"), &ok);
    if (ok && !revision.trimmed().isEmpty())
        compareWithRevision(revision.trimmed());
}

} // namespace hierarch
