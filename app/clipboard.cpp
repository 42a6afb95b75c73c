#include "clipboard.h"

#include "document/document.h"
#include "io/planloader.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace hierarch {

namespace {

// The plan's name says which of the two kinds it carries.
const QString kSitesMarker = QStringLiteral("hierarch clipboard: sites");
const QString kServersMarker = QStringLiteral("hierarch clipboard: servers");

} // namespace

Clipboard::Clipboard(Document *document, Selection *selection, QObject *parent)
    : QObject(parent), mDocument(document), mSelection(selection)
{}

QString Clipboard::mimeType()
{
    return QStringLiteral("application/x-hierarch-plan");
}

QMimeData *Clipboard::copyData() const
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
            return nullptr;
        clip.name = kServersMarker;
        Site holder;
        holder.code = QStringLiteral("CLP");
        for (ItemId id : servers)
            holder.servers << *mDocument->server(id);
        clip.sites << holder;
    }
    // The copied items keep their own lines (comments, key order) where the plan came from a file.
    const QByteArray yaml = mDocument->copyText(clip, clip.name == kServersMarker);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), yaml);
    mime->setText(QString::fromUtf8(yaml));
    return mime;
}

bool Clipboard::copy()
{
    QMimeData *mime = copyData();
    if (!mime)
        return false;
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

bool Clipboard::paste(const QMimeData *data, QString *problem)
{
    const QMimeData *mime = data ? data : QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(mimeType()))
        return false;
    const LoadResult clip = loadPlan(mime->data(mimeType()), tr("clipboard"));
    if (!clip || clip.plan->sites.isEmpty())
        return false;
    const Selection::Item current = mSelection->current();
    ItemId targetSite = 0;
    if (current.kind == Selection::Item::Site)
        targetSite = current.id;
    else if (current.kind == Selection::Item::Server || current.kind == Selection::Item::Role)
        targetSite = mDocument->siteOfServer(current.id);
    const bool serversOnly = clip.plan->name == kServersMarker;
    if (serversOnly && !targetSite) {
        if (problem)
            *problem = tr("Select the site to paste the servers into.");
        return false;
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
        if (problem)
            *problem = overLimit;
        return false;
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
    return !pasted.isEmpty();
}

} // namespace hierarch
