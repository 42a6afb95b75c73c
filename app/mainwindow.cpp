// Window construction: docks, actions, menus, toolbar, status bar, settings and title, and the Help
// menu. The edit commands live in mainwindowedit.cpp, keyboard access in mainwindowkeys.cpp.
#include "mainwindow.h"

#include "canvas/canvasview.h"
#include "canvas/findbar.h"
#include "canvas/hierarchyscene.h"
#include "canvas/overviewmap.h"
#include "canvas/planbadge.h"
#include "clipboard.h"
#include "comparecontroller.h"
#include "dashboard/dashboarddock.h"
#include "dialogs/rulecatalogdialog.h"
#include "document/document.h"
#include "export/findingsexport.h"
#include "exportactions.h"
#include "filesession.h"
#include "lists/listsdock.h"
#include "outline/outlinedock.h"
#include "palette/palettedock.h"
#include "panenavigation.h"
#include "problems/problemsdock.h"
#include "properties/propertiesdock.h"
#include "selection.h"
#include "theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace hierarch {

namespace {

// "Export Re&port…" with Ctrl+E becomes "Export Report (Ctrl+E)": a tooltip names the command in
// full where a toolbar button shows a short label.
QString toolTipFor(QString text, const QKeySequence &shortcut)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    if (shortcut.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

struct MainWindow::Actions
{
    QAction *newPlan, *open, *save, *saveAs, *exportJson, *exportSarif, *exportCsv, *exportSvg,
        *exportPng, *exportReport, *print, *printPreview, *close, *quit;
    QAction *undo, *redo, *cut, *copy, *paste, *remove, *rename, *selectAll, *addSite,
        *addSecondary, *addServer, *insertBranch;
    QAction *importSites;
    QAction *zoomIn, *zoomOut, *fit, *actualSize, *zoomToSelection, *autoLayout;
    QAction *find, *findNext, *findPrevious, *collapseSites, *expandAllSites, *overview;
    QAction *ruleCatalog, *about;
    QAction *preferences;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mDocument(new Document(this)),
      mSelection(new Selection(mDocument, this)),
      mCanvas(new CanvasView(mDocument, mSelection, this)),
      mFileSession(new FileSession(mDocument, this)),
      mExports(new ExportActions(mDocument, mCanvas->hierarchyScene(), this)),
      mClipboard(new Clipboard(mDocument, mSelection, this)), mPanes(new PaneNavigation(this)),
      mFindBar(new FindBar(mDocument, mSelection, mCanvas)), mOverview(new OverviewMap(mCanvas)),
      mActions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(applicationIcon());
    setCentralWidget(mCanvas);
    new PlanBadge(mDocument, mSelection, mCanvas);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    createDocks();
    createActions();
    createKeyboardActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(mDocument, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::modificationChanged, this, &QWidget::setWindowModified);
    connect(mDocument, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.item == ChangeItem::Findings)
            updateStatusCounts();
        else if (event.type == ChangeEvent::Type::Reset ||
                 (event.item == ChangeItem::Plan && event.type == ChangeEvent::Type::Changed))
            updateTitle();
    });
    connect(mSelection, &Selection::changed, this, &MainWindow::updateActions);
    connect(mCanvas, &CanvasView::statusMessage, this,
            [this](const QString &message) { showStatus(message, 6000); });
    connect(mCanvas, &CanvasView::zoomChanged, this,
            [this](double factor) { mZoomLabel->setText(tr("%1 %").arg(qRound(factor * 100))); });

