// Keyboard access to the window: the panes F6 moves between (PaneNavigation), the Properties and
// Add Role commands, the canvas's context menu, mnemonics for the dock toggles, names for screen
// readers, and Help > Keyboard Shortcuts.
#include "mainwindow.h"

#include "canvas/canvasview.h"
#include "dashboard/dashboarddock.h"
#include "document/document.h"
#include "lists/listsdock.h"
#include "outline/outlinedock.h"
#include "palette/palettedock.h"
#include "palette/palettemodel.h"
#include "panenavigation.h"
#include "problems/problemsdock.h"
#include "properties/propertiesdock.h"
#include "selection.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hierarch {

namespace {

// Gives a menu text a mnemonic: the first letter not taken yet in its menu.
QString withMnemonic(const QString &text, QString *taken)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.isLetterOrNumber() && !taken->contains(c)) {
            taken->append(c);
            return QString(text).insert(i, QLatin1Char('&'));
        }
    }
    return text;
}

// A menu text as the shortcut list shows it: no mnemonic marker, no ellipsis.
QString plainMenuText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

void collectShortcuts(const QMenu *menu, const QString &path,
                      QList<std::pair<QString, QString>> *rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" \u25b8 ") + plainMenuText(action->text());
        if (action->menu()) {
            collectShortcuts(action->menu(), where, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows->append({keys.join(QLatin1String(", ")), where});
    }
}

} // namespace

void MainWindow::createKeyboardActions()
{
    mKeys.properties = new QAction(tr("Propert&ies"), this);
    mKeys.properties->setObjectName(QStringLiteral("actionProperties"));
    mKeys.properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    mKeys.properties->setStatusTip(tr("Edit the properties of the selection"));
    connect(mKeys.properties, &QAction::triggered, this, &MainWindow::editProperties);
    connect(mCanvas, &CanvasView::propertiesRequested, this, &MainWindow::editProperties);

    // Add Role: what dragging from the palette does, for the keyboard. The entries follow the
    // plan's product, so the menu is filled when it opens.
    auto *roleMenu = new QMenu(this);
    roleMenu->setObjectName(QStringLiteral("addRoleMenu"));
    mKeys.addRole = roleMenu->menuAction();
    mKeys.addRole->setText(tr("Add Ro&le"));
    mKeys.addRole->setObjectName(QStringLiteral("actionAddRole"));
    connect(roleMenu, &QMenu::aboutToShow, this, [this, roleMenu] {
        roleMenu->clear();
        const PaletteModel *model = mPaletteDock->paletteModel();
        QString taken;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const Role role = model->roleAt(row);
            QAction *action =
                roleMenu->addAction(index.data(Qt::DecorationRole).value<QIcon>(),
                                    withMnemonic(index.data(Qt::DisplayRole).toString(), &taken));
            connect(action, &QAction::triggered, this,
                    [this, role] { mPaletteDock->addRoleToSelection(role); });
        }
    });
    auto updateAddRole = [this] {
        mKeys.addRole->setEnabled(!mSelection->serverIds().isEmpty());
    };
    connect(mSelection, &Selection::changed, this, updateAddRole);
    updateAddRole();

    mKeys.nextPane = new QAction(tr("&Next Pane"), this);
    mKeys.nextPane->setObjectName(QStringLiteral("actionNextPane"));
    mKeys.nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    mKeys.nextPane->setStatusTip(tr("Move the keyboard focus to the next dock or the canvas"));
    connect(mKeys.nextPane, &QAction::triggered, this, [this] { focusPane(1); });
    mKeys.previousPane = new QAction(tr("Pre&vious Pane"), this);
    mKeys.previousPane->setObjectName(QStringLiteral("actionPreviousPane"));
    mKeys.previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    mKeys.previousPane->setStatusTip(
        tr("Move the keyboard focus to the previous dock or the canvas"));
    connect(mKeys.previousPane, &QAction::triggered, this, [this] { focusPane(-1); });

    mKeys.shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    mKeys.shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(mKeys.shortcuts, &QAction::triggered, this, &MainWindow::showKeyboardHelp);

    // The View menu's dock toggles carry the dock titles; these give them mnemonics that do not
    // clash with the zoom and pane commands above them.
    const std::pair<QDockWidget *, QString> toggles[] = {
        {mOutlineDock, tr("O&utline")},       {mPaletteDock, tr("&Roles")},
        {mPropertiesDock, tr("&Properties")}, {mProblemsDock, tr("Pro&blems")},
        {mListsDock, tr("&Lists")},           {mDashboardDock, tr("&Dashboard")}};
    for (const auto &[dock, text] : toggles)
        dock->toggleViewAction()->setText(text);

    // The canvas's context menu (right-click, Menu key, Shift+F10) offers what applies to the
    // selection.
    auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    QList<QAction *> canvasActions;
    for (const char *name : {"actionAddSite", "actionAddSecondarySite", "actionAddServer"})
        canvasActions << findChild<QAction *>(QLatin1String(name));
    canvasActions << mKeys.addRole << separator();
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDelete", "actionRename"})
        canvasActions << findChild<QAction *>(QLatin1String(name));
    canvasActions << separator();
    for (const char *name :
         {"actionCollapseSites", "actionExpandAllSites", "actionZoomToSelection"})
        canvasActions << findChild<QAction *>(QLatin1String(name));
    canvasActions << separator() << mKeys.properties;
    canvasActions.removeAll(nullptr);
    mCanvas->addActions(canvasActions);

    // The Outline's context menu collapses and expands the diagram's subtrees too.
    QTreeView *outline = mOutlineDock->treeView();
    outline->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *name :
         {"actionCollapseSites", "actionExpandAllSites", "actionZoomToSelection"})
        outline->addAction(findChild<QAction *>(QLatin1String(name)));

    // Left to right, top to bottom as the default layout places them.
    mPanes->setPanes({mOutlineDock, mPaletteDock, mCanvas, mPropertiesDock, mDashboardDock,
                      mProblemsDock, mListsDock},
                     mCanvas);
    mPanes->setFallbackFocus(mPropertiesDock, [this] { mPropertiesDock->focusFirstEditor(); });

    // Start where the work is: on the canvas, whose arrow keys walk the hierarchy.
    mCanvas->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusPane(int step)
{
    mPanes->focusPane(step);
}

