// Bulk entry: File ▸ Import Sites… and Edit ▸ Insert Branch Secondary.
#include "mainwindow.h"

#include "document/document.h"
#include "import/branchtemplate.h"
#include "importdialog.h"
#include "io/checkedfile.h"
#include "selection.h"

#include <QFileDialog>
#include <QPushButton>
#include <QUndoStack>

namespace hierarch {

void MainWindow::importSitesInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Sites"), QString(),
                                     tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importSites(path);
}

bool MainWindow::importSites(const QString &csvPath)
{
    QByteArray csv;
    QString why;
    const ReadStatus status = readRegularFile(csvPath, kMaxImportBytes, csv, &why);
    if (status != ReadStatus::Read) {
        showError(tr("Import Sites"),
                  status == ReadStatus::TooLarge
                      ? tr("%1 is larger than %L2 bytes.").arg(csvPath).arg(kMaxImportBytes)
                      : tr("%1 cannot be read: %2").arg(csvPath, why));
        return false;
    }
    ImportDialog dialog(mDocument, csvPath, csv, this);
    if (mInteractive) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
    } else if (!dialog.importButton()->isEnabled()) {
        mLastError = dialog.summaryText();
        return false;
    }
    if (!ImportDialog::apply(mDocument, dialog.result(), &why)) {
        showError(tr("Import Sites"), why);
        return false;
    }
    showStatus(dialog.summaryText(), 6000);
    return true;
}

void MainWindow::insertBranchSecondary()
{
    const Selection::Item current = mSelection->current();
    const Site *parent =
        current.kind == Selection::Item::Site ? mDocument->site(current.id) : nullptr;
    if (!parent || parent->isSecondary()) {
        showStatus(tr("Select the primary site the branch secondary goes under."), 6000);
        return;
    }
    const QString over = mDocument->limitReason(1, 1);
    if (!over.isEmpty()) {
        showStatus(over, 10000);
        return;
    }
    const QString code = mDocument->unusedSiteCode(SiteType::Secondary);
    const Site branch = branchSecondarySite(mDocument->plan().product, parent->code, code,
                                            mDocument->unusedServerName(code));
    // One undo step named for what it is, not "Paste Site".
    mDocument->undoStack()->beginMacro(tr("Insert Branch Secondary %1").arg(code));
    const ItemId id = mDocument->insertSite(branch);
    mDocument->undoStack()->endMacro();
    if (id) // else refused at the plan's limits: the status bar says why
        mSelection->select({Selection::Item::Site, id});
}

} // namespace hierarch