    connect(mFileSession, &FileSession::failed, this, &MainWindow::showError);
    connect(mFileSession, &FileSession::statusMessage, this, &MainWindow::showStatus);
    connect(mExports, &ExportActions::failed, this, &MainWindow::showError);
    connect(mExports, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    connect(mDocument, &Document::editRefused, this,
            [this](const QString &reason) { showStatus(reason, 8000); });

    readSettings();
    newPlan(Product::ConfigMgr2007);
    // After show() and any file opened from the command line; tests that made the window
    // non-interactive by then call resolveRecovery() themselves.
    QTimer::singleShot(0, this, [this] {
        if (mInteractive)
            mFileSession->offerRecovery();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    mOutlineDock = new OutlineDock(mDocument, mSelection, this);
    mPaletteDock = new PaletteDock(mDocument, mSelection, this);
    mPropertiesDock = new PropertiesDock(mDocument, mSelection, this);
    mProblemsDock = new ProblemsDock(mDocument, mSelection, this);
    mListsDock = new ListsDock(mDocument, mSelection, this);
    mDashboardDock = new DashboardDock(mDocument, this);

    // Object names let QMainWindow::saveState() remember where each dock was.
    mOutlineDock->setObjectName(QStringLiteral("OutlineDock"));
    mPaletteDock->setObjectName(QStringLiteral("PaletteDock"));
    mPropertiesDock->setObjectName(QStringLiteral("PropertiesDock"));
    mProblemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    mListsDock->setObjectName(QStringLiteral("ListsDock"));
    mDashboardDock->setObjectName(QStringLiteral("DashboardDock"));

    addDockWidget(Qt::LeftDockWidgetArea, mOutlineDock);
    addDockWidget(Qt::LeftDockWidgetArea, mPaletteDock);
    addDockWidget(Qt::RightDockWidgetArea, mPropertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, mDashboardDock);
    addDockWidget(Qt::BottomDockWidgetArea, mProblemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, mListsDock);
    tabifyDockWidget(mProblemsDock, mListsDock);
    tabifyDockWidget(mPropertiesDock, mDashboardDock);
    resizeDocks({mOutlineDock, mPropertiesDock}, {260, 300}, Qt::Horizontal);
    resizeDocks({mProblemsDock}, {220}, Qt::Vertical);

    connect(mPaletteDock, &PaletteDock::statusMessage, this,
            [this](const QString &message) { showStatus(message, 6000); });
    connect(mProblemsDock, &ProblemsDock::showItem, this,
            [this](quint64 id) { mCanvas->centerOnItem(id); });
    mCompare = new CompareController(this);
    mExports->setCompareController(mCompare);
    // Last, since tabbing the (hidden) Changes dock beside Problems changes the bottom area's
    // current tab.
    mProblemsDock->raise();
    mPropertiesDock->raise();
    connect(mCompare, &CompareController::failed, this,
            [this](const QString &message) { showError(tr("Compare"), message); });
}

void MainWindow::createActions()
{
    Actions &a = *mActions;
    auto make = [this](const QString &text, QKeySequence::StandardKey key, auto slot) {
        auto *action = new QAction(text, this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto withKey = [](QAction *action, const QKeySequence &key) {
        action->setShortcut(key);
        return action;
    };

    a.newPlan =
        make(tr("&New…"), QKeySequence::New, [this] { mFileSession->newPlanInteractive(); });
    a.open = make(tr("&Open…"), QKeySequence::Open, [this] { mFileSession->openInteractive(); });
    a.save = make(tr("&Save"), QKeySequence::Save, [this] { mFileSession->save(); });
    a.saveAs = make(tr("Save &As…"), QKeySequence::SaveAs, [this] { mFileSession->saveAs(); });
    // Some platforms bind no key to these standard actions; give them the common ones.
    if (a.saveAs->shortcuts().isEmpty())
        a.saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.exportJson = make(tr("Findings as &JSON…"), QKeySequence::UnknownKey,
                        [this] { mExports->exportFindings(false); });
    a.exportSarif = make(tr("Findings as &SARIF…"), QKeySequence::UnknownKey,
                         [this] { mExports->exportFindings(true); });
    a.exportCsv = make(tr("Findings as &CSV…"), QKeySequence::UnknownKey,
                       [this] { mExports->exportFindingsCsv(); });
    a.exportSvg = make(tr("Diagram as S&VG…"), QKeySequence::UnknownKey,
                       [this] { mExports->exportDiagram(true); });
    a.exportPng = make(tr("Diagram as &PNG…"), QKeySequence::UnknownKey,
                       [this] { mExports->exportDiagram(false); });
    a.exportReport =
        make(tr("Export Re&port…"), QKeySequence::UnknownKey, [this] { mExports->exportReport(); });
    a.exportReport->setStatusTip(tr("Write the design report for the change board as a PDF"));
    a.print = make(tr("Pr&int Report…"), QKeySequence::Print, [this] { mExports->print(); });
    a.print->setStatusTip(tr("Print the design report"));
    a.printPreview =
        make(tr("Print Pre&view…"), QKeySequence::UnknownKey, [this] { mExports->printPreview(); });
    a.printPreview->setStatusTip(tr("Show the design report as it will print"));
    a.close = make(tr("&Close"), QKeySequence::Close, [this] {
        if (mFileSession->maybeSave())
            newPlan(mDocument->plan().product);
    });
    a.quit = make(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    a.quit->setMenuRole(QAction::QuitRole);
    if (a.quit->shortcuts().isEmpty())
        a.quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    a.undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcuts(QKeySequence::Undo);
    a.redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcuts(QKeySequence::Redo);
    a.cut = make(tr("Cu&t"), QKeySequence::Cut, &MainWindow::cutSelection);
    a.copy = make(tr("&Copy"), QKeySequence::Copy, [this] { mClipboard->copy(); });
    a.paste = make(tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    a.remove = make(tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    a.rename = withKey(make(tr("Re&name…"), QKeySequence::UnknownKey, &MainWindow::renameSelection),
                       QKeySequence(Qt::Key_F2));
    a.selectAll = make(tr("Select &All"), QKeySequence::SelectAll, &MainWindow::selectAll);
    a.preferences =
        make(tr("Pr&eferences…"), QKeySequence::Preferences, &MainWindow::showPreferences);
    // The standard key has no binding on Linux and Windows; Ctrl+, is the usual one there.
    if (a.preferences->shortcuts().isEmpty())
        a.preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.preferences->setObjectName(QStringLiteral("actionPreferences"));
    a.addSite = withKey(
        make(tr("Add &Site"), QKeySequence::UnknownKey, [this] { addSite(SiteType::Primary); }),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    a.addSecondary = withKey(make(tr("Add Sec&ondary Site"), QKeySequence::UnknownKey,
                                  [this] { addSite(SiteType::Secondary); }),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    a.addServer = withKey(make(tr("Add Ser&ver"), QKeySequence::UnknownKey, &MainWindow::addServer),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    a.insertBranch = make(tr("Insert &Branch Secondary"), QKeySequence::UnknownKey,
                          &MainWindow::insertBranchSecondary);
    a.insertBranch->setStatusTip(tr("Add a secondary site under the selected primary site, with a "
                                    "server holding the usual branch office roles"));
    a.importSites =
        make(tr("Import Sit&es…"), QKeySequence::UnknownKey, &MainWindow::importSitesInteractive);
    a.importSites->setStatusTip(tr("Add sites and servers from a CSV file"));

    a.zoomIn = make(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { mCanvas->zoomIn(); });
    a.zoomOut = make(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { mCanvas->zoomOut(); });
    a.fit = withKey(
        make(tr("&Fit to Window"), QKeySequence::UnknownKey, [this] { mCanvas->fitToWindow(); }),
        QKeySequence(Qt::CTRL | Qt::Key_9));
    a.actualSize =
        withKey(make(tr("&100%"), QKeySequence::UnknownKey, [this] { mCanvas->resetZoom(); }),
                QKeySequence(Qt::CTRL | Qt::Key_0));
    a.zoomToSelection = withKey(make(tr("Zoom to &Selection"), QKeySequence::UnknownKey,
                                     [this] { mCanvas->zoomToSelection(); }),
                                QKeySequence(Qt::CTRL | Qt::Key_3));
    a.find = make(tr("&Find…"), QKeySequence::Find, [this] { mFindBar->activate(); });
    a.findNext = make(tr("Find Ne&xt"), QKeySequence::FindNext, [this] {
        if (!mFindBar->isVisible() || mFindBar->field()->text().isEmpty())
            mFindBar->activate();
        else
            mFindBar->findNext();
    });
    a.findPrevious = make(tr("Find Previous"), QKeySequence::FindPrevious, [this] {
        if (!mFindBar->isVisible() || mFindBar->field()->text().isEmpty())
            mFindBar->activate();
        else
            mFindBar->findPrevious();
    });
    // Collapse state is the view's: it does not change the plan and is not undone.
    a.collapseSites = make(tr("&Collapse Child Sites"), QKeySequence::UnknownKey, [this] {
        const Selection::Item current = mSelection->current();
        if (current.kind == Selection::Item::Site)
            mCanvas->hierarchyScene()->setCollapsed(
                current.id, !mCanvas->hierarchyScene()->isCollapsed(current.id));
    });
    a.collapseSites->setCheckable(true);
    a.collapseSites->setStatusTip(tr("Hide the sites below the selected site on the diagram"));
    a.expandAllSites = make(tr("&Expand All Sites"), QKeySequence::UnknownKey,
                            [this] { mCanvas->hierarchyScene()->expandAll(); });
    connect(mCanvas->hierarchyScene(), &HierarchyScene::collapsedChanged, this,
            &MainWindow::updateActions);
    a.overview = new QAction(tr("Overvie&w"), this);
    a.overview->setCheckable(true);
    a.overview->setStatusTip(tr("Show the whole hierarchy in small over the canvas"));
    connect(a.overview, &QAction::toggled, mOverview, &OverviewMap::setOverviewVisible);
    a.autoLayout = withKey(
        make(tr("&Auto Layout"), QKeySequence::UnknownKey, [this] { mDocument->clearDiagram(); }),
        QKeySequence(Qt::CTRL | Qt::Key_L));

    a.ruleCatalog =
        withKey(make(tr("&Rule Catalog"), QKeySequence::UnknownKey, &MainWindow::showRuleCatalog),
                QKeySequence(Qt::Key_F1));
    a.about = make(tr("&About Hierarch"), QKeySequence::UnknownKey, &MainWindow::showAbout);
    a.about->setMenuRole(QAction::AboutRole);

    // Object names make the actions findable for tests and accessibility tools.
    const std::pair<QAction *, const char *> names[] = {
        {a.newPlan, "actionNew"},
        {a.open, "actionOpen"},
        {a.save, "actionSave"},
        {a.saveAs, "actionSaveAs"},
        {a.exportJson, "actionExportJson"},
        {a.exportSarif, "actionExportSarif"},
        {a.exportCsv, "actionExportCsv"},
        {a.exportSvg, "actionExportSvg"},
        {a.exportPng, "actionExportPng"},
        {a.exportReport, "actionExportReport"},
        {a.print, "actionPrint"},
        {a.printPreview, "actionPrintPreview"},
        {a.close, "actionClose"},
        {a.quit, "actionQuit"},
        {a.undo, "actionUndo"},
        {a.redo, "actionRedo"},
        {a.cut, "actionCut"},
        {a.copy, "actionCopy"},
        {a.paste, "actionPaste"},
        {a.remove, "actionDelete"},
        {a.rename, "actionRename"},
        {a.selectAll, "actionSelectAll"},
        {a.addSite, "actionAddSite"},
        {a.addSecondary, "actionAddSecondarySite"},
        {a.insertBranch, "actionInsertBranchSecondary"},
        {a.importSites, "actionImportSites"},
        {a.addServer, "actionAddServer"},
        {a.zoomIn, "actionZoomIn"},
        {a.zoomOut, "actionZoomOut"},
        {a.fit, "actionFit"},
        {a.actualSize, "actionActualSize"},
        {a.zoomToSelection, "actionZoomToSelection"},
        {a.find, "actionFind"},
        {a.collapseSites, "actionCollapseSites"},
        {a.expandAllSites, "actionExpandAllSites"},
        {a.overview, "actionOverview"},
        {a.findNext, "actionFindNext"},
        {a.findPrevious, "actionFindPrevious"},
        {a.autoLayout, "actionAutoLayout"},
        {a.ruleCatalog, "actionRuleCatalog"},
        {a.about, "actionAbout"}};
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));

    const std::pair<QAction *, ActionIcon> icons[] = {
        {a.newPlan, ActionIcon::New},
        {a.open, ActionIcon::Open},
        {a.save, ActionIcon::Save},
        {a.saveAs, ActionIcon::SaveAs},
        {a.exportJson, ActionIcon::ExportFindings},
        {a.exportSarif, ActionIcon::ExportFindings},
        {a.exportCsv, ActionIcon::ExportFindings},
        {a.exportSvg, ActionIcon::ExportDiagram},
        {a.exportPng, ActionIcon::ExportDiagram},
        {a.exportReport, ActionIcon::ExportReport},
        {a.undo, ActionIcon::Undo},
        {a.redo, ActionIcon::Redo},
        {a.cut, ActionIcon::Cut},
        {a.copy, ActionIcon::Copy},
        {a.paste, ActionIcon::Paste},
        {a.remove, ActionIcon::Delete},
        {a.rename, ActionIcon::Rename},
        {a.addSite, ActionIcon::AddSite},
        {a.addSecondary, ActionIcon::AddSecondarySite},
        {a.addServer, ActionIcon::AddServer},
        {a.zoomIn, ActionIcon::ZoomIn},
        {a.zoomOut, ActionIcon::ZoomOut},
        {a.fit, ActionIcon::ZoomFit},
        {a.actualSize, ActionIcon::ZoomActual},
        {a.autoLayout, ActionIcon::AutoLayout},
        {a.ruleCatalog, ActionIcon::RuleCatalog}};
    for (const auto &[action, icon] : icons)
        action->setIcon(actionIcon(icon));
    a.about->setIcon(applicationIcon());
}

void MainWindow::createMenus()
{
    const Actions &a = *mActions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newPlan);
    // Templates: the bundled example plans start a new plan; the building blocks below them are
    // stamped into the open plan.
    QMenu *examples = file->addMenu(tr("New from &Template"));
    examples->setObjectName(QStringLiteral("menuTemplates"));
    const QDir exampleDir(QStringLiteral(":/examples"));
    int exampleNumber = 0;
    for (const QString &name : exampleDir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        const QString title = QString(name).remove(QStringLiteral(".hierarchy.yaml"));
        const QString path = exampleDir.filePath(name);
        // Numbered, so each example has a mnemonic.
        examples->addAction(QStringLiteral("&%1 %2").arg(++exampleNumber).arg(title), this,
                            [this, path] { mFileSession->openExample(path); });
    }
    examples->addSection(tr("Building blocks"));
    examples->addAction(a.insertBranch);
    file->addAction(a.open);
    mFileSession->setRecentMenu(file->addMenu(tr("Open &Recent")));
    file->addAction(a.importSites);
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    QMenu *exportFindingsMenu = file->addMenu(tr("Export &Findings"));
    exportFindingsMenu->addAction(a.exportJson);
    exportFindingsMenu->addAction(a.exportSarif);
    exportFindingsMenu->addAction(a.exportCsv);
    QMenu *exportDiagramMenu = file->addMenu(tr("Export &Diagram"));
    exportDiagramMenu->addAction(a.exportSvg);
    exportDiagramMenu->addAction(a.exportPng);
    file->addAction(a.exportReport);
    file->addAction(a.print);
    file->addAction(a.printPreview);
    file->addMenu(mCompare->menu());
    file->addSeparator();
    file->addAction(a.close);
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.cut);
    edit->addAction(a.copy);
    edit->addAction(a.paste);
    edit->addAction(a.remove);
    edit->addAction(a.rename);
    edit->addAction(mKeys.properties);
    edit->addSeparator();
    edit->addAction(a.addSite);
    edit->addAction(a.addSecondary);
    edit->addAction(a.insertBranch);
    edit->addAction(a.addServer);
    edit->addAction(mKeys.addRole);
    edit->addSeparator();
    edit->addAction(a.selectAll);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addAction(a.findNext);
    edit->addAction(a.findPrevious);
    edit->addSeparator();
    edit->addAction(a.preferences);

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mViewMenu->addAction(a.zoomIn);
    mViewMenu->addAction(a.zoomOut);
    mViewMenu->addAction(a.fit);
    mViewMenu->addAction(a.actualSize);
    mViewMenu->addAction(a.zoomToSelection);
    mViewMenu->addAction(a.overview);
    mViewMenu->addSeparator();
    mViewMenu->addAction(a.collapseSites);
    mViewMenu->addAction(a.expandAllSites);
    mViewMenu->addAction(a.autoLayout);
    mViewMenu->addSeparator();
    mViewMenu->addAction(mKeys.nextPane);
    mViewMenu->addAction(mKeys.previousPane);
    mViewMenu->addSeparator();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(mOutlineDock), static_cast<QDockWidget *>(mPaletteDock),
          static_cast<QDockWidget *>(mPropertiesDock), static_cast<QDockWidget *>(mProblemsDock),
          static_cast<QDockWidget *>(mListsDock), static_cast<QDockWidget *>(mDashboardDock)})
        mViewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.ruleCatalog);
    help->addAction(mKeys.shortcuts);
    help->addAction(a.about);

    updateActions();
}

void MainWindow::createToolBar()
{
    const Actions &a = *mActions;
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Toolbar labels are short and never change, so the buttons keep their place while editing
    // (Undo's menu text names the last command and would widen the button on every edit, pushing
    // the last buttons into the overflow). The full text and shortcut go to the tooltip.
    const std::pair<QAction *, QString> labels[] = {
        {a.newPlan, tr("New", "toolbar")},
        {a.open, tr("Open", "toolbar")},
        {a.save, tr("Save", "toolbar")},
        {a.undo, tr("Undo", "toolbar")},
        {a.redo, tr("Redo", "toolbar")},
        {a.addSite, tr("Site", "toolbar: add a site")},
        {a.addSecondary, tr("Secondary", "toolbar: add a secondary site")},
        {a.addServer, tr("Server", "toolbar: add a server")},
        {a.remove, tr("Delete", "toolbar")},
        {a.fit, tr("Fit", "toolbar: fit to window")}};
    for (const auto &[action, label] : labels) {
        action->setIconText(label);
        if (action != a.undo && action != a.redo)
            action->setToolTip(toolTipFor(action->text(), action->shortcut()));
    }
    // The connections live as long as the actions (the stack may signal while the window is
    // being destroyed, after its actions are gone).
    QUndoStack *stack = mDocument->undoStack();
    QAction *undo = a.undo;
    QAction *redo = a.redo;
    auto undoTip = [undo, stack] {
        undo->setToolTip(
            toolTipFor(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo"),
                       undo->shortcut()));
    };
    auto redoTip = [redo, stack] {
        redo->setToolTip(
            toolTipFor(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo"),
                       redo->shortcut()));
    };
    connect(stack, &QUndoStack::undoTextChanged, undo, undoTip);
    connect(stack, &QUndoStack::canUndoChanged, undo, undoTip);
    connect(stack, &QUndoStack::redoTextChanged, redo, redoTip);
    connect(stack, &QUndoStack::canRedoChanged, redo, redoTip);
    undoTip();
    redoTip();

    for (QAction *action : {a.newPlan, a.open, a.save})
        bar->addAction(action);
    bar->addSeparator();
    for (QAction *action : {a.undo, a.redo})
        bar->addAction(action);
    bar->addSeparator();
    for (QAction *action : {a.addSite, a.addSecondary, a.addServer, a.remove})
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(a.fit);
}

void MainWindow::createStatusBar()
{
    const Severity severities[] = {Severity::Error, Severity::Warning, Severity::Info};
    for (int i = 0; i < 3; ++i) {
        auto *icon = new QLabel(this);
        icon->setPixmap(severityIcon(severities[i]).pixmap(16, 16));
        mCountLabels[i] = new QLabel(this);
        mCountLabels[i]->setObjectName(
            QStringLiteral("count-%1").arg(QLatin1String(enumName(severities[i]))));
        statusBar()->addPermanentWidget(icon);
        statusBar()->addPermanentWidget(mCountLabels[i]);
    }
    mZoomLabel = new QLabel(tr("100 %"), this);
    mZoomLabel->setMinimumWidth(50);
    mZoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(mZoomLabel);
}

void MainWindow::updateStatusCounts()
{
    const FindingSummary s = mDocument->findingSummary();
    mCountLabels[0]->setText(tr("%Ln error(s)", nullptr, s.errors));
    mCountLabels[1]->setText(tr("%Ln warning(s)", nullptr, s.warnings));
    mCountLabels[2]->setText(s.waived ? tr("%L1 info, %L2 waived").arg(s.infos).arg(s.waived)
                                      : tr("%L1 info").arg(s.infos));
}

void MainWindow::updateTitle()
{
    const QString path = mDocument->filePath();
    const QString file = path.isEmpty() ? tr("untitled") : QFileInfo(path).fileName();
    const QString name =
        mDocument->plan().name.isEmpty() ? tr("Untitled plan") : mDocument->plan().name;
    // The title bar shows plain text only, so the plan name needs no escaping.
    setWindowTitle(tr("%1 — %2[*]").arg(name, file));
    setWindowModified(mDocument->isModified());
}

void MainWindow::updateActions()
{
    const Actions &a = *mActions;
    const bool hasSites = !mSelection->siteIds().isEmpty();
    const bool hasServers = !mSelection->serverIds().isEmpty();
    const Selection::Item current = mSelection->current();
    const bool removable = hasSites || hasServers || current.kind == Selection::Item::Role;
    a.remove->setEnabled(removable);
    a.cut->setEnabled(hasSites || hasServers);
    a.copy->setEnabled(hasSites || hasServers);
    a.rename->setEnabled(current.kind == Selection::Item::Site ||
                         current.kind == Selection::Item::Server);
    a.addServer->setEnabled(current.kind == Selection::Item::Site ||
                            current.kind == Selection::Item::Server);
    a.addSecondary->setEnabled(current.kind == Selection::Item::Site);
    const Site *selectedSite =
        current.kind == Selection::Item::Site ? mDocument->site(current.id) : nullptr;
    a.insertBranch->setEnabled(selectedSite && !selectedSite->isSecondary());
    const HierarchyScene *scene = mCanvas->hierarchyScene();
    const bool site = current.kind == Selection::Item::Site;
    a.collapseSites->setEnabled(site && scene->childSiteCount(current.id) > 0);
    a.collapseSites->setChecked(site && scene->isCollapsed(current.id));
    a.zoomToSelection->setEnabled(hasSites || hasServers || current.kind == Selection::Item::Role);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mFileSession->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // Saved or discarded: a clean exit leaves no recovery copy.
    mFileSession->closed();
    event->accept();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    mLastError = message;
    showStatus(message, 10000);
    if (!mInteractive)
        return;
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // messages quote file names and plan text
    box.exec();
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setInteractive(bool interactive)
{
    mInteractive = interactive;
    mFileSession->setInteractive(interactive);
}

bool MainWindow::openFile(const QString &path)
{
    return mFileSession->openFile(path);
}

void MainWindow::newPlan(Product product)
{
    mFileSession->newPlan(product);
}

bool MainWindow::save()
{
    return mFileSession->save();
}

bool MainWindow::saveTo(const QString &path)
{
    return mFileSession->saveTo(path);
}

bool MainWindow::exportReport(const QString &path)
{
    return mExports->writeReport(path);
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
