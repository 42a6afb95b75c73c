#pragma once

#include "autosave.h"
#include "io/planloader.h"
#include "plan.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace hierarch {

class Document;
class FileWatch;

// The life of the open file: new, open, save, the recent files, crash recovery and changes made
// to the file by other programs. It owns the recovery copy (Autosave) and the watch on the file
// (FileWatch), and replaces the plan inside the one Document the window's views observe.
//
// Dialogs (file choosers, Save/Discard, Reload/Keep, recovery) open over `dialogParent` only when
// the session is interactive; tests drive it with the non-interactive calls and answer what a
// dialog would have asked.
class FileSession : public QObject
{
    Q_OBJECT

public:
    FileSession(Document *document, QWidget *dialogParent);
    ~FileSession() override;

    void setInteractive(bool interactive) { mInteractive = interactive; }
    bool isInteractive() const { return mInteractive; }
    Autosave *autosave() const { return mAutosave; }
    FileWatch *fileWatch() const { return mFileWatch; }

    // Starts an untitled plan of the product.
    void newPlan(Product product);
    // Loads a plan file; on failure reports the FILE:LINE:COLUMN message and keeps the current
    // document. Returns whether the file was opened.
    bool openFile(const QString &path);
    // An example from the resources, opened as an untitled copy so that saving asks where to.
    void openExample(const QString &resourcePath);
    // Saves to the current path, or asks for one. Returns false when the user cancelled or the
    // save failed (the document then stays modified).
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // The file name Save As offers for an untitled plan: its name in lower case, words joined
    // by hyphens, characters file systems refuse left out ("Contoso: Europe" gives
    // "contoso-europe.hierarchy.yaml"); "plan.hierarchy.yaml" when the name leaves nothing.
    static QString suggestedFileName(const QString &planName);
    // Asks whether to save unsaved changes; false when the user cancelled. Always true when
    // nothing is unsaved or the session is not interactive.
    bool maybeSave();

    // The interactive commands behind File > New, File > Open.
    void newPlanInteractive();
    void openInteractive();

    // Fills `menu` with the recent files (numbered, with mnemonics) and keeps it current.
    void setRecentMenu(QMenu *menu);
    QStringList recentFiles() const;

    // Offers each recovery copy left by an editor that did not close cleanly (a dialog per
    // copy).
    void offerRecovery();
    // The decision behind that dialog: Restore opens the copy as a modified document that keeps
    // its original path; Discard deletes it; Decide Later keeps it. Returns whether the choice
    // took effect (a copy that fails to load is kept).
    bool resolveRecovery(const RecoveryCandidate &candidate, RecoveryChoice choice);

    // Whether the open file changed on disk and the user has not yet chosen Reload or Keep.
    bool hasExternalChange() const;
    // Reload loads the file (on failure reports FILE:LINE:COLUMN and keeps the editor's version,
    // modified); Keep marks the document modified so the next save overwrites the file.
    void resolveExternalChange(bool reload);

    // The window closes: a clean exit leaves no recovery copy.
    void closed();

signals:
    // An open, save or reload failed; `message` is what the user reads (plain text).
    void failed(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeoutMs);

private:
    LoadResult loadWithProgress(const QString &path);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void externalChangeDetected();

    Document *mDocument;
    QWidget *mDialogParent;
    Autosave *mAutosave;
    FileWatch *mFileWatch;
    QMenu *mRecentMenu = nullptr;
    bool mInteractive = true;
};

} // namespace hierarch
