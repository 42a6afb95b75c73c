#pragma once

#include "plan.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace hierarch {

class CanvasView;
class Clipboard;
class CompareController;
class DashboardDock;
class Document;
class ExportActions;
class FindBar;
class OverviewMap;
class FileSession;
class ListsDock;
class OutlineDock;
class PaletteDock;
class PaneNavigation;
class ProblemsDock;
class PropertiesDock;
class Selection;

// The editor window: the canvas in the middle, Outline / Palette / Properties / Problems / Lists
// docks around it, menus and toolbar for every action. It owns one Document at a time; opening
// another file replaces the plan inside the same Document so the docks keep observing it. The
// window builds the actions and routes them; the work behind them belongs to FileSession,
// ExportActions, Clipboard and PaneNavigation.
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

    // The jobs the window hands out: the open file (new, open, save, recent files, recovery,
    // changes on disk), File > Export, the clipboard, and F6 between the panes.
    FileSession *fileSession() const { return mFileSession; }
    ExportActions *exports() const { return mExports; }
    Clipboard *clipboard() const { return mClipboard; }
    PaneNavigation *paneNavigation() const { return mPanes; }
    // Edit > Find (Ctrl+F): the bar over the canvas.
    FindBar *findBar() const { return mFindBar; }
    // View > Overview: the whole hierarchy in small in the canvas's corner.
    OverviewMap *overview() const { return mOverview; }

    // Shorthands for what callers of the window do most.
    bool openFile(const QString &path);
    void newPlan(Product product);
    bool save();
    bool saveTo(const QString &path);
    bool exportReport(const QString &path);
    // Imports a CSV file into the open plan through the preview dialog (modal unless the window
    // is not interactive, when it imports straight away if the file has no error). Returns
    // whether anything was imported; lastError() says why not.
    bool importSites(const QString &csvPath);

    // What a failed open, save or export said last (also shown in a message box); for tests and
    // the status bar.
    QString lastError() const { return mLastError; }
    // Message boxes and dialogs are skipped when false (tests drive the window offscreen).
    void setInteractive(bool interactive);

    // --- keyboard access (mainwindowkeys.cpp) ------------------------------------------------
    // F6 / Shift+F6: see PaneNavigation.
    void focusPane(int step);
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
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &message, int timeoutMs);

    // Edit menu (mainwindowedit.cpp)
    void addSite(SiteType type);
    void addServer();
    // The "branch secondary" building block under the selected primary site, one undo step.
    void insertBranchSecondary();
    // File ▸ Import Sites…: asks for a CSV file, previews it, imports it as one undo step.
    void importSitesInteractive();
    void deleteSelection();
    void renameSelection();
    void selectAll();
    void cutSelection();
    void paste();
    void showPreferences();
    // Help menu
    void showRuleCatalog();
    void showAbout();
    // Keyboard access (mainwindowkeys.cpp)
    void createKeyboardActions();
    void showKeyboardHelp();

    Document *mDocument;
    Selection *mSelection;
    CanvasView *mCanvas;
    OutlineDock *mOutlineDock = nullptr;
    PaletteDock *mPaletteDock = nullptr;
    PropertiesDock *mPropertiesDock = nullptr;
    ProblemsDock *mProblemsDock = nullptr;
    ListsDock *mListsDock = nullptr;
    DashboardDock *mDashboardDock = nullptr;
    FileSession *mFileSession = nullptr;
    ExportActions *mExports = nullptr;
    Clipboard *mClipboard = nullptr;
    PaneNavigation *mPanes = nullptr;
    FindBar *mFindBar = nullptr;
    OverviewMap *mOverview = nullptr;
    CompareController *mCompare = nullptr;

    struct Actions;
    std::unique_ptr<Actions> mActions;
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
};

} // namespace hierarch
