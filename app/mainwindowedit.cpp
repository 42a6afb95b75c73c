// The Edit menu: add, delete, rename, select all, and the clipboard for sites and servers.
#include "mainwindow.h"

#include "document/document.h"
#include "io/planloader.h"
#include "selection.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

namespace hierarch {

namespace {

// Copied sites and servers travel as a small plan file, so the clipboard also holds readable
// YAML for a text editor. The plan's name says which of the two it carries.
const QString kClipboardMime = QStringLiteral("application/x-hierarch-plan");
const QString kSitesMarker = QStringLiteral("hierarch clipboard: sites");
const QString kServersMarker = QStringLiteral("hierarch clipboard: servers");

} // namespace

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
        statusBar()->showMessage(tr("Select the site that gets the new server."), 6000);
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
            below == 1 ? tr("The selected sites have a site below them, which will be removed "
                            "too.")
                       : tr("The selected sites have %1 sites below them, which will be removed "
                            "too.")
                             .arg(below),
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

void MainWindow::copySelection()
{
    Plan clip;
    clip.product = mDocument->plan().product;
    const QList<ItemId> sites = mSelection->siteIds();
    if (!sites.isEmpty()) {
        clip.name = kSitesMarker;
        for (ItemId id : sites)
            clip.sites << *mDocument->site(id);
    } else {
        const QList<ItemId> servers = mSelection->serverIds();
        if (servers.isEmpty())
            return;
        clip.name = kServersMarker;
        Site holder;
        holder.code = QStringLiteral("CLP");
        for (ItemId id : servers)
            holder.servers << *mDocument->server(id);
        clip.sites << holder;
    }
    const QByteArray yaml = mDocument->copyText(clip, clip.name == kServersMarker);
    auto *mime = new QMimeData;
    mime->setData(kClipboardMime, yaml);
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::cutSelection()
{
    copySelection();
    QUndoStack *stack = mDocument->undoStack();
    stack->beginMacro(tr("Cut"));
    deleteSelection();
    stack->endMacro();
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(kClipboardMime))
        return;
    const LoadResult clip = loadPlan(mime->data(kClipboardMime), tr("clipboard"));
    if (!clip || clip.plan->sites.isEmpty())
        return;
    const Selection::Item current = mSelection->current();
    ItemId targetSite = 0;
    if (current.kind == Selection::Item::Site)
        targetSite = current.id;
    else if (current.kind == Selection::Item::Server || current.kind == Selection::Item::Role)
        targetSite = mDocument->siteOfServer(current.id);
    const bool serversOnly = clip.plan->name == kServersMarker;
    if (serversOnly && !targetSite) {
        statusBar()->showMessage(tr("Select the site to paste the servers into."), 6000);
        return;
    }

    // Pasted copies get fresh server names where theirs are taken, so names stay unique.
    QSet<QString> taken;
    for (const Site &s : mDocument->plan().sites) {
        for (const Server &server : s.servers)
            taken.insert(server.name.toUpper());
    }
    auto uniqueName = [&taken](const QString &name, const QString &siteCode) {
        QString candidate = name;
        for (int n = 1; taken.contains(candidate.toUpper()); ++n) {
            candidate = QStringLiteral("%1-SRV%2")
                            .arg(siteCode.left(3).toUpper())
                            .arg(n, 2, 10, QLatin1Char('0'));
        }
        taken.insert(candidate.toUpper());
        return candidate;
    };

    // All or nothing at the plan's limits: a paste that does not fit is refused whole.
    int clipServers = 0;
    for (const Site &site : clip.plan->sites)
        clipServers += int(site.servers.size());
    const QString overLimit =
        mDocument->limitReason(serversOnly ? 0 : int(clip.plan->sites.size()), clipServers);
    if (!overLimit.isEmpty()) {
        statusBar()->showMessage(overLimit, 8000);
        return;
    }
    QUndoStack *stack = mDocument->undoStack();
    stack->beginMacro(tr("Paste"));
    QList<Selection::Item> pasted;
    if (serversOnly) {
        const QString code = mDocument->site(targetSite)->code;
        for (Server server : clip.plan->sites.constFirst().servers) {
            server.name = uniqueName(server.name, code);
            pasted << Selection::Item{Selection::Item::Server,
                                      mDocument->insertServer(targetSite, server)};
        }
    } else {
        const Site *target = mDocument->site(targetSite);
        const QString targetCode = target ? target->code : QString();
        for (Site site : clip.plan->sites) {
            if (mDocument->siteIndexByCode(site.code) >= 0)
                site.code = mDocument->unusedSiteCode(site.effectiveType());
            const bool parentKnown = site.parent && mDocument->siteIndexByCode(*site.parent) >= 0;
            if (!targetCode.isEmpty() && !parentKnown)
                site.parent = targetCode;
            for (Server &server : site.servers)
                server.name = uniqueName(server.name, site.code);
            pasted << Selection::Item{Selection::Item::Site, mDocument->insertSite(site)};
        }
    }
    stack->endMacro();
    mSelection->setItems(pasted);
}

} // namespace hierarch
