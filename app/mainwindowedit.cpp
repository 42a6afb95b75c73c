// The Edit menu: add, delete, rename, select all, cut and paste.
#include "mainwindow.h"

#include "clipboard.h"
#include "document/document.h"
#include "preferencesdialog.h"
#include "selection.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace hierarch {

void MainWindow::addSite(SiteType type)
{
    const Selection::Item current = mSelection->current();
    ItemId parent = 0;
    if (current.kind == Selection::Item::Site)
        parent = current.id;
    else if (current.kind == Selection::Item::Server || current.kind == Selection::Item::Role)
        parent = mDocument->siteOfServer(current.id);
    // The first site of a plan is its central site; later ones need a parent to hang under.
    if (!parent && !mDocument->plan().sites.isEmpty()) {
        for (const Site &s : mDocument->plan().sites) {
            if (s.isCentral()) {
                parent = s.uid;
                break;
            }
        }
    }
    const ItemId id = mDocument->addSite(parent, parent ? type : SiteType::Primary);
    if (id) // else refused at the plan's limits: the status bar says why
        mSelection->select({Selection::Item::Site, id});
}

void MainWindow::addServer()
{
    const Selection::Item current = mSelection->current();
    ItemId site = 0;
    if (current.kind == Selection::Item::Site)
        site = current.id;
    else if (current.kind == Selection::Item::Server || current.kind == Selection::Item::Role)
        site = mDocument->siteOfServer(current.id);
    if (!site) {
        showStatus(tr("Select the site that gets the new server."), 6000);
        return;
    }
    const ItemId id = mDocument->addServer(site);
    if (id)
        mSelection->select({Selection::Item::Server, id});
}

void MainWindow::deleteSelection()
{
    const QList<ItemId> sites = mSelection->siteIds();
    QList<ItemId> servers = mSelection->serverIds();
    QList<Selection::Item> roles;
    for (const Selection::Item &item : mSelection->items()) {
        if (item.kind == Selection::Item::Role)
            roles << item;
    }
    // Servers inside a removed site go with it.
    servers.removeIf([&](ItemId s) { return sites.contains(mDocument->siteOfServer(s)); });
    if (sites.isEmpty() && servers.isEmpty() && roles.isEmpty())
        return;

    int below = 0;
    for (ItemId site : sites)
        below += int(mDocument->subtree(site).size()) - 1;
    if (below > 0 && mInteractive) {
        const auto answer = QMessageBox::question(
            this, tr("Remove sites"),
            tr("The selected sites have %Ln site(s) below them, which will be removed too.",
               nullptr, below),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return;
    }

    QUndoStack *stack = mDocument->undoStack();
    const bool several =
        int(!sites.isEmpty()) + int(!servers.isEmpty()) + int(!roles.isEmpty()) > 1 ||
        roles.size() > 1;
    if (several)
        stack->beginMacro(tr("Delete"));
    // Roles first, from the highest index, so the remaining indices stay valid.
    std::sort(roles.begin(), roles.end(), [](const auto &a, const auto &b) {
        return a.id != b.id ? a.id < b.id : a.index > b.index;
    });
    for (const Selection::Item &role : roles) {
        if (!sites.contains(mDocument->siteOfServer(role.id)) && !servers.contains(role.id))
            mDocument->removeRole(role.id, role.index);
    }
    if (!servers.isEmpty())
        mDocument->removeServers(servers);
    if (!sites.isEmpty())
        mDocument->removeSites(sites);
    if (several)
        stack->endMacro();
    mSelection->clear();
}

void MainWindow::renameSelection()
{
    const Selection::Item current = mSelection->current();
    bool ok = false;
    if (current.kind == Selection::Item::Site) {
        const Site *site = mDocument->site(current.id);
        const QString code = QInputDialog::getText(this, tr("Rename Site"),
                                                   tr("Site code (three letters or digits):"),
                                                   QLineEdit::Normal, site->code, &ok);
        if (ok && !code.trimmed().isEmpty())
            mDocument->renameSite(current.id, code.trimmed());
    } else if (current.kind == Selection::Item::Server) {
        const Server *server = mDocument->server(current.id);
        const QString name = QInputDialog::getText(this, tr("Rename Server"),
                                                   tr("Server name (NetBIOS, up to 15 "
                                                      "characters):"),
                                                   QLineEdit::Normal, server->name, &ok);
        if (ok && !name.trimmed().isEmpty())
            mDocument->renameServer(current.id, name.trimmed());
    }
}

void MainWindow::selectAll()
{
    QList<Selection::Item> items;
    for (const Site &site : mDocument->plan().sites) {
        items << Selection::Item{Selection::Item::Site, site.uid};
        for (const Server &server : site.servers)
            items << Selection::Item{Selection::Item::Server, server.uid};
    }
    mSelection->setItems(items, this);
}

void MainWindow::cutSelection()
{
    if (!mClipboard->copy())
        return;
    QUndoStack *stack = mDocument->undoStack();
    stack->beginMacro(tr("Cut"));
    deleteSelection();
    stack->endMacro();
}

void MainWindow::paste()
{
    QString problem;
    if (!mClipboard->paste(nullptr, &problem) && !problem.isEmpty())
        showStatus(problem, 6000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

} // namespace hierarch
