#pragma once

#include "autosave.h"
#include "io/planloader.h"
#include "plan.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace hierarch {

class CanvasView;
class CompareController;
class DashboardDock;
class Document;
class FileWatch;
class ListsDock;
class OutlineDock;
class PaletteDock;
class ProblemsDock;
class PropertiesDock;
class Selection;

// The editor window: the canvas in the middle, Outline / Palette / Properties / Problems / Lists
// docks around it, menus and toolbar for every action. It owns one Document at a time; opening
// another file replaces the plan inside the same Document so the docks keep observing it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return mDocument; }
    Selection *selection() const { return mSelection; }
    CanvasView *canvas() const { return mCanvas; }
    ProblemsDock *problemsDock() const { return mProblemsDock; }
    DashboardDock *dashboardDock() const { return mDashboardDock; }
    // Compare mode: File ▸ Compare With, `hierarch --compare OLD NEW`.
    CompareController *compareController() const { return mCompare; }

    // Loads a plan file; on failure shows the FILE:LINE:COLUMN message and keeps the current
    // document. Returns whether the file was opened.
    bool openFile(const QString &path);
    // Starts an untitled plan of the product.
    void newPlan(Product product);
    // Saves to the current path, or asks for one. Returns false when the user cancelled or the
    // save failed (the document then stays modified).
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);

    // Writes the design report (REPORT.md) of the current plan, validated as of the document's
    // validation date, to `path`, showing progress; Cancel leaves no file behind. Returns
    // whether the PDF was written.
    bool exportReport(const QString &path);

    // What a failed open or save said last (also shown in a message box); for tests and the
    // status bar.
    QString lastError() const { return mLastError; }
    // Message boxes are skipped when false (tests drive the window offscreen).
    void setInteractive(bool interactive) { mInteractive = interactive; }

    // --- crash recovery and external changes (mainwindowfile.cpp) ----------------------------
    Autosave *autosave() const { return mAutosave; }
    // Offers each recovery copy left by an editor that did not close cleanly (a dialog per
    // copy). Runs once the event loop starts when the window is interactive.
    void offerRecovery();
    // The decision behind that dialog, for tests: Restore opens the copy as a modified document
    // that keeps its original path; Discard deletes it; Decide Later keeps it. Returns whether
    // the choice took effect (a copy that fails to load is kept).
    bool resolveRecovery(const RecoveryCandidate &candidate, RecoveryChoice choice);
    // Whether the open file changed on disk and the user has not yet chosen Reload or Keep.
    bool hasExternalChange() const;
    // Reload loads the file (on failure shows FILE:LINE:COLUMN and keeps the editor's version,
    // modified); Keep marks the document modified so the next save overwrites the file.
    void resolveExternalChange(bool reload);

    // --- keyboard access (mainwindowkeys.cpp) ------------------------------------------------
    // Moves the keyboard focus to the next (+1) or previous (-1) pane (F6 / Shift+F6): the
    // canvas and every open dock, in the order they sit on the screen; a dock tabbed behind
    // another is raised.
    void focusPane(int step);
    // The canvas or dock that holds the keyboard focus, or null.
    QWidget *currentPane() const;
    // Shows the Properties dock and focuses its first field (Enter on the canvas).
    void editProperties();
    // Every key and what it does, as (keys, command) rows: the menu commands with shortcuts,
    // then the keys of the canvas and the docks. Help > Keyboard Shortcuts lists them.
    QList<std::pair<QString, QString>> keyboardShortcuts() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateStatusCounts();
    void updateActions();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave();
    void showError(const QString &title, const QString &message);
    void externalChangeDetected();

    // File menu
    LoadResult loadWithProgress(const QString &path);
    void newPlanInteractive();
    void openInteractive();
    void openExample(const QString &resourcePath);
    void exportFindings(bool sarif);
    void exportDiagram(bool svg);
    void exportReportInteractive();
    // Edit menu
    void addSite(SiteType type);
    void addServer();
    void deleteSelection();
    void renameSelection();
    void selectAll();
    void copySelection();
    void cutSelection();
    void paste();
    void showPreferences();
    // Help menu
    void showRuleCatalog();
    void showAbout();
    // Keyboard access (mainwindowkeys.cpp)
    void createKeyboardActions();
    void showKeyboardHelp();
    QList<QWidget *> panes() const;

    Document *mDocument;
    Selection *mSelection;
    CanvasView *mCanvas;
    OutlineDock *mOutlineDock = nullptr;
    PaletteDock *mPaletteDock = nullptr;
    PropertiesDock *mPropertiesDock = nullptr;
    ProblemsDock *mProblemsDock = nullptr;
    ListsDock *mListsDock = nullptr;
    DashboardDock *mDashboardDock = nullptr;
    CompareController *mCompare = nullptr;

    struct Actions;
    std::unique_ptr<Actions> mActions;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    struct KeyActions
    {
        QAction *properties = nullptr, *addRole = nullptr, *nextPane = nullptr,
                *previousPane = nullptr, *shortcuts = nullptr;
    } mKeys;
    QLabel *mCountLabels[3] = {};
    QLabel *mZoomLabel = nullptr;
    QString mLastError;
    bool mInteractive = true;
    Autosave *mAutosave = nullptr;
    FileWatch *mFileWatch = nullptr;
};

} // namespace hierarch