QWidget *MainWindow::currentPane() const
{
    return mPanes->currentPane();
}

void MainWindow::editProperties()
{
    mPropertiesDock->show();
    mPropertiesDock->raise();
    mPropertiesDock->focusFirstEditor();
}

QList<std::pair<QString, QString>> MainWindow::keyboardShortcuts() const
{
    QList<std::pair<QString, QString>> rows;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu())
            collectShortcuts(action->menu(), plainMenuText(action->text()), &rows);
    }
    for (const auto &[keys, what] : CanvasView::keyboardHelp())
        rows.append({keys, tr("Canvas: %1").arg(what)});
    rows.append({tr("Enter, Shift+Enter"), tr("Find bar: the next or previous match")});
    rows.append({tr("Escape"), tr("Find bar: close it and return to the canvas")});
    rows.append({tr("Enter"), tr("Roles: add the current role to the selected servers")});
    rows.append({tr("Enter"), tr("Problems: select and show the subject of the finding")});
    rows.append({tr("Menu, Shift+F10"), tr("Problems: waive the finding or remove its waiver")});
    rows.append({QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
                 tr("Lists: remove the selected entries")});
    rows.append({tr("Tab, Shift+Tab"), tr("Docks and dialogs: the next or previous field")});
    return rows;
}

void MainWindow::showKeyboardHelp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Keys"), tr("Command")});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const auto &[keys, what] : keyboardShortcuts())
        new QTreeWidgetItem(list, {keys, what});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(820, 640);
    list->setFocus();
    dialog.exec();
}

} // namespace hierarch
